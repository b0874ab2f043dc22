"""The analyst's overrides as the one step after any engine (engines/overrides.py): edits find
their point by the words it cites, wherever and however the engine put it this time."""

from __future__ import annotations

import dataclasses

from conftest import cite

from briefsmith.engines.overrides import apply_overrides
from briefsmith.model import Citation, Point
from briefsmith.workspace.spec import BriefSpec

SOURCE = "seeds/river.txt"


def spec(**fields) -> BriefSpec:
    return BriefSpec(title="Water sharing on the river", sources=(SOURCE,), **fields)


def texts(briefing, section_id):
    return [p.text for p in briefing.section(section_id).points]


def test_an_edit_finds_its_point_in_another_section_and_from_a_trimmed_quote(sample_briefing, sample_article):
    a = sample_article
    # Today's engine put sentence 5 in background, quoting only part of it.
    s5 = a.sentence(5)
    trimmed = Citation(a.id, s5.paragraph, s5.text[10:60], s5.number, s5.start + 10, s5.start + 60)
    background = sample_briefing.sections[0]
    moved = dataclasses.replace(background, points=(*background.points, Point("Farmers were not paid.", (trimmed,))))
    rights = dataclasses.replace(sample_briefing.sections[3], points=sample_briefing.sections[3].points[1:])
    briefing = dataclasses.replace(
        sample_briefing, sections=(moved, *sample_briefing.sections[1:3], rights, sample_briefing.sections[4])
    )
    edits = [
        {
            "section": "human_rights",
            "cites": [{"source": SOURCE, "quote": s5.text}],
            "text": "Displaced farmers got nothing.",
            "first": True,
        }
    ]
    out = apply_overrides(briefing, [a], spec(edits=edits))
    assert "Farmers were not paid." not in texts(out, "background")
    first = out.section("human_rights").points[0]
    assert first.text == "Displaced farmers got nothing." and first.edited and first.citations == (trimmed,)


def test_delete_add_and_a_reworded_point_keeps_its_place(sample_briefing, sample_article):
    a = sample_article
    s1, s2 = a.sentence(1), a.sentence(2)
    edits = [
        {
            "section": "background",
            "cites": [{"source": a.id, "quote": s1.text}],
            "text": "The council met in Tashkent.",
        },
        {"section": "summary", "cites": [{"source": SOURCE, "quote": a.sentence(3).text}], "delete": True},
        {"section": "background", "text": "My own view: the quota will slip.", "after": s1.text},
    ]
    out = apply_overrides(sample_briefing, [a], spec(edits=edits))
    assert texts(out, "background") == ["The council met in Tashkent.", "My own view: the quota will slip.", s2.text]
    assert [p.text for p in out.summary] == [s1.text]  # the deleted one is gone, the other stays
    mine = out.section("background").points[1]
    assert mine.added and mine.citations == () and out.warnings == ()


def test_an_edit_whose_words_are_gone_is_kept_unverified_with_a_warning(sample_briefing, sample_article):
    edits = [{"section": "background", "cites": [{"source": SOURCE, "quote": "Words no source has."}], "text": "Kept."}]
    out = apply_overrides(sample_briefing, [sample_article], spec(edits=edits))
    kept = next(p for p in out.section("background").points if p.text == "Kept.")
    assert not kept.verified and kept.edited and kept.citations == ()
    assert out.warnings == (f"edited point kept, but the words it cites are no longer in {SOURCE}: 'Kept.' (edits[0])",)


def test_applying_the_overrides_twice_changes_nothing(sample_briefing, sample_article):
    a = sample_article
    edits = [
        {
            "section": "background",
            "cites": [{"source": a.id, "quote": a.sentence(2).text}],
            "text": "Flows fell by a third.",
        },
        {"section": "open_questions", "text": "Who pays for the dam?", "first": True},
    ]
    s = spec(
        edits=edits,
        strike=["journalists"],
        pin=[{"section": "background", "source": a.id, "quote": a.sentence(6).text[:20]}],
    )
    once = apply_overrides(sample_briefing, [a], s)
    assert apply_overrides(once, [a], s) == once
    assert cite(a, 6).source == once.section("background").points[0].citations[0].source


def test_a_pin_keeps_the_actor_line_that_cites_its_sentence(sample_briefing, sample_article):
    a = sample_article
    pins = [{"section": "background", "source": SOURCE, "quote": a.sentence(3).text}]
    out = apply_overrides(sample_briefing, [a], spec(pin=pins))
    # the actors table names who is who from that sentence: not a repeat of the pinned claim
    assert texts(out, "key_actors") == [a.sentence(3).text]
    assert any(p.pinned for p in out.section("background").points)


def test_a_briefing_with_no_sections_keeps_its_bottom_line(sample_briefing, sample_article):
    bare = dataclasses.replace(sample_briefing, sections=())
    out = apply_overrides(bare, [sample_article], spec(sections=[]))
    assert out.sections == () and out.summary == bare.summary


def test_a_section_whose_points_were_all_deleted_says_so(sample_briefing, sample_article):
    from briefsmith.engines.edits import EMPTIED

    a = sample_article
    section = next(s for s in sample_briefing.sections if s.kind == "points" and s.points)
    edits = [
        {"section": section.id, "cites": [{"source": SOURCE, "quote": p.citations[0].quote}], "delete": True}
        for p in section.points
    ]
    out = apply_overrides(sample_briefing, [a], spec(edits=edits))
    assert out.section(section.id).points == () and out.section(section.id).empty_text == EMPTIED
    assert "in the sources" not in EMPTIED  # the sources had them: the analyst deleted them


def test_only_a_section_the_sources_leave_empty_is_warned_of(tmp_path):
    from conftest import SEED

    from briefsmith.pipeline.condense import condense_articles, read_articles
    from briefsmith.settings.options import BuildOptions

    articles = read_articles([SEED])
    plain = BriefSpec(title="T", sources=(str(SEED),))
    first = condense_articles(articles, plain, BuildOptions(), tmp_path)
    section = next(s for s in first.sections if s.kind == "points" and s.points)
    edits = [
        {"section": section.id, "cites": [{"source": str(SEED), "quote": p.citations[0].quote}], "delete": True}
        for p in section.points
    ]
    edited = condense_articles(
        articles, BriefSpec(title="T", sources=(str(SEED),), edits=edits), BuildOptions(), tmp_path
    )
    assert edited.section(section.id).points == ()
    empty_from_sources = {f"empty section: {s.id}" for s in first.sections if not s.points}
    assert {w for w in edited.warnings if w.startswith("empty section")} == empty_from_sources
