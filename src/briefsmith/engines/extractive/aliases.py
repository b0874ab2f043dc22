"""One actor, many names: acronyms defined in parentheses or matching initials
("ISKP", "UN"), surnames ("Lavrov"), plurals ("Tory" -> "Tories"), shorter forms of a
full name ("Al Houthi"), clipped forms ("Lib Dems"), and a party label before a name
("Liberal Democrat Sarah Teather")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from briefsmith.engines.extractive.mentions import Mention
from briefsmith.engines.extractive.wordlists import ORG_HEADS, STYLES

_CONNECT = frozenset({"of", "for", "the", "and", "&", "de", "al", "on"})


def initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w not in _CONNECT and w[:1].isupper())


def _clipped(short: str, full: str) -> bool:
    """Each word of `short` a clipped form (3+ letters) of the same word of `full`."""
    a, b = short.split(), full.split()
    if len(a) != len(b) or a == b:
        return False
    pairs = [(x[:-1] if x.endswith("s") and y.endswith("s") else x, y) for x, y in zip(a, b, strict=True)]
    return all(len(x) >= 3 and y.startswith(x) for x, y in pairs) and any(len(x) < len(y) for x, y in pairs)


def _prefixes(name: str) -> tuple[str, ...]:
    return tuple(w[:3] for w in name.split())


def canonical(mentions: Sequence[Mention]) -> dict[str, str]:
    """name -> the full name it stands for (acronyms and surnames resolved)."""
    counts: dict[str, int] = defaultdict(int)
    for m in mentions:
        counts[m.name] += 1
    by_part: dict[str, list[str]] = defaultdict(list)  # "Lavrov" -> ["Sergey Lavrov"]
    by_initials: dict[str, list[str]] = defaultdict(list)  # "UN" -> ["United Nations"]
    for name in sorted({m.name for m in mentions if not m.state and " " in m.name}):
        words = name.split()
        by_initials[initials(name)].append(name)
        if words[-1] not in ORG_HEADS and "of" not in words:
            by_part[words[-1]].append(name)
            if words[0] not in STYLES:
                by_part[words[0]].append(name)
    target: dict[str, str] = {}
    for m in mentions:  # "Islamic State of Khorasan Province (ISKP)"
        if m.acronym and not m.state:
            target.setdefault(m.acronym, m.name)
    names = {m.name for m in mentions if not m.state}
    for name in sorted(names):  # "Tory" -> "Tories", "Liberal Democrat" -> "Liberal Democrats"
        for plural in (name + "s", name[:-1] + "ies" if name.endswith("y") else ""):
            if plural in names:
                target[name] = plural
    for name in sorted(n for n in names if " " in n):  # "Al Houthi" -> "Abdul Malik Al Houthi"
        longer = [n for n in by_part.get(name.split()[-1], []) if n.endswith(" " + name)]
        if longer and name not in target:
            target[name] = max(longer, key=lambda n: (counts[n], n))
    # "Lib Dems" = "Liberal Democrats": each word of a clipped form starts as the same word of the
    # full name does, so names are indexed by the first three letters of their words and a form
    # is compared only with the names that share its key (not with every name: that was quadratic).
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
    people = {m.name for m in mentions if m.person and not m.state}
    for name in sorted(n for n in people if len(n.split()) >= 3):
        words = name.split()  # "Liberal Democrat Sarah Teather": a party label, then the name
        for p in (2, 1):
            label = " ".join(words[:p])
            if (label in names or label + "s" in names) and len(words) - p >= 2 and name not in target:
                target[name] = " ".join(words[p:])
    for name in sorted(n for n in names if " " not in n):
        if name in target:
            continue
        acronym = name.isupper() and len(name) > 1
        match = by_initials.get(name.replace(".", "")) if acronym else by_part.get(name)
        if match:
            target[name] = max(match, key=lambda n: (counts[n], n))
    return target
