"""A piece of a quotation begun in an earlier sentence is no bottom-line statement."""

from briefsmith.engines.extractive.bottomline import eligible
from briefsmith.engines.extractive.quotation import inside_quote, marks
from briefsmith.engines.extractive.sentences import units_of
from briefsmith.records.base import make_article

RUN = (
    '"The carrier proves the navy can build larger ships. It is also possible the navy will '
    'refit it during its service," a defence analyst said. The ministry denied any such plan. '
    '"We have no intention of refitting it," a spokesman said. "The vessel has other roles. '
    'It serves in disaster relief. It serves in peacekeeping."'
)


def test_each_mark_is_read_by_what_stands_around_it():
    assert marks('"Blah," he said, "and blah."') == [True, False, True, False]
    assert marks("its “all options” policy") == [True, False]
    assert marks('It was possible," Li said.') == [False]


def test_a_quotation_s_tail_and_its_middle_begin_inside_it():
    article = make_article(id="a", title="Carrier", paragraphs=[RUN])
    inside = [s.number for s in article.sentences if inside_quote(article.sentences, s.number)]
    assert inside == [2, 6, 7]  # the tail '..." a defence analyst said', and the spokesman's run
    units = units_of([article])
    by_number = {u.sentence.number: u for u in units}
    assert not eligible(by_number[2], None)  # a fragment of what someone said
    assert eligible(by_number[3], None)  # the writer's own words between two quotations


def test_a_lost_paragraph_break_does_not_carry_a_quotation_on():
    # A quotation going on into the next paragraph opens anew without closing; with the break
    # lost, counting marks would put every later sentence inside a quote.
    text = (
        '"It will get guidance from the group. It gains recruits. The pact is official. '
        "The analyst said so. The army held the town."
    )
    article = make_article(id="b", title="Pact", paragraphs=[text])
    inside = [s.number for s in article.sentences if inside_quote(article.sentences, s.number)]
    assert inside == [2, 3, 4]  # a few sentences on, the quote has surely closed
