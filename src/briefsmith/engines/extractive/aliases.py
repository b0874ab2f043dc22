"""One actor, many names: acronyms defined in parentheses or matching initials ("ISKP",
"UN"), surnames ("Lavrov"), plurals ("Tory" -> "Tories"), shorter forms of a full name ("Al
Houthi"), clipped forms ("Lib Dems"), a party label before a name ("Liberal Democrat Sarah
Teather"), the short form of an organisation ("Amnesty" = "Amnesty International"), a style
("Ayatollah Ali Khamenei" = "Ali Khamenei"; "the King"), a descriptor before a name ("Shiite
Houthis"), other capitals ("Hashd Al-Shaabi"). People who share a surname stay apart: the bare
surname goes to whichever of them the text last named (see `Aliases.ambiguous`).

Every step looks names up in an index (by word, by initials, by the first letters of each
word); none compares every name with every other.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from briefsmith.engines.extractive import places
from briefsmith.engines.extractive.context import FAITHS
from briefsmith.engines.extractive.mentions import Mention
from briefsmith.engines.extractive.wordlists import ORG_HEADS, STYLES

_CONNECT = frozenset({"of", "for", "the", "and", "&", "de", "al", "on"})
_NUMERALS = frozenset({"I", "II", "III", "IV", "V", "VI", "Jr", "Jr.", "Sr", "Sr."})
_DESCRIPTORS = FAITHS | frozenset(places.DEMONYMS)
# A party's nickname -> the names it stands for, first found first: "Tory" and "Tories" are the
# Conservatives where the text also names them so (else one row, "Tory" -> "Tories").
_CONSERVATIVES = ("Conservative Party", "Conservatives", "Conservative party")
_NICKNAMES = {
    "Tory": (*_CONSERVATIVES, "Tories"),
    "Tories": _CONSERVATIVES,
    "Tory party": (*_CONSERVATIVES, "Tories"),
    "Tory Party": (*_CONSERVATIVES, "Tories"),
    "GOP": ("Republican Party", "Republicans"),
}


def initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w not in _CONNECT and w[:1].isupper())


_PARTICLE = re.compile(r"^(?:al|el|ad|ar|as|at|ash)-", re.IGNORECASE)
_VOWELS = re.compile(r"[aeiouy]")
_DOUBLED = re.compile(r"(.)\1+")


def spelling(name: str) -> tuple[str, ...]:
    """What two transliterations of one name share: each word's first three letters and its
    consonants, doubled ones once, an article "al-" dropped ("Hashd Al-Shaabi" and "al-Hashed
    al-Shaabi" alike). The first letters keep "Hassan" and "Hussein" apart."""
    key = []
    for word in name.split():
        low = _PARTICLE.sub("", word.lower()).replace("-", "")
        if low in _CONNECT or not low.isalpha():
            continue
        key.append(low[:3] + ":" + _DOUBLED.sub(r"\1", _VOWELS.sub("", low[1:])))
    return tuple(key)


def _clipped(short: str, full: str) -> bool:
    """Each word of `short` a clipped form (3+ letters) of the same word of `full`."""
    a, b = short.split(), full.split()
    if len(a) != len(b) or a == b:
        return False
    pairs = [(x[:-1] if x.endswith("s") and y.endswith("s") else x, y) for x, y in zip(a, b, strict=True)]
    return all(len(x) >= 3 and y.startswith(x) for x, y in pairs) and any(len(x) < len(y) for x, y in pairs)


def _prefixes(name: str) -> tuple[str, ...]:
    return tuple(w[:3] for w in name.split())


def _surname(words: list[str]) -> str:
    """The word a person is called by alone: the last, not a numeral ("King Abdullah II")."""
    return words[-2] if words[-1] in _NUMERALS and len(words) > 1 else words[-1]


@dataclass(frozen=True)
class Aliases:
    target: dict[str, str]  # name -> the full name it stands for
    ambiguous: dict[str, tuple[str, ...]]  # a bare name two or more people share -> their full names


def canonical(mentions: Sequence[Mention]) -> dict[str, str]:
    """name -> the full name it stands for (acronyms and surnames resolved)."""
    return resolve(mentions).target


def resolve(mentions: Sequence[Mention]) -> Aliases:
    counts: dict[str, int] = defaultdict(int)
    for m in mentions:
        counts[m.name] += 1
    names = {m.name for m in mentions if not m.state}
    people = {m.name for m in mentions if m.person and not m.state}
    best = lambda found: max(found, key=lambda n: (counts[n], n))  # noqa: E731 - the most named

    by_part: dict[str, list[str]] = defaultdict(list)  # "Lavrov" -> ["Sergey Lavrov"]
    by_initials: dict[str, list[str]] = defaultdict(list)  # "UN" -> ["United Nations"]
    by_lower: dict[str, list[str]] = defaultdict(list)  # "hashd al-shaabi" -> both spellings
    for name in sorted(names):
        by_lower[name.lower()].append(name)
    by_spelling: dict[tuple[str, ...], list[str]] = defaultdict(list)  # "Hashd Al-Shaabi", "al-Hashed al-Shaabi"
    for name in sorted(n for n in names if " " in n):
        key = spelling(name)
        if len(key) >= 2:
            by_spelling[key].append(name)
    for name in sorted(n for n in names if " " in n):
        words = name.split()
        by_initials[initials(name)].append(name)
        if words[-1] not in ORG_HEADS and "of" not in words and "for" not in words:  # no person is "X for Y"
            by_part[_surname(words)].append(name)
            first = words[1] if words[0] in STYLES else words[0]  # "King Abdullah II" is "Abdullah"
            if first != _surname(words):
                by_part[first].append(name)

    target: dict[str, str] = {}
    for same in [*by_lower.values(), *by_spelling.values()]:  # "Hashd Al-Shaabi" = "Hashd al-Shaabi"
        for name in same:
            if name != best(same) and name not in target:
                target[name] = best(same)
    for m in mentions:  # "Islamic State of Khorasan Province (ISKP)"
        if m.acronym and not m.state:
            target.setdefault(m.acronym, m.name)
    for name in sorted(names & _NICKNAMES.keys()):  # "Tories" -> "Conservatives", where the text says so
        party = next((n for n in _NICKNAMES[name] if n in names), None)
        if party:
            target[name] = party
    for name in sorted(names):  # "Tory" -> "Tories", "Liberal Democrat" -> "Liberal Democrats"
        for plural in (name + "s", name[:-1] + "ies" if name.endswith("y") else ""):
            if plural in names:
                target.setdefault(name, plural)
    for name in sorted(n for n in names if " " in n and n not in target):
        words = name.split()
        rest = " ".join(words[1:])
        spelt = by_lower.get(rest.lower())  # "Shia Hashd al-Shabi" -> "Hashd Al-Shabi"
        if words[0] in _DESCRIPTORS and spelt:  # "Shiite Houthis" -> "Houthis"
            target[name] = best(spelt)
        elif words[0] in STYLES and rest in names:  # "Ali Khamenei" -> "Ayatollah Ali Khamenei"
            target.setdefault(rest, name)
        elif words[-1] in ORG_HEADS and len(words) >= 2 and " ".join(words[:-1]) in names:
            target.setdefault(" ".join(words[:-1]), name)  # "Amnesty" -> "Amnesty International"
    for style in STYLES & names:  # "the Ayatollah", "the King": the one so styled
        styled = [n for n in by_part.get(style, []) + _styled(names, style) if n.split()[0] == style]
        if len(set(styled)) == 1 and style not in target:
            target[style] = styled[0]
    for name in sorted(n for n in names if " " in n and n not in target):  # "Al Houthi" -> "Abdul Malik Al Houthi"
        # A shorter name of three words or more is a person's own ("Ali Abdullah Saleh" is not his
        # son "Ahmed Ali Abdullah Saleh"); two words may be a full name's tail ("Javad Zarif").
        if len(name.split()) > 2:
            continue
        longer = [n for n in by_part.get(_surname(name.split()), []) if n.endswith(" " + name) and n not in target]
        if longer:
            target[name] = best(longer)
    # "Lib Dems" = "Liberal Democrats": each word of a clipped form starts as the same word of the
    # full name does, so names are indexed by the first three letters of their words and a form
    # is compared only with the names that share its key.
    by_prefixes: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for name in sorted(n for n in names if " " in n):
        by_prefixes[_prefixes(name)].append(name)
    for name in sorted(n for n in names if " " in n and n not in target):
        full = [n for n in by_prefixes[_prefixes(name)] if n != name and _clipped(name, n)]
        if len(full) == 1:
            target[name] = full[0]
            for other, to in list(target.items()):  # "Lib Dem" -> "Lib Dems" -> "Liberal Democrats"
                if to == name:
                    target[other] = full[0]
    for name in sorted(n for n in people if len(n.split()) >= 3):
        words = name.split()  # "Liberal Democrat Sarah Teather": a party label, then the name
        if words[0] in STYLES:
            continue  # "King Abdullah II": a style is no party label, the name is whole
        for p in (2, 1):
            label = " ".join(words[:p])
            if (label in names or label + "s" in names) and len(words) - p >= 2 and name not in target:
                target[name] = " ".join(words[p:])
    ambiguous: dict[str, tuple[str, ...]] = {}
    for name in sorted(n for n in names if " " not in n):
        if name in target:
            continue
        acronym = name.isupper() and len(name) > 1
        match = by_initials.get(name.replace(".", "")) if acronym else by_part.get(name)
        match = [n for n in match or () if n not in target]  # "Houthis", not "Shiite Houthis"
        if not match:
            continue
        whose = sorted({target.get(n, n) for n in match})
        if len(whose) > 1 and not acronym and all(w in people for w in whose):
            ambiguous[name] = tuple(whose)  # "Saleh": the father or the son
        target[name] = best(match)
    return Aliases({name: _final(target, name) for name in target}, ambiguous)


def _final(target: dict[str, str], name: str) -> str:
    """Follow a chain of names ("Shia Hashd Al-Shaabi" -> "Hashd Al-Shaabi" -> "Hashd al-Shaabi")."""
    seen = {name}
    while name in target and target[name] not in seen:
        name = target[name]
        seen.add(name)
    return name


def _styled(names: set[str], style: str) -> list[str]:
    return [n for n in names if n.startswith(style + " ")]
