"""A saved or fetched web page -> the article in it, with trafilatura.

trafilatura (with htmldate for dates and courlan for URLs) is the standard main-text
extractor for news pages; it reads canonical links, Open Graph, JSON-LD and bylines.
We pass it bytes or a parsed tree, never a URL, so it never fetches anything itself.
What we add is the last mile: the headline and byline lines it keeps at the top of
the text, agency credits ("| Coastline Wire") and job titles it takes for authors,
and the page's language, which it only guesses with a detector we may not have.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import dataclass

from briefsmith.errors import RecordError
from briefsmith.records.language import page_language
from briefsmith.records.urls import canonical_url

MIN_WORDS = 40  # less than this is a teaser or an error page, not an article

_BYLINE_PREFIX = re.compile(
    r"^(?:(?:story|text|words|report(?:ing)?|written|posted)\s+)?"
    r"(?:by|von|par|por|di|door|av|автор(?:ы)?|текст)\s*[:.\-–]?\s+",
    re.IGNORECASE,
)
# An "author" made only of these words is a job title trafilatura split off a byline.
_ROLE_WORDS = frozenset(
    """
    staff reporter reporters correspondent correspondents editor editors writer writers journalist
    contributor contributing photographer community senior chief political foreign business our
    special news desk agency redaktion redakteur redakteurin korrespondent korrespondentin
""".split()
)


@dataclass(frozen=True)
class PageArticle:
    title: str
    authors: tuple[str, ...]
    publisher: str | None
    published: str | None  # YYYY-MM-DD
    url: str | None  # canonical, normalised
    language: str | None
    paragraphs: tuple[str, ...]


def _trafilatura():  # noqa: ANN202 - trafilatura has no type hints
    # Imported late (it is slow to import and only `ingest` needs it), and quietly:
    # its downloader imports urllib3's SOCKS support, which warns when PySocks is
    # missing; we never use trafilatura's downloader.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import trafilatura  # late and quiet: see above
        import trafilatura.utils
    return trafilatura


def clean_authors(raw: str | None, page_text: str, publisher: str | None) -> tuple[str, ...]:
    """trafilatura's "A; B; C" as a list of people: prefixes, agencies and job titles dropped."""
    out: list[str] = []
    for name in (raw or "").split(";"):
        name = " ".join(_BYLINE_PREFIX.sub("", name.strip()).split()).strip(" ,.|·")
        if not name or (publisher and name.casefold() == publisher.casefold()):
            continue
        if all(word.casefold() in _ROLE_WORDS for word in name.split()):
            continue
        # "By Jane Doe and John Roe | Coastline Wire": after the bar stands the agency.
        if re.search(r"\|\s*" + re.escape(name) + r"\b", page_text, re.IGNORECASE):
            continue
        if name.casefold() not in (n.casefold() for n in out):
            out.append(name)
    return tuple(out)


def _is_byline(line: str, authors: tuple[str, ...]) -> bool:
    words = line.split()
    if len(words) > 14 or line.rstrip()[-1:] in '.!?"”»':
        return False
    return bool(_BYLINE_PREFIX.match(line)) or any(a.casefold() in line.casefold() for a in authors)


def body_paragraphs(text: str, title: str, authors: tuple[str, ...]) -> tuple[str, ...]:
    """One paragraph per line of trafilatura's text, minus the headline and byline lines."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    head, rest = lines[:3], lines[3:]
    # The headline and byline come first, if anywhere: only the top lines are candidates.
    head = [line for line in head if line.casefold() != title.casefold() and not _is_byline(line, authors)]
    return tuple(head + rest)


def _date_from_text(tree, max_date: str) -> str | None:  # noqa: ANN001 - an lxml tree
    """A date found only in the free text. htmldate's text search turns a lone year
    ("© 2024") into 1 January; a missing date is better than a wrong one."""
    from htmldate import find_date  # here, not at the top: slow to import, as trafilatura

    found = find_date(tree, extensive_search=True, original_date=True, max_date=max_date)
    return None if not found or found.endswith("-01-01") else found


# libxml2 stops building an HTML tree about 256 elements deep and drops what lies below:
# a page that deep has lost its text before anything reads it.
MAX_DEPTH = 250


def _depth(tree) -> int:  # noqa: ANN001 - an lxml tree
    """How deep the tree goes (only asked of a page that gave no text: it walks every element)."""
    deepest, todo = 0, [(tree, 1)]
    while todo:
        element, depth = todo.pop()
        deepest = max(deepest, depth)
        todo.extend((child, depth + 1) for child in element)
    return deepest


def extract_page(
    content: bytes | str, *, source: str, url: str | None = None, today: dt.date | None = None
) -> PageArticle:
    """The article in one HTML page, or RecordError naming the source."""
    trafilatura = _trafilatura()
    tree = trafilatura.utils.load_html(content)
    if tree is None:
        raise RecordError("not an HTML page (nothing could be parsed)", path=source)
    page_text = tree.text_content()
    max_date = (today or dt.date.today()).isoformat()
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        date_extraction_params={
            "original_date": True,
            "extensive_search": False,
            "max_date": max_date,
            "outputformat": "%Y-%m-%d",
        },
    )
    if doc is None or not (doc.text or "").strip():
        if _depth(tree) >= MAX_DEPTH:
            raise RecordError(
                f"the page's markup is nested over {MAX_DEPTH} levels deep, past what the HTML parser reads",
                path=source,
                hint="save the article's text, or the page as the site serves it (not a page rewritten by a tool)",
            )
        raise RecordError(
            "no article text found in the page",
            path=source,
            hint="save the article page itself, not an index or a login page",
        )
    publisher = " ".join((doc.sitename or "").split()) or None
    title = " ".join((doc.title or "").split())
    authors = clean_authors(doc.author, page_text, publisher)
    paragraphs = body_paragraphs(doc.text, title, authors)
    if sum(len(p.split()) for p in paragraphs) < MIN_WORDS:
        raise RecordError(
            f"the page holds fewer than {MIN_WORDS} words of article text",
            path=source,
            hint="save the article page itself, not an index or a login page",
        )
    language = page_language(tree, "\n".join(paragraphs))
    return PageArticle(
        title=title or paragraphs[0][:120],
        authors=authors,
        publisher=publisher,
        published=doc.date or _date_from_text(tree, max_date),
        url=canonical_url(doc.url or url),
        language=language,
        paragraphs=paragraphs,
    )
