"""Render options (paper, PDF variant, formats, reference) decided in one place for `build` and
`render`: a `render` of the briefing JSON lays it out as the build did."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pypdf
from click.testing import CliRunner
from conftest import REPO
from docx.shared import Twips

from briefsmith.cli import cli
from briefsmith.settings.options import RenderOptions
from briefsmith.settings.resolve import render_options

A4 = (11906, 16838)
LETTER = (12240, 15840)


def invoke(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.stdout + result.stderr
    return result.stdout


def page(path: Path) -> tuple[int, int]:
    section = docx.Document(io.BytesIO(path.read_bytes())).sections[0]
    return section.page_width.twips, section.page_height.twips


def letter_reference(ws: Path) -> None:
    """A user's templates/reference.docx set up for Letter (as Word saves one)."""
    document = docx.Document(str(REPO / "templates" / "reference.docx"))
    for section in document.sections:
        section.page_width, section.page_height = Twips(LETTER[0]), Twips(LETTER[1])
    (ws / "templates").mkdir(exist_ok=True)
    document.save(str(ws / "templates" / "reference.docx"))


def test_render_of_the_json_keeps_a_letter_reference(ws: Path) -> None:
    letter_reference(ws)
    invoke("build", "--format", "json,docx")
    assert page(ws / "out" / "rt.docx") == LETTER  # no paper chosen: the reference's page set-up
    assert "paper" not in json.loads((ws / "out" / "rt.json").read_text())
    invoke("render", "out/rt.json", "--format", "docx")
    assert page(ws / "out" / "rt.docx") == LETTER  # was A4 while render made up a spec to carry paper
    invoke("render", "out/rt.json", "--format", "docx", "--paper", "A4")
    assert page(ws / "out" / "rt.docx") == A4


def test_the_spec_paper_travels_in_the_json_to_render(ws: Path) -> None:
    letter_reference(ws)
    spec = ws / "briefs" / "rt.yaml"
    spec.write_text(spec.read_text() + "paper: A4\n")
    invoke("build", "--format", "json,docx")
    assert page(ws / "out" / "rt.docx") == A4
    assert json.loads((ws / "out" / "rt.json").read_text())["paper"] == "A4"
    invoke("render", "out/rt.json", "--format", "docx,pdf", "--out", "again")
    assert page(ws / "again" / "rt.docx") == A4
    box = pypdf.PdfReader(ws / "again" / "rt.pdf").pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    invoke("build", "--format", "json,docx", "--paper", "letter", "--out", "flag")
    assert page(ws / "flag" / "rt.docx") == LETTER  # a flag given wins over the spec


def test_one_rule_for_both_commands() -> None:
    given = RenderOptions(formats=("pdf",))
    assert render_options(given, "letter").paper == "letter"  # the spec's (build) or the JSON's (render)
    assert render_options(RenderOptions(paper="A4"), "letter").paper == "A4"  # a flag wins
    assert render_options(given, None).paper is None  # PDF: A4; DOCX: the reference's


def test_render_refuses_an_out_folder_among_what_the_build_reads(ws: Path) -> None:
    """A briefing named brief.json rendered into templates/ would write templates/brief.html,
    the template every later build reads: refused, as build refuses it."""
    invoke("build", "--format", "json")
    (ws / "brief.json").write_text((ws / "out" / "rt.json").read_text())
    for folder in ("templates", "styles"):
        result = CliRunner().invoke(cli, ["render", "brief.json", "--format", "html", "--out", folder])
        assert result.exit_code == 1 and f"the out folder may not be inside {folder}/" in result.stderr
        assert not (ws / folder / "brief.html").exists()


def test_render_warns_of_a_citation_to_a_source_the_briefing_does_not_list(ws: Path) -> None:
    invoke("build", "--format", "json")
    briefing = json.loads((ws / "out" / "rt.json").read_text())
    cited = briefing["sources"][0]["id"]
    briefing["sources"] = []
    (ws / "edited.json").write_text(json.dumps(briefing))
    result = CliRunner().invoke(cli, ["render", "edited.json", "--format", "html", "--out", "again", "--strict"])
    assert result.exit_code == 1
    assert f"cites a source the briefing's sources do not list: {cited}" in result.output
