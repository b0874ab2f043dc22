"""What every reader shares: a reader returns a Draft (what the file says), and
`finish` turns it into an Article — filling in what can be derived (publisher, id,
title), refusing what is not an article, and splitting sentences so that each knows
its paragraph and character span."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from briefsmith.errors import RecordError
from briefsmith.model import Article, Boilerplate, Sentence
from briefsmith.records.datelines import credit_length, split_dateline
from briefsmith.records.publishers import guess_publisher
from briefsmith.text import split_sentences

MAX_TITLE = 300  # characters; a longer "title" is a paragraph that lost its way
_WORDY = re.compile(r"\w")
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


@dataclass(frozen=True)
class Draft:
    """An article as one file describes it; None where the file does not say."""

    paragraphs: tuple[str, ...]
    title: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    published: str | None = None  # ISO date
    url: str | None = None
    retrieved: str | None = None  # ISO date
    language: str | None = None
    id: str | None = None
    boilerplate: tuple[Boilerplate, ...] = ()


def make_article(
    *,
    id: str,
    title: str,
    paragraphs: Iterable[str],
    authors: Iterable[str] = (),
    publisher: str | None = None,
    published: str | None = None,
    url: str | None = None,
    retrieved: str | None = None,
    language: str = "en",
    boilerplate: Iterable[Boilerplate] = (),
    path: str | None = None,
) -> Article:
    paras = tuple(p for p in (" ".join(p.split()) for p in paragraphs) if p)
    sentences: list[Sentence] = []
    for pi, para in enumerate(paras, start=1):
        for start, end in split_sentences(para, language):
            sentences.append(Sentence(len(sentences) + 1, pi, start, end, para[start:end]))
    return Article(
        id=id,
        title=title,
        paragraphs=paras,
        sentences=tuple(sentences),
        authors=tuple(authors),
        publisher=publisher,
        published=published,
        url=url,
        retrieved=retrieved,
        language=language,
        boilerplate=tuple(boilerplate),
        path=path,
    )


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens ("Über Café!" -> "uber-cafe")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:80].strip("-")


def article_id(draft: Draft, publisher: str | None, path: Path) -> str:
    """`<publisher>-<date>` ("moscow-times-2024-10-14") when both are known, else the
    file name; a leading "the-" is dropped. The build de-duplicates across sources."""
    if draft.id:
        return draft.id
    if publisher and draft.published:
        slug = slugify(publisher)
        slug = slug[4:] if slug.startswith("the-") else slug
        if slug:
            return f"{slug}-{draft.published}"
    return slugify(path.stem) or "article"


def shorten(text: str, limit: int = MAX_TITLE) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


TITLE_WORDS = 12
_FRAGMENT = 5  # fewer words than this ("Four years.", "Millions displaced.") make no title


def title_from(paragraph: str) -> str:
    """A title for an article that has none: its first sentence of some length (a scene's
    fragments skipped, an agency's tag glued to it left out), at most 12 words. (A dateline
    with a place, "Kano, Nigeria (CNN)", has already left the paragraph: split_dateline.)"""
    text = paragraph[:2000]
    spans = split_sentences(text) or [(0, len(text))]
    sentences = [text[a:b] for a, b in spans]
    sentences[0] = sentences[0][credit_length(sentences[0]) :]
    first = next((x for x in sentences[:4] if len(x.split()) >= _FRAGMENT), sentences[0]) or text
    words = first.split()
    return " ".join(words[:TITLE_WORDS]) + ("…" if len(words) > TITLE_WORDS else "")


def finish(draft: Draft, path: Path, source_id: str | None = None) -> Article:
    """The Article a draft describes, or a RecordError when it holds no article text."""
    paragraphs = [p for p in (" ".join(p.split()) for p in draft.paragraphs) if _WORDY.search(p)]
    if not paragraphs:
        raise RecordError("no article text", path=path, hint="an article needs at least one paragraph of words")
    language = (draft.language or "en").strip()
    if not _LANGUAGE.fullmatch(language):
        raise RecordError(
            f"not a language code: {language!r}",
            path=path,
            where="language",
            hint='use an ISO 639 code such as "en" or "ru"',
        )
    boilerplate = draft.boilerplate
    dateline, agency, rest = split_dateline(paragraphs[0])
    if dateline:
        paragraphs[0] = rest
        boilerplate = (Boilerplate("dateline", dateline), *boilerplate)
    disclaimers = [b.text for b in draft.boilerplate if b.kind == "disclaimer"]
    publisher = draft.publisher or guess_publisher(draft.url, disclaimers) or agency
    title = shorten(draft.title) if draft.title and draft.title.strip() else title_from(paragraphs[0])
    article = make_article(
        id=source_id or article_id(draft, publisher, path),
        title=title,
        paragraphs=paragraphs,
        authors=tuple(dict.fromkeys(a for a in draft.authors if a)),
        publisher=publisher,
        published=draft.published,
        url=draft.url,
        retrieved=draft.retrieved,
        language=language,
        boilerplate=boilerplate,
        path=str(path),
    )
    if not article.sentences:
        raise RecordError("no article text: no sentences found", path=path)
    return article
