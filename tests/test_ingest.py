"""`briefsmith.ingest` on saved pages and feed files: the records' fields, the body
without the page's boilerplate, de-duplication, and problems that name the source.

The pages in tests/fixtures/ingest/ are invented news written for these tests, with
the mess real pages have: cookie banners, menus, ads, comments, bylines in odd
places, dates in several formats, a legacy encoding, German and Russian text.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import socket
from pathlib import Path

import pytest
import yaml

from briefsmith.errors import RecordError
from briefsmith.ingest import ingest
from briefsmith.ingest.write import body_paragraph, read_front_matter
from briefsmith.records import language, read_article
from briefsmith.records.markdown import parse_markdown

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
TODAY = dt.date(2024, 6, 1)
KEYS = ["title", "authors", "publisher", "published", "url", "retrieved", "language", "source", "text_sha256"]


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    pages = tmp_path / "saved"
    shutil.copytree(FIXTURES, pages)
    return tmp_path


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Reading files must never open a connection beyond the loopback interface."""
    attempts: list[object] = []
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else address
        if host not in ("127.0.0.1", "::1", "localhost"):
            attempts.append(address)
            raise OSError("network disabled in tests")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    yield attempts
    assert attempts == [], f"something tried to reach the network: {attempts}"


def run(workspace: Path, *names: str, **kwargs: object):
    sources = [n if "://" in n or n.startswith("/") else f"saved/{n}" for n in names]
    return ingest(sources, Path("seeds"), workspace=workspace, today=TODAY, **kwargs)  # type: ignore[arg-type]


def record(path: Path) -> tuple[dict, list[str]]:
    found = read_front_matter(path)
    assert found is not None, path.read_text()
    meta, body = found
    return meta, [p for p in body.strip().split("\n\n")]


def only(report) -> tuple[dict, list[str], str]:  # type: ignore[no-untyped-def]
    assert report.problems == () and report.failed == (), report.problems
    assert len(report.written) == 1
    meta, paragraphs = record(report.written[0])
    return meta, paragraphs, report.written[0].read_text(encoding="utf-8")


def test_english_page_with_agency_byline_and_meta_date(workspace: Path) -> None:
    meta, paragraphs, text = only(run(workspace, "harbour-strike.html"))
    assert list(meta) == KEYS  # a fixed, readable order
    assert meta["title"] == "Dock workers walk out at Eastwick over crane automation plan"
    assert meta["authors"] == ["Jane Doe", "John Roe"]  # "| Coastline Wire" is the agency, not a person
    assert meta["publisher"] == "The Eastwick Ledger"
    assert meta["published"] == "2024-03-03"  # published, not the modified time of 03-04
    assert meta["url"] == "https://ledger.example/business/2024/03/03/eastwick-dock-strike"
    assert meta["retrieved"] == "2024-06-01"
    assert meta["language"] == "en"
    assert meta["source"] == "saved/harbour-strike.html"
    assert len(meta["text_sha256"]) == 64
    assert paragraphs[0].startswith("Hundreds of dock workers at the port of Eastwick stopped work")
    assert paragraphs[-1].startswith("Talks are due to resume on Tuesday")
    assert any("said Mara Quill, the regional secretary" in p for p in paragraphs)
    assert len(paragraphs) == 7
    for junk in (
        "cookies",
        "Accept all",
        "ADVERTISEMENT",
        "Holiday deals",
        "Related articles",
        "Ferry timetable",
        "crossword",
        "Ledger morning briefing",
        "harbourfan77",
        "Solidarity",
        "First!!!",
        "All rights reserved",
        "Subscribe",
        "Coastline Wire",
        "Idle cranes",
        "Privacy",
    ):
        assert junk not in "\n".join(paragraphs), junk
    assert "<" not in "\n".join(paragraphs)
    assert meta["title"] not in paragraphs  # the headline is not repeated as the first paragraph


def test_date_in_the_text_byline_with_job_title_and_legacy_encoding(workspace: Path) -> None:
    meta, paragraphs, _ = only(run(workspace, "lantern-festival.html"))
    assert meta["title"] == "Lantern festival returns to the old town after four-year pause"
    assert meta["authors"] == ["Maria Alvarez"]  # not "Story by …", not "Community Reporter"
    assert meta["publisher"] == "Riverside Courier"
    assert meta["published"] == "2024-03-03"  # from "3 March 2024" in the page text
    assert "url" not in meta  # a saved page without a canonical link has no URL to claim
    body = "\n".join(paragraphs)
    assert "cost almost €2 million" in body and "Café Rosé" in body  # windows-1252 decoded
    assert "“We were not sure people would still remember" in body
    for junk in (
        "SPECIAL OFFER",
        "Classifieds",
        "Most read",
        "plumber",
        "Lovely evening",
        "Share this",
        "Story by",
        "4 min read",
    ):
        assert junk not in body, junk


def test_no_date_rather_than_a_wrong_one(workspace: Path) -> None:
    page = workspace / "saved" / "harbour-strike.html"
    text = page.read_text(encoding="utf-8")
    text = re.sub(r'<meta property="article:(published|modified)_time"[^>]*>', "", text)
    page.write_text(text.replace("2024/03/03/", ""), encoding="utf-8")
    meta, _, _ = only(run(workspace, "harbour-strike.html"))
    assert "published" not in meta  # not 2024-01-01 from "© 2024 The Eastwick Ledger"


def test_json_ld_metadata_and_tracking_parameters(workspace: Path) -> None:
    meta, paragraphs, _ = only(run(workspace, "solar-array.html"))
    assert meta["authors"] == ["Priya Natarajan", "Owen Baptiste"]
    assert meta["publisher"] == "The Green Post"
    assert meta["published"] == "2024-02-11"
    assert meta["url"] == "https://greenpost.example/energy/valley-solar-array"  # utm_* dropped
    assert meta["language"] == "en"
    body = "\n".join(paragraphs)
    assert "We built a field that happens to make electricity" in body
    assert "Shares stay marked" in body
    for junk in ("cookies", "weekly climate newsletter", "Donate", "registered charity"):
        assert junk not in body, junk


@pytest.mark.parametrize(
    "text",
    [
        "The valve, tagged _spare_ in the log, was replaced.",
        "It cost ~~a lot~~ little.",
        "Shares stay marked *provisional* in the register.",
        "Readers `quoted` the notice and wrote [sic](really) on it.",
        "# 1 in the charts for a week.",
        "- 5 degrees at dawn, said the forecaster.",
        "1. FC Eastwick won the cup.",
        "Prices <rose> by 5 &amp; more.",
    ],
)
def test_markdown_characters_in_the_text_read_back(text: str) -> None:
    written = body_paragraph(text)
    assert parse_markdown(written).paragraphs == (text,)
    plain = "The valve was replaced."
    assert body_paragraph(plain) == plain  # ordinary text is left as it is


def test_german_page(workspace: Path) -> None:
    meta, paragraphs, _ = only(run(workspace, "bahn-de.html"))
    assert meta["language"] == "de"
    assert meta["authors"] == ["Klaus Berger"]
    assert meta["published"] == "2024-04-12"
    assert meta["url"] == "https://nordkurier.example/verkehr/nachtzug-alpen-2024"
    assert paragraphs[0].startswith("Ab dem kommenden Fahrplanwechsel")  # the "Von …" byline is out
    body = "\n".join(paragraphs)
    assert "„Wir sehen, dass viele Menschen" in body
    for junk in ("Cookies", "Anzeige", "Ferienwohnung", "Leserkommentare", "Endlich", "Impressum"):
        assert junk not in body, junk


def test_russian_page_without_a_declared_language(workspace: Path) -> None:
    report = run(workspace, "vodokanal-ru.html")
    meta, paragraphs, _ = only(report)
    assert meta["language"] == "ru"  # read from the text: the page declares nothing
    assert meta["authors"] == ["Ольга Сергеевна Морозова"]  # "Автор:" dropped
    assert meta["publisher"] == "Вести Заречья"
    assert meta["published"] == "2024-05-20"
    assert report.written[0].name == "в-заречье-завершили-ремонт-водопровода.md"
    # The reader's own id (publisher-date, else file name, in ASCII) would be empty: one is written.
    assert re.fullmatch(r"article-[0-9a-f]{10}", meta["id"])
    assert "Реклама" not in "\n".join(paragraphs)


def test_without_a_detector_the_declaration_decides(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language, "_identifier", lambda: None)
    report = run(workspace, "bahn-de.html", "vodokanal-ru.html")
    metas = {record(p)[0]["title"][:4]: record(p)[0] for p in report.written}
    assert metas["Neue"]["language"] == "de"
    assert "language" not in metas["В За"]  # nothing declared, nothing detected: left out, not guessed


def test_a_page_declaring_the_wrong_language_is_read_by_its_text(workspace: Path) -> None:
    page = workspace / "saved" / "bahn-de.html"
    page.write_text(page.read_text(encoding="utf-8").replace('lang="de-DE"', 'lang="en"'), encoding="utf-8")
    meta, _, _ = only(run(workspace, "bahn-de.html"))
    assert meta["language"] == "de"


def test_the_same_article_twice_is_not_written_twice(workspace: Path) -> None:
    saved = workspace / "saved"
    page = (saved / "harbour-strike.html").read_text(encoding="utf-8")
    # Same text, another address (a syndicated copy): caught by the text hash.
    (saved / "syndicated.html").write_text(
        page.replace(
            "https://ledger.example/business/2024/03/03/eastwick-dock-strike",
            "https://partner.example/wire/eastwick-strike",
        ),
        encoding="utf-8",
    )
    # Same address, text updated later (and fetched over http, with tracking): caught by the URL.
    (saved / "updated.html").write_text(
        page.replace(
            "https://ledger.example/business/2024/03/03/eastwick-dock-strike",
            "http://www.ledger.example/business/2024/03/03/eastwick-dock-strike/?utm_source=x",
        ).replace("Talks are due to resume on Tuesday", "Talks resumed on Tuesday"),
        encoding="utf-8",
    )
    report = run(workspace, "harbour-strike.html", "harbour-strike.html", "syndicated.html", "updated.html")
    assert len(report.written) == 1 and report.problems == () and report.failed == ()
    first = report.written[0]
    assert report.duplicates == (
        ("saved/harbour-strike.html", first),
        ("saved/syndicated.html", first),
        ("saved/updated.html", first),
    )
    # A later run sees the records already in the folder, including one written by hand.
    (workspace / "seeds" / "by-hand.md").write_text(
        "---\ntitle: Solar\nurl: https://greenpost.example/energy/valley-solar-array\n---\n\nText.\n", encoding="utf-8"
    )
    again = run(workspace, "harbour-strike.html", "solar-array.html")
    assert again.written == ()
    assert [d[1].name for d in again.duplicates] == [first.name, "by-hand.md"]


def test_different_articles_with_one_title_get_separate_files(workspace: Path) -> None:
    saved = workspace / "saved"
    page = (saved / "harbour-strike.html").read_text(encoding="utf-8")
    (saved / "other.html").write_text(
        page.replace("eastwick-dock-strike", "eastwick-dock-strike-day-two").replace(
            "Hundreds of dock workers", "For a second day, hundreds of dock workers"
        ),
        encoding="utf-8",
    )
    report = run(workspace, "harbour-strike.html", "other.html")
    names = [p.name for p in report.written]
    assert names == [
        "dock-workers-walk-out-at-eastwick-over-crane-automation-plan.md",
        "dock-workers-walk-out-at-eastwick-over-crane-automation-plan-2.md",
    ]
    assert not [p for p in (workspace / "seeds").iterdir() if p.name.startswith(".")]  # no temp files left


def test_one_bad_source_does_not_lose_the_others(workspace: Path) -> None:
    (workspace / "saved" / "index.html").write_text(
        "<html><body><nav><a href='/'>Home</a></nav><p>Latest stories</p></body></html>", encoding="utf-8"
    )
    report = run(workspace, "missing.html", "index.html", "ftp://files.example/a.html", "harbour-strike.html")
    assert len(report.written) == 1
    assert report.failed == ("saved/missing.html", "saved/index.html", "ftp://files.example/a.html")
    assert not report.ok
    problems = "\n".join(report.problems)
    assert "saved/missing.html: file not found" in problems
    assert "saved/index.html:" in problems and "article text" in problems
    assert "ftp://files.example/a.html: only http and https URLs are fetched" in problems
    assert all("\n" not in p for p in report.problems)


def test_a_file_over_the_size_limit_is_refused(workspace: Path) -> None:
    report = run(workspace, "harbour-strike.html", max_bytes=1000)
    assert report.written == () and "larger than the 1,000-byte limit" in report.problems[0]


def test_the_folder_must_be_inside_the_workspace(workspace: Path, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    outside = tmp_path_factory.mktemp("elsewhere")
    with pytest.raises(RecordError, match="outside the workspace"):
        ingest(["saved/harbour-strike.html"], outside, workspace=workspace, today=TODAY)


def test_atom_feed_file_keeps_the_feeds_own_text_when_links_are_unreachable(workspace: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on: connection refused
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}"
    feed = workspace / "saved" / "updates.atom"
    feed.write_text(feed.read_text(encoding="utf-8").replace("{dead}", dead), encoding="utf-8")
    report = run(workspace, "updates.atom", timeout=5, follow_links=True)
    assert len(report.written) == 2 and report.failed == ()
    meta, paragraphs = record(report.written[0])
    assert meta["title"] == "Council approves new flood barrier for the lower town"
    assert meta["authors"] == ["Tomasz Wierzbicki", "Ella Marsh"]
    assert meta["published"] == "2024-03-07"
    assert meta["publisher"] == "Harbour Council Updates"
    assert meta["url"] == f"{dead}/updates/flood-barrier"
    assert meta["source"] == "saved/updates.atom"
    assert meta["language"] == "en"
    assert len(paragraphs) == 3 and paragraphs[2].startswith("Shop owners on the quay")
    assert (
        f"saved/updates.atom: entry {dead}/updates/flood-barrier: kept the feed's own text "
        "(cannot reach 127.0.0.1: Connection refused)" in report.problems
    )
    assert any("library-hours: kept the feed's own text (its link is not an http(s) URL)" in p for p in report.problems)


@pytest.mark.parametrize("ref", ["&#xD800;", "&#x110000;", "&#99999999999;"])
def test_a_feed_with_a_character_reference_to_no_character_is_one_problem(workspace: Path, ref: str) -> None:
    (workspace / "saved" / "bad.xml").write_text(f"<rss><channel><item><title>{ref}</title></item></channel></rss>")
    names = sorted(p.name for p in FIXTURES.glob("*.html"))[:1]
    report = run(workspace, "bad.xml", *names)  # the page after it is still read
    assert len(report.written) == 1
    assert any("bad.xml: not a valid feed: a character reference" in p for p in report.problems)


@pytest.mark.parametrize("url", ["http://[::1", "http://127.0.0.1:99999/", "http://127.0.0.1:abc/"])
def test_a_url_that_cannot_be_one_is_one_problem(workspace: Path, url: str) -> None:
    report = run(workspace, url)
    assert report.written == () and any(f"{url}: not a valid URL" in p for p in report.problems)


def test_a_url_with_a_password_is_not_fetched(workspace: Path, no_network: list[object]) -> None:
    report = run(workspace, "http://ana:secret@example.org/story")  # never connected to
    assert report.written == () and no_network == []
    assert any("a URL with a user name or password in it is not fetched" in p for p in report.problems)


def test_record_round_trip_through_the_reader(workspace: Path) -> None:
    names = sorted(p.name for p in FIXTURES.glob("*.html"))
    report = run(workspace, *names)
    assert len(report.written) == len(names) and report.problems == ()
    for path in report.written:
        meta, paragraphs = record(path)
        article = read_article(path)
        assert article.title == meta["title"]
        assert list(article.authors) == meta["authors"]
        assert article.publisher == meta["publisher"]
        assert article.published == meta.get("published") and article.retrieved == "2024-06-01"
        assert article.url == meta.get("url")
        assert article.language == meta.get("language", "en")
        assert "\\" not in "".join(article.paragraphs)
        assert len(article.paragraphs) == len(paragraphs)
    strike = read_article(report.written[names.index("harbour-strike.html")])
    assert strike.id == "eastwick-ledger-2024-03-03"
    assert strike.authors == ("Jane Doe", "John Roe") and strike.language == "en"
    solar = read_article(report.written[names.index("solar-array.html")])
    assert "Shares stay marked *provisional* in the register" in solar.paragraphs[1]  # escaped, read back
    russian = read_article(report.written[names.index("vodokanal-ru.html")])
    assert russian.id.startswith("article-")


def test_front_matter_is_safe_yaml_for_awkward_titles(workspace: Path) -> None:
    page = workspace / "saved" / "harbour-strike.html"
    page.write_text(
        page.read_text(encoding="utf-8").replace(
            "Dock workers walk out at Eastwick over crane automation plan",
            "Strike: &quot;No&quot; to cranes? #eastwick --- yes: 100%",
        ),
        encoding="utf-8",
    )
    meta, _, text = only(run(workspace, "harbour-strike.html"))
    assert meta["title"] == 'Strike: "No" to cranes? #eastwick --- yes: 100%'
    assert yaml.safe_load(text.split("---\n")[1])["title"] == meta["title"]
