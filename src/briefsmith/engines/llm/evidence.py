"""What the verifier looks things up in: the cited sentences, digested once (Evidence), and
what the sources teach about capitalised words (Lexicon). The checks are in support.py."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from briefsmith.engines.llm import words as W

JOINERS = frozenset({"of", "the", "and", "for", "de", "al", "bin", "von", "van", "der"})
OPENERS = frozenset('.!?:;"“”(')


@dataclass(frozen=True)
class Evidence:
    label: str  # "S3+S4", for messages
    lower: str  # the cited text, lower case, for phrase look-ups
    words: frozenset[str]
    stems: frozenset[str]
    numbers: frozenset[str]
    acronyms: frozenset[str]  # initials of capitalised runs: "Islamic State of Khorasan Province" -> "iskp"
    negated: frozenset[str]  # stems only ever seen right after a negation
    hedged: frozenset[str]  # stems only ever seen after "whether", "unclear", "might", …
    has_negation: bool


def _opens(text: str, at: int) -> bool:
    """Does the word at `at` open a sentence (nothing or end punctuation before it)?"""
    i = at - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i < 0 or text[i] in OPENERS


def capitalised_runs(text: str) -> list[list[tuple[str, bool]]]:
    """Runs of capitalised words ("United Nations Security Council"), each word with whether it
    opens a sentence (an opener may be capitalised only because it comes first)."""
    runs: list[list[tuple[str, bool]]] = []
    current: list[tuple[str, bool]] = []
    pending: list[tuple[str, bool]] = []  # joiners inside a run, kept only if the run goes on
    for m in W.TOKEN.finditer(text):
        tok = m.group()
        initial = _opens(text, m.start())
        if tok[:1].isupper():
            current += pending + [(tok, initial)]
            pending = []
        elif current and tok.lower() in JOINERS:
            pending.append((tok, False))
        else:
            if current:
                runs.append(current)
            current, pending = [], []
    if current:
        runs.append(current)
    return runs


def initials(run: Iterable[tuple[str, bool]]) -> str:
    """ "Islamic State of Khorasan Province" -> "iskp" (joiners skipped)."""
    return "".join(W.norm(t)[0] for t, _ in run if t.lower() not in JOINERS)


def evidence(cited: list[tuple[str, str]]) -> Evidence:
    """Everything the checks look up, computed once per set of cited (id, sentence) pairs."""
    text = " ".join(sentence for _, sentence in cited)
    toks = W.tokens(text)
    normed = [W.norm(t) for t in toks]
    stems = frozenset(s for t in normed for s in W.stems(t))
    acronyms = {initials(run) for run in capitalised_runs(text) if len(run) > 1}
    negated: set[str] = set()
    hedged: set[str] = set()
    plain: set[str] = set()
    last_hedge = -99
    for i, low in enumerate(normed):
        if low in W.HEDGES and toks[i][:1].islower():
            last_hedge = i
        if low in W.STOPWORDS or is_negation(low) or low in W.HEDGES:
            continue
        if any(is_negation(n) for n in normed[max(0, i - 3) : i]):
            negated.update(W.stems(low))
        elif i - last_hedge <= 6:
            hedged.update(W.stems(low))
        else:
            plain.update(W.stems(low))
    return Evidence(
        label="+".join(sid for sid, _ in cited),
        lower=" ".join(normed),
        words=frozenset(normed),
        stems=stems,
        numbers=frozenset(W.numbers(text)),
        acronyms=frozenset(a for a in acronyms if len(a) > 1),
        negated=frozenset(negated - plain),
        hedged=frozenset(hedged - plain),
        has_negation=any(is_negation(n) for n in normed),
    )


def is_negation(low: str) -> bool:
    """'not', 'never', 'no', "didn't" … (a lower-cased word)."""
    return low in W.NEGATIONS or low.endswith("n't")


@dataclass(frozen=True)
class Lexicon:
    """What the sources teach about words that open a claim (capitalised for opening or not)."""

    names: frozenset[str] = frozenset()  # capitalised mid-sentence somewhere in the sources
    common: frozenset[str] = frozenset()  # written in lower case somewhere in the sources


EMPTY = Lexicon()


def lexicon(sentences: Iterable[str]) -> Lexicon:
    """Words the sources capitalise mid-sentence (names) and words they write in lower case."""
    names: set[str] = set()
    common: set[str] = set()
    for text in sentences:
        for run in capitalised_runs(text):
            names.update(W.norm(t) for t, initial in run if not initial)
        common.update(W.norm(t) for t in W.tokens(text) if t[:1].islower())
    return Lexicon(frozenset(names), frozenset(common))
