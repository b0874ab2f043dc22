"""Prose in a script without capitals (Arabic) or outside ASCII is read as prose: it was all
taken for headlines in capitals, and a record in Arabic gave an empty brief. Text written for
these tests."""

from __future__ import annotations

from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.engines.extractive.sentences import usable, words_of
from briefsmith.records.base import make_article
from briefsmith.workspace.spec import BriefSpec

ARABIC = [
    "اتفق وزراء البلدين يوم الثلاثاء على تسيير دوريات مشتركة في المضيق، بحسب مسؤولين.",
    "وحذر منتقدون من أن الصيادين المحتجزين قد يتعرضون لسوء المعاملة.",
    "ولا يزال الاتفاق بحاجة إلى موافقة البرلمان.",
]


def test_arabic_prose_is_usable_and_has_words():
    article = make_article(id="ar", title="دوريات مشتركة", paragraphs=ARABIC)
    assert all(usable(s) for s in article.sentences)
    assert len(words_of(ARABIC[1])) == 10


def test_a_headline_in_capitals_is_still_not_prose():
    article = make_article(id="en", title="Patrols", paragraphs=["MINISTERS AGREE ON JOINT PATROLS IN THE STRAIT"])
    assert not any(usable(s) for s in article.sentences)


def test_ascii_words_are_read_as_before():
    assert words_of("The Zürich talks ended") == ["the", "z", "rich", "talks", "ended"]  # unchanged for now


def test_an_arabic_record_gives_a_bottom_line_in_its_own_words():
    article = make_article(id="ar", title="دوريات مشتركة", paragraphs=ARABIC)
    briefing = ExtractiveEngine().condense([article], BriefSpec(title="T", sources=("seeds/ar.txt",)))
    assert briefing.summary
    assert all(c.quote in " ".join(ARABIC) for p in briefing.summary for c in p.citations)
