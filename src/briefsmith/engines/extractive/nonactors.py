"""Names that are no actors of the story, judged over all of an entity's mentions: news
outlets and their reporters (media.py), names the text uses only as its sources ("according to
the Observatory", "the Observatory reported"), and places named only as where something
happens: a city, a province (gazetteer.py), or a state that does nothing in the story ("in
Syria", "from Belgium, Syria and Uzbekistan", "Montreux, Switzerland"); and names mentioned in
passing (asides.py: a speaker's employer, a title, history)."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefsmith.engines.extractive.asides import (
    affiliation,
    around,
    history,
    next_word,
    reference,
    relative,
    topic,
    weapon,
    work,
)
from briefsmith.engines.extractive.clauses import AUX
from briefsmith.engines.extractive.context import FAITHS, before_brief
from briefsmith.engines.extractive.entity import Entity
from briefsmith.engines.extractive.gazetteer import is_place
from briefsmith.engines.extractive.media import REPORTING, near_outlet_words, newsroom_role, outlet_name, tied_to_outlet
from briefsmith.engines.extractive.mentions import Mention
from briefsmith.engines.extractive.wordlists import NON_ACTOR_HEADS, ORG_HEADS, TITLES

_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
_REPORTS = re.compile(r"^\s*(?:has\s+|had\s+|also\s+|previously\s+)*(?:reported|reports|reporting)\b")
# "SOHR said", "the monitor says": a source that only tells what happened.
_TELLS = re.compile(
    r"^\s*(?:has\s+|had\s+|also\s+|previously\s+)*(?:said|says|told|tells|reported|reports|estimated|estimates|"
    r"counted|documented|claimed|stated)\b"
)
# What the text calls a body whose trade is telling what happened: a monitor, an observatory.
_MONITOR = re.compile(
    r"\b(?:monitor|monitors|monitoring\s+(?:group|organi[sz]ation|network|body)|watchdog|observatory)\b", re.IGNORECASE
)
_MONITOR_NAME = frozenset({"Observatory", "Monitor"})
_NEWSROOM = frozenset(
    "journalist journalists reporter reporters correspondent correspondents anchor anchors presenter presenters "
    "columnist columnists".split()
)
_MEDIA = frozenset({"TV", "Television", "Radio", "Internet", "Web"})  # "TV presenter": a medium, no body
_ON = re.compile(r"\b(?:on|via|through)\s+(?:the\s+)?$", re.IGNORECASE)  # "photos on Twitter showed": a medium


def acts_beyond_reporting(ent: Entity) -> bool:
    """Does it do something in the story other than report it ("WXIX agreed to delay")?"""
    return any(
        m.agent and next_word(around(m)[1]) not in REPORTING and not _ON.search(around(m)[0]) for m in ent.mentions
    )


def _newsroom(m: Mention) -> bool:
    """ "Newsnight journalist Jane Roe", "Gazette reporters": a name before a newsroom job is an outlet's."""
    return next_word(around(m)[1]) in _NEWSROOM and not m.person


def outlet(ent: Entity) -> bool:
    """A news outlet or platform that only reports the story."""
    if ent.state:
        return False
    named = outlet_name(ent.name) or any(outlet_name(s) for s in ent.surfaces)
    named = named or any(_newsroom(m) for m in ent.mentions)
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
    """Named only as where information comes from: "according to X", "X reported"; or a body
    the text brings in as a source ("according to the Observatory (SOHR)") or calls a monitor,
    that then only says or reports ("SOHR said")."""
    if ent.state or any(m.person or m.role for m in ent.mentions):
        return False
    contexts = list(map(around, ent.mentions))
    if all(_ACCORDING.search(b) or _REPORTS.match(a) for b, a in contexts):
        return True
    first = min(range(len(ent.mentions)), key=lambda k: (ent.mentions[k].unit.key, ent.mentions[k].start))
    words = {w for n in (ent.name, *ent.surfaces) for w in n.split()}
    sourced = (
        bool(_ACCORDING.search(contexts[first][0]))
        or bool(words & _MONITOR_NAME)
        or any(_MONITOR.search(b[-30:] + " " + a[:40]) for b, a in contexts)
    )
    # the acronym defined right after its name, "(SOHR)", is no separate act
    return sourced and all(
        _ACCORDING.search(b) or _REPORTS.match(a) or _TELLS.match(a) or b.endswith("(") for b, a in contexts
    )


def _before_title(ent: Entity, m: Mention) -> bool:
    """ "St. Louis Alderman Antonio French": a place before a title says where the post is;
    the title is the person's, not the place's."""
    after = around(m)[1].split()
    return bool(after) and after[0] in TITLES and is_place(ent.name)


def _misread_role(role: str) -> bool:
    """ "Massachusetts police in a firefight", "New Jersey, near her sister": words after a
    place read as its role. A post ("commissioner of Chennai") is a person's, not a place's."""
    first = role.split()[0].lower() if role.split() else ""
    return first in ("police", "near", "in", "at", "from", "on", "outside")


def setting(ent: Entity) -> bool:
    """A place named only as where something happens."""
    if any(m.crowd or (m.person and not _before_title(ent, m)) for m in ent.mentions):
        return False  # "Police" is a town, "police" never; a person is no place
    if any(m.role and not _misread_role(m.role.text) for m in ent.mentions):
        return False
    if ent.state:
        # A state that acts, or whose government, army or people are named, is an actor; one named
        # as where things happen, two times in three or more and never otherwise as an actor, is not.
        ms = ent.mentions
        if any((m.agent or m.subject) and not m.where for m in ms) or any(_institution(m) for m in ms):
            return False
        return 3 * sum(_placed(m) for m in ms) >= 2 * len(ms)
    locative = sum(m.locative for m in ent.mentions)
    return (is_place(ent.name) and not _heads_administration(ent)) or 2 * locative > len(ent.mentions)


def _heads_administration(ent: Entity) -> bool:
    """A town's name that is also a surname ("Obama", "Bush") is a president's where the text
    names his administration ("the Obama administration") and never names it as a place."""
    if any(m.locative for m in ent.mentions):
        return False
    said = f"{ent.name} administration"
    return any(said in para for para in ent.mentions[0].unit.article.paragraphs)


# "troops from Niger and Chad launched raids": the state's own forces or envoys, not a place.
_SENT_FROM = re.compile(
    r"\b(?i:troops|soldiers|forces|army|armies|military|police|officials|diplomats|delegation|delegations|"
    r"envoys?|negotiators|ministers)\s+from\s+(?:the\s+)?(?:[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*\s*(?:,|and)\s+)*$"
)


# "in Tunisia's neighbour Libya", "a twelfth of the landmass of Libya": a state as where, too.
_NEIGHBOUR = re.compile(
    r"\b(?:in|into|to|from|across|inside|throughout)\s+(?:the\s+)?(?:[A-Z][\w.\-]*['’]s\s+)?"
    r"(?:neighbou?r|neighbou?ring|nearby)\s+(?:country\s+(?:of\s+)?)?$"
)
_PART_OF = re.compile(
    r"\b(?:landmass|territory|soil|part|parts|area|areas|region|regions|rest|outskirts|coast|"
    r"swath|swaths|north|south|east|west)\s+of\s+(?:the\s+)?$"
)


def _placed(m: Mention) -> bool:
    """Is a state named here as where something is or happens?"""
    if m.where:
        return True
    before = around(m)[0]
    return bool(_NEIGHBOUR.search(before) or _PART_OF.search(before))


def _institution(m: Mention) -> bool:
    """ "Syrian government", "U.S. military", "troops from Chad": a state named by its bodies or people."""
    if m.surface and m.surface != m.name and m.surface.split()[-1][:1].islower():
        return True
    return bool(_SENT_FROM.search(around(m)[0]))


def named_thing(ent: Entity) -> bool:
    """A place, a building, an event or a document by a word its name turns on, not only the
    last one context.is_name reads ("Boston Marathon" of "the Boston Marathon bombings"),
    unless a body's name ends it ("Palm Bay police", "Missouri State Highway Patrol")."""
    if ent.state or any(m.person or m.role or m.crowd for m in ent.mentions):
        return False
    words = ent.name.split()
    if words[-1] in ORG_HEADS or words[-1].lower() in _BODY_ENDS:
        return False
    # "al Qaeda | in the Arabian Peninsula": where a body works is no part of what it is
    words = before_brief(words, ("in",))
    return len(words) > 1 and any(w in _THING_WORDS for w in words[1:])


_THING_WORDS = NON_ACTOR_HEADS | {"Marathon"}
_BODY_ENDS = frozenset("police patrol administration government authorities forces troops guard".split())


_EVENT_NOUNS = frozenset(
    "bombing bombings bomber bombers attack attacks attacker attackers massacre shooting shootings "
    "siege trial raid raids explosion explosions crash hijacking drill drills exercise exercises".split()
)
_AND_NAME = re.compile(r"^\s+and\s+(?:[A-Z][\w’'-]*\s+)+")  # "Foal Eagle and Key Resolve drill"


# "the joint exercises, called Foal Eagle and Key Reserve,": what follows names the event.
_CALLED = re.compile(
    r"\b(?:exercises?|drills?|manoeuvres|maneuvers|operations?|offensive|campaign|mission|summit|"
    r"programm?e?|plan|conference|talks|games)\s*,?\s+(?:called|dubbed|code-?named|named|known\s+as)\s+"
    r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+)*(?:and\s+(?:the\s+)?)?$"
)


def event_name(ent: Entity) -> bool:
    """A name said mostly as the name of an event ("the Boston Marathon bombings", "the
    Westgate Mall attack", "exercises called Foal Eagle"): the event is what the story is
    about, not an actor in it."""
    if ent.state or any(m.person or m.role for m in ent.mentions):
        return False
    named = sum(
        next_word(_AND_NAME.sub(" ", around(m)[1])) in _EVENT_NOUNS or bool(_CALLED.search(around(m)[0]))
        for m in ent.mentions
    )
    return 2 * named > len(ent.mentions)


# A people's or a faith's adjective ("Tamil", "Sunni", "Jordanian"), as context.FAITHS holds them.
_ADJECTIVAL = re.compile(r"(?:ish|ian|ese|ean|ic|ist)$")


def modifier_only(ent: Entity) -> bool:
    """A faith's or a people's adjective, mostly before a noun ("Tamil news station", "Sunni
    and Shiite fighters"): context.is_name drops such a mention one at a time, but not one
    joined to another adjective by "and"; over all the mentions, what it is shows."""
    name = ent.name
    if ent.state or " " in name or not (name in FAITHS or _ADJECTIVAL.search(name)):
        return False
    if any(m.person or m.role for m in ent.mentions):
        return False
    return 2 * sum(_before_noun(around(m)[1]) for m in ent.mentions) > len(ent.mentions)


_NOT_VERB = re.compile(r"^[a-z][a-z-]+$")


def _before_noun(after: str) -> bool:
    """Does a lower-case word that is not a verb follow ("Tamil news station", not "Sunni fled")?"""
    word = next_word(after)
    if not _NOT_VERB.match(word) or after.lstrip()[:1] in (",", ".", ";", ":", ")"):
        return False
    return word not in AUX and word not in REPORTING and not word.endswith("ed")


# Capitals that spell a thing, not a body (general English, not from any article): a test,
# a disease, a measure, a law's short name, a kind of weapon; and the scriptures, which are texts.
_THINGS = frozenset(
    "DNA HIV AIDS GDP LGBT LGBTQ LGBTI LGBTQI AUMF FOIA SUV SUVs GPS CEO IED IEDs WMD ICBM ICBMs UAV UAVs "
    "MRI PTSD COVID Ebola Quran Koran Bible Torah".split()
)


def thing(ent: Entity) -> bool:
    """A thing spelt in capitals or a scripture ("DNA", "the AUMF", "the Quran"): no one acts as it."""
    return not ent.state and ent.name in _THINGS


# What a place or a thing is called where the text says what it is: "Fotokol, a Cameroonian
# town", "another ship, the Costa Fascinosa", "the Abu Ghraib prison" (general English).
_PLACE_NOUNS = (
    "town|city|village|port|province|district|region|suburb|neighbo(?:u)?rhood|island|prison|jail|ship|vessel|"
    "ferry|tanker|hotel|museum|airport|airbase|stadium|mosque|church|temple|refinery|mall"
)
_DESCRIBING = r"(?:(?!(?:the|a|an|of|that|which|who|whose|in|on|at|to|for|with|and|by|from)\b)[\w’'-]+\s+)"
# Not "the": "According to X, the port was closed" opens a clause; "X, a ... town" describes X.
_APPOSED_PLACE = re.compile(r"^\s*,\s+(?:a|an)\s+" + _DESCRIBING + r"{0,3}?(?:" + _PLACE_NOUNS + r")\b")
_VESSEL_BEFORE = re.compile(r"\b(?:ship|vessel|ferry|tanker|yacht),\s+the\s+$", re.IGNORECASE)
_FACILITY_AFTER = re.compile(r"^\s+(?:prison|jail|airport|airbase|stadium|refinery|detainees|inmates)\b")


def said_to_be_a_place(ent: Entity) -> bool:
    """Named as a town, a prison, a ship: where things happen or a thing, whatever it is said to do."""
    if ent.state or any(m.person or m.crowd for m in ent.mentions):
        return False
    contexts = [around(m) for m in ent.mentions]
    if any(_APPOSED_PLACE.match(after) or _VESSEL_BEFORE.search(before) for before, after in contexts):
        return True
    return all(_FACILITY_AFTER.match(after) for _, after in contexts)


# Figures of faith a story names, not people in it: "posts insulting the Prophet Mohammed".
_REVERED = frozenset({"Jesus", "Jesus Christ", "Christ", "Buddha", "Gautama Buddha", "Virgin Mary"})


def revered(ent: Entity) -> bool:
    return ent.name.startswith("Prophet ") or ent.name in _REVERED


# Why an entity is no actor, in the order the reasons are asked.
_REASONS: tuple[tuple[Callable[[Entity], bool], str], ...] = (
    (lambda ent: outlet(ent) or ent.name in _MEDIA, "news outlet"),
    (reporter, "reporter"),
    (source_only, "only a source"),
    (affiliation, "a speaker's employer"),
    (work, "a title"),
    (lambda ent: reference(ent) or history(ent), "history"),
    (revered, "a figure of faith"),
    (weapon, "a weapon"),
    (topic, "a topic"),
    (relative, "a relative in passing"),
    (setting, "place"),
    (said_to_be_a_place, "place"),
    (named_thing, "a place, an event or a document"),
    (event_name, "an event"),
    (modifier_only, "an adjective"),
    (thing, "a thing"),
)


def why_not(ent: Entity) -> str | None:
    """Why an entity is no actor of the story, or None when it may be one."""
    return next((why for test, why in _REASONS if test(ent)), None)
