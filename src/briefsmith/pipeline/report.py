"""How a build report reads: a short table for people, JSON for machines. Both say the same
things: a kept file's reason and what to do about it is in the JSON too, not only on stderr."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from briefsmith.out.manifest import MANIFEST
from briefsmith.pipeline.results import BriefResult, BuildReport


def kept_notes(report: BuildReport, r: BriefResult) -> list[str]:
    """For each output a person edited and the build kept: why, and what to do about it."""
    notes = []
    reasons = r.kept_why or tuple(f"{file}: changed since Briefsmith wrote it" for file in r.kept)
    for file, why in zip(r.kept, reasons, strict=True):
        if file == f"{r.name}.docx":  # its edits can go into the brief (not NAME-changes.docx)
            path = shown_path(report.out / file)
            advice = f"run 'briefsmith pull {path}' to keep your edits, or pass --force to discard them"
        else:
            advice = "rename it to keep your edits and rebuild, or pass --force to overwrite it"
        notes.append(f"{why}, so it was kept; {advice}")
    return notes


def empty_shard_note(report: BuildReport) -> str | None:
    """What an empty share of a CI matrix says (it still writes a valid, empty manifest)."""
    if report.results or report.shard is None:
        return None
    i, n = report.shard
    many = f"{report.briefs} brief{'s' if report.briefs != 1 else ''}"
    return f"shard {i}/{n} has no briefs ({many} over {n} shards); {shown_path(report.out / MANIFEST)} lists none"


def report_dict(report: BuildReport) -> dict[str, Any]:
    return {
        "out": str(report.out),
        "ok": not report.failed,
        "counts": report.counts(),
        "shard": f"{report.shard[0]}/{report.shard[1]}" if report.shard else None,
        "note": empty_shard_note(report),
        "machine_notes": list(report.machine_notes),
        "briefs": [
            {
                "name": r.name,
                "spec": r.spec,
                "status": r.status,
                "seconds": round(r.seconds, 3),
                "files": list(r.files),
                "kept": list(r.kept),
                "notes": kept_notes(report, r),
                "warnings": list(r.warnings),
                "error": r.error,
            }
            for r in report.results
        ],
    }


def report_json(report: BuildReport) -> str:
    return json.dumps(report_dict(report), indent=2, ensure_ascii=False)


def result_line(r: BriefResult) -> str:
    detail = {
        "built": ", ".join(r.files),
        "skipped": "up to date",
        "kept": f"kept edited {', '.join(r.kept)}",
        "failed": r.error or "",
    }[r.status]
    return f"{r.status:<8} {r.name:<28} {r.seconds:6.2f}s  {detail}"


def shown_path(path: Path) -> str:
    """As the person would type it: relative to the current folder when below it."""
    relative = os.path.relpath(path)
    return path.as_posix() if relative.startswith("..") else Path(relative).as_posix()


def report_table(report: BuildReport) -> list[str]:
    lines = [result_line(r) for r in report.results]
    for r in report.results:
        lines += [f"warning: {r.name}: {w}" for w in r.warnings]
        lines += [f"note: {r.name}: {note}" for note in kept_notes(report, r)]
    lines += [f"note: {note}" for note in report.machine_notes]
    empty = empty_shard_note(report)
    if empty:
        lines.append(f"{empty} -> {report.out}")
    else:
        counts = report.counts()
        summary = ", ".join(f"{n} {k}" for k, n in counts.items() if n)
        lines.append(f"{summary} -> {report.out}")
    if report.strict and not any(r.status in ("failed", "kept") for r in report.results) and report.failed:
        lines.append("failed: --strict and there were warnings")
    return lines
