"""Open questions, phrased from what the sources leave open: pending processes
("needs to be followed up with ..."), conditions ("can only be made with ..."),
doubts and hedges ("remains to be seen who ...", "begs the question if ...",
"it is unlikely that ..."). Each question is built by general templates over the
words of one cited sentence; a sentence no template fits gives no question."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from briefsmith.engines.extractive.clauses import (
    cut_predicate,
    embedded_question,
    finish,
    subject_before,
    yes_no,
)
from briefsmith.engines.extractive.sentences import Unit

_WH = r"(whether|if|who|what|when|where|how|why|which)"
_OPEN = re.compile(
    r"\b(?:remains? to be seen|remains? (?:unclear|uncertain|unknown)|"
    r"(?:is|was|it's|are) (?:still |also )?(?:unclear|uncertain|not clear|unknown|not known|"
    r"not yet known|undecided)|begs the question|raises the question|poses the question|"
    r"the question (?:is|remains)|questions? remains?(?: over| about| as to)?|no one knows|"
    r"nobody knows)(?: of)?\s*,?\s+" + _WH + r"\s+(.+)$",
    re.IGNORECASE,
)
_LIKELY = re.compile(
    r"\b(?:it|this)\s+(?:is|was|seems|appears|remains|looks)\s+(?:still\s+|highly\s+|very\s+)?"
    r"(?:unlikely|doubtful|uncertain|unclear|possible|likely|improbable|not certain)\s+"
    r"(?:that|whether|if)\s+(.+)$",
    re.IGNORECASE,
)
_POSSIBILITY_OF = re.compile(r"\bpossibility of\s+(.{3,80}?)\s+being\s+(.+)$", re.IGNORECASE)
_POSSIBILITY_THAT = re.compile(r"\b(?:possibility|prospect|chance) that\s+(.+)$", re.IGNORECASE)

# (pattern whose match ends where the predicate starts, question template, strength)
_SUBJECT_RULES: tuple[tuple[re.Pattern[str], str, float], ...] = (
    (re.compile(r"\b(?:needs?|has|have|had) to be\s+(?!\w+ing\b)"), "Will {s} be {p}?", 3.0),
    (re.compile(r"\b(?:is|are|was|were|has|have) (?:still )?yet to\s+"), "Will {s} {p}?", 2.5),
    (re.compile(r"\b(?:can|could|will|would) only be\s+"), "Will {s} be {p}?", 2.5),
    (re.compile(r"\b(?:can|could|will|would) only\s+"), "Will {s} {p}?", 2.5),
    (re.compile(r"\b(?:is|are) (?:still )?(?:expected|due|scheduled|slated|poised) to\s+"), "Will {s} {p}?", 2.0),
    (re.compile(r"\b(?:is|are) (?:highly |very )?(?:un)?likely to\s+"), "Will {s} {p}?", 2.0),
    (re.compile(r"\b(?:awaits|await|awaiting) (?:a |an |the )?"), "Will {s} get {p}?", 2.0),
    (re.compile(r"\b(?:needs?|must|has to|have to)\s+(?!be\b|not\b)"), "Will {s} {p}?", 1.5),
    (
        re.compile(
            r"\b(?:plans?|planned|intends?|intended|aims?|hopes?|hoped|wants?|promised|"
            r"pledged|vowed|threatened|(?:has|have) (?:ambitions|plans)) to\s+"
        ),
        "Will {s} {p}?",
        1.5,
    ),
    (re.compile(r"\b(?:may|might|could) (?:well |yet |still )?(?!not\b|have\b|be\b)"), "Will {s} {p}?", 1.2),
)


# Every template needs one of these words: one search rules most sentences out.
_ANY_TRIGGER = re.compile(
    r"unclear|uncertain|unknown|not known|to be seen|question|likely|doubtful|possib|prospect|chance|"
    r"needs? to|ha(?:s|ve|d) to|yet to|only|expected|due|scheduled|slated|poised|await|must|plan|"
    r"intend|aim|hope|want|promised|pledged|vowed|threatened|ambitions|may|might|could|knows|certain",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Question:
    text: str
    strength: float  # how plainly the sentence leaves something open (1..3)
    antecedent: Unit | None = None  # the sentence a "the decision" points back to


def question_for(unit: Unit, proper: Callable[[str], bool], previous: Unit | None = None) -> Question | None:
    """The open question a sentence raises, or None."""
    text = unit.text
    if not _ANY_TRIGGER.search(text):
        return None
    m = _OPEN.search(text)
    if m:
        q = embedded_question(m.group(1), m.group(2), proper)
        return Question(q, 3.0) if q else None
    m = _LIKELY.search(text)
    if m:
        q = yes_no(m.group(1), proper)
        return Question(q, 2.5) if q else None
    m = _POSSIBILITY_OF.search(text)
    if m:
        subject, pred = m.group(1), cut_predicate(m.group(2))
        q = finish(f"Will {subject} be {pred}?", proper) if pred else None
        return Question(q, 2.0) if q else None
    m = _POSSIBILITY_THAT.search(text)
    if m:
        q = yes_no(m.group(1), proper)
        return Question(q, 2.0) if q else None
    for pattern, template, strength in _SUBJECT_RULES:
        m = pattern.search(text)
        if not m:
            continue
        subject = subject_before(text, m.start(), unit, previous)
        pred = cut_predicate(text[m.end() :])
        if subject is None or not pred or pred.split()[0].lower() in ("not", "to", "be", "been"):
            return None
        q = finish(template.format(s=subject.text, p=pred), proper)
        return Question(q, strength, previous if subject.expanded else None) if q else None
    return None
