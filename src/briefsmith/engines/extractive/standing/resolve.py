"""Making a sentence stand alone as an editor would: each word that leans on another
sentence gets an insertion in square brackets drawn from the article's own words ("[Kim
Ki-Jong] was detained", "“...” [Marie Harf said]", "on Tuesday [March 3, 2015]"), or the
sentence before is quoted with it. When neither can be done with confidence the sentence
gets no fix and is not used as a point.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from briefsmith.engines import timeref
from briefsmith.engines.extractive import gazetteer, places
from briefsmith.engines.extractive.sentences import STOPWORDS, Unit, stem, words_of
from briefsmith.engines.extractive.standing.acts import ACT_HEADS, acted
from briefsmith.engines.extractive.standing.events import EVENT_HEADS, telling
from briefsmith.engines.extractive.standing.needs import needs as find_needs
from briefsmith.engines.extractive.standing.referents import PRONOUN_REACH, Referents, heads
from briefsmith.engines.extractive.standing.tokens import SAYING, Need
from briefsmith.engines.extractive.standing.words import GROUP_HEADS, PERSON_NOUNS, PREPOSITIONS, mentioned
from briefsmith.engines.extractive.wordlists import HONORIFICS, TITLES
from briefsmith.model import Actor, Article, Citation, Sentence

# Runs of capitalised words ("Saudi Arabia", "the United States" without its "the").
_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*")
MAX_PAIR_WORDS = 70  # a point quoting the sentence before stays a bullet, not a paragraph
_STATE_HEADS = frozenset({"country", "nation", "kingdom", "state"})
_CITY_HEADS = frozenset({"city", "town"})
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Mr\.|Mrs\.|Ms\.|Dr\.)\s+$")
# "the two countries", "both sides": two actors of these kinds named together before.
_PAIRS = {
    "countries": ("state", "organisation"),
    "nations": ("state", "organisation"),
    "states": ("state", "organisation"),
    "governments": ("state", "organisation"),
    "sides": ("state", "organisation", "group", "person"),
    "parties": ("state", "organisation", "group"),
    "groups": ("organisation", "group"),
    "men": ("person",),
    "leaders": ("person",),
    "couple": ("person",),
    "pair": ("person",),
}


@dataclass(frozen=True)
class Mark:
    """One bracket to make: text[start:end] of the sentence is replaced by [words]
    (start == end: the words are added there)."""

    start: int
    end: int
    words: str
    kind: str  # referent, speaker, date
    source: Citation | None = None  # the sentence the words stand in
    value: str | None = None  # a date's ISO 8601 value


@dataclass(frozen=True)
class Fix:
    marks: tuple[Mark, ...] = ()
    previous: int | None = None  # unit index of the sentence quoted before this one
    undated: bool = False  # a relative time, and no date of the article to resolve it with


_PRONOUN_IN = re.compile(r"\b(?:its|his|her|their|they|them|he|she|it)\b", re.IGNORECASE)
# A need the point's own words meet: no bracket, and nothing to quote before.
_SATISFIED = Mark(0, 0, "", "none")
# Pronouns that, after a person named earlier in their own sentence, stand for that person
# ("Putin blamed protesters who he said ..."); an object "him" rarely does ("Kim told him").
_SUBJECT_PRONOUNS = frozenset({"he", "she", "his"})


def _after_preposition(text: str, start: int) -> bool:
    before = text[:start].split()
    return bool(before) and before[-1].lower() in PREPOSITIONS


def _inside_longer_name(text: str, start: int) -> bool:
    """Is the word before a capitalised name part (not a title, not the sentence's start)?"""
    before = text[:start].split()
    if len(before) < 2:
        return False  # the sentence's first word has a capital anyway ("Yesterday Rahman said")
    prev = before[-1]
    return prev[:1].isupper() and prev.isalpha() and prev not in TITLES and prev not in HONORIFICS


def _object_her(need: Need, text: str) -> bool:
    """ "fired rounds at her, after which ...": a "her" no noun follows is whom, not whose."""
    if need.word.lower() != "her":
        return False
    nxt = re.match(r"\s*([\w’'-]+|\S)", text[need.end :])
    word = nxt.group(1).lower() if nxt else ""
    return not word[:1].isalnum() or (word in STOPWORDS and word != "own")


def cite(article: Article, sent: Sentence) -> Citation:
    return Citation(article.id, sent.paragraph, sent.text, sent.number, sent.start, sent.end)


class Resolver:
    def __init__(
        self,
        articles: Sequence[Article],
        units: Sequence[Unit],
        actors: Sequence[Actor],
        proper: Callable[[str], bool] | None = None,
    ):
        self.articles, self.units, self.proper = articles, units, proper
        self.index = {u.key: i for i, u in enumerate(units)}
        self.refs = Referents(articles, actors)
        self._own: dict[int, tuple[list[Mark], bool, bool] | None] = {}
        self._stem_cache: dict[tuple[int, int], set[str]] = {}
        self._named_docs: dict[int, bool] = {}
        self._needs: dict[tuple[str, str], list[Need]] = {}  # wire copy repeats sentences across sources

    def fix(self, i: int, depth: int = 0) -> Fix | None:
        own = self._marks(i)
        if own is None:
            return None
        marks, pair, undated = own
        if not pair:
            return Fix(tuple(marks), None, undated)
        unit = self.units[i]
        j = self.index.get((unit.doc, unit.sentence.number - 1))
        before = self._marks(j) if j is not None else None
        if j is None or before is None:
            return None  # the sentence before cannot carry it: not used
        if self.units[j].text.rstrip(" \"'”’)").endswith("?"):
            return None  # a question ("Who are the missing girls?", often a subheading) says what it asks, not who
        words = len(unit.text.split()) + len(self.units[j].text.split())
        if not before[1]:
            if words > MAX_PAIR_WORDS:
                return None  # together they would make a paragraph, not a bullet
            return Fix(tuple(marks), j, undated or before[2])
        # The sentence before leans on its own one ("The U.S. move came a day after ...",
        # then "ISIS claimed responsibility for the attack."): the three are quoted together
        # when they still make a bullet, never more than three.
        if depth >= 1:
            return None
        chain = self.fix(j, depth + 1)
        if chain is None or chain.previous is None:
            return None
        if words + len(self.units[chain.previous].text.split()) > MAX_PAIR_WORDS:
            return None
        return Fix(tuple(marks), j, undated or chain.undated)

    def _names_anything(self, doc: int) -> bool:
        if doc not in self._named_docs:
            sents = self.articles[doc].sentences
            self._named_docs[doc] = any(re.search(r"\s[A-Z][a-z]", s.text[1:]) for s in sents)
        return self._named_docs[doc]

    def undated(self, i: int) -> bool:
        """Has the unit a relative time its article's date does not resolve (or no date)?"""
        unit = self.units[i]
        if unit.article.published:  # a dated article's relative times all resolve, but a "February 30"
            return False
        return bool(timeref.find(unit.text, None))

    def marks_of(self, i: int) -> tuple[Mark, ...]:
        own = self._marks(i)
        return tuple(own[0]) if own else ()

    def _marks(self, i: int) -> tuple[list[Mark], bool, bool] | None:
        """(marks, needs the sentence before, has an unresolved time) or None."""
        if i not in self._own:
            self._own[i] = self._resolve(self.units[i])
        return self._own[i]

    def _resolve(self, unit: Unit) -> tuple[list[Mark], bool, bool] | None:
        article, n = unit.article, unit.sentence.number
        offset = unit.start - unit.sentence.start  # where unit.text starts in the sentence
        marks: list[Mark] = []
        pair = False
        needs = self._needs_of(unit)
        if _two_people(unit.text, needs):
            return None  # "she was not radicalised, she said": two women, one word
        if n == 1:  # an article's first sentence has nothing before it to lean on
            needs = [x for x in needs if x.kind not in ("description", "this", "quantity", "unanchored")]
        if not self._names_anything(unit.doc):  # a story that names no one: no sentence is the less for it
            needs = [x for x in needs if x.kind != "unanchored"]
        covered: set[str] = set()
        for need in needs:
            if need.kind == "unanchored" and any(m.kind in ("referent", "speaker") for m in marks):
                continue  # the bracket names who it is about
            key = _pronoun_class(need)
            if key is not None:
                if key in covered:
                    continue  # "He ... his ...": the first says whom they mean
                covered.add(key)
            mark, needs_pair = self._need(unit, need, offset)
            if mark is _SATISFIED:
                continue
            if mark is None and not needs_pair:
                return None
            if mark is not None and _same_for_two(mark, need, marks, unit.text):
                return None  # "The kingdom says Hadi, who is out of the country": two descriptions, two referents
            pair = pair or needs_pair
            if mark is not None and not any(m.start < mark.end and mark.start < m.end for m in marks):
                marks.append(mark)
        marks += self._surnames(unit, offset, marks)
        undated = False
        for ref in timeref.find(unit.text, article.published):
            if ref.display is None:
                undated = undated or ref.value is None
                continue
            marks.append(Mark(ref.end, ref.end, ref.display, "date", unit.citation(), ref.value))
        return sorted(marks, key=lambda m: m.start), pair, undated

    def _needs_of(self, unit: Unit) -> list[Need]:
        words = (unit.text, unit.sentence.text)  # what it leans on follows from its words: read once
        if words not in self._needs:
            self._needs[words] = find_needs(unit.text, unit.sentence.text, self.proper)
        return self._needs[words]

    def may_name(self, i: int) -> bool:
        """Could unit i's fix put a name in for one of its words (a "referent" mark)? A cheap
        test, true of every unit whose fix has one: such marks come only from the needs and
        the surnames that _need and _surnames read (keep it in step with them)."""
        unit = self.units[i]
        if any(_may_name(need) for need in self._needs_of(unit)):
            return True
        return any(o.actor.kind == "person" and not o.full for o in self.refs.named(unit.doc, unit.sentence.number))

    def _need(self, unit: Unit, need: Need, offset: int) -> tuple[Mark | None, bool]:
        """A mark for one need, or (None, True) when the sentence before must be quoted,
        or (None, False) when nothing can be done."""
        doc, n = unit.doc, unit.sentence.number
        kind, low = need.kind, need.word.lower()
        found: tuple[Actor, int] | None = None
        if kind in ("fragment", "author"):
            return None, False  # a piece of a sentence; the writer's "I": nothing to insert
        if kind == "speaker":
            said = self.refs.speaker(doc, n)
            if said is None:
                return None, False
            actor, where, verb = said
            form = self.refs.citing(doc, where, actor)
            if form is None:
                return None, False
            end = len(unit.text)
            src = cite(unit.article, self.refs.sentence(doc, form[1]))  # type: ignore[arg-type]
            return Mark(end, end, f"{form[0]} {verb}", "speaker", src), False
        if kind == "person":
            if low in _SUBJECT_PRONOUNS and self.refs.named_before(unit.text, need.start, low):
                return _SATISFIED, False  # "Putin blamed protesters who he said ...": his own sentence names him
            found = self.refs.person(doc, n, low)
        elif kind in ("plural", "thing") and _after_preposition(unit.text, need.start):
            found = None  # "On it, a woman says ...": "it" is the clip the sentence before posted, not who posted it
        elif kind in ("plural", "thing"):
            kinds = ("organisation", "group") if kind == "plural" else ("organisation", "group", "state")
            found = self.refs.body(doc, n, kinds, reach=1, subject=True)
        elif kind == "description" and need.head in _PAIRS and need.head in PERSON_NOUNS:
            found = None  # "the couple's records": two people, named together below or not at all
        elif kind == "description" and (need.head in PERSON_NOUNS or need.word.split()[-1][:1].isupper()):
            role = self.refs.by_role(doc, n, need.head) if not need.head.endswith("s") else None
            if role is not None and role[2] is not None:  # "[U.S. District Judge Sandra Beckwith]"
                src = cite(unit.article, self.refs.sentence(doc, role[1]))  # type: ignore[arg-type]
                return Mark(need.start, need.end, role[2], "referent", src), False
            found = role[:2] if role is not None else None
        elif kind == "description" and need.head in GROUP_HEADS and not need.head.endswith("s"):
            words = need.word.split()
            modifier = words[-2] if len(words) > 2 and words[-2].islower() else ""  # "the rights group"
            found = self.refs.body(doc, n, ("organisation", "group"), modifier=modifier)
        elif kind == "description" and need.head in _STATE_HEADS:
            found = self.refs.body(doc, n, ("state",), reach=PRONOUN_REACH, only=True)
            if found is not None and self._other_state(doc, n, found[0]):
                found = None  # "out of the country" beside Yemen named as a place: which one?
        elif kind == "description" and need.head in _CITY_HEADS:
            city = self._city(doc, n)
            if city is not None:  # "the city" after "forces advanced on Tikrit": "[Tikrit]"
                name, at = city
                end = need.end + (2 if unit.text[need.end : need.end + 2] in ("'s", "’s") else 0)
                src = cite(unit.article, self.refs.sentence(doc, at))  # type: ignore[arg-type]
                return Mark(need.start, end, name + unit.text[need.end : end], "referent", src), False
        if found is None and kind == "description" and need.head and not need.head.endswith("s"):
            # "according to the observatory": a body the text named before by a name with that word
            found = self.refs.by_name_head(doc, n, need.head)
        if found is not None:
            mark = self._referent(unit, need, found)
            if mark is not None:
                return mark, False
        if kind == "description" and need.head in _PAIRS:
            both = self.refs.pair_of(doc, n, _PAIRS[need.head])
            if both is not None:  # "[Kestland and Marrowmere] have disputed ..."
                src = cite(unit.article, self.refs.sentence(doc, both[1]))  # type: ignore[arg-type]
                return Mark(need.start, need.end, both[0], "referent", src), False
        # "The move ...", "This bond ...": a thing opening the sentence takes up the one before
        # (not a person: "The minister" is whoever was named, however far back).
        opening = need.start == 0 and need.head not in PERSON_NOUNS
        if (
            kind in ("this", "description")
            and need.head
            and not opening
            and not mentioned(need.head, self._stems(doc, n - 1))
        ):
            # "these protests" with no protests in the sentence before; an event told further
            # back ("the war": "the Syrian civil war") is named in brackets (events.py).
            return self._event(unit, need), False
        if kind == "description":  # "The kidnappings [of 20 foreigners ...]": told by a verb, shorter than a pair
            # What the sentence before speaks of, it tells: an act told further back is another one.
            act = self._act(unit, need, n - 2 if mentioned(need.head, self._stems(doc, n - 1)) else 0)
            if act is not None:
                return act, False
        return None, True

    def _act(self, unit: Unit, need: Need, before: int = 0) -> Mark | None:
        """An act's bracket ("the attack [on the American ambassador in Seoul]") from the
        article's first sentence, if it tells the act with a verb and is nearer than
        sentence `before` (acts.py)."""
        lede = self.refs.sentence(unit.doc, 1)
        if need.head not in ACT_HEADS or lede is None or unit.sentence.number == 1 or before >= 1:
            return None
        if unit.text[need.end :].startswith(("'", "’")):
            return None  # "the attack's aftermath": not a place for a bracket
        words = acted(need.word, need.head, lede.text)
        return Mark(need.end, need.end, words, "referent", cite(unit.article, lede)) if words else None

    def _event(self, unit: Unit, need: Need) -> Mark | None:
        if need.kind != "description" or unit.text[need.end :].startswith(("'", "’")):
            return None
        found = telling(need.head, unit.sentence.number, self._text_of(unit.doc)) if need.head in EVENT_HEADS else None
        act = self._act(unit, need, found.number if found is not None else 0)
        if act is not None or found is None:
            return act  # told nearer by a verb ("gunmen attacked ..."), or only so
        if _PRONOUN_IN.search(found.words):
            return None  # "[the attack on its memorial]": a bracket must not lean on a sentence in turn
        src = cite(unit.article, self.refs.sentence(unit.doc, found.number))  # type: ignore[arg-type]
        start = need.start if found.definite else need.start + len(need.word.split()[0]) + 1
        return Mark(start, need.end, found.words, "referent", src)

    def _text_of(self, doc: int) -> Callable[[int], str | None]:
        def text(number: int) -> str | None:
            sent = self.refs.sentence(doc, number)
            return sent.text if sent is not None else None

        return text

    def _referent(self, unit: Unit, need: Need, found: tuple[Actor, int]) -> Mark | None:
        actor, where = found
        form = self.refs.citing(unit.doc, where, actor)
        if form is None:
            return None
        words, at = form
        end = need.end
        owner = unit.text[end : end + 2] in ("'s", "’s") and need.kind == "description"  # "the group's"
        if need.word.lower() in ("his", "her", "its", "their") and not _object_her(need, unit.text) or owner:
            words += ("’" if "’" in unit.sentence.text else "'") + "s"
            end += 2 if owner else 0
        src = cite(unit.article, self.refs.sentence(unit.doc, at))  # type: ignore[arg-type]
        return Mark(need.start, end, words, "referent", src)

    def _surnames(self, unit: Unit, offset: int, taken: list[Mark]) -> list[Mark]:
        """A person named only by a surname ("Kim"), whose full name an earlier sentence
        gives: the first mention gets the full name."""
        doc, n = unit.doc, unit.sentence.number
        out: list[Mark] = []
        done = {o.actor.name for o in self.refs.named(doc, n) if o.full}
        for o in self.refs.named(doc, n):
            start, end = o.start - offset, o.end - offset
            if o.actor.kind != "person" or o.full or o.actor.name in done or start < 0 or o.form in self.refs.shared:
                continue
            if not heads(unit.sentence.text, o):
                continue  # "the Obama administration": the name is a modifier, clear as it is
            if unit.sentence.text[max(0, o.start - 4) : o.start].lower() == "the ":
                continue  # "the Huskins' financial records": the family, not the one Huskins named before
            if _inside_longer_name(unit.sentence.text, o.start):
                continue  # "Farabi Shafiur Rahman": another man's name ends with this surname
            honorific = _HONORIFIC.search(unit.text, 0, start)
            if honorific:
                start = honorific.start()  # "Ms Hewitt" -> "[Patricia Hewitt]", not "Ms [Patricia Hewitt]"
            if any(m.start < end and start < m.end for m in taken + out):
                continue
            form = self.refs.citing(doc, n - 1, o.actor) if n > 1 else None
            if form is None or form[0] != o.actor.name:
                continue
            done.add(o.actor.name)
            src = cite(unit.article, self.refs.sentence(doc, form[1]))  # type: ignore[arg-type]
            out.append(Mark(start, end, o.actor.name, "referent", src))
        return out

    def _other_state(self, doc: int, n: int, actor: Actor) -> bool:
        """Is a state other than `actor` named (as an actor or only as a place) in sentence n
        or the ones 'the country' may reach back to?"""
        own = places.state_code(actor.name)
        for back in range(PRONOUN_REACH + 1):
            sent = self.refs.sentence(doc, n - back)
            if sent is None:
                break
            for run in _CAPITALISED.findall(sent.text):
                codes = {places.state_code(s) or places.DEMONYMS.get(s) for s in _spans(run)} - {None}
                if codes - {own}:
                    return True
        return False

    def _city(self, doc: int, n: int) -> tuple[str, int] | None:
        """The city 'the city' is: the one place (not a state) named in the nearest of the
        sentences before that names any, if it names one only ("Tikrit", not "Tikrit and
        Samarra")."""
        for back in range(1, PRONOUN_REACH + 1):
            sent = self.refs.sentence(doc, n - back)
            if sent is None:
                return None
            found = {
                name
                for run in _CAPITALISED.findall(sent.text)
                for name in _spans(run)
                if gazetteer.is_place(name) and places.state_code(name) is None
            }
            found = {f for f in found if not any(f != g and f in g for g in found)}  # "Port Vale", not "Vale"
            if len(found) > 1:
                return None
            if found:
                return found.pop(), n - back
        return None

    def _stems(self, doc: int, number: int) -> set[str]:
        key = (doc, number)
        if key not in self._stem_cache:
            sent = self.refs.sentence(doc, number)
            self._stem_cache[key] = {stem(w) for w in words_of(sent.text)} if sent is not None else set()
        return self._stem_cache[key]


# The heads of the descriptions _need can name ("the minister", "the group", "the country").
_NAMED_HEADS = PERSON_NOUNS | GROUP_HEADS | _STATE_HEADS | _CITY_HEADS | frozenset(_PAIRS) | EVENT_HEADS | ACT_HEADS


def _may_name(need: Need) -> bool:
    if need.kind in ("person", "plural", "thing"):
        return True
    return need.kind == "description" and (need.head in _NAMED_HEADS or need.word.split()[-1][:1].isupper())


def _spans(run: str) -> set[str]:
    """A capitalised run and its one- and two-word pieces ("Forces of Tikrit" -> "Tikrit")."""
    words = run.split()
    return {run, *words, *(" ".join(words[k : k + 2]) for k in range(len(words) - 1))}


def _same_for_two(mark: Mark, need: Need, marks: list[Mark], text: str) -> bool:
    """Would one referent stand for two different descriptions of one sentence? A writer
    who says "the kingdom" and then "the country" means two things; the same words twice
    ("the group ... the group's") or a pronoun may well mean one."""
    if need.kind != "description" or mark.kind != "referent":
        return False
    word = _bare(need.word)
    for m in marks:
        other = _bare(text[m.start : m.end])
        if m.kind == "referent" and _bare(m.words) == _bare(mark.words) and other != word:
            if other.split()[0] in ("the", "this", "that"):
                return True
    return False


def _bare(words: str) -> str:
    return words.lower().removesuffix("'s").removesuffix("’s")


def _pronoun_class(need: Need) -> str | None:
    """Pronouns that stand for one referent together: he/him/his, she/her, they, it."""
    if need.kind in ("plural", "thing"):
        return need.kind
    if need.kind == "person":
        return "f" if need.word.lower() in ("she", "her") else "m"
    return None


def _two_people(text: str, needs: list[Need]) -> bool:
    """A pronoun that speaks ("she said") beside one of the same gender that does not:
    the sentence speaks of two people and the words do not say which is which."""
    roles: dict[str, set[bool]] = {}
    words = {need.word.lower() for need in needs if need.kind == "person"}
    if {"he", "him"} <= words:
        return True  # "He told him ...": two men
    for need in needs:
        key = _pronoun_class(need)
        # Only subjects count: in "She said her party ..." the "her" is the one who speaks.
        if need.kind == "person" and key and need.word.lower() in ("he", "she", "they"):
            speaks = SAYING.match(text[need.end :].lstrip()) is not None
            roles.setdefault(key, set()).add(speaks)
    return any(len(v) > 1 for v in roles.values())
