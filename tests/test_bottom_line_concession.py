"""What the writer grants before the argument is not the bottom line: a sentence opening
"True," / "Granted," / "To be sure," that does not turn within itself. Sentences written for
these tests."""

from __future__ import annotations

from briefsmith.engines.extractive.bottomline import eligible
from briefsmith.engines.extractive.sentences import units_of
from briefsmith.records.base import make_article

TEXT = [
    "True, there have been small protests against the garrison in Velmora before.",
    "To be sure, the council has been slow, but its new plan would move the garrison out by May.",
    "Admittedly the ministry had been warned.",
    "True to form, the ministry said nothing.",
    "It is true that few people attended.",
]


def test_a_concession_that_does_not_turn_is_not_eligible():
    units = units_of([make_article(id="a", title="Garrison", paragraphs=TEXT)])
    by_number = {u.sentence.number: u for u in units}
    assert not eligible(by_number[1], None)  # the grant alone
    assert eligible(by_number[2], None)  # granted, but the argument follows in the sentence
    assert eligible(by_number[3], None)  # no comma: read as a plain statement
    assert eligible(by_number[4], None)  # "True to form" grants nothing
    assert not eligible(by_number[5], None)
