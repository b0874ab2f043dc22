"""Editor.may_name is a cheap test the question composer reads before a unit's fix: it must
hold of every unit whose fix names what a word stands for (a "referent" mark), or questions
would silently lose their names. Checked over the repository's records, one brief of all."""

from __future__ import annotations

from pathlib import Path

from briefsmith.engines.extractive.compose import Composer
from briefsmith.records import read_article
from briefsmith.workspace.spec import BriefSpec

REPO = Path(__file__).resolve().parent.parent


def test_every_unit_whose_fix_names_someone_may_name() -> None:
    paths = [*REPO.glob("seeds/*"), *(REPO / "tests" / "fixtures" / "records").iterdir()]
    articles = [read_article(p) for p in sorted(paths) if p.suffix in {".txt", ".md", ".json"}]
    composer = Composer(articles, BriefSpec(title="All records", sources=["x.md"]))
    editor, named, skipped = composer.editor, 0, 0
    for i in range(len(composer.units)):
        fix = editor.fix(i)
        names = bool(fix and any(m.kind == "referent" for m in fix.marks))
        assert editor.may_name(i) or not names, composer.units[i].text
        named += names
        skipped += not editor.may_name(i)
    assert named and skipped  # both kinds of sentence occur
