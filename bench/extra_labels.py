"""More labelled articles for the sentence classifier, kept without their text.

    python bench/extra_labels.py --csv PATH            # check every label file aligns
    python bench/train_sections.py --cv --extra PATH   # train with them (never held out)

`bench/labels/*.json` are our own sentence labels (GUIDE.md's standard: section, also,
worth, bottom line) on CNN stories from the public CNN/Daily Mail CSV that the labelled
evaluation set came from (`SOURCE` below). A label file holds no article text: each
sentence is named by its number and a digest of its words, so the labels are checked
against the text they were made on. When the splitter changes (an abbreviation that no
longer ends a sentence), `realign` renumbers the labels by their digests; a sentence now
made of two labelled ones takes the label of the worthier, and one that cannot be placed is
left out rather than mislabelled. The text is read at training time from that CSV, which the
user supplies (`--csv`; it is public, pinned to one commit below).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from briefsmith.records import read_article

LABELS = Path(__file__).resolve().parent / "labels"
SOURCE = {
    "repo": "hillaryke/rag-optimization-cnn-dailymail",
    "commit": "03d05440507618d6bec073b46543696e5a47df20",
    "path": "data/collection/cnn_dailymail_validation_subset.csv",
}


def digest(text: str) -> str:
    """The words of a sentence, as a short digest (quote marks and spacing do not count)."""
    words = re.sub(r"[\W_]+", " ", text.lower()).split()
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()[:12]


def article_text(row: dict[str, str]) -> str:
    """The record as the labelled set writes it: the first highlight as title, then the story."""
    highlights = [h.strip() for h in row["highlights"].split("\n") if h.strip()]
    return highlights[0].rstrip(" .") + "\n\n" + row["article"].strip() + "\n"


def read_csv(path: Path) -> dict[str, dict[str, str]]:
    csv.field_size_limit(1 << 24)  # whole stories in one field
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["id"][:12]: row for row in csv.DictReader(fh)}


def materialise(csv_path: Path, out: Path, labels: Path = LABELS) -> Iterator[tuple[Path, int]]:
    """Write one folder per label file (article.txt, sentences.json, labels.json, as the
    labelled set has them) under `out`; yields each folder and how many labels did not align."""
    if not csv_path.is_file():
        raise SystemExit(f"{csv_path}: no such file (it is {SOURCE['path']} of {SOURCE['repo']})")
    rows = read_csv(csv_path)
    for file in sorted(labels.glob("cnn-*.json")):
        lab = json.loads(file.read_text(encoding="utf-8"))
        row = rows.get(lab["id"].removeprefix("cnn-"))
        if row is None:
            raise SystemExit(f"{file.name}: story {lab['id']} is not in {csv_path}")
        folder = out / lab["id"]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "article.txt").write_text(article_text(row), encoding="utf-8")
        article = read_article(folder / "article.txt", source_id=lab["id"])
        moved = realign(lab["sentences"], [digest(s.text) for s in article.sentences])
        kept = _renumbered(lab["sentences"], moved)
        lab = {**lab, **{k: _moved_refs(lab[k], moved) for k in ("open_questions", "bottom_line") if k in lab}}
        sentences = [{"n": s.number, "paragraph": s.paragraph, "text": s.text} for s in article.sentences]
        (folder / "sentences.json").write_text(json.dumps({"id": lab["id"], "sentences": sentences}), encoding="utf-8")
        plain = [{k: v for k, v in s.items() if k != "digest"} for s in kept]
        text = (folder / "article.txt").read_text(encoding="utf-8")
        full = quoted_back({**lab, "sentences": plain}, text)
        (folder / "labels.json").write_text(json.dumps(full), encoding="utf-8")
        yield folder, len(lab["sentences"]) - len(kept) - _merged(moved)


def realign(labels: list[dict], digests: list[str]) -> dict[int, int]:
    """Each label's sentence number in today's split (numbered from 1): by digest where the
    sentence is unchanged; between two such anchors, the labels of a gap of several sentences
    that is now one all go to it (sentences the splitter now joins). A sentence whose words
    changed, and any other, is not placed."""
    anchors: list[tuple[int, int]] = [(0, 0)]
    for label in labels:
        after = anchors[-1][1]
        hit = next((i + 1 for i in range(after, len(digests)) if digests[i] == label["digest"]), None)
        if hit is not None:
            anchors.append((label["n"], hit))
    anchors.append((max((x["n"] for x in labels), default=0) + 1, len(digests) + 1))
    moved = {old: new for old, new in anchors[1:-1]}
    for (old_a, new_a), (old_b, new_b) in zip(anchors, anchors[1:], strict=False):
        if new_b - new_a == 2 and old_b - old_a > 2:  # one sentence now holds the gap's labels
            moved.update({old: new_a + 1 for old in range(old_a + 1, old_b)})
    return moved


def _merged(moved: dict[int, int]) -> int:
    """How many labels went into a sentence another label also went into."""
    return len(moved) - len(set(moved.values()))


def _renumbered(labels: list[dict], moved: dict[int, int]) -> list[dict]:
    """The placed labels under their new numbers; of labels joined in one sentence, the
    worthiest (the fragment an abbreviation cut off is labelled worth 0)."""
    best: dict[int, dict] = {}
    for label in labels:
        new = moved.get(label["n"])
        if new is not None and (new not in best or label.get("worth", 0) > best[new].get("worth", 0)):
            best[new] = {**label, "n": new}
    return [best[n] for n in sorted(best)]


def _moved_refs(items: list[dict], moved: dict[int, int]) -> list[dict]:
    """Questions and bottom-line facts naming sentences by number, renumbered."""
    return [
        {**item, "sentences": sorted({moved[n] for n in item.get("sentences", []) if n in moved})} for item in items
    ]


def quote_span(words: str, text: str) -> dict[str, object] | str | None:
    """A label's words that are the article's own (a role "as the text states it", a referent,
    a relative time) as where they stand in it and a digest: no article text in the label."""
    at = text.find(words)
    if at < 0:
        return None  # not the article's words verbatim: left out rather than kept as text
    return {"at": at, "len": len(words), "digest": digest(words)}


def quoted_back(value: object, text: str) -> object:
    """The label with each span `quote_span` made read back from the article's text (None
    where the text no longer holds those words)."""
    if isinstance(value, dict):
        if set(value) == {"at", "len", "digest"}:
            words = text[value["at"] : value["at"] + value["len"]]
            return words if digest(words) == value["digest"] else None
        return {k: quoted_back(v, text) for k, v in value.items()}
    if isinstance(value, list):
        return [quoted_back(v, text) for v in value]
    return value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--csv", type=Path, required=True, help=f"{SOURCE['path']} from {SOURCE['repo']}")
    parser.add_argument("--labels", type=Path, default=LABELS, help="label files (default: bench/labels)")
    parser.add_argument("--out", type=Path, help="write the training folders here (default: a temporary folder)")
    args = parser.parse_args()
    total = 0
    out = args.out or Path(tempfile.mkdtemp(prefix="briefsmith-extra-"))
    for folder, lost in materialise(args.csv, out, args.labels):
        total += lost
        print(f"{folder.name}: {'aligned' if not lost else f'{lost} sentences no longer align'}")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
