"""What kind of actor an entity is: person, organisation, state or group, from
its mentions (titles, roles, honorifics, "the", what stands near it)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from briefsmith.engines.extractive import places
from briefsmith.engines.extractive.asides import around, kin
from briefsmith.engines.extractive.crowds import BODIES as CROWD_BODIES
from briefsmith.engines.extractive.entity import Entity
from briefsmith.engines.extractive.forces import armed
from briefsmith.engines.extractive.mentions import BODY_AFTER, Mention, head_words
from briefsmith.engines.extractive.roles import role_head
from briefsmith.engines.extractive.sentences import Unit
from briefsmith.engines.extractive.wordlists import BODY_NOUNS, GROUP_WORDS, NUMBERS, ORG_HEADS, STYLES, is_role_noun
from briefsmith.model import ActorKind

_GROUP_HEADS = frozenset("State Front Movement Brigade Brigades Militia Army Guard Guards Legion Corps Network".split())


def body_role(m: Mention) -> bool:
    """Does the role describe a body ("the regional branch of ...") rather than a post? Not a
    body's possessive before the name ("the Conservative party's David Cameron"): that is whose
    the name is, a member of the party, not the party."""
    if not (m.role and role_head(m.role.text) in BODY_NOUNS):
        return False
    para = m.unit.article.paragraphs[m.unit.sentence.paragraph - 1]
    after = m.role.start + len(m.role.text)
    return not (m.role.start < m.start and para[after : after + 2] in ("'s", "’s"))


def _group_context(units: Sequence[Unit], index: dict[tuple[int, int], int], entity: Entity) -> float:
    """Share of an entity's sentences that call it a group, militants, insurgents ...
    near its name, or that the next sentence opens with ("The group claimed ..."). One
    sentence of one or two counts ("Boko Haram -- another Islamist group -- pledged ..." and
    then "Boko Haram's home"); of more, two are wanted, for a person once named near a group."""
    hits: dict[tuple[int, int], bool] = {}
    for m in entity.mentions:
        i = index[m.unit.key]
        nxt = units[i + 1] if i + 1 < len(units) and units[i + 1].doc == m.unit.doc else None
        near = m.grouped or bool(m.subject and nxt and set(nxt.words[:8]) & GROUP_WORDS)
        hits[m.unit.key] = hits.get(m.unit.key, False) or near
    found = sum(hits.values())
    return found / len(hits) if found >= 2 or 2 * found >= len(hits) else 0.0


def _names_a_place(words: Sequence[str]) -> bool:
    """'Oxfam Great Britain': a name with a state in it is no person's."""
    return any(
        places.state_code(" ".join(words[i : i + n])) or words[i] in places.DEMONYMS
        for n in (1, 2, 3)
        for i in range(len(words) - n + 1)
    )


# After a lone name: "said his", "told CNN she", ", 24,": what is said of one person.
_OF_A_PERSON = re.compile(
    r"^(?:\s*,\s*\d{1,3}\s*,|\s*,\s*who(?:'s|’s)?\s|\s+(?:said|says|told|added|wrote)\s+(?:\w+\s+)?(?:that\s+)?"
    r"(?:he|she|his|her)\b|\s+and\s+(?:his|her)\s+(?:partner|wife|husband|family|mother|father|son|daughter|"
    r"brother|sister|friend|girlfriend|boyfriend|children|lawyer)\b|\s+(?:is|was)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:student|teacher|doctor|nurse|lawyer|journalist|activist|blogger|farmer|worker|mother|father|soldier)\b)"
)  # ", who": a body is "which"; "X and his partner", "X is a student": a body has none, is none
# ", a law student who ...": the words of an apposition after a lone name, one of them a trade.
_APPOSED = re.compile(r"^\s*,\s*(?:a|an)\s+((?:[\w-]+\s+){0,3}[\w-]+)")


def _said_of_a_person(m: Mention) -> bool:
    after = around(m)[1]
    if _OF_A_PERSON.match(after):
        return True
    apposed = _APPOSED.match(after)
    if apposed is None:
        return False
    return any(is_role_noun(w) and w not in BODY_NOUNS for w in apposed.group(1).split())


def kind_of(
    entity: Entity, units: Sequence[Unit], index: dict[tuple[int, int], int], capital: Counter[str]
) -> ActorKind:
    if entity.state:
        return "state"
    ms = entity.mentions
    if all(armed(m) for m in ms):
        return "organisation"  # a state's forces ("Iraqi forces", "Kiev's forces"), as its army is
    if ms[0].crowd:  # "Police", "Prosecutors" are bodies; "Rebels", "Families" bands of people
        return "organisation" if entity.name.lower() in CROWD_BODIES else "group"
    body = any(body_role(m) for m in ms)
    words = entity.name.split()
    if len(words) == 1 and words[0] in STYLES:
        return "person"  # "the Queen", "the Pope": one person, by the style the text calls them
    if len(words) == 1 and any(kin(m) for m in ms):
        return "person"  # "his father Giuseppe", who then acts in the story
    head = head_words(words)[-1]
    definite = sum(m.definite for m in ms) > len(ms) / 2
    if words[-1] in BODY_AFTER:  # "Seoul police"; "the Obama administration" governs a state, acts as it
        return "state" if words[-1] == "administration" else "organisation"
    if words[-1].lower() in NUMBERS:
        return "group"  # "the Guildford Four"
    if words[-1].endswith("s") and capital[words[-1][:-1]] + capital[words[-1][:-3] + "y"] > 0:
        return "organisation"  # "Lib Dems", "Tories": the plural of a name is a body of people
    if (
        any(m.person for m in ms)
        and not body
        and head not in ORG_HEADS
        and not definite
        and not _names_a_place(words[1:-1] if words[-1] in places.DEMONYMS else words[1:])  # "Antonio French"
        and words[0][0].isupper()
    ):
        return "person"
    if (
        len(words) <= 4
        and head not in ORG_HEADS
        and not entity.name.isupper()
        and any(_a_persons_role(m) or _said_of_a_person(m) for m in ms)
    ):
        return "person"  # "Hugh Pope, chief author of a Crisis Group report": a post is a person's, near a group or not
    grouping = _group_context(units, index, entity) >= 0.2
    if head in ORG_HEADS:
        return "group" if head in _GROUP_HEADS and grouping else "organisation"
    if body:
        return "group" if grouping else "organisation"
    if grouping:
        return "group"
    if (
        2 <= len(words) <= 4
        and not entity.name.isupper()
        and not definite
        and not _names_a_place(words)
        and words[0][0].isupper()
    ):
        return "person"
    if len(words) == 1 and not entity.name.isupper() and any(_said_of_a_person(m) for m in ms):
        return "person"  # "Khodorkovsky said his prosecution ...", "Juraboev, 24, ..."
    if len(words) == 1 and not entity.name.isupper() and any(_a_persons_role(m) for m in ms):
        return "person"  # "Harry, a 23-year-old musician,": the role says what he is
    return "organisation"


def _a_persons_role(m: Mention) -> bool:
    """Is the mention's role a person's post or trade ("musician", "spokesman"), not a body's?"""
    head = role_head(m.role.text) if m.role else ""
    return bool(head) and is_role_noun(head) and head not in BODY_NOUNS
