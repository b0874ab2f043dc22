"""Records that are not articles, or are articles in a form that tries to hurt:
each is read correctly or refused with a RecordError naming the file — never a crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefsmith.errors import RecordError
from briefsmith.records import MAX_BYTES, read_article

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "moscow-times-russia-taliban.txt"
TEXT = "Harbour news\n\nThe ferry left at noon. It came back at six.\n"


def refused(path: Path, match: str) -> RecordError:
    with pytest.raises(RecordError, match=match) as info:
        read_article(path)
    assert info.value.path == str(path)
    assert "\n" not in info.value.one_line()
    return info.value


@pytest.mark.parametrize("data", [b"", b"   \n\n\t \n", b"\xef\xbb\xbf"])
def test_empty_files(tmp_path: Path, data: bytes) -> None:
    (tmp_path / "empty.txt").write_bytes(data)
    refused(tmp_path / "empty.txt", "empty file|no article text")


@pytest.mark.parametrize(
    "data, match",
    [
        (b"Title\n\nSome \x00 text with a NUL byte.\n", "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"PK\x03\x04" + b"\x00" * 40, "ZIP"),
        (bytes(range(1, 32)) * 50, "binary"),
    ],
)
def test_binary_files(tmp_path: Path, data: bytes, match: str) -> None:
    for name in ("x.txt", "x.md", "x.json"):
        (tmp_path / name).write_bytes(data)
        refused(tmp_path / name, match)


@pytest.mark.parametrize(
    "encoding, data",
    [
        ("utf-8", "Zürich talks\n\nThe mayor of Zürich met “rivals” – again.\n".encode()),
        ("utf-8-sig", "Zürich talks\n\nThe mayor of Zürich met “rivals” – again.\n".encode("utf-8-sig")),
        ("utf-16 (BOM)", "Zürich talks\n\nThe mayor of Zürich met “rivals” – again.\n".encode("utf-16")),
        ("utf-16-be", b"\xfe\xff" + "Zürich talks\n\nThe mayor of Zürich met “rivals” – again.\n".encode("utf-16-be")),
        ("cp1252", "Zürich talks\n\nThe mayor of Zürich met “rivals” – again.\n".encode("cp1252")),
    ],
)
def test_encodings_are_read_correctly(tmp_path: Path, encoding: str, data: bytes) -> None:
    (tmp_path / "enc.txt").write_bytes(data)
    article = read_article(tmp_path / "enc.txt")
    assert article.title == "Zürich talks"
    assert article.paragraphs == ("The mayor of Zürich met “rivals” – again.",)


def test_latin1_and_crlf(tmp_path: Path) -> None:
    (tmp_path / "l1.txt").write_bytes("Caf\xe9 owners\r\n\r\nThe caf\xe9 closed.\r\n".encode("latin-1"))
    article = read_article(tmp_path / "l1.txt")
    assert (article.title, article.paragraphs) == ("Café owners", ("The café closed.",))


def test_utf8_with_one_stray_byte_keeps_its_accents(tmp_path: Path) -> None:
    data = "Café talks in Zürich\n\nThe ministers met at a café in Zürich, officials said ".encode() + b"\xff today.\n"
    (tmp_path / "m.txt").write_bytes(data)
    article = read_article(tmp_path / "m.txt")
    assert article.title == "Café talks in Zürich"  # not "CafÃ© talks in ZÃ¼rich"
    assert article.paragraphs == ("The ministers met at a café in Zürich, officials said \ufffd today.",)


def test_a_text_record_of_only_a_title_is_refused(tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text("Talks on the Grey Strait\n", encoding="utf-8")
    assert "only a title line" in refused(tmp_path / "t.txt", "no article text").message
    (tmp_path / "t.md").write_text("my seed\n", encoding="utf-8")  # Markdown with no front matter, the same
    assert "only a title line" in refused(tmp_path / "t.md", "no article text").message
    (tmp_path / "s.txt").write_text("The ministers met on Tuesday to talk about the strait.\n", encoding="utf-8")
    assert read_article(tmp_path / "s.txt").paragraphs == ("The ministers met on Tuesday to talk about the strait.",)


def test_a_page_nested_past_what_the_parser_reads_says_so(tmp_path: Path) -> None:
    story = (
        "<p>The ministers of Velmora and Ostland agreed on Tuesday to run joint patrols in the Grey Strait, "
        "officials said. Critics warned that detained fishermen could face abuse.</p><p>The agreement still "
        "needs approval by parliament, which meets next month to debate it in full.</p>"
    )

    def page(depth: int) -> str:
        return (
            f"<html><head><title>Patrols</title></head><body>{'<div>' * depth}{story}{'</div>' * depth}</body></html>"
        )

    (tmp_path / "ok.html").write_text(page(100), encoding="utf-8")
    assert read_article(tmp_path / "ok.html").paragraphs[0].startswith("The ministers of Velmora")
    (tmp_path / "deep.html").write_text(page(1000), encoding="utf-8")
    assert "nested over 250 levels deep" in refused(tmp_path / "deep.html", "nested").message


def test_utf16_without_bom_is_refused_clearly(tmp_path: Path) -> None:
    (tmp_path / "u16.txt").write_bytes(TEXT.encode("utf-16-le"))
    error = refused(tmp_path / "u16.txt", "NUL bytes")
    assert "byte-order mark" in (error.hint or "")


def test_too_large(tmp_path: Path) -> None:
    (tmp_path / "huge.txt").write_bytes(b"Title\n\n" + b"word. " * (MAX_BYTES // 6 + 10))
    error = refused(tmp_path / "huge.txt", "too large")
    assert error.hint


def test_a_one_megabyte_article_is_read(tmp_path: Path) -> None:
    seed = SEED.read_text(encoding="utf-8")
    body = seed.split("October 14, 2024", 1)[1].split("*The views", 1)[0]
    text = "A long article\n\n" + body * (1_000_000 // len(body))
    (tmp_path / "long.md").write_text(text, encoding="utf-8")
    article = read_article(tmp_path / "long.md")
    assert len(article.paragraphs) > 2000
    assert all(s.text == article.paragraphs[s.paragraph - 1][s.start : s.end] for s in article.sentences)


@pytest.mark.parametrize(
    "paragraph",
    [
        "(a " * 30000,  # unclosed brackets: the segmenter's look-ahead must stay bounded
        "[" * 100000 + " text.",
        "*" * 100000 + " text.",
        "<!--" * 20000 + " text.",
        "<script>" * 20000 + " text.",
        "Word. " * 30000,
    ],
    ids=["brackets", "square", "stars", "comments", "scripts", "words"],
)
def test_pathological_paragraphs_are_read(tmp_path: Path, paragraph: str) -> None:
    (tmp_path / "p.md").write_text("# Title\n\n" + paragraph, encoding="utf-8")
    article = read_article(tmp_path / "p.md")
    assert all(s.text == article.paragraphs[s.paragraph - 1][s.start : s.end] for s in article.sentences)


def test_html_scripts_and_styles_inside_text(tmp_path: Path) -> None:
    text = (
        "Market report\n\n<script>alert('x'); var a = 1 < 2;</script><style>p { color: red }</style>"
        "<p>Prices of <b>bread</b> rose &amp; fell.<br>Traders were calm.</p>\n<!-- a comment -->\n"
        '<img src="http://tracker.example/x.gif" onerror="steal()">A rule: 3 < 4 and 5 > 2.\n'
    )
    (tmp_path / "m.txt").write_text(text, encoding="utf-8")
    article = read_article(tmp_path / "m.txt")
    body = " ".join(article.paragraphs)
    assert "Prices of bread rose & fell." in body and "Traders were calm." in body
    assert "A rule: 3 < 4 and 5 > 2." in body
    for gone in ("alert", "color", "comment", "<", "tracker", "steal"):
        assert gone not in body.replace("3 < 4", ""), gone


def test_no_usable_text(tmp_path: Path) -> None:
    (tmp_path / "stars.txt").write_text("* * *\n\n---\n\n...\n", encoding="utf-8")
    refused(tmp_path / "stars.txt", "no article text")
    (tmp_path / "only.md").write_text("---\ntitle: T\n---\n\n<script>x()</script>\n", encoding="utf-8")
    refused(tmp_path / "only.md", "no article text")


def test_missing_folder_and_unknown_type(tmp_path: Path) -> None:
    refused(tmp_path / "missing.txt", "not found")
    (tmp_path / "dir.txt").mkdir()
    refused(tmp_path / "dir.txt", "folder")
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    error = refused(tmp_path / "a.pdf", "unsupported record type")
    assert ".txt" in (error.hint or "")


def test_front_matter_problems(tmp_path: Path) -> None:
    path = tmp_path / "fm.md"
    path.write_text("---\ntitle: T\nBody without a closing line.\n", encoding="utf-8")
    refused(path, "closing")
    path.write_text("---\n- a list\n---\nText.\n", encoding="utf-8")
    refused(path, "mapping")
    path.write_text("---\ntitle: [1, 2]\n---\nText.\n", encoding="utf-8")
    assert refused(path, "string").where == "title"


def test_a_front_matter_error_names_the_files_own_line(tmp_path: Path) -> None:
    path = tmp_path / "fm.md"
    path.write_text("---\ntitle: T\n\tauthor: Y\n---\nThe ministers met on Tuesday.\n", encoding="utf-8")
    assert refused(path, "YAML").where.startswith("line 3, ")  # the tab's line in the file


def test_json_nesting_and_surrogates(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100000 + "]" * 100000, encoding="utf-8")
    refused(path, "JSON")
    record = {"title": "T\u0007", "paragraphs": ["Broken \ud800 pair and a bell \u0007 here."]}
    path = tmp_path / "s.json"
    path.write_text(json.dumps(record), encoding="utf-8")  # json escapes the surrogate as \\ud800
    article = read_article(path)
    assert article.title == "T"
    assert article.paragraphs == ("Broken \ufffd pair and a bell here.",)


def _check_article_or_error(path: Path) -> None:
    try:
        article = read_article(path)
    except RecordError as error:
        assert error.path == str(path) and error.one_line()
        return
    assert article.title and article.paragraphs
    for s in article.sentences:
        assert s.text and s.text == article.paragraphs[s.paragraph - 1][s.start : s.end]
    assert {s.paragraph for s in article.sentences} == set(range(1, len(article.paragraphs) + 1))


_MARKUP = st.sampled_from(
    [
        "\n",
        "\n\n",
        "# ",
        "By [A B](#)",
        "**",
        "*",
        "_",
        "[",
        "](",
        ")",
        "\\",
        "<b>",
        "<script>",
        "</script>",
        "&amp;",
        "Original url:",
        "<https://x.example/a>",
        "U.S.",
        "Mr.",
        "(R)",
        ". ",
        "? ",
        "“",
        "\u200b",
        "\t",
        "---",
        "- ",
        "1. ",
    ]
)
_TEXTS = st.lists(st.one_of(st.text(max_size=40), _MARKUP), max_size=30).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_TEXTS)
def test_any_text_is_an_article_or_a_clear_error(tmp_path: Path, text: str) -> None:
    for name in ("any.txt", "any.md"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        _check_article_or_error(path)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300))
def test_any_bytes_are_an_article_or_a_clear_error(tmp_path: Path, data: bytes) -> None:
    for name in ("any.txt", "any.md", "any.json", "any.yaml", "any.html"):
        path = tmp_path / name
        path.write_bytes(data)
        _check_article_or_error(path)


_FIELDS = [
    "title",
    "author",
    "authors",
    "publisher",
    "published",
    "url",
    "retrieved",
    "language",
    "paragraphs",
    "body",
    "id",
    "extra",
]
_LEAVES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30))
_VALUES = st.recursive(
    _LEAVES,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(_FIELDS), inner, max_size=4)),
    max_leaves=10,
)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(record=st.dictionaries(st.sampled_from(_FIELDS), _VALUES, max_size=8))
def test_any_structured_record_is_an_article_or_a_clear_error(tmp_path: Path, record: dict) -> None:
    (tmp_path / "r.json").write_text(json.dumps(record), encoding="utf-8")
    (tmp_path / "r.yaml").write_text(yaml.safe_dump(record), encoding="utf-8")
    (tmp_path / "r.md").write_text(f"---\n{yaml.safe_dump(record)}---\nSome body text.\n", encoding="utf-8")
    for name in ("r.json", "r.yaml", "r.md"):
        _check_article_or_error(tmp_path / name)
