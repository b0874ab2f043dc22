"""Links and FIFOs in every input folder, and in out/: the build never hangs, never lets a
byte from outside the workspace into an output, and says in one line which file it
refused. Each case is a fresh workspace; the cases run a few at a time."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from .kit import (
    ARTICLE,
    FAST,
    MARK,
    assert_clean,
    assert_no_outside_bytes,
    assert_one_line_error,
    brief_yaml,
    in_parallel,
    run,
)

REPO = Path(__file__).resolve().parents[2]


def _workspace(base: Path, name: str) -> tuple[Path, Path]:
    """A fresh workspace `base/name/ws` with one brief `p`, and its outside folder."""
    ws = base / name / "ws"
    (ws / "seeds").mkdir(parents=True)
    (ws / "briefs").mkdir()
    (ws / "seeds" / "pilots.md").write_text(ARTICLE)
    (ws / "briefs" / "p.yaml").write_text(brief_yaml())
    outside = base / name / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(f"{MARK}\n")
    (outside / "secret.css").write_text(f'body::after {{ content: "{MARK}" }}\n')
    (outside / "theme").mkdir()
    (outside / "theme" / "brief.html").write_text(f"<html><body>{MARK}</body></html>\n")
    (outside / "secret.md").write_text(ARTICLE.replace("Tomas Brandt", MARK))
    (outside / "spec.yaml").write_text(brief_yaml(title=MARK))
    return ws, outside


def _fifo(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)


def _link(path: Path, target: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to(target)


def _page(outside: Path) -> Path:
    return outside / "theme" / "brief.html"


def _cited(ws: Path, make: Callable[[Path], object]) -> None:
    """A hostile seeds/x.md, which the brief then cites."""
    make(ws / "seeds" / "x.md")
    (ws / "briefs" / "p.yaml").write_text(brief_yaml(source="seeds/x.md"))


# Each case: (name, set-up(ws, outside), the file the error must name).
Setup = Callable[[Path, Path], None]
REFUSED: list[tuple[str, Setup, str]] = [
    ("seed links out", lambda ws, o: _cited(ws, lambda p: _link(p, o / "secret.md")), "seeds/x.md"),
    ("seed is a FIFO", lambda ws, o: _cited(ws, _fifo), "seeds/x.md"),
    ("seed links to /dev/zero", lambda ws, o: _cited(ws, lambda p: _link(p, Path("/dev/zero"))), "seeds/x.md"),
    ("seed is a folder", lambda ws, o: _cited(ws, lambda p: p.mkdir()), "seeds/x.md"),
    ("spec links out", lambda ws, o: _link(ws / "briefs" / "x.yaml", o / "spec.yaml"), "briefs/x.yaml"),
    ("spec is a FIFO", lambda ws, o: _fifo(ws / "briefs" / "x.yaml"), "briefs/x.yaml"),
    (
        "template links out",
        lambda ws, o: _link(ws / "templates" / "brief.html", _page(o)),
        "brief.html",
    ),
    ("template is a FIFO", lambda ws, o: _fifo(ws / "templates" / "brief.html"), "brief.html"),
    (
        "macros link out",
        lambda ws, o: _link(ws / "templates" / "macros.jinja", _page(o)),
        "macros.jinja",
    ),
    ("templates/ links out", lambda ws, o: _link(ws / "templates", o / "theme"), "templates"),
    ("stylesheet links out", lambda ws, o: _link(ws / "styles" / "screen.css", o / "secret.css"), "screen.css"),
    ("stylesheet is a FIFO", lambda ws, o: _fifo(ws / "styles" / "custom.css"), "custom.css"),
    ("styles/ links out", lambda ws, o: _link(ws / "styles", o), "styles"),
    ("reference links out", lambda ws, o: _link(ws / "templates" / "reference.docx", o / "secret.txt"), "reference"),
    ("reference is a FIFO", lambda ws, o: _fifo(ws / "templates" / "reference.docx"), "reference.docx"),
    ("config links out", lambda ws, o: _link(ws / "briefsmith.yaml", o / "spec.yaml"), "briefsmith.yaml"),
    ("config is a FIFO", lambda ws, o: _fifo(ws / "briefsmith.yaml"), "briefsmith.yaml"),
    ("output is a folder", lambda ws, o: (ws / "out" / "p.html").mkdir(parents=True), "out/p.html"),
    ("output is a FIFO", lambda ws, o: _fifo(ws / "out" / "p.json"), "out/p.json"),
    ("output links out", lambda ws, o: _link(ws / "out" / "p.docx", o / "secret.txt"), "out/p.docx"),
    ("manifest is a FIFO", lambda ws, o: _fifo(ws / "out" / "manifest.json"), "manifest.json"),
    ("manifest links out", lambda ws, o: _link(ws / "out" / "manifest.json", o / "secret.txt"), "manifest.json"),
    ("manifest is a folder", lambda ws, o: (ws / "out" / "manifest.json").mkdir(parents=True), "manifest.json"),
    ("journal is a FIFO", lambda ws, o: _fifo(ws / "out" / ".manifest.journal"), ".manifest.journal"),
    ("out/ links out", lambda ws, o: _link(ws / "out", o), "ws/out:"),
    ("out/.briefsmith/ links out", lambda ws, o: _link(ws / "out" / ".briefsmith", o), "out/.briefsmith"),
]


def test_links_and_fifos_in_every_input_folder_are_refused_by_name(tmp_path: Path) -> None:
    def case(i: int, setup: Setup, named: str) -> Callable[[], None]:
        def body() -> None:
            ws, outside = _workspace(tmp_path, f"c{i}")
            before = {p: p.read_bytes() for p in outside.rglob("*") if p.is_file()}
            setup(ws, outside)
            formats = FAST if "reference" in named or ".docx" in named else "html,json"  # docx only where needed
            result = run(ws, "build", "--format", formats, timeout=45)
            assert_one_line_error(result, named)
            assert_no_outside_bytes(ws / "out")
            after = {p: p.read_bytes() for p in outside.rglob("*") if p.is_file()}
            assert after == before, "a file outside the workspace was changed"

        return body

    in_parallel([(name, case(i, setup, named)) for i, (name, setup, named) in enumerate(REFUSED)])


def test_check_never_hangs_on_a_fifo(hws: Path) -> None:
    _fifo(hws / "seeds" / "x.md")
    _fifo(hws / "briefs" / "y.yaml")
    (hws / "briefs" / "z.yaml").write_text(brief_yaml(source="seeds/x.md"))
    result = run(hws, "check", timeout=30)
    assert result.code == 1 and "Traceback" not in result.text
    assert "briefs/y.yaml" in result.err and "seeds/x.md" in result.err
    assert all(line.startswith("Error:") for line in result.err.splitlines()), result.err


def test_links_that_stay_inside_the_workspace_are_fine(hws: Path) -> None:
    """Refusing links *out* must not refuse a workspace organised with links inside it."""
    (hws / "archive").mkdir()
    shutil.move(hws / "seeds" / "pilots.md", hws / "archive" / "pilots.md")
    (hws / "seeds" / "pilots.md").symlink_to(hws / "archive" / "pilots.md")
    (hws / "mytemplates").mkdir()
    (hws / "templates").symlink_to(hws / "mytemplates")
    result = run(hws, "build", "--format", FAST)
    assert result.code == 0, result.text
    assert_clean(hws)


def test_a_manifest_naming_hostile_inputs_never_hangs_or_reads_them(hws: Path, tmp_path: Path) -> None:
    assert run(hws, "build", "--format", FAST).code == 0
    os.mkfifo(hws / "seeds" / "pipe")
    manifest = hws / "out" / "manifest.json"
    doc = json.loads(manifest.read_text())
    doc["briefs"]["pilots"]["inputs"].update(
        {"/dev/zero": "0" * 64, "../../outside/secret.txt": "0" * 64, "seeds/pipe": "0" * 64, "/etc/hostname": "0" * 64}
    )
    manifest.write_text(json.dumps(doc))
    result = run(hws, "build", "--format", FAST, timeout=45)
    # Not up to date (its record names files it cannot check), so built again, from its spec.
    assert result.code == 0 and "built" in result.out, result.text
    assert_clean(hws)


def test_a_template_including_a_file_that_links_out_is_refused(hws: Path, outside: Path) -> None:
    templates = hws / "templates"
    templates.mkdir()
    (templates / "extra.html").symlink_to(outside / "secret.txt")
    text = (REPO / "templates" / "brief.html").read_text()
    (templates / "brief.html").write_text(text.replace("<body", "{% include 'extra.html' %}<body", 1))
    result = run(hws, "build", "--format", "html,json")
    assert_one_line_error(result, "extra.html")
    assert_no_outside_bytes(hws / "out")


def test_a_stylesheet_importing_a_file_outside_is_refused_in_the_pdf(hws: Path, outside: Path) -> None:
    styles = hws / "styles"
    styles.mkdir()
    (styles / "custom.css").write_text(f'@import url("{(outside / "secret.css").as_uri()}");\n')
    (styles / "fonts").mkdir()
    (styles / "fonts" / "evil.ttf").symlink_to(outside / "secret.txt")
    result = run(hws, "build", "--format", "pdf,html")
    assert result.code == 0, result.text
    assert "refused to fetch" in result.out
    assert_no_outside_bytes(hws / "out")
