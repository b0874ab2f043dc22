"""The DOCX as a package: a schema-ish check (well-formed parts, relationships that
resolve, content types for every part, footnote ids that pair up), run on a rendered
briefing and on the packaged reference document."""

from __future__ import annotations

import io
import posixpath
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from briefsmith.render import docx_fonts
from briefsmith.render.docx import render_docx
from briefsmith.render.docx_reference import build_reference
from briefsmith.render.docx_styles import STYLES
from briefsmith.workspace.theme import Theme

REPO = Path(__file__).resolve().parent.parent
REFERENCE = REPO / "templates" / "reference.docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _rels_name(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def package_problems(data: bytes) -> list[str]:
    """What Word would choke on, found without Word."""
    problems: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = zf.namelist()
        parts = {n: zf.read(n) for n in names}
    if names[0] != "[Content_Types].xml":
        problems.append("[Content_Types].xml is not the first entry")
    trees = {}
    for name, blob in parts.items():
        if name.endswith((".xml", ".rels")):
            try:
                trees[name] = etree.fromstring(blob)
            except etree.XMLSyntaxError as exc:
                problems.append(f"{name}: not well-formed: {exc}")
    types = trees["[Content_Types].xml"]
    defaults = {d.get("Extension").lower() for d in types.iter(CT_NS + "Default")}
    overrides = {o.get("PartName").lstrip("/") for o in types.iter(CT_NS + "Override")}
    for name in parts:
        if name != "[Content_Types].xml" and name not in overrides and name.rsplit(".", 1)[-1].lower() not in defaults:
            problems.append(f"{name}: no content type")
    for name in overrides - set(parts):
        problems.append(f"content type for a missing part {name}")
    for name in [n for n in parts if n.endswith(".rels")]:
        source_dir = posixpath.dirname(posixpath.dirname(name))
        source = posixpath.join(source_dir, posixpath.basename(name)[: -len(".rels")])
        rel_ids = set()
        for rel in trees[name].iter(REL_NS + "Relationship"):
            rel_ids.add(rel.get("Id"))
            if rel.get("TargetMode") == "External":
                continue
            target = posixpath.normpath(posixpath.join(source_dir, rel.get("Target"))).lstrip("/")
            if target not in parts:
                problems.append(f"{name}: {rel.get('Id')} points at missing {target}")
        if source in trees:
            used = {v for el in trees[source].iter() for k, v in el.attrib.items() if k.startswith(f"{{{R_NS}}}")}
            problems += [f"{source}: r:id {u} not in {name}" for u in sorted(used - rel_ids)]
    for name, tree in trees.items():  # a part using r:ids must have a rels file
        if name.endswith(".xml") and _rels_name(name) not in parts:
            if any(k.startswith(f"{{{R_NS}}}") for el in tree.iter() for k in el.attrib):
                problems.append(f"{name}: uses r:id but has no relationships")
    if "word/footnotes.xml" in trees:
        notes = {n.get(W + "id") for n in trees["word/footnotes.xml"].iter(W + "footnote") if n.get(W + "type") is None}
        refs = [r.get(W + "id") for r in trees["word/document.xml"].iter(W + "footnoteReference")]
        if sorted(refs) != sorted(notes) or len(refs) != len(set(refs)):
            problems.append(f"footnote references {sorted(refs)} != footnotes {sorted(notes)}")
    return problems


@pytest.fixture
def rendered(sample_briefing, tmp_path, monkeypatch) -> bytes:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1710000000")
    return render_docx(sample_briefing, Theme(tmp_path))


def test_rendered_package_is_consistent(rendered):
    assert package_problems(rendered) == []


def test_reference_package_is_consistent():
    assert package_problems(REFERENCE.read_bytes()) == []


def test_validator_finds_a_dangling_relationship(rendered):
    """The check itself must bite: drop the footnotes part and it must complain."""
    src = zipfile.ZipFile(io.BytesIO(rendered))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for info in src.infolist():
            if info.filename != "word/footnotes.xml":
                zf.writestr(info, src.read(info))
    problems = package_problems(out.getvalue())
    assert any("missing word/footnotes.xml" in p for p in problems)


def test_reference_defines_every_style_and_nothing_of_python_docx():
    document = docx.Document(str(REFERENCE))
    names = {s.name.casefold() for s in document.styles}
    assert {s.name.casefold() for s in STYLES} <= names
    with zipfile.ZipFile(REFERENCE) as zf:
        assert not [n for n in zf.namelist() if "thumbnail" in n or n.startswith("customXml")]
        for name in zf.namelist():
            assert b"python-docx" not in zf.read(name), name
    props = document.core_properties
    assert props.author == "" and props.comments == "" and props.last_modified_by == "Briefsmith"


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def test_committed_reference_is_what_the_generator_makes():
    """templates/reference.docx is generated, not hand-edited: regenerate and compare
    part by part (zip bytes could differ between zlib versions)."""

    committed = parts(REFERENCE.read_bytes())
    # Its embedded fonts are checked below (subsetting them again takes ten seconds).
    fonts = docx_fonts.embedded(committed)
    assert parts(build_reference(fonts=fonts)) == committed, (
        "run: SOURCE_DATE_EPOCH=0 python -m briefsmith.render.docx_reference templates/reference.docx"
    )


def test_committed_reference_embeds_subsets_of_the_bundled_fonts():
    """Each embedded font is one of styles/fonts/, cut to the characters docx_fonts keeps,
    under the key its own bytes give (so regenerating gives the same file)."""
    from fontTools.ttLib import TTFont

    fonts = docx_fonts.embedded(parts(REFERENCE.read_bytes()))
    assert sorted(fonts) == sorted(docx_fonts.BUNDLED)
    keep = {c for lo, hi in docx_fonts.SUBSET_RANGES for c in range(lo, hi + 1)}
    for family, faces in docx_fonts.BUNDLED.items():
        assert [element for element, _, _ in fonts[family]] == [element for element, _ in faces]
        for (_, key, data), (_, file) in zip(fonts[family], faces, strict=True):
            plain = docx_fonts.obfuscate(data, key)
            assert docx_fonts.font_key(plain) == key
            path = REPO / "styles" / "fonts" / file
            font, full = TTFont(io.BytesIO(plain)), TTFont(path)
            assert font["name"].getDebugName(4) == full["name"].getDebugName(4)
            assert set(font.getBestCmap()) == set(full.getBestCmap()) & keep
            assert "fpgm" not in font and len(plain) < path.stat().st_size  # no hinting, fewer glyphs
