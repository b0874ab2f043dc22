"""The claim verifier: is a point supported by the sentences it cites?

A point stands only if, in its cited sentences,
  1. every number it states appears (digits or number words: "5" = "five", "1,400" = "1400");
  2. every name it states appears: each capitalised word (months and weekdays included, so
     dates are checked too), matched case-insensitively, by stem ("Russian" = "Russia",
     "Afghan" = "Afghanistan"), by a known alias ("U.S." = "United States", "French" = "France")
     or as an acronym of a capitalised run ("ISKP" = "Islamic State of Khorasan Province");
  3. at least 60 % of its other content words (not names, not function words, not "said"/"told")
     appear, by stem or a long shared beginning ("ratified" ~ "ratification");
  4. its polarity agrees: a claim with a negation needs one in the cited sentences, and a claim
     without one may not assert a word that the cited sentences only ever negate ("not ratified");
  5. it does not state as fact what the cited sentences leave open ("unclear whether", "may",
     "might", "could", "if"), unless it hedges too or is a question.
A capitalised word opening the claim counts as a name when it starts a longer name, when the
sources use it as a name, or when they never write it in lower case.
An actor's role needs all of its words in its cited sentences; its name must appear there too.
Each verdict names what is missing, so a reader can check it by hand.
"""

from __future__ import annotations

import os

from briefsmith.engines.llm import words as W
from briefsmith.engines.llm.evidence import (
    EMPTY,
    JOINERS,
    Evidence,
    Lexicon,
    capitalised_runs,
    initials,
    is_negation,
)

MIN_COVERAGE = 0.6


def _word_found(word: str, ev: Evidence) -> bool:
    if W.stems(word) & ev.stems:
        return True
    low = W.norm(word)
    # Derived forms a suffix list misses ("ratified" / "ratification"): a long shared beginning.
    return len(low) >= 6 and any(
        len(w) >= 6 and _shared(low, w) >= max(6, 0.6 * min(len(low), len(w))) for w in ev.words
    )


def _shared(a: str, b: str) -> int:
    return len(os.path.commonprefix([a, b]))


def _phrase_found(phrase: str, ev: Evidence) -> bool:
    return any(f" {form} " in f" {ev.lower} " or form in ev.acronyms for form in W.alias_forms(phrase))


def _name_found(tok: str, ev: Evidence) -> bool:
    low = W.norm(tok)
    if _phrase_found(low, ev) or low in ev.acronyms:
        return True
    return len(low) > 1 and bool(W.stems(low) & ev.stems)


def _is_name(tok: str, initial: bool, run_length: int, lex: Lexicon) -> bool:
    """A capitalised word is a name unless it may be capitalised only for opening a sentence:
    an opener is a name when it starts a longer name ("Marta Quell"), when the sources use it as
    one, or when they never write it in lower case (so "Analysts …" cannot slip past unchecked)."""
    low = W.norm(tok)
    if low in W.STOPWORDS:
        return False
    return not initial or run_length > 1 or low in lex.names or low not in lex.common


def missing_names(text: str, ev: Evidence, lex: Lexicon, *, all_words: bool = False) -> list[str]:
    """Capitalised words of `text` the evidence does not hold. A sentence opener counts as a name
    only when the sources use it as one (capitalised mid-sentence); `all_words` checks openers too."""
    missing = []
    for run in capitalised_runs(text):
        words = [t for t, _ in run if t.lower() not in JOINERS]
        phrase = " ".join(W.norm(t) for t, _ in run)
        if len(words) > 1 and (_phrase_found(phrase, ev) or initials(run) in ev.acronyms):
            continue
        for tok, initial in run:
            low = W.norm(tok)
            if tok.lower() in JOINERS or low in ("i",):
                continue
            if not all_words and not _is_name(tok, initial, len(run), lex):
                continue
            if not _name_found(tok, ev) and tok not in missing:
                missing.append(tok)
    return missing


def check_claim(text: str, ev: Evidence, lex: Lexicon = EMPTY, min_coverage: float = MIN_COVERAGE) -> str | None:
    """Why the cited sentences do not support `text`, or None when they do."""
    nums = sorted(W.numbers(text) - ev.numbers)
    if nums:
        return f"number {', '.join(nums)} not in {ev.label}"
    names = missing_names(text, ev, lex)
    if names:
        return f"{'name' if len(names) == 1 else 'names'} {', '.join(names)} not in {ev.label}"
    # Names were checked one by one above; coverage is over the other words, so a claim cannot
    # pass on its names alone ("Marta Quell resigned" with only the names in the source).
    named = {W.norm(t) for run in capitalised_runs(text) for t, initial in run if _is_name(t, initial, len(run), lex)}
    content = [w for w in W.content_words(text) if w not in named]
    if content:
        lost = [w for w in content if not _word_found(w, ev)]
        if (len(content) - len(lost)) / len(content) < min_coverage:
            return (
                f"only {len(content) - len(lost)} of {len(content)} content words in {ev.label}; "
                f"missing: {', '.join(lost[:5])}"
            )
    claim_words = [W.norm(t) for t in W.tokens(text)]
    claim_negates = any(is_negation(n) for n in claim_words)
    if claim_negates and not ev.has_negation:
        return f"the claim negates what {ev.label} states"
    if not claim_negates:
        flipped = [w for w in content if W.stems(w) & ev.negated]
        if flipped:
            return f"{ev.label} negates '{flipped[0]}'"
    if not (text.rstrip().endswith("?") or any(n in W.HEDGES for n in claim_words)):
        open_ = [w for w in content if W.stems(w) & ev.hedged]
        if open_:
            return f"{ev.label} leaves '{open_[0]}' open; the claim states it as fact"
    return None


def check_role(role: str, ev: Evidence) -> str | None:
    """An actor's role must be stated in its cited sentences: all its words, numbers and names."""
    nums = sorted(W.numbers(role) - ev.numbers)
    if nums:
        return f"number {', '.join(nums)} not in {ev.label}"
    lost = [w for w in W.content_words(role) if not _word_found(w, ev)]
    lost += [n for n in missing_names(role, ev, EMPTY, all_words=True) if W.norm(n) not in lost]
    if lost:
        return f"{', '.join(lost[:5])} not in {ev.label}"
    return None


def check_name(name: str, ev: Evidence) -> str | None:
    missing = missing_names(name, ev, EMPTY, all_words=True)
    if not any(t[:1].isupper() for t in W.tokens(name)):  # "the Taliban" is capitalised; "rebels" is not
        missing = [w for w in W.content_words(name) if not _word_found(w, ev)]
    return f"{', '.join(missing)} not in {ev.label}" if missing else None
