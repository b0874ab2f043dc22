"""Open questions from hedged, pending and conditional sentences written for these
tests; sentences that leave nothing open give none, and a garbled question is never
better than no question."""

from __future__ import annotations

import pytest

from briefsmith.engines.extractive.questions import question_for
from briefsmith.engines.extractive.sentences import units_of
from briefsmith.records.base import make_article


def ask(*sentences: str) -> str | None:
    article = make_article(id="q", title="Q", paragraphs=[" ".join(sentences)])
    units = units_of([article])
    q = question_for(
        units[-1], lambda w: w in {"Chile", "Peru", "Senate", "Lima"}, units[-2] if len(units) > 1 else None
    )
    return q.text if q else None


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "The treaty needs to be ratified by the Senate before it takes effect.",
            "Will the treaty be ratified by the Senate before it takes effect?",
        ),
        ("The new port is yet to receive its first ship.", "Will the new port receive its first ship?"),
        (
            "However, the minister said, a deal can only be signed with the consent of both parliaments.",
            "Will a deal be signed with the consent of both parliaments?",
        ),
        ("It remains to be seen whether Peru will accept the ruling.", "Will Peru accept the ruling?"),
        ("It is unclear who will lead the new agency.", "Who will lead the new agency?"),
        ("The dispute begs the question if the border is being redrawn.", "Is the border being redrawn?"),
        (
            "Analysts say it is unlikely that the tariffs will be lifted this year.",
            "Will the tariffs be lifted this year?",
        ),
        (
            "Officials discussed the possibility of the embassy being reopened next spring.",
            "Will the embassy be reopened next spring?",
        ),
        ("Chile has promised to cut its emissions by half.", "Will Chile cut its emissions by half?"),
        ("It remains unclear what form the new council would take.", "What form would the new council take?"),
        ("In what observers see as defiance, the mayor may resign.", "Will the mayor resign?"),
    ],
)
def test_templates(sentence, question):
    assert ask(sentence) == question


def test_a_definite_subject_borrows_its_purpose_from_the_sentence_before():
    q = ask(
        "The cabinet took a decision last week to close the northern mine.",
        "The decision has to be approved by the courts, the minister said.",
    )
    assert q == "Will the decision to close the northern mine be approved by the courts?"


def test_a_possessive_subject_is_named():
    assert (
        ask("Peru won the vote in 2020 and its delegation is yet to arrive in Lima.")
        == "Will Peru’s delegation arrive in Lima?"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The council met on Tuesday and approved the budget.",
        "Rain fell across the region for most of the week.",
        "“I used to sit on my hands,” she said, “but it would be more enjoyable if I won too.”",
        "It could take years.",
    ],
)
def test_no_question_where_nothing_is_open_or_the_subject_is_unclear(sentence):
    assert ask(sentence) is None


def test_every_question_ends_with_a_question_mark():
    for s in (
        "Whether the ceasefire will hold remains unclear, and it remains to be seen who will monitor it.",
        "The plan must be approved by voters in a referendum.",
    ):
        q = ask(s)
        assert q is None or q.endswith("?")


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        # the text's own questions, asked as they stand
        ("Was the convoy attacked by the same group?", "Was the convoy attacked by the same group?"),
        (
            "The question is, however, what can the council do once the vote is lost?",
            "What can the council do once the vote is lost?",
        ),
        (
            "As the talks resume there is one question the envoys should ask: Could the truce collapse again?",
            "Could the truce collapse again?",
        ),
        ("The closure of the port leaves many asking: Why?", "Why the closure of the port?"),
        ("Reporters asked whether the West can trust the new government.", "Can the West trust the new government?"),
        # doubts, disputes and decisions not yet taken
        (
            "There's little reason to believe the ceasefire will hold through the winter.",
            "Will the ceasefire hold through the winter?",
        ),
        ("The timing of the withdrawal remains in dispute.", "Will the timing of the withdrawal be resolved?"),
        (
            "Officials admit there is still disagreement over the final border.",
            "Will the disagreement over the final border be resolved?",
        ),
        (
            "A spokesman said the judges had not yet decided the fate of the two defendants.",
            "Have the judges decided the fate of the two defendants?",
        ),
        (
            "No one has claimed responsibility for the bombing of the pipeline.",
            "Who is responsible for the bombing of the pipeline?",
        ),
        (
            "The minister said he expected the new bridge to open within weeks.",
            "Will the new bridge open within weeks?",
        ),
        ("The cabinet is deciding whether to extend the curfew.", "Will the cabinet extend the curfew?"),
        ("Analysts doubt that Peru really trusts the mediators.", "Does Peru really trust the mediators?"),
        ("The envoy said progress had been made but that important gaps remain.", "Will important gaps be resolved?"),
        (
            "According to the ministry, there may be foreign advisers operating the radar.",
            "Are there foreign advisers operating the radar?",
        ),
        (
            "The bishop called on all armed factions to join the talks in the capital.",
            "Will all armed factions join the talks in the capital?",
        ),
        (
            "The reality is that air strikes won't be enough to retake the valley.",
            "Will air strikes be enough to retake the valley?",
        ),
        # the main clause only: never the "while" clause, never the aside
        (
            "The mayor, who took office in May, could be removed by the courts.",
            "Will the mayor be removed by the courts?",
        ),
        ("The harbour (which flooded twice last year) may close for repairs.", "Will the harbour close for repairs?"),
        ("The army may withdraw, while the rebels could regroup in the hills.", "Will the army withdraw?"),
        (
            "If the talks fail, the sanctions regime would probably collapse.",
            "If the talks fail, would the sanctions regime collapse?",
        ),
    ],
)
def test_questions_from_the_main_clause(sentence, question):
    assert ask(sentence) == question


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        # an invitation or a call on someone named: what they are to do is pending
        (
            "The government has invited the Chilean president to attend a summit in the capital in May.",
            "Will the Chilean president attend a summit in the capital in May?",
        ),
        (
            "The council called for rebels to return the seized ministries to the elected government.",
            "Will rebels return the seized ministries to the elected government?",
        ),
        ("Whoever wins the runoff on May 7 will face an empty treasury.", "Who will win the runoff on May 7?"),
        ("The chances that the mediation will succeed are remote at best.", "Will the mediation succeed?"),
        (
            "There's little reason to believe the council's calls for calm will have much impact.",
            "Will the council's calls for calm have much impact?",
        ),
        (
            "In the aftermath of the vote, the ministry's response is expected to be harsh.",
            "Will the ministry's response be harsh?",
        ),
        (
            'The newspaper said that, as the parade is military, the minister is "unlikely to attend."',
            "Will the minister attend?",
        ),
        ("A final accord is supposed to be concluded by June 30.", "Will a final accord be concluded by June 30?"),
        (
            "If no offer would satisfy the union, how does the minister propose to end the strike?",
            "If no offer would satisfy the union, how does the minister propose to end the strike?",
        ),
        # the subject two verbs share; a call for something to be done
        (
            "The rebels have already cleared the outskirts and are expected to advance towards the centre.",
            "Will the rebels advance towards the centre?",
        ),
        (
            "The neighbours have called for every effort to be made to reopen the border.",
            "Will every effort be made to reopen the border?",
        ),
        ("The ministry expects the vote to be held in May.", "Will the vote be held in May?"),
        ("The army took the town and may push north next week.", "Will the army push north next week?"),
        (
            "The station aired part of the interview on Friday, and plans to broadcast more this week.",
            "Will the station broadcast more this week?",
        ),
        # a consequence put as a hedge; the "it" a condition names; a second act after "and" left out
        (
            "The embargo may force the smaller mills to close within months.",
            "Will the smaller mills close within months?",
        ),
        ("Even if a pact is reached, it is unclear what form it would take.", "What form would the pact take?"),
        (
            "In a taped speech, the former mayor called for the strikes to stop and offered to leave the city.",
            "Will the strikes stop?",
        ),
        (
            "Officials have no reason to believe the hostages are still in Lima and believe they crossed into Chile.",
            "Are the hostages still in Lima?",
        ),
    ],
)
def test_questions_from_calls_chances_and_conditions(sentence, question):
    assert ask(sentence) == question


@pytest.mark.parametrize(
    "sentence",
    [
        "The old general could barely stand the new envoy.",  # inability, not a possibility
        "The council called for an end to the fighting.",  # no one named to act
        "The farmers asked the ministry for loans to cover the losses.",  # the loans are not asked to act
        "The minister calls the ruling a disgrace.",  # "calls" as a verb: nothing pending
        "Experts have little doubt that the air force can reach the capital.",  # no doubt at all
        "Political leaders need to be reminded that our schools come first.",  # the author's own voice
        "What about the thousands of farmers they displaced in the north last year?",  # a retort
        "Where do we go from here?",  # asks about nothing a reader could answer
        "How should we respond?",
    ],
)
def test_no_question_from_inability_or_an_unnamed_actor(sentence):
    assert ask(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Every pilgrim must pray at the shrine before dawn.",  # a rule, not something pending
        "Everybody has to make sacrifices now.",
        "While the rebels may regroup, the army holds the valley.",  # the doubt is only in the "while" clause
        "This impasse could lead to a permanent rift.",  # which impasse? a bullet cannot say
        "How can I describe the mood in the capital?",  # the author's own rhetorical question
        "The motive for the attack on Thursday?",  # a fragment, not a question one can ask
        "The blog reportedly described a plan to attack targets in the city.",
    ],
)
def test_no_question_from_rules_asides_or_fragments(sentence):
    assert ask(sentence) is None


def test_a_question_names_what_its_sentence_leans_on_and_cites_where_the_name_stands():
    from briefsmith.engines.extractive import ExtractiveEngine
    from briefsmith.workspace.spec import BriefSpec

    paragraphs = [
        "Kenyan officials met envoys of the Coastal Liberation Front (CLF) in Nairobi on Tuesday, the first "
        "direct talks since the group seized the port town of Lamu in 2019.",
        "Amina Yusuf, Kenya’s interior minister, said the meeting was a first step towards a settlement.",
        "She could resign if parliament rejects the ceasefire, her aides said.",
        "The CLF still holds three districts along the coast. It may demand an amnesty for its fighters.",
    ]
    article = make_article(id="k", title="Kenya weighs talks with coastal rebels", paragraphs=paragraphs)
    briefing = ExtractiveEngine().condense([article], BriefSpec(title="Talks", sources=("k",)))
    points = {p.text: p for p in briefing.section("open_questions").points}
    # the body is named as the article calls it once it has said the long name: by its acronym
    assert "Will the CLF demand an amnesty for its fighters?" in points
    cited = [c.quote for c in points["Will the CLF demand an amnesty for its fighters?"].citations]
    assert cited[0] == "It may demand an amnesty for its fighters." and cited[1].startswith("The CLF still holds")
    assert not any(q.startswith(("Will she", "Will it", "Will he")) for q in points)


def test_one_rule_says_whether_a_subject_is_plural() -> None:
    from briefsmith.engines.extractive.subjects import plural

    assert plural("the rebels") and plural("Kerry and Zarif")
    assert not plural("the crisis") and not plural("the bus") and not plural("the press")
    assert not plural("Jorge Lopes")  # a name's last word is one person
