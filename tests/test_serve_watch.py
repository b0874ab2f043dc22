"""The preview's poller: a save is seen once it has settled, a rename-save too, and a file made
and removed again between two polls still changes its folder's stamp."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from briefsmith.preview.watch import Poller, differences, scan


def test_scan_sees_files_and_folders_but_not_hidden_or_out(tmp_path: Path) -> None:
    for rel in ("briefs/a.yaml", "seeds/deep/b.md", "seeds/.hidden/c.md", "seeds/out/d.md", "briefs/.e.yaml~"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    found = scan([tmp_path / "briefs", tmp_path / "seeds"], [tmp_path / "briefsmith.yaml"])
    names = {p.relative_to(tmp_path).as_posix() for p in found}
    assert {"briefs/a.yaml", "seeds/deep/b.md", "seeds", "seeds/deep", "briefs"} <= names
    assert not any(".hidden" in n or "/out" in n for n in names)
    assert "briefsmith.yaml" not in names  # named, but not there


def test_a_rename_save_and_a_come_and_go_are_changes(tmp_path: Path) -> None:
    spec = tmp_path / "briefs" / "a.yaml"
    spec.parent.mkdir()
    spec.write_text("title: A\n")
    before = scan([spec.parent], [])
    temp = spec.with_name(".a.yaml.tmp")
    temp.write_text("title: A\n")  # same size, same words: only the inode tells
    os.replace(temp, spec)
    after = scan([spec.parent], [])
    assert spec in differences(before, after)
    gone = spec.with_name("b.yaml")
    gone.write_text("x")
    gone.unlink()
    assert spec.parent in differences(after, scan([spec.parent], []))


def test_the_poller_reports_a_save_once_and_stops(tmp_path: Path) -> None:
    spec = tmp_path / "a.yaml"
    spec.write_text("one")
    poller = Poller(lambda: ([tmp_path], []))
    seen: list[set[Path]] = []
    thread = threading.Thread(target=lambda: seen.append(poller.changes()))
    thread.start()
    time.sleep(0.2)
    spec.write_text("two, longer")
    thread.join(10)
    assert seen and spec in seen[0]
    stopper = threading.Timer(0.2, poller.stop)
    stopper.start()
    assert poller.changes() == set()  # nothing changed: returns empty once stopped
