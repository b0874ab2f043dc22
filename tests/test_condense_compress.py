"""Light compression: leading discourse markers go, the claim and its attribution stay,
and the point rests on the exact span of kept source words."""

from __future__ import annotations

import pytest

from briefsmith.engines.extractive.compress import tighten


@pytest.mark.parametrize(
    ("sentence", "point"),
    [
        ("However, the ministry denied the report.", "The ministry denied the report."),
        ("Meanwhile, talks resumed in Geneva on Friday.", "Talks resumed in Geneva on Friday."),
        ("On one hand, the deal lowers tariffs on grain.", "The deal lowers tariffs on grain."),
        ("However, on the other hand, costs will rise sharply.", "Costs will rise sharply."),
        ("But despite the rain, the march went ahead.", "Despite the rain, the march went ahead."),
        ("However, Ortiz said, the vote “can only be held in May.”", "Ortiz said, the vote “can only be held in May.”"),
        ("For one, the “interim” council has no budget.", "The “interim” council has no budget."),
        ("Lagos, Nigeria (AP)Fuel queues grew longer on Monday.", "Fuel queues grew longer on Monday."),
        ("HAVANA — Power returned to most of the island overnight.", "Power returned to most of the island overnight."),
    ],
)
def test_leading_markers_are_dropped(sentence, point):
    text, start, end = tighten(sentence)
    assert text == point
    assert sentence[start:end].lower() == point.lower()  # only the first letter was re-capitalised


@pytest.mark.parametrize(
    "sentence",
    [
        "If the talks fail, the ceasefire will end.",  # a condition carries meaning
        "Although prices fell, wages did not.",
        "So far, nobody has been charged.",
        "However, it failed.",  # too little would be left
        "Kabulov said the decision was final.",
        "The WHO (Geneva) said the outbreak was over.",  # a parenthesis that is no news agency
    ],
)
def test_meaningful_openers_and_short_remainders_stay(sentence):
    text, start, end = tighten(sentence)
    assert (text, start, end) == (sentence, 0, len(sentence))
