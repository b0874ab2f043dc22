"""bench/extra_labels.py: our own training labels hold no article text, and a label is used
only while its sentence's words are the ones it was made on."""

from __future__ import annotations

import csv
import importlib.util
import json
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
STORY = (
    "(CNN)Harbour workers in Port Vell walked out on Monday over a pay dispute. "
    "The port authority said talks would resume next week. "
    "Marta Quell, who leads the union, said the strike would go on."
)


def bench():  # noqa: ANN201 - a script module, loaded by path
    spec = importlib.util.spec_from_file_location("extra_labels", REPO / "bench" / "extra_labels.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def write_csv(path: Path, story: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.DictWriter(fh, fieldnames=["article", "highlights", "id"])
        out.writeheader()
        out.writerow({"article": story, "highlights": "Port workers strike .\nTalks next week .", "id": "ab" * 20})


def labels_for(module, tmp: Path, story: str) -> Path:  # noqa: ANN001
    sentences = [s.strip() for s in re.split(r"(?<=\.) ", story)]
    folder = tmp / "labels"
    folder.mkdir()
    record = {
        "id": "cnn-" + "ab" * 6,
        "date": None,
        "sentences": [
            {"n": n, "digest": module.digest(text), "section": "background", "also": [], "worth": 1}
            for n, text in enumerate(sentences, start=1)
        ],
        "bottom_line": [{"sentences": [1]}],
    }
    (folder / f"{record['id']}.json").write_text(json.dumps(record))
    return folder


def test_labels_align_with_the_text_they_were_made_on(tmp_path: Path) -> None:
    module = bench()
    write_csv(tmp_path / "stories.csv", STORY)
    labels = labels_for(module, tmp_path, STORY)
    [(folder, lost)] = list(module.materialise(tmp_path / "stories.csv", tmp_path / "out", labels))
    assert lost == 0
    assert (folder / "article.txt").read_text().startswith("Port workers strike\n\n(CNN)Harbour workers")
    kept = json.loads((folder / "labels.json").read_text())["sentences"]
    assert [s["n"] for s in kept] == [1, 2, 3] and "digest" not in kept[0]


def test_a_sentence_whose_words_changed_loses_its_label(tmp_path: Path) -> None:
    module = bench()
    labels = labels_for(module, tmp_path, STORY)
    write_csv(tmp_path / "stories.csv", STORY.replace("next week", "on Friday"))
    [(folder, lost)] = list(module.materialise(tmp_path / "stories.csv", tmp_path / "out", labels))
    assert lost == 1
    assert [s["n"] for s in json.loads((folder / "labels.json").read_text())["sentences"]] == [1, 3]


def test_the_digest_ignores_quote_marks_and_spacing_only() -> None:
    module = bench()
    assert module.digest("He said “no”  today.") == module.digest('He said "no" today')
    assert module.digest("He said no today.") != module.digest("He said yes today.")


def test_shipped_label_files_hold_no_article_text() -> None:
    files = sorted((REPO / "bench" / "labels").rglob("cnn-*.json"))
    files = [f for f in files if f.parent.name != "dev"]
    assert len(files) >= 40  # the trained ones and the untrained/ ones
    for file in files:
        record = json.loads(file.read_text(encoding="utf-8"))
        assert set(record) <= {"id", "source", "date", "labelled_by", "sentences", "bottom_line"}, file.name
        for s in record["sentences"]:
            assert set(s) == {"n", "digest", "section", "also", "worth"}, file.name
            assert re.fullmatch(r"[0-9a-f]{12}", s["digest"]), file.name
        assert all(set(b) == {"sentences"} for b in record["bottom_line"]), file.name


def test_a_missing_csv_is_one_line_naming_it(tmp_path: Path) -> None:
    module = bench()
    try:
        list(module.materialise(tmp_path / "absent.csv", tmp_path / "out"))
    except SystemExit as stop:
        assert str(stop).startswith(f"{tmp_path / 'absent.csv'}: no such file") and "\n" not in str(stop)
    else:
        raise AssertionError("a missing CSV must stop with a message")


SPAN = {"at", "len", "digest"}


def test_the_dev_labels_hold_names_and_spans_but_no_article_text() -> None:
    """bench/labels/dev: full labels, where every run of the article's words (a role, a referent,
    a relative time) is a span and a digest, and the only other words are names."""
    files = sorted((REPO / "bench" / "labels" / "dev").glob("cnn-*.json"))
    assert len(files) >= 20
    for file in files:
        record = json.loads(file.read_text(encoding="utf-8"))
        assert set(record) <= {
            "id",
            "source",
            "date",
            "labelled_by",
            "sentences",
            "actors",
            "not_actors",
            "open_questions",
            "bottom_line",
        }, file.name
        for s in record["sentences"]:
            assert {"n", "digest", "section", "also", "worth"} <= set(s), file.name
            assert set(s) <= {
                "n",
                "digest",
                "section",
                "also",
                "worth",
                "standalone",
                "referent",
                "speaker",
                "relative_time",
                "resolved_time",
            }, file.name
            for key in ("referent", "relative_time"):
                assert s.get(key) is None or set(s[key]) == SPAN, file.name
            speaker = s.get("speaker")
            assert speaker is None or (set(speaker) == SPAN if isinstance(speaker, dict) else len(speaker.split()) <= 6)
        for a in record["actors"]:
            assert set(a) == {"name", "kind", "role", "aliases", "central"}, file.name
            assert a["role"] is None or set(a["role"]) == SPAN, file.name
            assert len(a["name"].split()) <= 12, file.name
        assert all(len(n.split()) <= 12 for n in record["not_actors"]), file.name
        assert all(set(q) == {"sentences"} for q in record["open_questions"] + record["bottom_line"]), file.name


def test_a_span_reads_back_only_while_the_text_holds_its_words() -> None:
    module = bench()
    text = "The minister, a former judge, resigned on Tuesday."
    span = module.quote_span("a former judge", text)
    assert set(span) == SPAN and module.quoted_back({"role": span}, text) == {"role": "a former judge"}
    assert module.quoted_back({"role": span}, text.replace("judge", "major")) == {"role": None}
    assert module.quote_span("a retired judge", text) is None


def test_labels_of_sentences_the_splitter_now_joins_follow_the_new_numbers(tmp_path: Path) -> None:
    """Labels made when "Spc." ended a sentence: the fragment and its sentence are one now; the
    joined sentence keeps the worthier label and every later number (a bottom line's too) moves."""
    module = bench()
    story = STORY.replace("Marta Quell, who", "Spc. Marta Quell, who")
    labels = labels_for(module, tmp_path, story)  # splits after "Spc." as an older splitter did
    file = next(labels.glob("*.json"))
    record = json.loads(file.read_text())
    assert [s["n"] for s in record["sentences"]] == [1, 2, 3, 4]
    record["sentences"][2]["worth"] = 0  # "Spc." alone is worth nothing
    record["sentences"][3]["worth"] = 2
    record["bottom_line"] = [{"sentences": [1, 4]}]
    file.write_text(json.dumps(record))
    write_csv(tmp_path / "stories.csv", story)
    [(folder, lost)] = list(module.materialise(tmp_path / "stories.csv", tmp_path / "out", labels))
    assert lost == 0
    full = json.loads((folder / "labels.json").read_text())
    assert [(s["n"], s["worth"]) for s in full["sentences"]] == [(1, 1), (2, 1), (3, 2)]
    assert full["bottom_line"] == [{"sentences": [1, 3]}]
