"""Prose in a script without capitals (Arabic, Chinese) or outside ASCII is read as prose: it
was all taken for headlines in capitals, Chinese sentences ran on past their full-width stops,
the classifier (which learnt English words) heard every sentence as colour, and a record in
Arabic or Chinese gave an empty brief. Text written for these tests."""

from __future__ import annotations

from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.engines.extractive.sentences import usable, words_of
from briefsmith.records.base import make_article
from briefsmith.text import split_sentences
from briefsmith.workspace.spec import BriefSpec

CHINESE = "两国部长周二同意在海峡进行联合巡逻，官员表示。批评人士警告说，被拘留的渔民可能遭受虐待。该协议仍需议会批准。"

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


def test_chinese_sentences_end_at_their_full_width_stops():
    spans = split_sentences(CHINESE)
    assert [CHINESE[a:b] for a, b in spans] == [
        "两国部长周二同意在海峡进行联合巡逻，官员表示。",
        "批评人士警告说，被拘留的渔民可能遭受虐待。",
        "该协议仍需议会批准。",
    ]
    assert words_of("两国部长")[:2] == ["两国", "国部"]  # pairs of characters, as search engines index them


def test_records_in_arabic_and_chinese_give_a_full_bottom_line():
    for paragraphs in (ARABIC, [CHINESE]):
        article = make_article(id="x", title="T", paragraphs=paragraphs)
        briefing = ExtractiveEngine().condense([article], BriefSpec(title="T", sources=("seeds/x.txt",)))
        assert len(briefing.summary) == 3
        assert all(c.quote in "".join(paragraphs) for p in briefing.summary for c in p.citations)
