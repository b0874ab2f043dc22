"""Actors: mentions merged into people, organisations, states and groups, with
aliases (Lavrov = Sergey Lavrov; ISKP = Islamic State of Khorasan Province; U.S. =
United States), a role where the text states one, and a rank by how much they
matter to the story. Never the author, the publisher or a photo credit."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from briefsmith.condense.extractive import places
from briefsmith.condense.extractive.mentions import Mention, Reader
from briefsmith.condense.extractive.roles import role_head
from briefsmith.condense.extractive.sentences import Unit
from briefsmith.condense.extractive.wordlists import BODY_NOUNS, GROUP_WORDS, NUMBERS, ORG_HEADS, STYLES
from briefsmith.model import Actor, Article, Citation

_GROUP_HEADS = frozenset("State Front Movement Brigade Brigades Militia Army Guard Guards Legion "
                         "Corps Network".split())
MAX_ACTORS = 15
_CONNECT = frozenset({"of", "for", "the", "and", "&", "de", "al", "on"})


@dataclass
class Entity:
    name: str
    state: str | None = None
    mentions: list[Mention] = field(default_factory=list)

    @property
    def surfaces(self) -> list[str]:
        seen: dict[str, None] = {}
        for m in self.mentions:
            s = m.surface or m.name
            if s != self.name:
                seen.setdefault(s, None)
        return list(seen)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w not in _CONNECT and w[:1].isupper())


def _canonical(mentions: Sequence[Mention]) -> dict[str, str]:
    """name -> the full name it stands for (acronyms and surnames resolved)."""
    counts: dict[str, int] = defaultdict(int)
    for m in mentions:
        counts[m.name] += 1
    by_part: dict[str, list[str]] = defaultdict(list)  # "Lavrov" -> ["Sergey Lavrov"]
    by_initials: dict[str, list[str]] = defaultdict(list)  # "UN" -> ["United Nations"]
    for name in sorted({m.name for m in mentions if not m.state and " " in m.name}):
        words = name.split()
        by_initials[_initials(name)].append(name)
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


def _group_context(units: Sequence[Unit], index: dict[tuple[int, int], int], entity: Entity) -> float:
    """Share of an entity's sentences that call it a group, militants, insurgents ...
    near its name, or that the next sentence opens with ("The group claimed ...")."""
    hits: dict[tuple[int, int], bool] = {}
    for m in entity.mentions:
        i = index[m.unit.key]
        nxt = units[i + 1] if i + 1 < len(units) and units[i + 1].doc == m.unit.doc else None
        near = m.grouped or bool(m.subject and nxt and set(nxt.words[:8]) & GROUP_WORDS)
        hits[m.unit.key] = hits.get(m.unit.key, False) or near
    found = sum(hits.values())
    return found / len(hits) if found >= 2 or len(hits) == 1 else 0.0


def _names_a_place(words: Sequence[str]) -> bool:
    """'Oxfam Great Britain': a name with a state in it is no person's."""
    return any(places.state_code(" ".join(words[i : i + n])) or words[i] in places.DEMONYMS
               for n in (1, 2, 3) for i in range(len(words) - n + 1))


def _kind(entity: Entity, units: Sequence[Unit], index: dict[tuple[int, int], int],
          capital: Counter[str]) -> str:
    if entity.state:
        return "state"
    ms = entity.mentions
    body = any(_body_role(m) for m in ms)
    words = entity.name.split()
    head = entity.name.split(" of ")[0].split()[-1]
    definite = sum(m.definite for m in ms) > len(ms) / 2
    if words[-1].lower() in NUMBERS:
        return "group"  # "the Guildford Four"
    if words[-1].endswith("s") and capital[words[-1][:-1]] + capital[words[-1][:-3] + "y"] > 0:
        return "organisation"  # "Lib Dems", "Tories": the plural of a name is a body of people
    if any(m.person for m in ms) and not body and head not in ORG_HEADS and not definite \
            and not _names_a_place(words[1:]) and words[0][0].isupper():
        return "person"
    grouping = _group_context(units, index, entity) >= 0.2
    if head in ORG_HEADS:
        return "group" if head in _GROUP_HEADS and grouping else "organisation"
    if body:
        return "group" if grouping else "organisation"
    if grouping:
        return "group"
    if 2 <= len(words) <= 4 and not entity.name.isupper() and not definite and not _names_a_place(words) \
            and words[0][0].isupper():
        return "person"
    return "organisation"


def _excluded(articles: Sequence[Article]) -> tuple[set[str], list[str]]:
    """Names that belong to the page, not the story: authors, publishers, credits."""
    people: set[str] = set()
    for a in articles:
        for author in a.authors:
            people.add(author)
            people.add(author.split()[-1])
        for b in a.boilerplate:
            if b.kind in ("credit", "byline"):
                people.add(b.text.strip())
    houses = [a.publisher.removeprefix("The ").strip() for a in articles if a.publisher]
    return people, [h for h in houses if h]


def _score(entity: Entity, titles: Sequence[str]) -> float:
    """Sentences it appears in, counting more where it acts or opens the sentence and
    less where it is only where something happens; a stated role and the headline add."""
    per_sentence: dict[tuple[int, int], float] = {}
    for m in entity.mentions:
        w = (0.3 if m.locative else 1.0) + (0.5 if m.subject else 0.0) + (0.75 if m.agent else 0.0)
        per_sentence[m.unit.key] = max(per_sentence.get(m.unit.key, 0.0), w)
    score = sum(per_sentence.values())
    if entity.state and sum(m.locative for m in entity.mentions) > len(entity.mentions) / 2:
        score /= 2  # named mostly as where things happen: the setting, not an actor
    if any(m.role for m in entity.mentions):
        score += 3.0
    names = [entity.name, *entity.surfaces]
    if any(n.lower() in t.lower() for t in titles for n in names):
        score += 1.0
    first = min(m.unit.position for m in entity.mentions)
    return score + 0.5 * (1.0 - first)


def find_actors(reader: Reader, articles: Sequence[Article],
                weight: Callable[[Unit], float] = lambda u: 0.0) -> list[tuple[Actor, float]]:
    """Actors ranked by importance (best first), with their scores."""
    units = reader.units
    index = {u.key: i for i, u in enumerate(units)}
    mentions = reader.mentions()
    target = _canonical(mentions)
    entities: dict[str, Entity] = {}
    for m in mentions:
        key = f"state:{m.state}" if m.state else target.get(m.name, m.name)
        ent = entities.setdefault(key, Entity(m.name if m.state else key, m.state))
        ent.mentions.append(m)
    people, houses = _excluded(articles)
    titles = [a.title for a in articles]
    ranked = []
    for ent in entities.values():
        if ent.name in people or any(h in ent.name or ent.name in h for h in houses):
            continue
        if not ent.state and not any(m.person or m.role for m in ent.mentions) \
                and sum(m.locative for m in ent.mentions) > len(ent.mentions) / 2:
            continue  # "in Cambridge", "at Westminster": a place, not an actor
        if any(s in people for s in ent.surfaces):
            continue
        ranked.append((ent, _score(ent, titles)))
    ranked.sort(key=lambda pair: (-pair[1], pair[0].name))
    out = []
    for ent, score in ranked:
        has_role = any(m.role for m in ent.mentions)
        if score < 2.0 and not has_role:
            continue
        out.append((_actor(ent, _kind(ent, units, index, reader.capital), weight), score))
        if len(out) >= MAX_ACTORS:
            break
    return out


def role_citation(m: Mention) -> Citation:
    assert m.role is not None  # noqa: S101 - callers pass mentions with roles
    sent = m.unit.sentence
    para = m.unit.article.paragraphs[sent.paragraph - 1]
    return Citation(m.unit.article.id, sent.paragraph, para[m.role.start : m.role.end], sent.number,
                    m.role.start, m.role.end)


def _body_role(m: Mention) -> bool:
    """Does the role describe a body ("the regional branch of ...") rather than a post?"""
    return bool(m.role and role_head(m.role.text) in BODY_NOUNS)


def _actor(ent: Entity, kind: str, weight: Callable[[Unit], float]) -> Actor:
    ordered = sorted(ent.mentions, key=lambda m: (m.unit.doc, m.unit.sentence.number, m.start))
    with_role = [m for m in ordered if m.role]
    if kind == "person":  # a person's role is a post, not "the regional branch of ..."
        with_role = [m for m in with_role if not _body_role(m)] or with_role
    role = with_role[0].role.text if with_role and with_role[0].role else None
    cites: list[Citation] = [role_citation(with_role[0])] if with_role else []
    seen = {(c.source, c.sentence) for c in cites}
    # Then where it acts in the sentences that matter most to the story.
    for m in sorted(ordered, key=lambda m: (not (m.agent or m.subject) or m.locative, -weight(m.unit))):
        key = (m.unit.article.id, m.unit.sentence.number)
        if key not in seen and len(cites) < 3:
            seen.add(key)
            cites.append(m.unit.citation(whole=True))
    return Actor(name=ent.name, kind=kind, role=role, aliases=tuple(ent.surfaces),
                 mentions=len(ent.mentions), citations=tuple(cites))
