"""Names a story mentions in passing, which are no actors of it: a body named only as where a
speaker works ("… is with the X Foundation"), a person named only for what a place is known for
("the birthplace of X"), a programme's or a book's title ("who presents The X"), and a state or
regime that no longer exists and does nothing here ("as it was in the Soviet Union"), a weapon
("armed with Kalashnikovs"), a state named only as what a policy or a crisis is about ("the lead on
Ukraine diplomacy"), and a relative named by a first name beside a kinship word ("his wife Ann")."""

from __future__ import annotations

import re

from briefsmith.engines.extractive.entity import Entity
from briefsmith.engines.extractive.mentions import Mention


def around(m: Mention) -> tuple[str, str]:
    """The words of the paragraph just before and just after a mention."""
    para = m.unit.article.paragraphs[m.unit.sentence.paragraph - 1]
    return para[max(0, m.start - 60) : m.start], para[m.end : m.end + 40]


_WORD = re.compile(r"[A-Za-z’'\-]+")


def next_word(after: str) -> str:
    """The first word of `after`, lower-cased ("" if none)."""
    found = _WORD.search(after)
    return found.group(0).lower() if found else ""


# "a senior fellow at the X", "is with the X": a body named only as where a speaker works.
_AFFILIATION = re.compile(
    r"(?:\b(?:is|was)\s+with|\bworks\s+(?:for|at)|,\s+(?:a|an|the)\s+[^,.;:“”\"]{0,60}?\b(?:at|with|of|for|from))"
    r"\s+(?:the\s+)?$"
)
# "the birthplace of former Iraqi dictator X": a person named to say what a place is known for.
_REFERENCE = re.compile(r"\b(?:birthplace|hometown|home\s+town|grave|tomb|namesake|burial\s+place)\s+of\s+(?:the\s+)?$")
# States that no longer exist: named for the history they stand for, unless they act in the story.
_FORMER_STATES = frozenset(
    "Soviet Union|USSR|Yugoslavia|Czechoslovakia|East Germany|West Germany|Ottoman Empire|Third Reich|Nazi Germany|"
    "Austria-Hungary|Prussia|Persian Empire|Roman Empire|British Empire|Byzantine Empire|Nazi|Nazis".split("|")
)
# "who presents The Weakest Link", "the documentary Inside Story": a work's title, not a body.
_WORK = re.compile(
    r"(?:\b(?:presents|presented|presenting|hosts|hosted|hosting|stars\s+in|starred\s+in|directed|wrote|"
    r"authored|narrates|narrated)|\b(?:show|programme|program|series|sitcom|film|movie|documentary|book|novel|"
    r"memoir|album|song|play|musical|column|podcast))\s+(?:the\s+|a\s+)?$",
    re.IGNORECASE,
)


def affiliation(ent: Entity) -> bool:
    """A body named only as where a speaker works ("an expert ... and is with the X")."""
    if ent.state or any(m.person or m.role or m.subject for m in ent.mentions):
        return False
    return all(_AFFILIATION.search(around(m)[0]) for m in ent.mentions)


def reference(ent: Entity) -> bool:
    """A person named only to say what a place is known for ("the birthplace of X")."""
    if ent.state:
        return False
    for m in ent.mentions:
        para = m.unit.article.paragraphs[m.unit.sentence.paragraph - 1]
        start = m.role.start if m.role and m.role.start < m.start else m.start
        if m.subject or not _REFERENCE.search(para[max(0, start - 40) : start]):
            return False
    return True


def work(ent: Entity) -> bool:
    """A programme, a book or a film, named by its title ("she presents The Weakest Link"); a verb
    of saying after it ("... The Weakest Link tells Cockerell") makes no person of it."""
    if ent.state or any(m.role for m in ent.mentions):
        return False
    return all(_WORK.search(around(m)[0]) for m in ent.mentions)


def history(ent: Entity) -> bool:
    """A state that no longer exists and does nothing here ("like it was in the Soviet Union")."""
    return ent.name in _FORMER_STATES and not any(m.agent or m.subject for m in ent.mentions)


# Weapons news names by their make: "gunmen armed with Kalashnikovs", "a Scud fired at".
_WEAPONS = frozenset(
    "Kalashnikov AK-47 AK-74 M16 M4 Uzi Glock Scud Tomahawk Stinger Javelin Katyusha Grad Hellfire Kornet Kalibr "
    "Iskander Kinzhal Shahed Bayraktar HIMARS Patriot Sidewinder Exocet Dragunov Makarov RPG-7".split()
)
_ARMED = re.compile(r"\b(?:armed\s+with|wielding|brandishing)\s+(?:a\s+|an\s+|the\s+|their\s+|his\s+|her\s+)?$")


def weapon(ent: Entity) -> bool:
    """A weapon named by its make ("armed with Kalashnikovs"): a thing, whatever its capital."""
    if ent.state or any(m.person or m.role for m in ent.mentions):
        return False
    if ent.name in _WEAPONS or ent.name.removesuffix("s") in _WEAPONS:
        return True
    return all(_ARMED.search(around(m)[0]) for m in ent.mentions)


# "the lead on Ukraine diplomacy", "the Iraq war": a state as what something is about.
_TOPICS = frozenset(
    "diplomacy crisis conflict war policy policies question issue file dossier debate strategy situation "
    "problem".split()
)


def _about(m: Mention) -> bool:
    """Is the state named here as what the next word is about ("Chile diplomacy")?"""
    if m.surface and m.surface != m.name:  # the reader takes "Chile diplomacy" for a body of Chile's
        return m.surface.split()[-1] in _TOPICS
    after = around(m)[1]
    return after[:1].isspace() and next_word(after) in _TOPICS


def topic(ent: Entity) -> bool:
    """A state named only as what a policy, a war or a crisis is about, never as one that acts."""
    if not ent.state or any(m.agent for m in ent.mentions):
        return False
    return all(map(_about, ent.mentions))


# "his wife Ann", "their son, Tom,", "Mr Conlon's father Giuseppe": a relative named by a first name.
_KIN = re.compile(
    r"\b(?:his|her|their|whose|[A-Z][\w\-]*['’]s)\s+(?:\w+\s+)?(?:wife|husband|son|sons|daughter|daughters|mother|father|"
    r"brother|sister|child|children|parents|grandson|granddaughter|fiancée?|partner|dog|cat),?\s+$"
)


def kin(m: Mention) -> bool:
    """Is the mention a first name after a kinship word ("his wife Ann"): a person, then."""
    return bool(_KIN.search(around(m)[0]))


def relative(ent: Entity) -> bool:
    """A relative the text names once by a first name beside a kinship word ("his wife Ann")
    and then only in passing, never doing anything in the story."""
    if ent.state or len(ent.name.split()) > 1 or any(m.role for m in ent.mentions):
        return False
    first = min(ent.mentions, key=lambda m: (m.unit.key, m.start))
    return kin(first) and not any(m.agent for m in ent.mentions)
