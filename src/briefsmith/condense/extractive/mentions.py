"""Every mention of a possible actor in the usable sentences, read in context:
states (also where a demonym or capital stands for one), organisations and people,
with a role wherever the text states one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefsmith.condense.extractive import names, places, roles
from briefsmith.condense.extractive.names import Token
from briefsmith.condense.extractive.roles import Role
from briefsmith.condense.extractive.sentences import Unit
from briefsmith.condense.extractive.wordlists import (
    ACTION_VERBS,
    CORE_TITLES,
    DOCUMENT_TAILS,
    GROUP_WORDS,
    HONORIFICS,
    INSTITUTIONS,
    LOCATIVE,
    MONTHS_DAYS,
    NON_ACTOR_HEADS,
    ORG_HEADS,
    ROLE_MODIFIERS,
    SAYING,
    STYLES,
    TITLES,
)

_COMPASS = frozenset("North South East West Central Northern Southern Eastern Western Upper Lower".split())
_ADJECTIVE = ("ist", "ern", "ic", "ian", "ese", "ish", "an")
_FAITHS = frozenset("Muslim Sunni Shiite Shia Hindu Sikh Jewish Christian Catholic Orthodox Kurdish".split())
CONNECTORS_LOWER = frozenset("and or of for to in on at by with as is was are were has have had".split())
PLACE_WORDS = frozenset("in at near outside inside across throughout around within from into toward "
                        "towards via".split())
_ACRONYM = re.compile(r"^\s*\(([A-Z][A-Za-z0-9.&\-]{1,9})\)")
_LEADING = frozenset("the but and however meanwhile also yet so still now then , “ \" ‘ '".split())


@dataclass(frozen=True)
class Mention:
    unit: Unit
    name: str  # the name as written, without "the", honorific or possessive
    start: int  # paragraph offsets of the name
    end: int
    state: str | None = None  # alpha-2 when this stands for a state
    surface: str = ""  # how the text said it when not by name ("Russian government")
    locative: bool = False  # "in Afghanistan": a place more than an actor
    subject: bool = False  # opens its sentence or clause
    person: bool = False  # an honorific, a title or a verb of saying vouches for it
    org: bool = False  # its head word marks an organisation
    role: Role | None = None
    acronym: str | None = None  # "Islamic State of Khorasan Province (ISKP)"
    agent: bool = False  # a verb follows: it does something here ("Kabulov said")
    grouped: bool = False  # "group", "militants", "insurgent" ... stand near it
    definite: bool = False  # "the Liberal Democrats": "the" does not go before a person's name


_SKIP = frozenset(", also too then later now reportedly previously recently".split())
_PASSIVE = frozenset("was were is are been being be".split())


def _acts(tokens: Sequence[Token], after: int) -> bool:
    """Does a verb follow the name (over an adverb or two)? Then the actor acts."""
    k = after
    while k < len(tokens) and tokens[k].raw.lower() in _SKIP and k - after < 4:
        k += 1
    if k >= len(tokens) or tokens[k].raw in _PASSIVE:  # "was invited": acted upon
        return False
    word = tokens[k].raw
    return word.islower() and (word in ACTION_VERBS or (word.endswith("ed") and len(word) > 4))


def _grouped(tokens: Sequence[Token], first: int, last: int) -> bool:
    window = tokens[max(0, first - 8) : last + 9]
    return any(t.raw.lower() in GROUP_WORDS for t in window)


def _after(tokens: Sequence[Token], end: int) -> int:
    return next((k for k, t in enumerate(tokens) if t.start >= end), len(tokens))


def _quoted(tokens: Sequence[Token], run: Sequence[int]) -> bool:
    before = tokens[run[0] - 1].raw if run[0] > 0 else ""
    after = tokens[run[-1] + 1].raw if run[-1] + 1 < len(tokens) else ""
    return before in ("“", '"', "‘", "'") and after in ("”", '"', "’", "'")


def _is_subject(tokens: Sequence[Token], first: int) -> bool:
    return all(t.raw.lower() in _LEADING for t in tokens[:first])


def _demonym_state(tokens: Sequence[Token], i: int) -> tuple[str, str, int] | None:
    """'Russian government', 'Russian and Chinese embassies' -> (code, surface, index
    of the institution's noun)."""
    code = places.DEMONYMS.get(tokens[i].text)
    if code is None or tokens[i].closes:
        return None
    k = i + 1
    while k + 1 < len(tokens) and tokens[k].raw in ("and", ",") and tokens[k + 1].text in places.DEMONYMS:
        k += 2
    if k < len(tokens) and tokens[k].raw.lower() in INSTITUTIONS:
        return code, f"{tokens[i].text} {tokens[k].raw.lower()}", k
    return None


class Reader:
    """Reads the mentions of one set of units (all the brief's articles at once)."""

    def __init__(self, units: Sequence[Unit]):
        self.units = units
        self.tokens = [names.tokens_of(u.sentence) for u in units]
        self.initial = [names.initial_positions(t) for t in self.tokens]
        self.capital, self.lower = names.evidence(zip(self.tokens, self.initial, strict=True))
        self.index = {u.key: i for i, u in enumerate(units)}

    def mentions(self) -> list[Mention]:
        out: list[Mention] = []
        for unit, tokens, initial in zip(self.units, self.tokens, self.initial, strict=True):
            for i, tok in enumerate(tokens):  # demonyms that stand for a state
                found = _demonym_state(tokens, i)
                if found:
                    code, surface, noun = found
                    out.append(Mention(unit, places.display_name(code), tok.start, tok.end, state=code,
                                       surface=surface, subject=_is_subject(tokens, i),
                                       agent=_acts(tokens, noun + 1)))
            for run in names.runs(tokens):
                if _quoted(tokens, run):
                    continue  # a title in quotes names a book, a show, a nickname: not an actor
                run = names.strip_edges(names.trim_initial(run, tokens, initial, self.capital,
                                                           self.lower), tokens)
                if run:
                    out.extend(self._read_run(unit, tokens, run))
        return out

    def _next_opens_with_pronoun(self, unit: Unit) -> bool:
        i = self.index[unit.key] + 1
        if i >= len(self.units) or self.units[i].doc != unit.doc:
            return False
        return self.units[i].sentence.text.split(" ", 1)[0] in ("He", "She", "His", "Her")

    def _is_name(self, tokens: list[Token], run: list[int], words: list[str], nxt: str) -> bool:
        """Not a place, an event, a document, a post, a date or a common word."""
        name = " ".join(words)
        head = words[: words.index("of")] if "of" in words[1:] else words
        if places.is_region(name) or head[-1] in NON_ACTOR_HEADS or words[-1] in DOCUMENT_TAILS:
            return False
        if all(w in MONTHS_DAYS for w in words) or all(w in TITLES for w in words) or words[-1] in CORE_TITLES:
            return False
        if len(words) == 2 and words[0] in _COMPASS:
            return False  # "South Ossetia": a region
        if (words[-1].endswith(_ADJECTIVE) or words[-1] in _FAITHS) and nxt.islower() \
                and nxt not in ACTION_VERBS and not nxt.endswith("ed") and nxt not in CONNECTORS_LOWER:
            return False  # "Islamist militants", "Middle Eastern forces": adjectives before a noun
        if len(words) > 1:
            return True
        word = words[0]
        if len(word) < 2 or re.fullmatch(r"[A-Z]{2,}s", word) or word in ORG_HEADS:
            return False  # "P", "MPs", "the Ministry": a letter, a plural, a bare noun
        if word.endswith("s") and (word[:-1] in places.DEMONYMS or word.endswith("ans")):
            return False  # "Saudis", "Gibraltarians": a people, not an actor
        if word.isupper():
            return True
        if self.lower[word.lower()] >= max(1, self.capital[word]):
            return False  # "Residents", "Nuclear": a common word that opened a sentence
        return True

    def _read_run(self, unit: Unit, tokens: list[Token], run: list[int]) -> list[Mention]:
        person = False
        while run and tokens[run[0]].text in HONORIFICS and tokens[run[0]].text not in STYLES:
            person, run = True, run[1:]
        if run and tokens[run[0]].text in STYLES:
            person = True  # "Lord Ashcroft" keeps his style: it is how he is named
        run = names.strip_edges(run, tokens)
        if not run:
            return []
        split = names.title_split(run, tokens)
        if split is not None:
            head = [tokens[i].text for i in run[split:]]
            if not any(w in ORG_HEADS or w in NON_ACTOR_HEADS or places.state_code(w) for w in head):
                para = unit.article.paragraphs[unit.sentence.paragraph - 1]
                first_title = next(k for k, i in enumerate(run) if tokens[i].text in TITLES)
                role_end = tokens[run[split - 1]].end
                first = run[0]
                while first > 0 and tokens[first - 1].raw in ROLE_MODIFIERS and first > run[0] - 2:
                    first -= 1  # "former Tory Treasurer"
                while split < len(run) - 1 and tokens[run[split]].text in HONORIFICS \
                        and tokens[run[split]].text not in STYLES:
                    split += 1  # "Interior Minister Dr Jane Roe": the name is "Jane Roe"
                role_start, name_start = tokens[first].start, tokens[run[split]].start
                end = tokens[run[-1]].end
                role = Role(para[role_start:role_end], role_start, end)
                found = [Mention(unit, para[name_start:end], name_start, end, person=True, role=role,
                                 subject=_is_subject(tokens, run[0]), agent=_acts(tokens, run[-1] + 1))]
                if first_title > 0:  # "Taliban Foreign Minister": the Taliban is named too
                    found += self._plain(unit, tokens, run[:first_title], False)
                return found
        return self._plain(unit, tokens, run, person)

    def _plain(self, unit: Unit, tokens: list[Token], run: list[int], person: bool) -> list[Mention]:
        if all(tokens[i].text in TITLES or not names.is_namey(tokens[i]) for i in run):
            return []  # "the Trade and Industry Secretary": a post, not a name
        while len(run) > 1 and tokens[run[0]].text in TITLES and tokens[run[1]].text not in TITLES:
            run = names.strip_edges(run[1:], tokens)  # "Former Tory chancellor": "Former" names nothing
        if not run or _quoted(tokens, run):
            return []  # a title in quotes names a book, a show, a nickname: not an actor
        art, sent = unit.article, unit.sentence
        para = art.paragraphs[sent.paragraph - 1]
        prev = tokens[run[0] - 1].raw.lower() if run[0] > 0 else ""
        nxt = tokens[run[-1] + 1].raw.lower() if run[-1] + 1 < len(tokens) else ""
        subject = _is_subject(tokens, run[0])
        name = para[tokens[run[0]].start : tokens[run[-1]].end]
        code = places.state_code(name)
        if code:
            return [Mention(unit, places.display_name(code), tokens[run[0]].start, tokens[run[-1]].end,
                            state=code, surface=name, locative=prev in LOCATIVE or prev == "of",
                            subject=subject, agent=_acts(tokens, run[-1] + 1))]
        if name in places.CAPITALS:  # a capital acts for its state, or is just a place
            acts = prev not in LOCATIVE and prev != "of" and (tokens[run[-1]].closes or nxt in ACTION_VERBS)
            if not acts:
                return []
            code = places.CAPITALS[name]
            return [Mention(unit, places.display_name(code), tokens[run[0]].start, tokens[run[-1]].end,
                            state=code, surface=name, subject=subject, agent=True)]
        words = [tokens[i].text for i in run]
        if words[0] in places.DEMONYMS and (len(words) <= 2 and words[-1] not in ORG_HEADS or (
                len(words) <= 4 and "of" not in words and words[-1] not in ORG_HEADS)):
            run, words = run[1:], words[1:]  # "Afghan Taliban", "American Kenneth Bae"
        if not run or not self._is_name(tokens, run, words, nxt):
            return []
        start, end = tokens[run[0]].start, tokens[run[-1]].end
        name = para[start:end]
        prev = tokens[run[0] - 1].raw.lower() if run[0] > 0 else ""
        # A verb of saying vouches for a full name ("told CNN" makes no person of CNN),
        # and so does "He"/"She" opening the next sentence after it opened this one.
        person = person or (len(words) > 1 and (prev in SAYING or nxt in SAYING or (
            subject and self._next_opens_with_pronoun(unit))))
        head = words[: words.index("of")] if "of" in words[1:] else words
        role = None
        if subject:
            role = roles.copular(para, start, end, sent.end)
        role = role or roles.apposition(para, start, end, sent.end)
        if role is None and len(words) >= 2:
            role = roles.before(para, tokens, run[0], end)
        acr = _ACRONYM.match(para[end : sent.end])
        after = _after(tokens, role.end) if role is not None and role.start == start else run[-1] + 1
        return [Mention(unit, name, start, end, subject=subject, person=person or role is not None
                        and role.start < start, org=head[-1] in ORG_HEADS, role=role,
                        acronym=acr.group(1) if acr else None, agent=_acts(tokens, after),
                        grouped=_grouped(tokens, run[0], run[-1]), definite=prev == "the",
                        locative=prev in PLACE_WORDS)]
