"""Descriptions and demonstratives shown alone: "the group", "the alleged assailant",
"this deal", "that country's": does anything in the sentence say which one? The
reading is by the words around the noun (what follows it, what stands before it), not
by the noun alone: "the attack on the embassy" says which, "the attack" does not."""

from __future__ import annotations

from collections.abc import Callable

from briefsmith.engines.extractive import places
from briefsmith.engines.extractive.sentences import STOPWORDS
from briefsmith.engines.extractive.standing.tokens import NOUNISH, SAYING, Need, Tok, acts, capital_run, opens
from briefsmith.engines.extractive.standing.words import (
    ABSTRACT_HEADS,
    ANAPHORIC_HEADS,
    BE_AND_SEEM,
    EVENTS,
    GENERIC_HEADS,
    INSTITUTIONS,
    MONTHS,
    NAMED_BEFORE,
    OFFICES,
    PERSON_NOUNS,
    POSTMODIFIERS,
    PREPOSITIONS,
    TIME_NOUNS,
    TITLE_HEADS,
    WEEKDAYS,
)
from briefsmith.engines.extractive.wordlists import HONORIFICS, TITLES

_PERSONAL = frozenset("he him his she her they them their it its".split())
_COPULA = frozenset("is was are were be been being become became remains remained".split())

_THINKING = frozenset(
    "said say says worry worries worried fear fears feared believe believes think thinks warn warned argue argued "
    "hope hoped know knew expect expected suggest suggested insist insisted note noted change".split()
)

_MODALS = frozenset("could would will may might can should must is was has had".split())

_STATE_HEADS = frozenset("country nation state kingdom".split())

_ONE_PERSON = frozenset("person man woman".split())

# Members of an armed or political group, whom the group's name before them says.
_MEMBERS = frozenset("rebels fighters militants insurgents separatists jihadists militiamen gunmen loyalists".split())
_PLACE_HEADS = frozenset("state city town village area region province district".split())
_COUNTS = frozenset("two three four both".split())

_VERBISH = frozenset("are were have will would could should can may might must did does do came comes".split())


def demonstrative(text: str, toks: list[Tok], i: int) -> Need | None:
    t, low = toks[i], toks[i].low
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    after = nxt.low if nxt is not None else ""
    if after in TIME_NOUNS:
        return None  # "this week": a relative time, resolved against the article's date
    if low == "those" and (
        after in ("who", "whom", "whose", "which", "that", "with", "in", "of", "at")
        or (after.endswith(("ed", "ing")) and not opens(toks, i))
    ):
        return None  # "those who fled", "those allied with": said who
    if low == "that" and after in ("'s", "’s") and _after_noun(toks, i):
        return None  # "a minority group that's strongest in the north": a relative "that is"
    pronoun = low == "that" and (nxt is None or not nxt.text[0].isalnum() or _stands_for(toks, i))
    # "Whether that person is ...": a demonstrative before one person, not "said that".
    one = after in PERSON_NOUNS | _ONE_PERSON and not after.endswith("s")
    person = low == "that" and one and toks[i - 1].low not in _THINKING
    if low == "that" and not (
        opens(toks, i) or toks[i - 1].low in PREPOSITIONS or _determines(toks, i) or pronoun or person
    ):
        return None  # "said that ...": a conjunction, not a demonstrative
    if nxt is not None and after.isalpha() and after not in BE_AND_SEEM and not nxt.upper:
        return Need("this", t.start, nxt.end, text[t.start : nxt.end], after)
    return Need("this", t.start, t.end, t.text)


def _after_noun(toks: list[Tok], i: int) -> bool:
    """Does token i follow a noun ("a group that's")? Not a verb of saying ("said that's
    wrong"), a preposition or a function word ("because that's")."""
    if i == 0 or opens(toks, i):
        return False
    prev = toks[i - 1]
    return prev.text.isalpha() and prev.low not in _THINKING | PREPOSITIONS and prev.low not in STOPWORDS


def _stands_for(toks: list[Tok], i: int) -> bool:
    """'officials worry that could enable Iran': "that" as the subject of a verb, after
    a verb of thinking or saying (not a relative after a noun: 'the plan that could')."""
    return i > 0 and toks[i - 1].low in _THINKING and i + 1 < len(toks) and toks[i + 1].low in _MODALS


def _determines(toks: list[Tok], i: int) -> bool:
    """'challenged that assertion and ...', 'that country's': "that" before a noun, with
    no verb after it (as in "said that officials were ...")."""
    if i + 1 >= len(toks) or not toks[i + 1].text.islower():
        return False
    noun = toks[i + 1].low
    if noun not in ANAPHORIC_HEADS and not noun.endswith(NOUNISH):
        return False
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is", "ws")):
        return False  # "the chances that talks between ... succeed": "that" before a plural joins, it does not point
    after = toks[i + 2] if i + 2 < len(toks) else None
    return after is None or not after.text[0].isalpha() or after.low in ("and", "or") or after.low in PREPOSITIONS


def description(text: str, toks: list[Tok], i: int, proper: Callable[[str], bool]) -> Need | None:
    """'the group', 'the rights group', 'the alleged assailant', 'the President' with
    nothing after the noun that says which one ('the attack on the embassy' says it).
    A definite subject opening the sentence is read so whatever its noun: 'The increase
    underscores ...' leans on the sentence before unless the noun is abstract."""
    k, opening = i + 1, opens(toks, i)
    while k < len(toks) and k - i <= 3 and not _head(toks, k, opening):
        if not toks[k].text[0].isalpha() or toks[k].low in PREPOSITIONS or toks[k].low in _PERSONAL:
            return None
        k += 1
    if k >= len(toks) or not _head(toks, k, opening):
        return None
    while k + 1 < len(toks) and toks[k + 1].low in ANAPHORIC_HEADS and toks[k + 1].text.islower():
        k += 1  # "the detention facility", "the militant group": the last noun is the head
    head, between = toks[k], toks[i + 1 : k]
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if head.upper and (head.text not in TITLE_HEADS | INSTITUTIONS or (nxt is not None and nxt.upper)):
        return None  # "the Group of Seven", "the Prime Minister Benjamin Netanyahu": a name
    if head.low in TIME_NOUNS or (head.low in ABSTRACT_HEADS and _points_ahead(toks, k)):
        return None  # "The reality is that ...", "the past week": nothing named before
    ordinal = ("first", "only", "last", "main", "next", "current", "present")
    if between and (between[0].low.endswith("est") or between[0].low in ordinal):
        return None  # "the bloodiest massacre ever", "the next Parliament": says which
    if prev is not None and (prev.low in _COPULA or _apposition(toks, i, k)):
        return None  # "Tikrit is the capital", "ISIS, the militant group,": says what, not which
    plural = head.low.endswith(("s", "men"))
    if head.low in _MEMBERS and any(_a_group(t.text) for t in between):
        return None  # "The Houthi rebels", "the Taliban fighters": whose, the name says
    # "The U.S. officials stressed ...": people the story has met, opening the sentence.
    met = opening and plural and head.low in PERSON_NOUNS
    if head.low in _STATE_HEADS and len(between) == 1 and between[0].text in places.DEMONYMS:
        return None  # "the Nigerian state", "the Saudi kingdom": that nation's, said which
    if head.low in _PLACE_HEADS and any(t.upper and _a_name(t.text) for t in between):
        return None  # "the Borno state", "the Doutchi area": a place's name, not "which state?"
    if any(t.upper for t in between) and (head.low not in PERSON_NOUNS or plural or head.low in OFFICES) and not met:
        if head.low not in GENERIC_HEADS and head.low not in EVENTS:
            return None  # "the Saudi-led coalition", "the Iraqi soldiers", "the Iranian foreign minister"
    counted = len(between) == 1 and between[0].low in _COUNTS  # "the two groups": one name before is not both
    if head.low in NAMED_BEFORE and not counted and _named_before(toks, i, proper, head.low in _STATE_HEADS):
        return None  # "ISIS is battling in Syria, where the militant group ...": named just before
    if head.low in _STATE_HEADS and not counted and not plural and _one_state_before(toks, i):
        return None  # "the presence in Afghanistan is declining ... in the rural corners of the country"
    if nxt is not None:
        if specifies(toks, k + 1) or nxt.text.startswith("("):
            return None  # "the attack on Lippert", "the man who": said which
        dash = 2 if nxt.text == "-" and k + 2 < len(toks) and toks[k + 2].text == "-" else 1  # "--": two tokens
        if nxt.text in ("-", "—", "–") and k + 1 + dash < len(toks) and specifies(toks, k + 1 + dash):
            return None  # "The deaths -- of Rahman, of Roy --": said which, after a dash
        if nxt.text == "," and (_named_after(toks, k + 2) or _known_as(toks, k + 2)):
            return None  # "the suspect, Kim Ki-Jong,", "the group, also known as ISIL": named
        if nxt.low in ("he", "she", "they", "it", "we", "i") or _known_as(toks, k + 1):
            return None  # "the deal it is pursuing", "the group known as ...": said which
        if nxt.upper and not nxt.quoted and nxt.low not in _PERSONAL and nxt.text not in WEEKDAYS | MONTHS:
            return None  # "the group Amnesty International": named right there
    return Need("description", toks[i].start, head.end, text[toks[i].start : head.end], head.low)


def _a_name(word: str) -> bool:
    """A capitalised word that names ("Borno"), not one that qualifies ("Nigerian",
    "Islamist", "Kurdish"): those leave "the ... state" as open as it was."""
    return word not in places.DEMONYMS and not word.endswith(("ist", "ish", "ese", "ian", "ern"))


def _one_state_before(toks: list[Tok], i: int) -> bool:
    """Does the sentence name one state before token i, as a noun ("in Afghanistan is",
    "Yemen has been"), not as a modifier ("U.S. drones")? Not when that state is the
    subject and the country is where it goes or leaves ("the United States evacuated its
    forces from the country": another country)."""
    codes: set[str] = set()
    subject = False
    lead = _after_opening(toks, i)
    for j, t in enumerate(toks[:i]):
        if not t.upper or t.quoted:
            continue
        pair = f"{t.text} {toks[j + 1].text}" if j + 1 < i else ""
        code = places.state_code(pair) if pair else None
        width = 2 if code else 1
        code = code or places.state_code(t.text)
        if code is None:
            continue
        after = toks[j + width] if j + width < len(toks) else None
        if after is not None and after.text.isalpha() and after.text.islower() and not _verb_or_joint(after.low):
            continue  # "U.S. drones", "Iraqi forces": which one's, not the one
        codes.add(code)
        subject = subject or all(x.low == "the" for x in toks[lead:j])
    if len(codes) != 1:
        return False
    if subject and any(t.low in _AWAY for t in toks[lead:i]):
        return False  # "the United States evacuated its forces amid the chaos in the country": another one
    return not (subject and toks[i - 1].low in ("from", "into", "of", "to", "left", "fled", "entered"))


# What a state does to or from another country: its subject is not "the country" of the sentence.
_AWAY = frozenset(
    "evacuated evacuates evacuating withdrew withdraws withdrawing pulled pulls sent sends deployed deploys "
    "airlifted relocated".split()
)


def _verb_or_joint(word: str) -> bool:
    return (
        word in PREPOSITIONS
        or word in BE_AND_SEEM
        or word in _VERBISH
        or word in ("and", "or", "has", "had", "is", "was", "says", "said", "wants", "denies", "insists")
        or word.endswith("ed")
    )


def _a_group(word: str) -> bool:
    """A group's name before its members ("Houthi"), not a nation's ("U.S.", "Iraqi")."""
    return word.isalpha() and word.istitle() and _a_name(word) and places.state_code(word) is None


def _points_ahead(toks: list[Tok], k: int) -> bool:
    """'The question is whether ...', 'The problem is that ...': an abstract noun that
    says what it is right after it (not 'The question is not one of ...')."""
    words = [t.low for t in toks[k + 1 : k + 5]]
    return any(w in ("that", "whether", "what", "how", "why", "who", "if", ":") for w in words) or (
        bool(words) and words[0] not in ("is", "was", "remains", "has")
    )


def _apposition(toks: list[Tok], i: int, head: int) -> bool:
    """'ISIS, the militant group,': a description between commas after a name says what
    the name is. Not after an opening phrase ('In February, the country ...'), nor when
    it goes on as the subject ('President Obama, the attack is personal')."""
    if i < 2 or toks[i - 1].text != "," or not toks[i - 2].upper or toks[i - 2].text in WEEKDAYS | MONTHS:
        return False
    if head + 1 < len(toks) and toks[head + 1].text not in (",", ")", ".", ";", "--", "—"):
        return False
    return not any(t.low in PREPOSITIONS for t in toks[max(0, i - 4) : i - 2])


def specifies(toks: list[Tok], k: int) -> bool:
    """Does token k begin words that say which one ('on Lippert', 'who fled', 'on May
    7')? Not an infinitive ('to attend')."""
    if toks[k].low.endswith("ly") and k + 1 < len(toks) and toks[k + 1].low.endswith("ing"):
        k += 1  # "the deal currently being negotiated": the adverb says nothing of which
    t = toks[k]
    after = toks[k + 1] if k + 1 < len(toks) else None
    if t.text.islower() and t.low.endswith("ing") and len(t.low) > 5 and not t.quoted:
        # "the nations stepping into the war", "the group calling itself the Islamic State":
        # said which. (Not "-ed": "the group stormed into the hotel" is the sentence's own
        # verb as often as "the men arrested in May".)
        if after is not None and after.low in PREPOSITIONS and after.low != "to":
            return True
    if t.low == "being" and after is not None and after.text.islower() and after.low.endswith("ed"):
        return True  # "the deal being negotiated in Switzerland": the one under way
    if t.low not in POSTMODIFIERS:
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is not None and nxt.text.islower() and nxt.low.endswith("ing") and t.low in ("of", "in", "for"):
        return False  # "accused one of the men of discussing ...": says what, not which
    if nxt is not None and nxt.low in ("its", "his", "her", "their", "it", "them", "this", "that"):
        return False  # "the army in its effort": says nothing of which army
    if nxt is not None and t.low in ("at", "to", "by") and nxt.text[:1].isdigit():
        return False  # "put the death toll at 48": a value, not which toll
    if t.low == "to" and nxt is not None and nxt.text.islower() and k + 2 < len(toks) and toks[k + 2].upper:
        return True  # "the operation to retake Tikrit": its aim names which
    return t.low != "to" or (nxt is not None and (nxt.upper or nxt.low in ("the", "a", "an")))


def _named_before(toks: list[Tok], i: int, proper: Callable[[str], bool], not_subject: bool) -> bool:
    """Is something named before token i, outside quotes? For 'the country', not the
    sentence's own subject: 'Over the weekend, the United States evacuated its forces
    from the country' (the country is not the United States)."""
    lead = _after_opening(toks, i)
    for j, t in enumerate(toks[:i]):
        if not t.upper or t.quoted or (j == 0 and not proper(t.text)) or t.text in WEEKDAYS | MONTHS:
            continue
        if t.text in places.DEMONYMS:
            continue  # "British extremists traveled to join the group": a nation's adjective names no group
        if not_subject and j >= lead and all(x.upper or x.low == "the" for x in toks[lead:j]):
            continue  # the subject: what the sentence is about does not do things to itself
        if _person(toks, j):
            continue  # "said Joe Stork, the group's deputy": a person is not the group
        return True
    return False


def _after_opening(toks: list[Tok], i: int) -> int:
    """Where the sentence's subject may start: after an opening phrase ("Over the weekend,")."""
    if toks[0].low in PREPOSITIONS or toks[0].text in WEEKDAYS | MONTHS:
        return next((j + 1 for j, t in enumerate(toks[:i]) if t.text == ","), 0)
    return 0


def _person(toks: list[Tok], j: int) -> bool:
    """Is capitalised token j in a person's name: a run with a title or honorific in it
    ("Foreign Minister Philip Hammond", "Mr Reyes") or just after a verb of saying?"""
    s, e = capital_run(toks, j)
    run = toks[s:e]
    if any(t.text in TITLES or t.text in HONORIFICS for t in run[:-1]):
        return True
    return s > 0 and SAYING.match(toks[s - 1].low) is not None and len(run) >= 2


def _known_as(toks: list[Tok], k: int) -> bool:
    words = [t.low for t in toks[k : k + 3]]
    return words[:2] == ["known", "as"] or words == ["also", "known", "as"] or words[:1] in (["called"], ["dubbed"])


def _named_after(toks: list[Tok], k: int) -> bool:
    """Capitalised words from token k that end the phrase (', Kim Ki-Jong,'): a name in
    apposition, not the next clause's subject (', Seoul police said')."""
    j = k
    while j < len(toks) and toks[j].upper:
        j += 1
    return j > k and (j == len(toks) or toks[j].text in (",", ".", ")", ";", "--", "—") or toks[j].low == "who")


def _head(toks: list[Tok], k: int, opening: bool) -> bool:
    """Is token k the noun a definite description ends with?"""
    t = toks[k]
    if t.low in ANAPHORIC_HEADS or t.text in TITLE_HEADS or t.text in INSTITUTIONS:
        return True
    if not opening or not t.text.islower() or not t.text.isalpha():
        return False
    # Opening the sentence: the last lower-case word before a verb, a comma or a modal.
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is not None and (nxt.text == "," or nxt.low in BE_AND_SEEM or nxt.low in _VERBISH or acts(nxt))
