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
    GROUP_WORDS,
    HONORIFICS,
    INSTITUTIONS,
    LOCATIVE,
    MONTHS_DAYS,
    NON_ACTOR_HEADS,
    ORG_HEADS,
    SAYING,
    TITLES,
)

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


def _is_subject(tokens: Sequence[Token], first: int) -> bool:
    return all(t.raw.lower() in _LEADING for t in tokens[:first])


def _demonym_state(tokens: Sequence[Token], i: int) -> tuple[str, str] | None:
    """'Russian government', 'Russian and Chinese embassies' -> (code, surface)."""
    code = places.DEMONYMS.get(tokens[i].text)
    if code is None or tokens[i].closes:
        return None
    k = i + 1
    while k + 1 < len(tokens) and tokens[k].raw in ("and", ",") and tokens[k + 1].text in places.DEMONYMS:
        k += 2
    if k < len(tokens) and tokens[k].raw.lower() in INSTITUTIONS:
        return code, f"{tokens[i].text} {tokens[k].raw.lower()}"
    return None


class Reader:
    """Reads the mentions of one set of units (all the brief's articles at once)."""

    def __init__(self, units: Sequence[Unit]):
        self.units = units
        self.tokens = [names.tokens_of(u.sentence) for u in units]
        self.initial = [names.initial_positions(t) for t in self.tokens]
        self.capital, self.lower = names.evidence(zip(self.tokens, self.initial, strict=True))

    def mentions(self) -> list[Mention]:
        out: list[Mention] = []
        for unit, tokens, initial in zip(self.units, self.tokens, self.initial, strict=True):
            for i, tok in enumerate(tokens):  # demonyms that stand for a state
                found = _demonym_state(tokens, i)
                if found:
                    out.append(Mention(unit, places.display_name(found[0]), tok.start, tok.end,
                                       state=found[0], surface=found[1]))
            for run in names.runs(tokens):
                run = names.strip_edges(names.trim_initial(run, tokens, initial, self.capital,
                                                           self.lower), tokens)
                if run:
                    out.extend(self._read_run(unit, tokens, run))
        return out

    def _read_run(self, unit: Unit, tokens: list[Token], run: list[int]) -> list[Mention]:
        person = False
        while run and tokens[run[0]].text in HONORIFICS:
            person, run = True, run[1:]
        run = names.strip_edges(run, tokens)
        if not run:
            return []
        split = names.title_split(run, tokens)
        if split is not None:
            head = [tokens[i].text for i in run[split:]]
            if not any(w in ORG_HEADS or w in NON_ACTOR_HEADS or places.state_code(w) for w in head):
                para = unit.article.paragraphs[unit.sentence.paragraph - 1]
                first_title = next(k for k, i in enumerate(run) if tokens[i].text in TITLES)
                role_start, name_start = tokens[run[0]].start, tokens[run[split]].start
                end = tokens[run[-1]].end
                role = Role(para[role_start:name_start].strip(), role_start, end)
                found = [Mention(unit, para[name_start:end], name_start, end, person=True, role=role,
                                 subject=_is_subject(tokens, run[0]), agent=_acts(tokens, run[-1] + 1))]
                if first_title > 0:  # "Taliban Foreign Minister": the Taliban is named too
                    found += self._plain(unit, tokens, run[:first_title], False)
                return found
        return self._plain(unit, tokens, run, person)

    def _plain(self, unit: Unit, tokens: list[Token], run: list[int], person: bool) -> list[Mention]:
        words = [tokens[i].text for i in run]
        if len(words) == 1 and words[0] in places.DEMONYMS:
            return []  # an adjective: counted above when it stands for a state
        if len(words) == 2 and words[0] in places.DEMONYMS and words[1] not in ORG_HEADS:
            run, words = run[1:], words[1:]  # "Afghan Taliban" is the Taliban
        art, sent = unit.article, unit.sentence
        para = art.paragraphs[sent.paragraph - 1]
        start, end = tokens[run[0]].start, tokens[run[-1]].end
        name = para[start:end]
        prev = tokens[run[0] - 1].raw.lower() if run[0] > 0 else ""
        nxt = tokens[run[-1] + 1].raw.lower() if run[-1] + 1 < len(tokens) else ""
        subject = _is_subject(tokens, run[0])
        code = places.state_code(name)
        if code:
            return [Mention(unit, places.display_name(code), start, end, state=code, surface=name,
                            locative=prev in LOCATIVE or prev == "of", subject=subject,
                            agent=_acts(tokens, run[-1] + 1))]
        if name in places.CAPITALS:  # a capital acts for its state, or is just a place
            acts = prev not in LOCATIVE and prev != "of" and (tokens[run[-1]].closes or nxt in ACTION_VERBS)
            if not acts:
                return []
            code = places.CAPITALS[name]
            return [Mention(unit, places.display_name(code), start, end, state=code, surface=name,
                            subject=subject, agent=True)]
        head = words[: words.index("of")] if "of" in words[1:] else words
        if (places.is_region(name) or head[-1] in NON_ACTOR_HEADS or all(w in MONTHS_DAYS for w in words)
                or all(w in TITLES for w in words)):
            return []
        person = person or prev in SAYING or nxt in SAYING
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
                        grouped=_grouped(tokens, run[0], run[-1]))]
