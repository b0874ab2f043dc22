"""The record readers on the seed (exactly) and on hand-written fixtures of every type."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefsmith.errors import RecordError
from briefsmith.model import Article
from briefsmith.records import SUPPORTED_EXTENSIONS, read_article

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "moscow-times-russia-taliban.txt"
FIXTURES = Path(__file__).parent / "fixtures" / "records"


def assert_spans(article: Article) -> None:
    """Every sentence is an exact slice of its paragraph, numbered in order."""
    assert article.sentences
    for number, s in enumerate(article.sentences, start=1):
        assert s.number == number
        assert s.text == article.paragraphs[s.paragraph - 1][s.start : s.end]
        assert s.text == s.text.strip()
    assert {s.paragraph for s in article.sentences} == set(range(1, len(article.paragraphs) + 1))


@pytest.fixture(scope="module")
def seed() -> Article:
    return read_article(SEED)


def test_seed_metadata(seed: Article) -> None:
    assert seed.title == "Why Russia Doesn't Think the Taliban Are Terrorists Anymore"
    assert seed.authors == ("Ruchi Kumar",)
    assert seed.published == "2024-10-14"
    assert seed.url == (
        "https://www.themoscowtimes.com/2024/10/14/why-russia-doesnt-think-the-taliban-are-terrorists-anymore-a86679"
    )
    assert seed.publisher == "The Moscow Times"
    assert seed.language == "en"
    assert seed.id == "moscow-times-2024-10-14"
    assert seed.path == str(SEED)


def test_seed_body(seed: Article) -> None:
    paragraphs = seed.paragraphs
    assert len(paragraphs) == 22
    assert paragraphs[0].startswith("There are only a handful of places a minister")
    assert paragraphs[-1].endswith("historically known as the “graveyard of empires.”")
    body = "\n".join(paragraphs)
    # Paragraphs that a blank line broke mid-sentence are joined again.
    assert "yet to receive official recognition by any country. But despite" in body
    assert "for personal gains. A platform like the Moscow Format provided" in body
    assert "believed to be close to $1 billion in 2023" in body  # `[\\$1 billion](#)`
    for markup in ("\\", "](", "**", "[", "#", "Original url", "<https"):
        assert markup not in body, markup
    for boilerplate in (
        "Related article",
        "views expressed",
        "Russian Foreign Ministry Press Service",
        "shaking hands with Acting Foreign Minister",
        "October 14, 2024",
        "By Ruchi",
    ):
        assert boilerplate not in body, boilerplate
    assert_spans(seed)


def test_seed_boilerplate(seed: Article) -> None:
    kinds = [(b.kind, b.text) for b in seed.boilerplate]
    assert kinds[0] == (
        "caption",
        "Russian Foreign Minister Sergey Lavrov (R) shaking hands with Acting "
        "Foreign Minister of Afghanistan Amir Khan Muttaqi during their meeting in Moscow.",
    )
    assert kinds[1] == ("credit", "Russian Foreign Ministry Press Service")
    assert [text for kind, text in kinds if kind == "related"] == [
        "Related article: Russia’s Terrorism Laws Target Everyone But the Real Threat",
        "Related article: Russia May Live to Regret Betting on the Taliban in Afghanistan",
    ]
    assert [text for kind, text in kinds if kind == "disclaimer"] == [
        "The views expressed in opinion pieces do not necessarily reflect the position of The Moscow Times."
    ]


def test_seed_sentences_keep_abbreviations_whole(seed: Article) -> None:
    texts = [s.text for s in seed.sentences]
    assert any(t.startswith("Incidentally, the Taliban emerged from the U.S.-backed Mujahideen") for t in texts)
    assert any(
        t.startswith("Russia also used the platform to subtly mobilize against U.S. interests")
        and t.endswith("in Afghanistan.")
        for t in texts
    )
    assert not any(t in ("U.S.", "(R)") for t in texts)


def test_source_id_overrides(tmp_path: Path) -> None:
    assert read_article(SEED, source_id="mt").id == "mt"


def test_supported_extensions() -> None:
    assert set(SUPPORTED_EXTENSIONS) >= {".txt", ".md", ".json", ".yaml", ".yml", ".html", ".htm"}
    assert all(ext.startswith(".") and ext == ext.lower() for ext in SUPPORTED_EXTENSIONS)


def test_scraped_text_of_another_publisher() -> None:
    article = read_article(FIXTURES / "scraped-lighthouse.txt")
    assert article.title == "Island Council Votes to Keep the Old Lighthouse Lit"
    assert article.authors == ("Marta Quill", "Oskar Brandt")
    assert article.published == "2023-03-03"  # "Updated: 3 March 2023, 09:15 GMT"
    assert article.url == "https://www.gullpointgazette.example/2023/03/03/lighthouse-vote"
    assert article.publisher == "The Gull Point Gazette"  # not in the table: from the disclaimer
    assert article.id == "gull-point-gazette-2023-03-03"
    assert len(article.paragraphs) == 5
    assert "could not be seen from the northern villages. She said" in article.paragraphs[1]
    assert article.paragraphs[1].endswith("asked the council to *keep* the light.")  # escaped marks
    assert "about $2.4 million" in article.paragraphs[2]
    assert article.paragraphs[3] == (
        "Opponents said the money would be better spent on the school roof. "
        "A petition against the repairs has 312 signatures."
    )
    kinds = [b.kind for b in article.boilerplate]
    assert kinds == ["caption", "credit", "related", "disclaimer"]
    sentences = [s.text for s in article.sentences]
    assert "Mr. Brandt, the treasurer, said the loan would be repaid over twenty years." in sentences
    assert "The harbour master, Capt. Lena Hook, backed the plan." in sentences
    assert_spans(article)


def test_plain_text_one_paragraph_a_line() -> None:
    article = read_article(FIXTURES / "plain-lines.txt")
    assert article.title == "Bakery strike ends after two weeks"
    assert article.id == "plain-lines"
    assert article.publisher is None and article.authors == ()
    assert len(article.paragraphs) == 4
    assert article.paragraphs[3] == '"We are glad to be back," said union steward Paul Okafor.'
    assert_spans(article)


@pytest.mark.parametrize(
    "text, title, paragraphs",
    [
        (
            "Title line\n\nFirst paragraph here.\n\nSecond paragraph here.\n",
            "Title line",
            ("First paragraph here.", "Second paragraph here."),
        ),
        (
            "Title line\nFirst paragraph here.\nSecond paragraph here.",
            "Title line",
            ("First paragraph here.", "Second paragraph here."),
        ),
        (
            "Wrapped text\n\nThe quick report said that the\nbridge would close for repairs in\nthe "
            "summer and reopen in the\nautumn. Drivers were angry.\n\nA second paragraph follows it.\n",
            "Wrapped text",
            (
                "The quick report said that the bridge would close for repairs in the summer and "
                "reopen in the autumn. Drivers were angry.",
                "A second paragraph follows it.",
            ),
        ),
    ],
)
def test_plain_text_layouts(tmp_path: Path, text: str, title: str, paragraphs: tuple[str, ...]) -> None:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    article = read_article(tmp_path / "a.txt")
    assert (article.title, article.paragraphs) == (title, paragraphs)
    assert_spans(article)


def test_plain_text_one_block_without_breaks(tmp_path: Path) -> None:
    sentence = "The harbour board met again on Friday and said the dredging would go ahead as planned. "
    text = "Port City (Wire)" + sentence * 60
    (tmp_path / "block.txt").write_text(text, encoding="utf-8")
    article = read_article(tmp_path / "block.txt")
    assert article.paragraphs == (text.strip(),)  # nothing lost to a title
    assert article.title == "Port City (Wire)The harbour board met again on Friday and said the…"
    assert len(article.sentences) == 60
    assert_spans(article)


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "(Reuters)Four years. Nine thousand dead. The siege of Port Vale is the worst in memory, aid groups say.",
            "The siege of Port Vale is the worst in memory, aid groups…",
        ),
        ("(AP) -- The harbour reopened on Friday after a week.", "The harbour reopened on Friday after a week."),
        # not an agency's tag: the words of the sentence
        (
            "The United Nations (UN) Security Council met in Port Vale.",
            "The United Nations (UN) Security Council met in Port Vale.",
        ),
        ("Short. Shorter.", "Short."),  # nothing longer: the first sentence
    ],
)
def test_a_title_from_the_text_skips_credits_and_fragments(tmp_path: Path, text: str, title: str) -> None:
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    article = read_article(tmp_path / "t.txt")
    assert article.title == title
    assert article.paragraphs == (text,)  # the tag stays in the text: only the title leaves it out


def test_markdown_with_front_matter() -> None:
    article = read_article(FIXTURES / "record.md")
    assert article.title == "Tram line to the airport opens a year late"
    assert article.authors == ("Sofia Lindqvist", "Omar Haddad")
    assert (article.publisher, article.published, article.retrieved) == ("Metro Ledger", "2024-05-06", "2024-05-07")
    assert article.url == "https://metro-ledger.example/trams/airport-line"
    assert article.id == "metro-ledger-2024-05-06"
    assert article.paragraphs == (
        "The new tram line to the airport carried its first passengers on Monday, a year later than the "
        "city had promised.",
        "The line cost 340 million euros, according to the city's transport office. Officials said the "
        "delay was caused by a dispute over the tunnel contract.",
        "Trams will run every ten minutes.",
        "The last tram leaves the airport at midnight.",
        '"This is a good day for the city," the mayor said.',
    )
    assert [(b.kind, b.text) for b in article.boilerplate] == [
        ("caption", "A tram at the airport stop"),
        ("credit", "Photo: Metro Ledger"),
        ("heading", "Costs"),
    ]
    assert_spans(article)


def test_markdown_title_from_first_heading(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("---\nauthor: Kim Lee\n---\n# The heading title\n\nBody text here.\n", encoding="utf-8")
    article = read_article(path)
    assert (article.title, article.authors, article.paragraphs) == (
        "The heading title",
        ("Kim Lee",),
        ("Body text here.",),
    )


def test_json_record() -> None:
    article = read_article(FIXTURES / "record.json")
    assert article.id == "valley-post-ferry"  # the record's own id
    assert article.title == "Ferry service resumes after storm"
    assert article.authors == ("Nadia Brook",)
    assert article.published == "2024-01-09"  # "January 9, 2024"
    assert len(article.paragraphs) == 2 and len(article.sentences) == 3
    assert_spans(article)


def test_yaml_record_with_body() -> None:
    article = read_article(FIXTURES / "record.yaml")
    assert article.id == "northside-weekly-2024-02-01"
    assert article.published == "2024-02-01"  # YAML gives a date object
    assert article.paragraphs[1] == (
        "Students had asked for longer hours during the exam season. The council "
        "said the change would cost little because volunteers would staff the "
        "late shift."
    )
    assert_spans(article)


def test_html_page() -> None:
    article = read_article(FIXTURES / "page.html")
    assert article.title == "Orchard growers fear late frost"
    assert article.authors == ("Hana Sato",)
    assert article.publisher == "The Valley Chronicle"
    assert article.published == "2024-04-18"
    assert article.url == "https://valley-chronicle.example/farming/late-frost"
    assert article.id == "valley-chronicle-2024-04-18"
    body = " ".join(article.paragraphs)
    assert body.startswith("Apple growers in the upper valley lit fires")
    for junk in ("do not read me", "color: red", "Subscribe", "All rights reserved"):
        assert junk not in body
    assert_spans(article)


def test_html_page_read_by_a_fresh_process() -> None:
    # The CLI imports records before ingest: the page reader must not need ingest (an
    # import cycle there once made every .html record fail with "needs trafilatura").
    code = "import sys; from briefsmith.records import read_article; print(read_article(sys.argv[1]).title)"
    done = subprocess.run([sys.executable, "-c", code, str(FIXTURES / "page.html")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Orchard growers fear late frost"


@pytest.mark.parametrize(
    "name, data, where, message",
    [
        ("wrong.json", {"title": "T", "paragraphs": ["a.", "b.", 3]}, "paragraphs[2]", "valid string"),
        ("wrong.json", {"title": "T", "paragraphs": "one string"}, "paragraphs", "valid list"),
        ("wrong.json", {"title": "T", "body": "Text.", "published": "someday"}, "published", "not a date"),
        ("wrong.json", {"title": "T", "body": "Text.", "published": "2015-03"}, "published", "names no day"),
        ("wrong.json", {"title": "T", "body": "Text.", "published": "March 2015"}, "published", "names no day"),
        ("wrong.json", {"title": "T", "body": "Text.", "url": "javascript:alert(1)"}, "url", "http"),
        ("wrong.json", {"title": "T", "body": "Text.", "author": ["A", 2]}, "author", "names"),
        ("wrong.json", {"title": "T", "body": "Text.", "language": "English"}, "language", "language code"),
        ("wrong.json", {"title": "T", "body": "Text.", "id": "../etc"}, "id", "letters"),
        ("wrong.json", {"body": "Text."}, "title", "needs a title"),
        ("wrong.json", {"title": "T"}, "paragraphs", "no article text"),
        ("wrong.json", {"title": "T", "body": "A.", "paragraphs": ["B."]}, "body", "not both"),
        ("list.json", [{"title": "T"}], None, "must be a mapping"),
    ],
)
def test_structured_records_of_the_wrong_shape(
    tmp_path: Path, name: str, data: object, where: str | None, message: str
) -> None:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RecordError, match=message) as info:
        read_article(path)
    assert info.value.where == where
    assert info.value.path == str(path)


def test_yaml_record_errors_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("title: T\nbody: [unclosed\n", encoding="utf-8")
    with pytest.raises(RecordError, match="invalid YAML") as info:
        read_article(path)
    assert info.value.where and info.value.where.startswith("line")
    path.write_text("a: &x [1]\nb: *x\n", encoding="utf-8")
    with pytest.raises(RecordError, match="aliases"):
        read_article(path)


def test_json_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{\n  "title": "T",\n  "body": oops\n}', encoding="utf-8")
    with pytest.raises(RecordError, match="invalid JSON") as info:
        read_article(path)
    assert info.value.where == "line 3, column 11"
