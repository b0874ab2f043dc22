"""Sections as one mechanism: a section says what it is (its kind: prose points, the actors
table, questions), and engines and renderers go by the kind, whatever the section's id."""

from __future__ import annotations

import dataclasses
import io
import json
import re
from pathlib import Path

import docx
import pytest
from pydantic import ValidationError

from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.engines.llm.prompt import answer_schema, asked_sections
from briefsmith.engines.verify import verify_briefing
from briefsmith.errors import RecordError
from briefsmith.model import Article, Briefing, Section
from briefsmith.records.base import make_article
from briefsmith.render import json as briefing_json
from briefsmith.render.docx import render_docx
from briefsmith.render.html import render_html
from briefsmith.workspace.spec import BriefSpec
from briefsmith.workspace.theme import Theme

PARAGRAPHS = (
    "Harbour officials met envoys of the Ferry Workers Union in Portmere on Tuesday, the first talks "
    "since the union closed the north quay in 2021.",
    "Mara Lind, the harbour's director, said the meeting was a first step towards a settlement. "
    "Police Chief Oskar Vane warned that smugglers still use the quay at night.",
    "Rights groups said the union had detained two reporters and barred women from its meetings.",
    "However, any settlement needs to be approved by the city council. It remains unclear whether the "
    "shipping companies will join the talks.",
)
OWN = [
    "background",
    {"id": "people", "title": "People", "kind": "actors"},
    {"id": "doubts", "title": "Doubts", "kind": "questions"},
]


@pytest.fixture
def harbour() -> Article:
    return make_article(
        id="harbour-news",
        title="Harbour talks with the ferry union",
        paragraphs=PARAGRAPHS,
        authors=("Jo Writer",),
        publisher="Harbour News",
        published="2024-05-02",
    )


def condense(article: Article, sections=None) -> Briefing:
    spec = BriefSpec(title="Harbour talks", sources=("seeds/harbour.txt",), sections=sections)
    return ExtractiveEngine().condense([article], spec)


def test_a_section_has_its_default_kind_unless_the_spec_says_another() -> None:
    spec = BriefSpec(title="T", sources=("a",), sections=["key_actors", "open_questions", "economy", *OWN[1:]])
    assert [(c.id, c.kind) for c in spec.section_choices()] == [
        ("key_actors", "actors"),
        ("open_questions", "questions"),
        ("economy", "points"),
        ("people", "actors"),
        ("doubts", "questions"),
    ]
    assert {c.kind for c in BriefSpec(title="T", sources=("a",)).section_choices()} == {"points", "actors", "questions"}
    with pytest.raises(ValidationError, match="kind"):
        BriefSpec(title="T", sources=("a",), sections=[{"id": "x", "kind": "chart"}])


def test_the_extractive_engine_builds_sections_by_kind_not_by_id(harbour: Article) -> None:
    default = condense(harbour)
    own = condense(harbour, OWN)
    assert verify_briefing(own, [harbour]) == []
    assert [(s.id, s.kind) for s in own.sections] == [
        ("background", "points"),
        ("people", "actors"),
        ("doubts", "questions"),
    ]
    people, doubts = own.section("people"), own.section("doubts")
    key_actors, open_questions = default.section("key_actors"), default.section("open_questions")
    assert people and doubts and key_actors and open_questions
    assert [p.text for p in people.points] == [p.text for p in key_actors.points]
    assert any("Mara Lind" in p.text for p in people.points)
    assert doubts.points and all(p.text.endswith("?") for p in doubts.points)
    assert [p.text for p in doubts.points] == [p.text for p in open_questions.points]


def test_an_empty_renamed_section_says_what_its_title_names(harbour: Article) -> None:
    b = condense(make_article(id="cake", title="Cake", paragraphs=("Mix the flour with the sugar in a bowl.",)), OWN)
    assert b.section("doubts").empty_text == "Nothing on \u201cDoubts\u201d in the sources."
    b = condense(harbour, [{"id": "open_questions", "title": "Open questions"}, "human_rights"])
    assert b.section("human_rights").points or b.section("human_rights").empty_text == (
        "No human-rights concerns in the sources."
    )


def test_the_documents_show_the_actors_table_in_the_section_of_kind_actors(harbour: Article, tmp_path: Path) -> None:
    b = condense(harbour, OWN)
    html = render_html(b, Theme(tmp_path), for_print=False)
    assert html.count('<table class="actors">') == 1
    people = html[html.index('id="people"') : html.index('id="doubts"')]
    assert '<table class="actors">' in people and "Mara Lind" in people
    assert 'id="key_actors"' not in html  # no second table at the end
    document = docx.Document(io.BytesIO(render_docx(b, Theme(tmp_path))))
    assert len(document.tables) == 1
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Bottom line", "Background", "People", "Doubts", "Sources"]


def test_a_brief_without_an_actors_section_still_lists_who_is_who(harbour: Article, tmp_path: Path) -> None:
    b = condense(harbour, ["background", "open_questions"])
    assert b.actors and not b.of_kind("actors")
    html = render_html(b, Theme(tmp_path), for_print=False)
    assert html.count('<table class="actors">') == 1 and "<h2>Key actors</h2>" in html
    document = docx.Document(io.BytesIO(render_docx(b, Theme(tmp_path))))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[-2:] == ["Key actors", "Sources"] and len(document.tables) == 1


def test_every_endnote_of_the_standalone_html_has_its_call(sample_briefing: Briefing, tmp_path: Path) -> None:
    # The actors table stands for the engine's actor lines: their citations are no notes.
    html = render_html(sample_briefing, Theme(tmp_path), for_print=False)
    calls = re.findall(r'href="#note-(\d+)"', html)
    notes = re.findall(r'<li id="note-(\d+)"', html)
    assert notes and sorted(calls, key=int) == notes == [str(n) for n in range(1, len(notes) + 1)]


def test_the_json_carries_each_section_kind(harbour: Article) -> None:
    b = condense(harbour, OWN)
    data = json.loads(briefing_json.dumps(b))
    assert [s["kind"] for s in data["sections"]] == ["points", "actors", "questions"]
    assert briefing_json.from_dict(data) == b
    # A JSON written before sections said their kind: the default section's, else points.
    for s in data["sections"]:
        del s["kind"]
    data["sections"].append({"id": "key_actors", "title": "Who", "points": []})
    kinds = [s.kind for s in briefing_json.from_dict(data).sections]
    assert kinds == ["points", "points", "points", "actors"]
    data["sections"][0]["kind"] = "chart"
    with pytest.raises(RecordError, match="kind must be one of points, actors, questions"):
        briefing_json.from_dict(data, "out/x.json")


def test_a_section_kind_is_checked_where_it_is_made() -> None:
    with pytest.raises(ValueError, match="kind"):
        Section("x", "X", (), kind="chart")  # type: ignore[arg-type]
    assert dataclasses.replace(Section("x", "X", ()), kind="questions").kind == "questions"


def test_the_llm_is_asked_for_prose_sections_only_and_fills_the_others_by_kind() -> None:
    spec = BriefSpec(title="T", sources=("a",), sections=["background", *OWN[1:], {"id": "trade", "keywords": ["oil"]}])
    assert [sid for sid, _, _ in asked_sections(spec)] == ["background", "trade"]
    schema = answer_schema(spec)
    assert schema["properties"]["sections"]["required"] == ["background", "trade"]
    assert {"actors", "open_questions"} <= set(schema["required"])
