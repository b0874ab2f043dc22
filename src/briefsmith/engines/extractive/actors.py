"""Actors: mentions merged into people, organisations, states and groups, with
aliases (Lavrov = Sergey Lavrov; ISKP = Islamic State of Khorasan Province; U.S. =
United States), a role where the text states one, and a rank by how much they
matter to the story. Never the author, the publisher or a photo credit."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefsmith.engines.extractive.aliases import resolve
from briefsmith.engines.extractive.credits import credited_names, is_credit
from briefsmith.engines.extractive.crowds import crowd_mentions, enough
from briefsmith.engines.extractive.entity import Entity
from briefsmith.engines.extractive.forces import split_forces
from briefsmith.engines.extractive.kinds import body_role, kind_of
from briefsmith.engines.extractive.mentions import BODY_AFTER, Mention, Reader
from briefsmith.engines.extractive.nonactors import why_not
from briefsmith.engines.extractive.sentences import Unit
from briefsmith.engines.extractive.wordlists import INSTITUTIONS
from briefsmith.model import Actor, ActorKind, Article, Citation

MAX_ACTORS = 15  # for one source; a brief over several lists up to PER_SOURCE more for each other one
PER_SOURCE = 2
MAX_EXTRA = 10  # a brief over many sources is still a brief: 25 actors at most
EXTRA_MIN = 3.0  # past MAX_ACTORS, an actor must score this much (about two sentences where it acts)
MIN_SCORE = 1.8  # below this, an actor with no stated role is left out
AGED = 1.0  # a person given an age is one the story is about
ACTS_CITED = 3  # an actor's citations: where its role is stated, then where it acts
ACTS_CITED_NO_ROLE = 6  # with no role, more: its who's-who line picks one no point already states


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
        for s in a.sentences:  # "CNN's Jane Roe contributed to this report": a reporter
            if is_credit(s.text):
                for name in credited_names(s.text):
                    people.update((name, name.split()[-1]))
    houses = [a.publisher.removeprefix("The ").strip() for a in articles if a.publisher]
    return people, sorted({h for h in houses if h})


def entity_keys(mentions: Sequence[Mention]) -> list[str]:
    """The actor each mention names: a state, or the full name its name stands for. A surname
    two people share ("Saleh") is the one the text named last before it, in that article."""
    # "the Obama administration" is a body named by its head, not a longer name of "Obama": no
    # short form stands for it, and it is left out of the aliasing.
    bodies = {k for k, m in enumerate(mentions) if not m.state and m.name.split()[-1] in BODY_AFTER}
    aliases = resolve([m for k, m in enumerate(mentions) if k not in bodies])
    owners = {full for fulls in aliases.ambiguous.values() for full in fulls}
    last: dict[tuple[int, str], str] = {}  # (article, shared surname) -> the full name last named
    keys = [""] * len(mentions)
    for k in sorted(range(len(mentions)), key=lambda k: (mentions[k].unit.key, mentions[k].start)):
        m = mentions[k]
        if m.state:
            keys[k] = f"state:{m.state}"
            continue
        if k in bodies:
            keys[k] = m.name
            continue
        full = aliases.target.get(m.name, m.name)
        if m.name in aliases.ambiguous:
            full = last.get((m.unit.doc, m.name), full)
        elif full in owners:
            for word in full.split():
                if word in aliases.ambiguous:
                    last[(m.unit.doc, word)] = full
        keys[k] = full
    return keys


_AGE = re.compile(r"^,\s*(?:aged\s+)?\d{1,2}\s*(?:,|;|\s[—–-]|\)|\.)")


def _aged(m: Mention) -> bool:
    para = m.unit.article.paragraphs[m.unit.sentence.paragraph - 1]
    return bool(_AGE.match(para[m.end : m.end + 16]))


# A state's institutions, not a person's post ("Syrian President ..." is the president's line).
_GOVERNING = INSTITUTIONS - frozenset("president envoy official officials diplomats diplomacy delegation".split())


def _governed(entity: Entity) -> bool:
    """Are a state's government, army or other institutions named, more than in passing ("the
    Iraqi government and the Iraqi army")?"""
    return sum(bool(m.surface) and m.surface.split()[-1].lower() in _GOVERNING for m in entity.mentions) >= 2


def _score(entity: Entity, titles: str) -> float:
    """Sentences it appears in, counting more where it acts or opens the sentence and
    less where it is only where something happens; a stated role and the headline add."""
    per_sentence: dict[tuple[int, int], float] = {}
    for m in entity.mentions:
        w = (0.3 if m.locative else 1.0) + (0.5 if m.subject else 0.0) + (0.75 if m.agent else 0.0)
        per_sentence[m.unit.key] = max(per_sentence.get(m.unit.key, 0.0), w)
    score = sum(per_sentence.values())
    if entity.state and sum(m.locative for m in entity.mentions) > len(entity.mentions) / 2 and not _governed(entity):
        score /= 2  # named mostly as where things happen: the setting, not an actor
    if any(m.role for m in entity.mentions):
        score += 3.0
    elif any(_aged(m) for m in entity.mentions):
        score += AGED  # "Jane Roe, 15,": news gives the age of the people a story is about
    names = [entity.name, *entity.surfaces]
    if any(n.lower() in titles for n in names):
        score += 1.0
    first = min(m.unit.position for m in entity.mentions)
    return score + 0.5 * (1.0 - first)


def find_actors(
    reader: Reader, articles: Sequence[Article], weight: Callable[[Unit], float] = lambda u: 0.0
) -> list[tuple[Actor, float]]:
    """Actors ranked by importance (best first), with their scores."""
    units = reader.units
    index = {u.key: i for i, u in enumerate(units)}
    mentions = reader.mentions() + crowd_mentions(units, reader.tokens, reader.initial, reader.capital)
    entities: dict[str, Entity] = {}
    for m, key in zip(mentions, entity_keys(mentions), strict=True):
        ent = entities.setdefault(key, Entity(m.name if m.state else key, m.state))
        ent.mentions.append(m)
    entities = split_forces(entities)  # "Iraqi forces" that act are an actor beside Iraq
    in_roles = _role_spans(mentions)
    people, houses = _excluded(articles)
    # The headlines, lower-cased once, one a line: a name is looked for in all of them at once
    # (each entity against each headline was quadratic in the number of sources).
    titles = "\n".join(sorted({a.title.lower() for a in articles}))
    ranked = []
    for ent in entities.values():
        if ent.name in people or any(h in ent.name or ent.name in h for h in houses):
            continue
        if any(s in people for s in ent.surfaces):
            continue
        if not ent.state and all(_inside(m, in_roles) for m in ent.mentions):
            continue  # "chairman of the Joint Chiefs of Staff": named only in another's role
        ranked.append((ent, _score(ent, titles)))
    ranked.sort(key=lambda pair: (-pair[1], pair[0].name))
    out: list[tuple[Actor, float]] = []
    for ent, score in ranked:
        has_role = any(m.role for m in ent.mentions)
        if (score < MIN_SCORE and not has_role) or why_not(ent):
            continue  # too slight; or a reporter, an outlet, a place named as where things happen
        if ent.mentions[0].crowd and not enough(ent.mentions):
            continue  # "the rebels" named once, or never acting: the story's backdrop
        if len(out) >= MAX_ACTORS and score < EXTRA_MIN:
            break  # past the first fifteen, only actors that matter as much as a spokesman does
        out.append((_actor(ent, kind_of(ent, units, index, reader.capital), weight), score))
        if len(out) >= MAX_ACTORS + min(MAX_EXTRA, PER_SOURCE * (len(articles) - 1)):
            break
    return out


def _role_spans(mentions: Sequence[Mention]) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """Where each sentence states someone's role, outside the name itself (sentence key ->
    paragraph spans): a body named there is named for whom a person works."""
    spans: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for m in mentions:
        if m.role is not None and m.person:
            parts = [(m.role.start, m.start), (m.end, m.role.end)]
            spans.setdefault(m.unit.key, []).extend((a, b) for a, b in parts if a < b)
    return spans


def _inside(m: Mention, spans: dict[tuple[int, int], list[tuple[int, int]]]) -> bool:
    return any(a <= m.start and m.end <= b for a, b in spans.get(m.unit.key, ()))


def _informative(role: str) -> int:
    """How much a role says: its words, up to a point (a bare title says least)."""
    return min(len(role.split()), 8)


def role_citation(m: Mention) -> Citation:
    assert m.role is not None  # noqa: S101 - callers pass mentions with roles
    sent = m.unit.sentence
    para = m.unit.article.paragraphs[sent.paragraph - 1]
    return Citation(
        m.unit.article.id, sent.paragraph, para[m.role.start : m.role.end], sent.number, m.role.start, m.role.end
    )


def _actor(ent: Entity, kind: ActorKind, weight: Callable[[Unit], float]) -> Actor:
    ordered = sorted(ent.mentions, key=lambda m: (m.unit.doc, m.unit.sentence.number, m.start))
    with_role = [m for m in ordered if m.role]
    if kind == "person":  # a person's role is a post, not "the regional branch of ..."
        with_role = [m for m in with_role if not body_role(m)] or with_role
    # The role that says most ("the commander of the Quds Force" over a bare "General"), first
    # stated among equals.
    with_role.sort(key=lambda m: -_informative(m.role.text if m.role else ""))
    role = with_role[0].role.text if with_role and with_role[0].role else None
    cites: list[Citation] = [role_citation(with_role[0])] if with_role else []
    # Over several sources, also where each other source states that role: the who's-who line
    # may then cite one that the body's points do not already quote (keyactors.py).
    docs = {with_role[0].unit.doc} if with_role else set()
    for m in with_role[1:]:
        if m.role and m.role.text.lower() == (role or "").lower() and m.unit.doc not in docs and len(cites) < 2:
            docs.add(m.unit.doc)
            cites.append(role_citation(m))
    seen = {(c.source, c.sentence) for c in cites}
    # Then where it acts in the sentences that matter most to the story: more of them for an
    # actor with no role, whose who's-who line rests on one the points do not already state.
    room = ACTS_CITED if role else ACTS_CITED_NO_ROLE
    for m in sorted(ordered, key=lambda m: (not (m.agent or m.subject) or m.locative, -weight(m.unit))):
        key = (m.unit.article.id, m.unit.sentence.number)
        if key not in seen and len(cites) < room:
            seen.add(key)
            cites.append(m.unit.citation(whole=True))
    return Actor(
        name=ent.name,
        kind=kind,
        role=role,
        aliases=tuple(ent.surfaces),
        mentions=len(ent.mentions),
        citations=tuple(cites),
    )
