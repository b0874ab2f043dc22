"""The briefing DOCX read back with python-docx and lxml: named styles only, real
footnotes for every citation, real hyperlinks and page fields, core properties,
same bytes twice, and a workspace reference document honoured."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
import pytest
from conftest import displayed_citations
from docx.shared import Pt
from lxml import etree

from briefsmith.errors import RenderError
from briefsmith.render.docx import render_docx
from briefsmith.render.layout import disclaimer
from briefsmith.workspace.theme import Theme

REPO = Path(__file__).resolve().parent.parent
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
EPOCH = 1710000000  # 2024-03-09T16:00:00Z

# What may stand in a property element without being direct formatting.
ALLOWED = {
    "pPr": {"pStyle"},
    "rPr": {"rStyle"},
    "tblPr": {"tblStyle", "tblW", "tblLook"},  # table style, width, which style parts apply
    "trPr": {"tblHeader"},  # repeat the header row: structure, not looks
    "tcPr": {"tcW"},
}


@pytest.fixture(autouse=True)
def _epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH))


def render(briefing, workspace: Path) -> bytes:
    return render_docx(briefing, Theme(workspace))


def parts(data: bytes) -> dict[str, etree._Element]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: etree.fromstring(zf.read(n)) for n in zf.namelist() if n.endswith((".xml", ".rels"))}


def style_ids(tree: etree._Element) -> dict[str, str]:
    """styleId -> name (casefolded) from styles.xml."""
    return {s.get(W + "styleId"): s.find(W + "name").get(W + "val").casefold() for s in tree.iter(W + "style")}


def text_of(el) -> str:
    return "".join(t.text or "" for t in el.iter(W + "t"))


@pytest.fixture
def out(sample_briefing, tmp_path) -> bytes:
    return render(sample_briefing, tmp_path)


def test_reopens_and_uses_named_styles(out, sample_briefing):
    document = docx.Document(io.BytesIO(out))
    styled = [(p.style.name.casefold(), p.text) for p in document.paragraphs]
    assert styled[0] == ("title", sample_briefing.title)
    assert styled[1] == ("subtitle", sample_briefing.subtitle)
    assert ("heading 1", "Bottom line") in styled
    for section in sample_briefing.sections:
        assert ("heading 1", section.title) in styled
    used = {name for name, _ in styled}
    assert {"byline", "quote", "list bullet", "body text", "caption", "bibliography"} <= used
    assert ("body text", "No security rationale in the sources.") in styled
    bullets = [t for n, t in styled if n == "list bullet"]
    assert "Delegates from five states attended the talks." in bullets


def test_every_style_used_is_defined(out):
    tree = parts(out)
    defined = style_ids(tree["word/styles.xml"])
    for name, root in tree.items():
        for tag in ("pStyle", "rStyle", "tblStyle"):
            for el in root.iter(W + tag):
                assert el.get(W + "val") in defined, (name, el.get(W + "val"))


def test_no_direct_formatting_anywhere(out):
    tree = parts(out)
    stories = [
        n
        for n in tree
        if n.endswith(".xml") and n.split("/")[-1].startswith(("document", "header", "footer", "footnotes"))
    ]
    assert len(stories) == 4
    for name in stories:
        for p in tree[name].iter(W + "p"):
            ppr = p.find(W + "pPr")
            assert ppr is not None and ppr.find(W + "pStyle") is not None, f"{name}: unstyled paragraph"
        for tag, allowed in ALLOWED.items():
            for el in tree[name].iter(W + tag):
                if tag == "pPr" and el.getparent().tag != W + "p":
                    continue
                extra = {etree.QName(c).localname for c in el} - allowed
                assert not extra, f"{name}: direct formatting in {tag}: {extra}"


def test_footnotes_pair_with_references_and_cover_every_citation(out, sample_briefing):
    tree = parts(out)
    styles = style_ids(tree["word/styles.xml"])
    notes = {n.get(W + "id"): n for n in tree["word/footnotes.xml"].iter(W + "footnote")}
    kinds = {n.get(W + "type") for n in notes.values()} - {None}
    assert {"separator", "continuationSeparator"} <= kinds
    real = {i: n for i, n in notes.items() if n.get(W + "type") is None}
    refs = [r.get(W + "id") for r in tree["word/document.xml"].iter(W + "footnoteReference")]
    assert sorted(refs, key=int) == sorted(real, key=int)
    # One note per (point, source); the sample's points each cite one sentence.
    assert len(refs) == len(displayed_citations(sample_briefing)) == len(set(refs))
    for note in real.values():
        p = note.find(W + "p")
        assert styles[p.find(f"{W}pPr/{W}pStyle").get(W + "val")] == "footnote text"
        mark = next(note.iter(W + "footnoteRef")).getparent()
        assert styles[mark.find(f"{W}rPr/{W}rStyle").get(W + "val")] == "footnote reference"
    for ref in tree["word/document.xml"].iter(W + "footnoteReference"):
        assert styles[ref.getparent().find(f"{W}rPr/{W}rStyle").get(W + "val")] == "footnote reference"
    # Chicago: the first note is full (with the URL as a link), later ones are short.
    first, second = text_of(real["1"]), text_of(real["2"])
    assert "Jane Doe" in first and "River News" in first and "March 4, 2024" in first
    assert sample_briefing.sources[0].url in first
    assert second.strip().startswith("Doe, ") and "para." in second
    settings = tree["word/settings.xml"]
    assert [f.get(W + "id") for f in settings.iter(W + "footnote")] == ["-1", "0"]


def test_sources_and_footnote_urls_are_real_hyperlinks(out, sample_briefing):
    tree = parts(out)
    styles = style_ids(tree["word/styles.xml"])
    url = sample_briefing.sources[0].url
    for story, rels in (
        ("word/document.xml", "word/_rels/document.xml.rels"),
        ("word/footnotes.xml", "word/_rels/footnotes.xml.rels"),
    ):
        links = list(tree[story].iter(W + "hyperlink"))
        assert links, story
        targets = {r.get("Id"): r for r in tree[rels]}
        for link in links:
            rel = targets[link.get(R_ID)]
            assert rel.get("TargetMode") == "External" and rel.get("Target") == url
            assert rel.get("Type").endswith("/hyperlink")
            run = link.find(W + "r")
            assert styles[run.find(f"{W}rPr/{W}rStyle").get(W + "val")] == "hyperlink"
            assert text_of(link) == url


def test_header_and_footer_with_page_fields(out, sample_briefing):
    tree = parts(out)
    header = text_of(tree["word/header1.xml"])
    assert sample_briefing.title in header and sample_briefing.marking in header
    footer = tree["word/footer1.xml"]
    assert text_of(footer).startswith("March 5, 2024")
    assert "Page " in text_of(footer) and " of " in text_of(footer)
    instructions = [i.text.strip() for i in footer.iter(W + "instrText")]
    assert instructions == ["PAGE", "NUMPAGES"]
    kinds = [f.get(W + "fldCharType") for f in footer.iter(W + "fldChar")]
    assert kinds == ["begin", "separate", "end"] * 2


def test_the_marking_stands_at_the_top_and_the_foot_of_every_page(out, sample_briefing):
    """As in the PDF: the banner is the header's first paragraph and the footer's last."""
    tree = parts(out)
    styles = style_ids(tree["word/styles.xml"])
    for part, at in (("word/header1.xml", 0), ("word/footer1.xml", -1)):
        paragraph = list(tree[part].iter(W + "p"))[at]
        assert text_of(paragraph) == sample_briefing.marking
        assert styles[paragraph.find(f"{W}pPr/{W}pStyle").get(W + "val")] == "marking"


def test_the_closing_disclaimer_ends_the_document(out, sample_briefing):
    last = docx.Document(io.BytesIO(out)).paragraphs[-1]
    assert last.text == disclaimer(sample_briefing) and last.style.name == "Disclaimer"
    assert "check the sources before quoting" in last.text


def test_styles_use_the_bundled_fonts_and_embed_them(out):
    """No Calibri or Cambria: the styles name Noto Serif/Sans (as the PDF uses), and those
    fonts travel inside the file, obfuscated as Word does (ECMA-376 17.8.1)."""
    from fontTools.ttLib import TTFont

    tree = parts(out)
    named = {v for el in tree["word/styles.xml"].iter(W + "rFonts") for k, v in el.attrib.items()}
    assert {"Noto Serif", "Noto Sans"} <= named and not {"Calibri", "Cambria"} & named
    # Styles of the template we do not use name theme fonts: those are the bundled ones too.
    theme = etree.tostring(tree["word/theme/theme1.xml"]).decode()
    assert '<a:latin typeface="Noto Sans"/>' in theme and '<a:latin typeface="Noto Serif"/>' in theme
    assert "Calibri" not in theme and "Cambria" not in theme
    assert tree["word/settings.xml"].find(W + "embedTrueTypeFonts") is not None
    rels = {r.get("Id"): r.get("Target") for r in tree["word/_rels/fontTable.xml.rels"]}
    faces = {}
    with zipfile.ZipFile(io.BytesIO(out)) as zf:
        for font in tree["word/fontTable.xml"].iter(W + "font"):
            for el in font:
                if etree.QName(el).localname.startswith("embed"):
                    key = bytes.fromhex(el.get(W + "fontKey").strip("{}").replace("-", ""))[::-1]
                    data = bytearray(zf.read("word/" + rels[el.get(R_ID)]))
                    for i in range(32):  # undo the obfuscation by hand, as a reader must
                        data[i] ^= key[i % 16]
                    ttf = TTFont(io.BytesIO(bytes(data)))
                    assert ttf["name"].getDebugName(1) == font.get(W + "name")
                    faces[(font.get(W + "name"), etree.QName(el).localname)] = ttf["name"].getDebugName(2)
        content_types = zf.read("[Content_Types].xml").decode()
    assert faces == {
        ("Noto Serif", "embedRegular"): "Regular",
        ("Noto Serif", "embedBold"): "Bold",
        ("Noto Serif", "embedItalic"): "Italic",
        ("Noto Sans", "embedRegular"): "Regular",
        ("Noto Sans", "embedBold"): "Bold",
    }  # and no Arabic face: the sample has Arabic only in an alias, which the table shows
    assert 'Extension="odttf" ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont"' in (
        content_types
    )


def test_the_arabic_face_is_embedded_only_for_arabic_text(sample_briefing, tmp_path):
    point = dataclasses.replace(sample_briefing.summary[0], text="The press wrote آنا بتروفا.")
    out = render(dataclasses.replace(sample_briefing, summary=(point,), actors=()), tmp_path)
    names = {
        f.get(W + "name")
        for f in parts(out)["word/fontTable.xml"].iter(W + "font")
        if len(f.findall(W + "embedRegular"))
    }
    assert names == {"Noto Serif", "Noto Sans", "Noto Naskh Arabic"}


def test_keywords_are_whole_and_fit_a_core_property(sample_briefing, tmp_path):
    actors = tuple(
        dataclasses.replace(sample_briefing.actors[0], name=f"Representative Number {n} of the Council")
        for n in range(12)
    )
    out = render(dataclasses.replace(sample_briefing, actors=actors), tmp_path)
    words = docx.Document(io.BytesIO(out)).core_properties.keywords
    assert len(words) <= 255 and words.split(", ")[-1].startswith("Representative Number")
    assert all(w.endswith("of the Council") for w in words.split(", "))


def test_actors_table_has_a_repeating_header_row_and_named_style(out, sample_briefing):
    document = docx.Document(io.BytesIO(out))
    (table,) = document.tables
    assert table.style.name == "Briefsmith Table"
    assert [c.text for c in table.rows[0].cells] == ["Name", "Kind", "Role", "Source"]
    assert table.rows[0]._tr.find(f"{W}trPr/{W}tblHeader") is not None
    assert [r.cells[0].text for r in table.rows[1:]] == [
        "Anna Petrova (also Petrova, Анна Петрова)",
        "Uzbekistan (also Tashkent)",
    ]
    assert [r.cells[1].text for r in table.rows[1:]] == ["Person", "State"]
    assert table.rows[2].cells[2].text == "—"  # no role known
    # One source: the Source column gives the paragraph alone, and no notes are in the table.
    # "para." and its number never part at a line end (a non-breaking space).
    assert [r.cells[3].text for r in table.rows[1:]] == ["para.\u00a02", "para.\u00a01"]
    assert len(list(table._tbl.iter(W + "footnoteReference"))) == 0
    assert all(p.style.name == "Table Text" for row in table.rows for c in row.cells for p in c.paragraphs)
    # The table closes its own section, captioned, before the next heading.
    body = [el for el in document.element.body if el.tag in (W + "p", W + "tbl")]
    at = next(i for i, el in enumerate(body) if el.tag == W + "tbl")
    assert text_of(body[at - 1]) == "Table 1. Key actors"
    assert text_of(body[at - 2]) == "Key actors"  # heading, caption (the table stands for the points)
    assert text_of(body[at + 1]) == sample_briefing.sections[2].title


def test_core_properties_come_from_the_briefing(out, sample_briefing):
    props = docx.Document(io.BytesIO(out)).core_properties
    assert props.title == sample_briefing.title
    assert props.author == "Test Desk"
    assert props.subject == sample_briefing.subtitle
    # Who it is about and who reported it; section headings are not keywords.
    assert props.keywords == "Anna Petrova, Uzbekistan, River News"
    assert props.language == "en"
    when = dt.datetime.fromtimestamp(EPOCH, dt.timezone.utc)
    assert props.created == when and props.modified == when
    assert props.last_modified_by == "Briefsmith" and props.revision == 1
    assert props.comments == ""


def test_author_falls_back_to_source_authors(sample_briefing, tmp_path):
    out = render(dataclasses.replace(sample_briefing, author=None), tmp_path)
    assert docx.Document(io.BytesIO(out)).core_properties.author == "Jane Doe"


def test_nothing_left_from_python_docx(out):
    with zipfile.ZipFile(io.BytesIO(out)) as zf:
        names = zf.namelist()
        assert not [n for n in names if "thumbnail" in n or n.startswith("customXml")]
        for name in names:
            assert b"python-docx" not in zf.read(name), name
        assert b"<Application>Briefsmith</Application>" in zf.read("docProps/app.xml")
        assert b"rsid" not in zf.read("word/document.xml")


def test_same_inputs_same_bytes(sample_briefing, tmp_path, monkeypatch):
    first, second = render(sample_briefing, tmp_path), render(sample_briefing, tmp_path)
    assert first == second
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH + 86400))
    assert render(sample_briefing, tmp_path) != first  # the date is really in there
    with zipfile.ZipFile(io.BytesIO(first)) as zf:
        assert zf.namelist()[0] == "[Content_Types].xml"
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_unverified_points_are_marked(sample_briefing, tmp_path):
    section = sample_briefing.sections[0]
    shaky = dataclasses.replace(section.points[1], verified=False)
    briefing = dataclasses.replace(
        sample_briefing,
        sections=(dataclasses.replace(section, points=(section.points[0], shaky)), *sample_briefing.sections[1:]),
    )
    document = docx.Document(io.BytesIO(render(briefing, tmp_path)))
    marked = [p for p in document.paragraphs if p.text.startswith("[unverified] ")]
    assert [p.text for p in marked] == [f"[unverified] {shaky.text}"]
    assert marked[0].runs[0].style.name == "Strong"
    assert sum(p.text.startswith("[unverified]") for p in document.paragraphs) == 1


def _user_reference(workspace: Path, *, title_pt: int = 36) -> Path:
    """What a user does in Word: open the packaged reference, restyle, save in templates/."""
    document = docx.Document(str(REPO / "templates" / "reference.docx"))
    document.styles["Title"].font.size = Pt(title_pt)
    document.add_paragraph("Example text the user typed into the reference.")
    path = workspace / "templates" / "reference.docx"
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def test_workspace_reference_is_honoured(sample_briefing, tmp_path):
    _user_reference(tmp_path, title_pt=36)
    out = render(sample_briefing, tmp_path)
    styles = parts(out)["word/styles.xml"]
    title = next(s for s in styles.iter(W + "style") if s.get(W + "styleId") == "Title")
    assert title.find(f"{W}rPr/{W}sz").get(W + "val") == "72"
    document = docx.Document(io.BytesIO(out))
    assert all("Example text" not in p.text for p in document.paragraphs)
    # Edited again: the cache is keyed on the file, so the new look is used.
    _user_reference(tmp_path, title_pt=40)
    styles = parts(render(sample_briefing, tmp_path))["word/styles.xml"]
    title = next(s for s in styles.iter(W + "style") if s.get(W + "styleId") == "Title")
    assert title.find(f"{W}rPr/{W}sz").get(W + "val") == "80"


def test_a_bare_reference_gets_the_missing_styles(sample_briefing, tmp_path):
    """A reference made without our styles (python-docx's own template has no
    footnote or hyperlink styles) still gives a complete, styled document."""
    path = tmp_path / "templates" / "reference.docx"
    path.parent.mkdir()
    docx.Document().save(str(path))
    out = render(sample_briefing, tmp_path)
    names = set(style_ids(parts(out)["word/styles.xml"]).values())
    assert {"footnote text", "footnote reference", "hyperlink", "byline", "briefsmith table"} <= names
    assert "python-docx" not in docx.Document(io.BytesIO(out)).core_properties.author


def test_a_previous_output_as_reference_gives_the_same_document(sample_briefing, tmp_path, out):
    """A reference that already holds footnotes, headers and links (say, last week's
    brief saved as the house template) must not leak them into the new one."""
    path = tmp_path / "templates" / "reference.docx"
    path.parent.mkdir()
    path.write_bytes(out)
    again = parts(render(sample_briefing, tmp_path))
    first = parts(out)
    for name in ("word/document.xml", "word/footnotes.xml", "word/header1.xml", "word/footer1.xml"):
        assert etree.tostring(again[name]) == etree.tostring(first[name]), name
    assert set(again) == set(first)


@pytest.mark.parametrize("damage", ["not a zip", "broken styles"])
def test_a_broken_reference_names_the_file(sample_briefing, tmp_path, damage):
    path = tmp_path / "templates" / "reference.docx"
    path.parent.mkdir()
    if damage == "not a zip":
        path.write_bytes(b"not a zip")
    else:
        with zipfile.ZipFile(REPO / "templates" / "reference.docx") as src, zipfile.ZipFile(path, "w") as dst:
            for name in src.namelist():
                dst.writestr(name, b"<w:styles" if name == "word/styles.xml" else src.read(name))
    with pytest.raises(RenderError) as info:
        render(sample_briefing, tmp_path)
    assert info.value.path == str(path) and info.value.hint


def test_no_reference_at_all_falls_back_to_a_complete_default(sample_briefing, tmp_path):
    class NoTemplates(Theme):
        def find(self, kind: str, name: str) -> Path | None:
            return None

    out = render_docx(sample_briefing, NoTemplates(tmp_path))
    names = set(style_ids(parts(out)["word/styles.xml"]).values())
    assert {"footnote text", "list bullet", "title", "briefsmith table"} <= names


def test_a_minimal_briefing_renders(tmp_path):
    """Only a title: no summary, actors, sources, date or marking."""
    from briefsmith.model import Briefing

    briefing = Briefing(title="Just a title", date=None, summary=(), sections=(), actors=(), sources=())
    out = render(briefing, tmp_path)
    document = docx.Document(io.BytesIO(out))
    assert [p.text for p in document.paragraphs] == ["Just a title", disclaimer(briefing)]
    tree = parts(out)
    assert list(tree["word/document.xml"].iter(W + "footnoteReference")) == []
    assert text_of(tree["word/header1.xml"]) == "Just a title"
    assert [i.text.strip() for i in tree["word/footer1.xml"].iter(W + "instrText")] == ["PAGE", "NUMPAGES"]


def test_text_xml_cannot_hold_and_unsafe_links_are_dropped(sample_briefing, tmp_path):
    source = dataclasses.replace(sample_briefing.sources[0], url="javascript:alert(1)", title="River\x0b council\x00")
    point = dataclasses.replace(sample_briefing.summary[0], text="Flows fell\x0c by a third.")
    briefing = dataclasses.replace(sample_briefing, sources=(source,), summary=(point,), title="Water\x01 sharing")
    out = render(briefing, tmp_path)
    document = docx.Document(io.BytesIO(out))
    assert document.paragraphs[0].text == "Water sharing"
    assert any(p.text == "Flows fell by a third." for p in document.paragraphs)
    assert document.core_properties.title == "Water sharing"
    tree = parts(out)
    assert not list(tree["word/document.xml"].iter(W + "hyperlink"))
    assert b"javascript" not in etree.tostring(tree["word/_rels/document.xml.rels"])


def test_paper_size_changes_the_page_but_not_the_text_width(sample_briefing, tmp_path):
    a4 = docx.Document(io.BytesIO(render(sample_briefing, tmp_path))).sections[0]
    letter = docx.Document(io.BytesIO(render_docx(sample_briefing, Theme(tmp_path), paper="letter"))).sections[0]
    assert (a4.page_width.twips, a4.page_height.twips) == (11906, 16838)  # the reference's own
    assert (letter.page_width.twips, letter.page_height.twips) == (12240, 15840)

    def text_width(s):
        return s.page_width - s.left_margin - s.right_margin

    assert abs(text_width(letter) - text_width(a4)) <= Pt(0.1)


def test_citations_of_one_source_in_one_point_share_a_note(sample_briefing, tmp_path):
    para1 = sample_briefing.sections[0].points[0].citations[0]  # sentence 1, paragraph 1
    para2 = sample_briefing.summary[0].citations[0]  # sentence 3, paragraph 2
    assert (para1.paragraph, para2.paragraph) == (1, 2)
    stray = dataclasses.replace(para1, source="not-in-sources")
    point = dataclasses.replace(sample_briefing.summary[0], citations=(para2, para1, stray))
    briefing = dataclasses.replace(sample_briefing, summary=(point,))
    tree = parts(render(briefing, tmp_path))
    first = next(p for p in tree["word/document.xml"].iter(W + "p") if text_of(p).startswith(point.text))
    assert text_of(first) == point.text + " (2 sources)"  # two sources back this point
    assert [r.get(W + "id") for r in first.iter(W + "footnoteReference")] == ["1", "2"]
    notes = {n.get(W + "id"): text_of(n) for n in tree["word/footnotes.xml"].iter(W + "footnote")}
    assert "paras. 1\u20132" in notes["1"] and "Jane Doe" in notes["1"]
    assert "not-in-sources" in notes["2"] and "para. 1" in notes["2"]
