"""Questions the text itself asks: a sentence that is a question ("Was the attack part
of a larger plot?"), one announced ("the question is, however, what can Israel do once
a deal is signed?", "... should be asking: Could this victory ...?"), a quoted one
('"Were they soldiers?" she asked'), and "leaves many asking: Why?"."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefsmith.engines.extractive.clauses import AUX, finish, prepare
from briefsmith.engines.extractive.inversion import embedded_question
from briefsmith.engines.extractive.sentences import STOPWORDS

_WH = frozenset("what who whom whose which when where why how".split())
_OPENERS = AUX | _WH | {"isn't", "aren't", "wasn't", "won't", "can't", "doesn't", "didn't", "shouldn't", "wouldn't"}
_LEAD = re.compile(
    r"^(?:(?:so|but|and|yet|now|then|still|indeed|however|meanwhile)\s*,?\s+)*"
    r"(?:(?:the|a|one|another|an important|the real|the big|the key|the main)\s+question\s+(?:is|remains|now is)"
    r"(?:\s*,\s*(?:however|then|though|of course)\s*,)?\s*[:,]?\s*)?",
    re.IGNORECASE,
)
_ASKING = re.compile(
    r"^(?P<s>.+?)\s+(?:leaves?|left|has left|have left|leaving)\s+(?:many|some|people|us|observers|others|"
    r"residents|families|many people)\s+(?:asking|wondering)\s*[:,]?\s*[“\"]?(?P<wh>why|how)\s*\?",
    re.IGNORECASE,
)
_CONDITION = re.compile(r"^(?:even\s+)?(?:if|once|unless|when)\s[^?“”\"]{3,200}?,\s+(?=[a-z])", re.IGNORECASE)
_QUOTED = re.compile(r"[“\"]([^“”\"]{10,300}\?)[”\"]")


def _well_formed(question: str) -> bool:
    words = question.split()
    first = words[0].lower().strip("“\"‘'") if words else ""
    # An author's "How can I describe ...?" asks the reader nothing about the story.
    personal = any(w.strip("“\"‘',.?") in ("I", "me", "my") for w in words)
    # "What about the ...?" is a retort, not a question one can answer.
    retort = first == "what" and len(words) > 1 and words[1].lower() == "about"
    heading = _HEADING.match(question.strip()) is not None
    return (
        len(words) >= 4 and first in _OPENERS and not personal and not retort and not heading and _says_something(words)
    )


# "Who are the missing girls?", "What is the group's appeal?": an explainer's subheading, which
# the text goes on to answer; nothing is left open.
_HEADING = re.compile(
    r"^[“\"]?(?:who|what)\s+(?:is|are|was|were)\s+(?!responsible|behind|to blame|next)(?:the\s+)?[^,?]{3,45}\?[”\"]?$",
    re.IGNORECASE,
)


# Verbs that carry no matter of their own: "Where do we go from here?" asks about nothing.
_LIGHT = frozenset("do does did go goes went be get gets got make makes made happen happens come".split())


def _says_something(words: list[str]) -> bool:
    """At least two words of matter besides the question's frame ("How should we respond?" has one)."""
    content = [w for w in (w.strip("“”\"‘’'?,.").lower() for w in words[1:]) if w]
    content = [w for w in content if w not in STOPWORDS and w not in _LIGHT and w not in AUX]
    return len(content) >= 2


def _clean(question: str, proper: Callable[[str], bool]) -> str | None:
    q = _LEAD.sub("", question.strip().strip('“”"‘’').strip())
    if not q.endswith("?"):
        return None
    # "If no deal is acceptable, how does he propose to ...?": the question after its condition
    m = _CONDITION.match(q)
    body = q[m.end() :] if m and not _well_formed(q) else q
    return finish(q, proper) if _well_formed(body) else None


# "At the top of the list of questions is how such a scenario would make Israel safer?"
_IS_WH = re.compile(r"\b(?:is|are|was|remains)\s+(whether|how|what|why|who|when|where)\s+([^?]{8,}?)\s*\?$")


def _embedded_end(question: str, proper: Callable[[str], bool]) -> str | None:
    """A question put as what something "is": its wh-clause asked directly."""
    m = _IS_WH.search(question)
    if not m:
        return None
    found = embedded_question(m.group(1), m.group(2), proper)
    return found if found and _well_formed(found) else None


def asked(text: str, proper: Callable[[str], bool]) -> str | None:
    """The question a sentence asks in so many words, or None."""
    if "?" not in text:
        return None
    t = prepare(text)
    m = _ASKING.match(t)
    if m:
        subject = m.group("s").strip()
        return finish(f"{m.group('wh').capitalize()} {subject[0].lower()}{subject[1:]}?", proper)
    end = t.rstrip("”\"’' ")
    if end.endswith("?"):
        # The question after an announcement: "..., there is a question we should ask: Could ...?"
        colon = end.rfind(": ")
        if colon > 0 and end[colon + 2 : colon + 3].isupper():
            found = _clean(end[colon + 2 :], proper)
            if found:
                return found
        return _clean(end, proper) or _embedded_end(end, proper)
    m = _QUOTED.search(t)  # '"Were they soldiers?" she asked.'
    return _clean(m.group(1), proper) if m else None
