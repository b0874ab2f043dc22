"""Names that are no actors of the story, judged over all of an entity's mentions: news
outlets and their reporters (media.py), names the text uses only as its sources ("according to
the Observatory", "the Observatory reported"), and places named only as where something
happens: a city, a province (gazetteer.py), or a state that does nothing in the story ("in
Syria", "from Belgium, Syria and Uzbekistan", "Montreux, Switzerland")."""

from __future__ import annotations

import re

from briefsmith.engines.extractive.entity import Entity
from briefsmith.engines.extractive.gazetteer import is_place
from briefsmith.engines.extractive.media import REPORTING, near_outlet_words, newsroom_role, outlet_name, tied_to_outlet
from briefsmith.engines.extractive.mentions import Mention

_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
_REPORTS = re.compile(r"^\s*(?:has\s+|had\s+|also\s+|previously\s+)*(?:reported|reports|reporting)\b")
_ON = re.compile(r"\b(?:on|via|through)\s+(?:the\s+)?$", re.IGNORECASE)  # "photos on Twitter showed": a medium
_WORD = re.compile(r"[A-Za-z’'\-]+")


def around(m: Mention) -> tuple[str, str]:
    """The words of the paragraph just before and just after a mention."""
    para = m.unit.article.paragraphs[m.unit.sentence.paragraph - 1]
    return para[max(0, m.start - 60) : m.start], para[m.end : m.end + 40]


def _next_word(after: str) -> str:
    found = _WORD.search(after)
    return found.group(0).lower() if found else ""


def acts_beyond_reporting(ent: Entity) -> bool:
    """Does it do something in the story other than report it ("WXIX agreed to delay")?"""
    return any(
        m.agent and _next_word(around(m)[1]) not in REPORTING and not _ON.search(around(m)[0]) for m in ent.mentions
    )


def outlet(ent: Entity) -> bool:
    """A news outlet or platform that only reports the story."""
    if ent.state:
        return False
    named = outlet_name(ent.name) or any(outlet_name(s) for s in ent.surfaces)
    called = 2 * sum(near_outlet_words(*around(m)) for m in ent.mentions) >= len(ent.mentions)
    return (named or called) and not acts_beyond_reporting(ent)


def reporter(ent: Entity) -> bool:
    """A person the text ties to an outlet or a newsroom job ("CNN's Jane Roe")."""
    if ent.state:
        return False
    return any(m.role is not None and newsroom_role(m.role.text) for m in ent.mentions) or any(
        tied_to_outlet(around(m)[0]) for m in ent.mentions
    )


def source_only(ent: Entity) -> bool:
    """Named only as where information comes from: "according to X", "X reported"."""
    if ent.state or any(m.person for m in ent.mentions):
        return False
    return all(_ACCORDING.search(b) or _REPORTS.match(a) for b, a in map(around, ent.mentions))


def setting(ent: Entity) -> bool:
    """A place named only as where something happens."""
    if any(m.person or m.role for m in ent.mentions):
        return False
    if ent.state:
        # A state that acts, or whose government, army or people are named, is an actor.
        return all(m.where for m in ent.mentions)
    locative = sum(m.locative for m in ent.mentions)
    return is_place(ent.name) or 2 * locative > len(ent.mentions)


def why_not(ent: Entity) -> str | None:
    """Why an entity is no actor of the story, or None when it may be one."""
    if outlet(ent):
        return "news outlet"
    if reporter(ent):
        return "reporter"
    if source_only(ent):
        return "only a source"
    if setting(ent):
        return "place"
    return None
