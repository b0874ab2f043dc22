"""The extractive engine on articles written for these tests: every section, the
summary, the analyst's pins and strikes, several sources, bad input."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefsmith import __version__
from briefsmith.engines import get_engine
from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.engines.overrides import apply_overrides
from briefsmith.engines.verify import verify_briefing
from briefsmith.model import Briefing
from briefsmith.records.base import make_article
from briefsmith.workspace.spec import BriefSpec

PORT_TALKS = (
    "Kenyan officials met envoys of the Coastal Liberation Front (CLF) in Nairobi on Tuesday, the first "
    "direct talks since the group seized the port town of Lamu in 2019.",
    "Amina Yusuf, Kenya’s interior minister, said the meeting was a first step towards a settlement. "
    "Defence Minister Peter Odhiambo warned that CLF fighters still attack police posts along the "
    "Somali border and smuggle weapons across it.",
    "Rights groups said the CLF had detained journalists and barred girls from attending school in "
    "areas under its control. Aid agencies said 300,000 people needed humanitarian assistance.",
    "However, any ceasefire needs to be approved by parliament. It remains unclear whether Somalia will "
    "join the talks. Yusuf said a final deal could only be signed with the backing of local elders.",
    "Meanwhile, Nairobi has asked the African Union to monitor the border.",
)


def article(paragraphs=PORT_TALKS, id="port-talks", title="Kenya weighs talks with coastal rebels", **kw):
    return make_article(
        id=id,
        title=title,
        paragraphs=paragraphs,
        authors=("Jo Writer",),
        publisher="The Harbour Herald",
        published=kw.pop("published", "2024-05-02"),
        **kw,
    )


def condense(articles, **spec) -> Briefing:
    spec.setdefault("title", "Talks on the coast")
    spec.setdefault("sources", tuple(f"seeds/{a.id}.txt" for a in articles))
    # As a build runs it: the engine, then the analyst's overrides (pins, strikes) for every engine.
    brief = BriefSpec(**spec)
    return apply_overrides(ExtractiveEngine().condense(articles, brief), articles, brief)


def texts(briefing: Briefing, section: str) -> list[str]:
    sec = briefing.section(section)
    assert sec is not None
    return [p.text for p in sec.points]


def test_contract_and_every_citation_verifies():
    a = article()
    b = condense([a])
    assert get_engine("extractive").name == "extractive"
    assert verify_briefing(b, [a]) == []
    assert [s.id for s in b.sections] == [
        "background",
        "key_actors",
        "security_rationale",
        "human_rights",
        "open_questions",
    ]
    assert b.title == "Talks on the coast" and b.date == "2024-05-02"
    assert b.provenance is not None and b.provenance.engine == "extractive"
    assert b.provenance.version == __version__
    assert [s.id for s in b.sources] == ["port-talks"]
    assert 2 <= len(b.summary) <= 3
    for point in [*b.summary, *(p for s in b.sections for p in s.points)]:
        assert point.citations, point.text
    for actor in b.actors:
        assert actor.citations, actor.name


def test_sentences_go_where_they_belong():
    b = condense([article()])
    security = " ".join(texts(b, "security_rationale"))
    rights = " ".join(texts(b, "human_rights"))
    assert "attack police posts" in security
    assert "detained journalists" in rights or "humanitarian assistance" in rights
    assert "attack police posts" not in rights


def test_a_sentence_is_used_once_and_markers_are_dropped():
    b = condense([article()])
    seen = []
    for sec in b.sections:
        if sec.id in ("key_actors", "open_questions"):
            continue
        for point in sec.points:
            key = (point.citations[0].source, point.citations[0].sentence)
            assert key not in seen, point.text
            seen.append(key)
            assert not point.text.startswith(("However", "Meanwhile"))
    # The body repeats a summary point only where its section would otherwise be empty.
    summary = {(p.citations[0].source, p.citations[0].sentence) for p in b.summary}
    for sec in b.sections[:1] + b.sections[2:4]:
        keys = {(p.citations[0].source, p.citations[0].sentence) for p in sec.points}
        assert not keys & summary or keys <= summary, sec.id


def test_open_questions_are_questions_grounded_in_sentences():
    b = condense([article()])
    questions = texts(b, "open_questions")
    assert questions and all(q.endswith("?") for q in questions)
    assert "Will any ceasefire be approved by parliament?" in questions
    assert "Will Somalia join the talks?" in questions


def test_key_actor_lines_cite_the_stated_role():
    b = condense([article()])
    sec = b.section("key_actors")
    line = next(p for p in sec.points if p.text.startswith("Amina Yusuf"))
    assert line.text == "Amina Yusuf — Kenya’s interior minister"
    assert line.citations[0].quote == "Amina Yusuf, Kenya’s interior minister"


def test_spec_sections_order_rename_and_custom_keywords():
    b = condense(
        [article()],
        sections=[
            "open_questions",
            {"id": "aid", "title": "Aid", "keywords": ["humanitarian"]},
            {"id": "background", "title": "Context"},
        ],
    )
    assert [s.id for s in b.sections] == ["open_questions", "aid", "background"]
    assert b.sections[2].title == "Context"
    assert any("humanitarian assistance" in t for t in texts(b, "aid"))


def test_max_points_and_summary_points():
    b = condense([article()], max_points=1, summary_points=2)
    assert all(len(s.points) <= 1 for s in b.sections)
    assert len(b.summary) == 2


def test_pin_and_strike():
    a = article()
    b = condense(
        [a],
        pin=[
            {
                "section": "background",
                "source": "seeds/port-talks.txt",
                "quote": "first direct talks since the group seized the port town",
                "text": "The first direct talks since 2019.",
            },
            {"section": "background", "source": "port-talks", "quote": "words not there"},
        ],
        strike=["smuggle weapons"],
    )
    assert verify_briefing(b, [a]) == []
    first = b.section("background").points[0]
    assert first.pinned and first.text == "The first direct talks since 2019."
    assert first.citations[0].quote == "first direct talks since the group seized the port town"
    assert any("quote not found" in w for w in b.warnings)
    every = [p.text for s in b.sections for p in s.points] + [p.text for p in b.summary]
    assert not any("smuggle weapons" in t for t in every)


def test_pinned_quote_with_plain_apostrophe_cites_the_exact_source_words():
    a = article()
    b = condense(
        [a],
        pin=[{"section": "human_rights", "source": "port-talks", "quote": "Amina Yusuf, Kenya's interior minister"}],
    )
    cite = b.section("human_rights").points[0].citations[0]
    assert cite.quote == "Amina Yusuf, Kenya’s interior minister"
    assert verify_briefing(b, [a]) == []


def test_the_same_fact_in_two_sources_is_one_point_citing_both():
    a = article()
    other = article(
        id="coast-wire",
        title="Coast talks open",
        published="2024-05-03",
        paragraphs=(
            "Defence Minister Peter Odhiambo warned that CLF fighters still attack police posts along the "
            "Somali border and smuggle weapons across it.",
            "A spokesman for the Harbour Port Authority said shipping had resumed in the town on Monday.",
        ),
    )
    b = condense([a, other])
    assert verify_briefing(b, [a, other]) == []
    assert b.date == "2024-05-03"
    assert [s.id for s in b.sources] == ["port-talks", "coast-wire"]
    points = [p for p in (*b.summary, *(p for s in b.sections for p in s.points)) if "attack police posts" in p.text]
    assert len(points) == 1
    assert {c.source for c in points[0].citations} == {"port-talks", "coast-wire"}
    odhiambo = [x for x in b.actors if x.name == "Peter Odhiambo"]
    assert len(odhiambo) == 1 and odhiambo[0].mentions == 2


@pytest.mark.parametrize("paragraphs", [(), ("",), ("Photo: AP", "12 34 56", "OK."), ("Read more: things.",)])
def test_nothing_usable_gives_empty_sections_never_a_crash(paragraphs):
    a = make_article(id="empty", title="Empty", paragraphs=paragraphs)
    b = condense([a])
    assert b.summary == () and b.actors == ()
    assert all(not s.points and s.empty_text.startswith("No ") for s in b.sections)
    assert b.section("security_rationale").empty_text == "No security rationale in the sources."
    assert any("no usable sentences" in w for w in b.warnings)


def test_nothing_fits_a_section_gives_its_empty_text():
    a = make_article(
        id="cake",
        title="A cake recipe",
        paragraphs=(
            "Mix the flour with the sugar in a large bowl until it looks like sand.",
            "Bake the cake for forty minutes and leave it to cool on a rack.",
        ),
    )
    b = condense([a])
    assert verify_briefing(b, [a]) == []
    assert not b.section("security_rationale").points
    assert not b.section("human_rights").points
    assert b.section("human_rights").empty_text == "No human-rights concerns in the sources."
    assert not b.section("open_questions").points


def test_deterministic():
    a = article()
    assert condense([a]) == condense([a])


def test_no_articles_at_all():
    b = ExtractiveEngine().condense([], BriefSpec(title="Nothing", sources=("seeds/none.txt",)))
    assert b.summary == () and b.sources == () and b.date is None
    assert all(s.empty_text for s in b.sections)


_WORDS = (
    "the",
    "The",
    "Taliban",
    "said",
    "However,",
    "U.S.",
    "attack",
    "women",
    "rights",
    "(ISKP)",
    "“remains",
    "to",
    "be",
    "seen”",
    "whether",
    "it",
    "will",
    "Minister",
    "Anna",
    "Petrova,",
    "of",
    "Kabul",
    "needs",
    "be",
    "approved",
    "2021",
    "Russia’s",
    "envoy",
    "—",
    "and",
    "?",
    ".",
    "’s",
    "al",
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(_WORDS), min_size=0, max_size=40), min_size=0, max_size=6))
def test_any_text_gives_a_verified_briefing(paragraphs):
    a = make_article(id="fuzz", title="Fuzz", paragraphs=[" ".join(p) for p in paragraphs])
    b = condense([a])
    assert verify_briefing(b, [a]) == []
    questions = b.section("open_questions").points
    assert all(p.text.endswith("?") for p in questions)
