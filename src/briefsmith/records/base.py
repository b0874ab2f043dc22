"""What every reader shares: turning cleaned paragraphs into an Article whose
sentences know their paragraph and character span."""

from __future__ import annotations

from collections.abc import Iterable

from briefsmith.model import Article, Boilerplate, Sentence
from briefsmith.text import split_sentences


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
    sentences = []
    for pi, para in enumerate(paras, start=1):
        for start, end in split_sentences(para, language):
            sentences.append(Sentence(len(sentences) + 1, pi, start, end, para[start:end]))
    return Article(
        id=id, title=title, paragraphs=paras, sentences=tuple(sentences),
        authors=tuple(authors), publisher=publisher, published=published, url=url,
        retrieved=retrieved, language=language, boilerplate=tuple(boilerplate), path=path,
    )
