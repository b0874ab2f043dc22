"""Names a story mentions in passing, which are no actors of it: a body named only as where a
speaker works ("… is with the X Foundation"), a person named only for what a place is known for
("the birthplace of X"), a programme's or a book's title ("who presents The X"), and a state or
regime that no longer exists and does nothing here ("as it was in the Soviet Union")."""

from __future__ import annotations

import re

from briefsmith.engines.extractive.entity import Entity
from briefsmith.engines.extractive.mentions import Mention


def around(m: Mention) -> tuple[str, str]:
    """The words of the paragraph just before and just after a mention."""
    para = m.unit.article.paragraphs[m.unit.sentence.paragraph - 1]
    return para[max(0, m.start - 60) : m.start], para[m.end : m.end + 40]


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
