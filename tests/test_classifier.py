"""The sentence classifier and its features, on sentences written for these tests:
names are not theme evidence, the shipped weights hold no text, the packaged model
files sentences where their meaning puts them, and the bottom line leaves out
questions, quotations and colour."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.engines.extractive.classifier import CLASSES, MODEL_FILE, SUMMARY_CLASSES, packaged
from briefsmith.engines.extractive.compose import Composer
from briefsmith.records.base import make_article
from briefsmith.workspace.spec import BriefSpec

SPEC = BriefSpec(title="Test", sources=("t",))


def composer(paragraphs, model=None, title="Test"):
    return Composer([make_article(id="t", title=title, paragraphs=paragraphs)], SPEC, model)


def test_words_of_names_are_not_theme_words():
    c = composer(
        [
            "The Human Rights Foundation's International Council met on Friday in the old town hall.",
            "A Security Council delegation arrived in the capital by train.",
        ]
    )
    first, second = c.evidence.themes
    assert "rights" not in first and "human" not in first and "council" not in first
    assert "security" not in second
    assert not any(f.startswith("lex:human_rights") for f in c.evidence.feats[0])
    assert not any(f.startswith("lex:security") for f in c.evidence.feats[1])


def test_a_name_the_text_calls_an_armed_group_is_evidence_wherever_it_stands():
    c = composer(
        [
            "Fighters of the Red Hand militia stormed a police post near the border on Monday.",
            "Red Hand has two rival wings, according to a local official.",
        ]
    )
    assert c.evidence.feats[1].get("names:armed") == 1.0


def test_shipped_weights_are_features_not_text():
    raw = resources.files("briefsmith.engines.extractive").joinpath("data").joinpath(MODEL_FILE).read_text("utf-8")
    assert len(raw) < 250_000
    data = json.loads(raw)
    assert data["sections"]["classes"] == list(CLASSES)
    assert data["summary"]["classes"] == list(SUMMARY_CLASSES)
    shape = re.compile(r"^(?:[a-z]+:)*[a-z0-9'<>=.\-_]+$")
    for head in ("sections", "summary"):
        for name, weights in data[head]["weights"].items():
            assert shape.match(name) and " " not in name, name  # one stem or one shape, never a phrase
            assert len(weights) == len(data[head]["classes"])


# A story written for this test: what happened, the violence, the rights, the context.
STORY = [
    "Security forces in the northern province of Varda cleared a protest camp on Sunday, officials said.",
    "Gunmen attacked an army checkpoint near the camp overnight, killing five soldiers and wounding nine.",
    "Insurgents later fired rockets at the provincial airbase, and troops returned fire.",
    "Police detained dozens of journalists and activists who had protested against the ban on opposition newspapers.",
    "Women were barred from the provincial university and most public jobs under a decree issued last month.",
    "Varda and its neighbour signed a trade agreement in 1998 after a decade of talks over the river border.",
    "The province has been governed by a military council since the 2019 elections were annulled.",
]


@pytest.mark.parametrize(
    ("index", "section"),
    [(1, "security_rationale"), (2, "security_rationale"), (3, "human_rights"), (4, "human_rights"), (5, "background")],
)
def test_the_packaged_model_files_sentences_by_their_meaning(index, section):
    model = packaged()
    assert model is not None
    c = composer(STORY, model, title="Crackdown in Varda")
    p = c.sorter.probs[index]
    assert max(p, key=p.get) == section, p
    best = c.sorter.best(index)
    assert best is None or best.section == section


def test_probabilities_are_a_distribution():
    model = packaged()
    c = composer(["The court sentenced the activist to ten years in prison for a post criticising the king."])
    p = model.sections.probabilities(c.evidence.feats[0])
    assert set(p) == set(CLASSES) and abs(sum(p.values()) - 1.0) < 1e-9


def test_the_bottom_line_holds_no_question_quotation_or_colour():
    paragraphs = [
        "The government closed the main border crossing on Monday after clashes between troops and smugglers.",
        "“We will not let them pass,” a guard said.",
        "Who will pay for the lost trade?",
        "Traders said prices for fuel and flour rose sharply within hours of the closure.",
        "The crossing handles most of the country's imports, according to the customs agency.",
        "The sky was grey and a cold wind blew across the empty car park.",
        "Officials said the crossing would stay shut until an inquiry into the clashes reports next month.",
    ]
    briefing = ExtractiveEngine().condense(
        [make_article(id="t", title="Border crossing closed after clashes", paragraphs=paragraphs)], SPEC
    )
    summary = [p.text for p in briefing.summary]
    assert summary[0].startswith("The government closed the main border crossing")  # the news leads
    assert not any("?" in s or s.startswith("“") for s in summary)


def test_without_a_model_the_lexicons_decide():
    c = composer(["Gunmen attacked an army checkpoint overnight, killing five soldiers and wounding nine."], None)
    assert c.sorter.probs is None and c.bottom is None
    best = c.sorter.best(0)
    assert best is not None and best.section == "security_rationale"
