"""Where the actors of a brief are named, sentence by sentence, and whom a pronoun or a
description can stand for: the nearest fitting actor in the sentences before.

Only the brief's own actors are candidates (people, organisations, groups, states the
actor finder found), found by the names the text uses for them. Nothing is guessed
across an ambiguity: two people who fit as well as each other give no answer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from briefsmith.engines.extractive.standing.words import PERSON_NOUNS, THING_NOUNS
from briefsmith.engines.extractive.wordlists import HONORIFICS, TITLES
from briefsmith.model import Actor, Article, Sentence

_NOUNS = PERSON_NOUNS | THING_NOUNS

# How far back a pronoun or a description may look for what it stands for.
PRONOUN_REACH = 3
ROLE_REACH = 12
_FEMALE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_MALE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_FEMALE_ROLE = re.compile(
    r"\b(?:spokeswoman|woman|girl|mother|wife|sister|daughter|queen|princess|chairwoman|Mrs|Ms|Miss|Dame|Lady)\b"
)
_MALE_ROLE = re.compile(r"\b(?:spokesman|man|boy|father|husband|brother|son|king|prince|chairman|Mr|Sir|Lord)\b")
_PERSON_WORD = re.compile(
    r"\b(?:(?:the|a|an) (?:\w+ )?(?:man|woman|male|female|boy|girl|teen|teenager|suspect|witness|attacker|gunman|"
    r"assailant|jihadi|victim|official|officer|soldier|student|interviewer|reporter|doctor)|spokesman|spokeswoman|"
    r"spokesperson|(?:the|a|an|his|her|their) (?:\w+ )?(?:son|daughter|wife|husband|father|mother|brother|sister|"
    r"widow|uncle|aunt|nephew|niece|cousin|girlfriend|boyfriend|fianc[eé]e?|friend) of)\b",
    re.IGNORECASE,
)
# "Theresa May, said", "said Sandra Gidley": a person the brief's actors do not include.
_UNKNOWN_SPEAKER = re.compile(
    r"\b[A-Z][a-z]+ [A-Z][a-z'’-]+,? (?:said|says|told|added)\b|\b(?:said|says|told) [A-Z][a-z]+ [A-Z][a-z]+"
)
_ANSWERS = re.compile(r"\b(?:he|she)\s+(?:answered|replied|responded)\b", re.IGNORECASE)
_SAYS = re.compile(
    r"\b(?:said|says|told|tells|added|adds|wrote|writes|tweeted|stated|declared|explained|insisted|argued|warned|"
    r"asked|according to)\b"
)


@dataclass(frozen=True)
class Occurrence:
    start: int  # offsets in the sentence's text
    end: int
    form: str  # the words as written ("Lippert")
    actor: Actor

    @property
    def full(self) -> bool:
        return self.form == self.actor.name


class Referents:
    """The actors named in each sentence of each article, and who may be meant."""

    def __init__(self, articles: Sequence[Article], actors: Sequence[Actor]):
        self.articles = articles
        forms: dict[str, Actor] = {}
        # "Gubashev" when the text names Shagit and Anzor Gubashev: a surname two people share is no
        # one's. One named once in passing ("his mother Connie Bilardi") leaves it to the other.
        surnames = Counter(
            a.name.split()[-1] for a in actors if a.kind == "person" and len(a.name.split()) > 1 and a.mentions > 1
        )
        for actor in actors:
            for form in (actor.name, *actor.aliases):
                if form and form[:1].isupper() and len(form) > 2 and form not in forms and not _title(form):
                    forms[form] = actor
        self.forms = forms
        self.shared = frozenset(f for f in forms if " " not in f and surnames[f] > 1 and forms[f].name != f)
        pattern = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        self._find = re.compile(r"(?<![\w\-])(?:" + pattern + r")(?![\w\-])") if forms else None
        self._seen: dict[tuple[int, int], list[Occurrence]] = {}
        self._in_text: dict[str, list[Occurrence]] = {}
        self.gender = self._genders(actors)

    def sentence(self, doc: int, number: int) -> Sentence | None:
        sents = self.articles[doc].sentences
        return sents[number - 1] if 1 <= number <= len(sents) else None

    def named(self, doc: int, number: int) -> list[Occurrence]:
        key = (doc, number)
        if key not in self._seen:
            sent = self.sentence(doc, number)
            found: list[Occurrence] = []
            if sent is not None and self._find is not None:
                if sent.text not in self._in_text:  # outlets repeat sentences: each text is searched once
                    self._in_text[sent.text] = [
                        Occurrence(m.start(), m.end(), m.group(0), self.forms[m.group(0)])
                        for m in self._find.finditer(sent.text)
                    ]
                found = self._in_text[sent.text]
            self._seen[key] = found
        return self._seen[key]

    def named_before(self, text: str, end: int, pronoun: str) -> bool:
        """Does `text` name, before offset `end`, one person only, and one the pronoun may
        stand for (not known to be of the other sex)? Then the sentence says whom it means."""
        if self._find is None or re.search(r"[\"“”]", text[:end]):
            return False  # 'O'Bryant said: "He did not ...': a quotation's "he" is someone else
        want = "f" if pronoun in ("she", "her", "hers") else "m"
        people = {
            self.forms[m.group(0)].name
            for m in self._find.finditer(text[:end])
            if self.forms[m.group(0)].kind == "person"
        }
        return len(people) == 1 and self.gender.get(next(iter(people)), want) == want

    def _genders(self, actors: Sequence[Actor]) -> dict[str, str]:
        """'m' or 'f' where the text tells: the pronouns of sentences that name one person
        only, the words of the role ("spokeswoman"), the title before a name ("Ms Hewitt")."""
        score: dict[str, int] = {}
        for actor in actors:
            if actor.kind == "person" and actor.role:
                score[actor.name] = len(_MALE_ROLE.findall(actor.role)) - len(_FEMALE_ROLE.findall(actor.role))
        for doc, article in enumerate(self.articles):
            for sent in article.sentences:
                named = [o for o in self.named(doc, sent.number) if o.actor.kind == "person"]
                for o in named:  # "Ms Hewitt", "spokeswoman Marie Harf": the text says
                    before = _words_before(sent.text, o.start, 14)
                    cue = 3 * (len(_MALE_ROLE.findall(before)) - len(_FEMALE_ROLE.findall(before)))
                    score[o.actor.name] = score.get(o.actor.name, 0) + cue
                people = {o.actor.name for o in named}
                if len(people) == 1:
                    name = people.pop()
                    score[name] = score.get(name, 0) + len(_MALE.findall(sent.text)) - len(_FEMALE.findall(sent.text))
        return {name: ("m" if s > 0 else "f") for name, s in score.items() if s}

    def person(self, doc: int, number: int, pronoun: str, depth: int = 0) -> tuple[Actor, int] | None:
        """The person a pronoun in sentence `number` stands for, and the sentence that
        names them: the nearest sentence before that names a fitting person, if it names
        one only, or one first as its subject with no other person ("a witness", "him")
        before. A sentence between that speaks of the same "she" without naming anyone
        passes the question on to its own sentences before. Anything less clear gives no
        answer."""
        want = "f" if pronoun.lower() in ("she", "her", "hers") else "m"
        same = _FEMALE if want == "f" else _MALE
        here = {o.actor.name for o in self.named(doc, number) if o.actor.kind == "person"}
        this, before = self.sentence(doc, number), self.sentence(doc, number - 1)
        if this and before and _ANSWERS.search(this.text) and re.search(r"\basked\b", before.text):
            return None  # "he answered" after "Zakaria asked": the one asked, not the asker
        for back in range(1, PRONOUN_REACH + 1):
            sent = self.sentence(doc, number - back)
            if sent is None:
                return None
            people = [o for o in self.named(doc, number - back) if o.actor.kind == "person"]
            if people and want == "m" and re.search(r"\bhim\b", sent.text):
                return None  # "Macke asked him ...": a second man, unnamed
            if not people:
                if _PERSON_WORD.search(sent.text) or _UNKNOWN_SPEAKER.search(sent.text):
                    return None  # someone else is spoken of there, whom we cannot name
                if self._named_subject(doc, number - back, sent.text):
                    return None  # "In July, Shekau voiced support ...": a name we did not read as a person acts there
                opener = same.match(sent.text.lstrip("“\"' "))
                if opener and depth < PRONOUN_REACH:  # "She said ... | "..." | She said ...": the same she
                    return self.person(doc, number - back, opener.group(0), depth + 1)
                if same.search(sent.text):
                    return None
                continue
            fitting = [o for o in people if self.gender.get(o.actor.name, want) == want]
            if not fitting or fitting[0] is not people[0]:
                return None
            first = fitting[0]
            if first.form in self.shared:
                return None  # "Tsarnaev" of two Tsarnaevs: which one, the words do not say
            if first.actor.name in here:
                return None  # "Bilardi told him": not Bilardi; whom else, the words do not say
            lead = sent.text[: first.start]
            if same.search(lead) or any(not _titles(lead, m) for m in _PERSON_WORD.finditer(lead)):
                return None  # "When Macke asked him ...": another person comes first
            others = {o.actor.name for o in fitting} - {first.actor.name}
            if others and first.start > 40:
                return None  # two people, neither plainly the subject
            return first.actor, number - back
        return None

    def _named_subject(self, doc: int, number: int, text: str) -> bool:
        """Does the sentence open (after a short opening phrase) with a name of a body that
        is not a state, going on with a verb? Such a name may be a person the actor finder
        took for a group; a pronoun after it is not safely the person named before it."""
        for o in self.named(doc, number):
            if o.actor.kind in ("state", "person") or len(o.actor.name.split()) < 2:
                continue
            lead = text[: o.start]
            if len(lead) <= 25 and (not lead.strip() or lead.rstrip().endswith(",")):
                after = text[o.end : o.end + 30].split()
                return bool(after) and after[0].islower() and after[0].endswith(("ed", "s"))
        return False

    def by_role(self, doc: int, number: int, head: str) -> tuple[Actor, int, str | None] | None:
        """The person 'the ambassador' or 'the King' is: one a sentence before names with
        that word as a title ("U.S. ambassador Mark Lippert", "King Abdullah") or in
        apposition ("Mark Lippert, the U.S. ambassador"), or whose stated role has it; and
        the title with the name as written, when it came before. Not someone this sentence
        names itself ("The King told Zakaria": not Zakaria)."""
        title = re.compile(r"(?:\b[A-Z][\w.'’-]*\s+){0,3}\b(?i:" + re.escape(head) + r")\s+(?:[A-Z]\S*\s+)?$")
        appos = re.compile(r"^,\s+(?:the|a|an)\s+(?:[\w.'’-]+\s+){0,4}?" + re.escape(head) + r"\b", re.IGNORECASE)
        word = re.compile(r"\b" + re.escape(head) + r"\b", re.IGNORECASE)
        here = {o.actor.name for o in self.named(doc, number)}
        found: list[tuple[Actor, int, str | None]] = []
        for back in range(1, ROLE_REACH + 1):
            sent = self.sentence(doc, number - back)
            if sent is None:
                break
            for o in self.named(doc, number - back):
                if o.actor.kind != "person" or o.actor.name in here:
                    continue
                before, after = sent.text[max(0, o.start - 40) : o.start], sent.text[o.end : o.end + 60]
                titled = title.search(before)
                if titled or appos.search(after) or word.search(o.actor.role or o.actor.name):
                    start = o.start - len(before) + titled.start() if titled else None
                    found.append((o.actor, number - back, sent.text[start : o.end] if start is not None else None))
            if found:
                break
        return found[0] if len({a.name for a, _, _ in found}) == 1 else None

    def by_name_head(self, doc: int, number: int, head: str) -> tuple[Actor, int] | None:
        """The body 'the observatory' or 'the committee' is: the only organisation or group
        named before (within ROLE_REACH sentences) whose name has that word ("the Syrian
        Observatory for Human Rights", "the Committee on Enforced Disappearances"); not one
        this sentence names itself."""
        word = re.compile(r"\b" + re.escape(head.capitalize()) + r"\b")
        here = {o.actor.name for o in self.named(doc, number)}
        for back in range(1, ROLE_REACH + 1):
            if self.sentence(doc, number - back) is None:
                break
            found = {
                o.actor.name: o.actor
                for o in self.named(doc, number - back)
                if o.actor.kind in ("organisation", "group") and word.search(o.actor.name) and o.actor.name not in here
            }
            if found:
                return (next(iter(found.values())), number - back) if len(found) == 1 else None
        return None

    def body(
        self,
        doc: int,
        number: int,
        kinds: tuple[str, ...],
        reach: int = PRONOUN_REACH,
        subject: bool = False,
        only: bool = False,
        modifier: str = "",
    ) -> tuple[Actor, int] | None:
        """The organisation, group or state 'the group' or 'the country' is: the only one
        of those kinds named in the nearest sentence before that names any (with
        `subject`, only one the sentence before opens with: what "It" goes on about; with
        `only`, the only one named in all `reach` sentences before)."""
        if only:
            alone = {
                o.actor.name: (o.actor, number - back)
                for back in range(reach, 0, -1)
                for o in self.named(doc, number - back)
                if o.actor.kind in kinds
            }
            return next(iter(alone.values())) if len(alone) == 1 else None
        # "The group's alignment with ISIS": a description does not stand for a body its own sentence names.
        here = {o.actor.name for o in self.named(doc, number)}
        for back in range(1, reach + 1):
            sent = self.sentence(doc, number - back)
            if sent is None:
                return None
            found = [
                o
                for o in self.named(doc, number - back)
                if o.actor.kind in kinds and heads(sent.text, o) and o.actor.name not in here
            ]
            if modifier:  # "the rights group": one the text calls a rights group, or so named
                near = re.compile(r"\b" + re.escape(modifier[:5]), re.IGNORECASE)
                found = [o for o in found if near.search(sent.text[max(0, o.start - 40) : o.end + 60])]
            if subject:
                found = [o for o in found[:1] if _opens(sent.text, o.start)]
            named = {o.actor.name: o.actor for o in found}
            if len(named) == 1:
                return next(iter(named.values())), number - back
            if named or subject:
                return None
        return None

    def speaker(self, doc: int, number: int) -> tuple[Actor, int, str] | None:
        """Who says a quotation: the attribution of the sentence that closes it, when this
        one leaves it open ('"...' -> '...," she said.'); else the one before, when that
        one quotes someone by name ('Kim said. "..."')."""
        sent = self.sentence(doc, number)
        if sent is None:
            return None
        if _leaves_open(sent.text):
            for n in range(number + 1, number + 4):
                nxt = self.sentence(doc, n)
                if nxt is None:
                    return None
                if _leaves_open(nxt.text) or not _closes(nxt.text):
                    continue  # the quotation goes on
                return self._attribution(doc, n, nxt.text[_closes(nxt.text) :])
            return None
        prev = self.sentence(doc, number - 1)
        if prev is None or not re.search(r"[“”\"]", prev.text):
            return None
        return self._attribution(doc, number - 1, prev.text)

    def _attribution(self, doc: int, n: int, words: str) -> tuple[Actor, int, str] | None:
        sent = self.sentence(doc, n)
        says = _SAYS.search(words)
        if sent is None or says is None:
            return None
        at = len(sent.text) - len(words) + says.start()  # where the verb stands in the sentence
        people = [o for o in self.named(doc, n) if o.actor.kind == "person" and abs(o.start - at) < 50]
        if len({o.actor.name for o in people}) == 1 and people[0].form not in self.shared:
            return people[0].actor, n, "said"
        pron = re.search(r"\b(he|she)\s+" + re.escape(says.group(0)), words)
        if pron and not people:
            found = self.person(doc, n, pron.group(1))
            if found:
                return found[0], found[1], "said"
        return None

    def pair_of(self, doc: int, number: int, kinds: tuple[str, ...]) -> tuple[str, int] | None:
        """'Kestland and Marrowmere' for 'the two countries': two actors of those kinds
        named with "and" between them in a sentence before (the nearest one)."""
        for back in range(1, ROLE_REACH + 1):
            sent = self.sentence(doc, number - back)
            if sent is None:
                return None
            named = [o for o in self.named(doc, number - back) if o.actor.kind in kinds]
            for a, b in zip(named, named[1:], strict=False):
                if a.actor is not b.actor and sent.text[a.end : b.start] in (" and ", " and the "):
                    start = a.start - 4 if sent.text[max(0, a.start - 4) : a.start] in ("the ", "The ") else a.start
                    return sent.text[start : b.end], number - back
        return None

    def citing(self, doc: int, number: int, actor: Actor) -> tuple[str, int] | None:
        """The form to insert for an actor and the sentence it stands in: its full name as
        written in this sentence or one before, else the form the sentence uses. A body the
        article also calls by an acronym ("ISIS") is called by it, as the article does once
        it has said the long name: "[ISIS'] propaganda", not "[The Islamic State of Iraq and Syria's]"."""
        if actor.kind != "person":
            for n in range(number, 0, -1):
                for o in self.named(doc, n):
                    if o.actor is actor and _acronym(o.form):
                        return _with_article(self.sentence(doc, n), o), n  # type: ignore[arg-type]
        for n in range(number, 0, -1):
            for o in self.named(doc, n):
                if o.actor is actor and o.full:
                    return _with_article(self.sentence(doc, n), o), n  # type: ignore[arg-type]
        for o in self.named(doc, number):
            if o.actor is actor:
                return _with_article(self.sentence(doc, number), o), number  # type: ignore[arg-type]
        return None


_LEAD = re.compile(r"^(?:[\W_]*(?:the|but|and|yet|so|however|meanwhile|also|now|then|still)\b[\s,]*)*", re.IGNORECASE)
_INTRO = re.compile(r"^(?:on|in|at|by|last|late|early|after|before|since|during)\b[^,]{0,40},\s*", re.IGNORECASE)


def _acronym(form: str) -> bool:
    return form.isupper() and form.isalpha() and len(form) <= 6


def _titles(lead: str, m: re.Match[str]) -> bool:
    """Is the person word the title of the name right after it ("League spokeswoman for
    ferries Ines Alder"), not another person ("a witness told Ines Alder")?"""
    if m.group(0).endswith(" of"):
        return False  # "The younger son of Prince Charles": a kinsman of the name, another person
    rest = lead[m.end() :]
    return len(rest) <= 30 and not re.search(r"[,;:]|\b(?:said|says|told|asked|and|when|after)\b", rest)


def _words_before(text: str, end: int, size: int) -> str:
    """About `size` characters before `end`, in whole words: a window cut inside
    "spokeswoman" must not read "man"."""
    start = max(0, end - size)
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _opens(text: str, start: int) -> bool:
    """Does the name at `start` open its sentence (after "The", a marker or a time)?"""
    head = text[:start]
    head = _INTRO.sub("", _LEAD.sub("", head))
    return not _LEAD.sub("", head).strip()


def heads(text: str, o: Occurrence) -> bool:
    """Is the name the head of its phrase ("ISIS said"), not a modifier ("the Mumbai
    gunmen", "the Obama administration")? A lower-case word after it that is no verb
    makes it a modifier."""
    rest = text[o.end : o.end + 30].split()
    nxt = rest[0] if rest else ""
    if not nxt[:1].islower() or not nxt.isalpha():
        return True
    return nxt in _VERBS or nxt.endswith("ly") or (nxt.endswith(("ed", "s")) and nxt not in _NOUNS)


_VERBS = frozenset(
    "met told said says is was has had will would could can may might must should did does do made took gave went "
    "came left spoke wrote sent held led won lost saw knew thought became began got put ran set and or but who which "
    "also still then now later again, however".split()
)


def _title(form: str) -> bool:
    """'Capt', 'Gen', 'President': a title or honorific is no name to put in brackets."""
    return all(w.rstrip(".") in TITLES or w in HONORIFICS or w.rstrip(".") + "." in HONORIFICS for w in form.split())


def _with_article(sent: Sentence, o: Occurrence) -> str:
    """'the United States', 'the Taliban': the name with the "the" the text gives it."""
    before = sent.text[max(0, o.start - 4) : o.start]
    return before + o.form if before.lower() == "the " and o.actor.kind != "person" else o.form


def _leaves_open(text: str) -> bool:
    """Does the sentence open a quotation it does not close?"""
    return text.count("“") > text.count("”") or (text.count('"') % 2 == 1 and not text.rstrip().endswith('"'))


def _closes(text: str) -> int:
    """Where a quotation opened before this sentence closes in it (0: it does not)."""
    if text.count("”") > text.count("“"):
        return text.index("”") + 1
    if text.count('"') % 2 == 1:
        return text.index('"') + 1
    return 0
