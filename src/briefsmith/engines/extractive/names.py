"""Finding the names in a sentence: runs of capitalised words ("Islamic State of
Khorasan Province", "U.S."), with the words that are capitalised only because they
start a sentence left out, possessives and honorifics stripped, and each run read as
a state (by name, demonym or capital), an organisation, or a person."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from briefsmith.engines.extractive import places
from briefsmith.engines.extractive.sentences import STOPWORDS
from briefsmith.engines.extractive.wordlists import (
    HONORIFICS,
    MONTHS_DAYS,
    NUMBERS,
    ORG_HEADS,
    PORTFOLIOS,
    TITLES,
)
from briefsmith.model import Sentence

# Abbreviated titles and styles keep their period: "Gov. Abdul Aziz Hobtour", "Lt. Col. Rick
# Francona", "St. Petersburg" are whole names, not a name cut at a full stop.
ABBREVIATIONS = (
    "Gen Gov Capt Col Lt Sgt Maj Adm Cmdr Brig Sen Sens Rep Reps Dr Mr Mrs Ms Prof Rev St Ste Ft Mt Pres Supt "
    "Insp Det Cpl Pvt Spc Pfc Cmdt Ens Gens Amb Atty Hon Sr Jr Rt"
).split()
TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|[A-Z]+\d*\+\d+"  # "U.S.", "P5+1"
    r"|[A-Z]\.(?=\s[A-Z][a-z])"  # a middle initial: "Alvin K. Hellerstein", "John F. Kennedy"
    r"|[^\W\d_][\w]*(?:['’\-][\w]+)*(?:(?<=[a-z])\.(?=\s))?|\d[\w,.]*\w|\d|[^\w\s]"
)
_ABBREVIATED = frozenset(ABBREVIATIONS)
# Lower-case words after a hyphen that make a modifier of the name before it: "Taliban-appointed",
# "London-based", "Saudi-led"; any other ("Park Geun-hye", "Yoon Myung-seon") is part of the name.
MODIFIER_TAILS = frozenset(
    "based born led backed run owned made held controlled linked allied aligned affiliated funded "
    "sponsored supported inspired dominated style era type like speaking leaning friendly majority "
    "bound wide free only level class".split()
)
_PARTICLE_POSSESSIVE = re.compile(r"^(?:al|el|bin|ibn|de|van|von|da|di|le|la|ul|ad|as|ash|ar)-[A-Z]")
CONNECTORS = frozenset(
    {
        "of",
        "for",
        "de",
        "al",
        "bin",
        "ibn",
        "van",
        "von",
        "der",
        "del",
        "la",
        "le",
        "du",
        "da",
        "dos",
        "bint",
        "ul",
        "el",
    }
)
OPENERS = frozenset("“\"‘'(:—–-")
_POSSESSIVE = ("’s", "'s", "s’", "s'")
_BODY_NOUNS = frozenset({"police"})  # a place before it names a body: "Victoria police"
# Words that open a sentence and are never a name's first word ("Yet Netanyahu accepted ...").
_EVER = frozenset(
    "Whoever Whatever Whichever Wherever Whenever However Whether Yet Although Though Unless Whereas Hence Thus "
    "Meanwhile Instead Indeed Perhaps Nonetheless Nevertheless Despite Amid Unlike Besides Moreover Furthermore "
    "Today Yesterday Tomorrow Tonight Earlier Later".split()
)
# What a sentence may say of a person before the name ("Incumbent Goodluck Jonathan phoned ..."):
# a description, not the first name.
_DESCRIBING = frozenset(
    "Incumbent Outgoing Embattled Veteran Ousted Exiled Jailed Slain Retired Disgraced Beleaguered Imprisoned "
    "Detained Murdered Deposed Fellow Controversial Prominent Billionaire Dissident".split()
)
_NEVER_FIRST = _EVER | _DESCRIBING | {"The", "A", "An"}


class Token(NamedTuple):  # a tuple, not a dataclass: a megabyte holds 200,000 of them
    text: str  # the word as a name part: possessive and hyphenated modifier cut off
    start: int  # offsets into the paragraph
    end: int
    raw: str  # the token as written
    closes: bool  # a possessive or a "-backed" modifier ends the name here


def tokens_of(sentence: Sentence) -> list[Token]:
    out: list[Token] = []
    for m in TOKEN.finditer(sentence.text):
        raw = m.group(0)
        if len(raw) > 1 and raw[-2:-1].islower() and raw[-1] == "." and raw[:-1] not in _ABBREVIATED:  # not "Gov."
            _word(out, sentence.start + m.start(), raw[:-1])
            out.append(Token(".", sentence.start + m.end() - 1, sentence.start + m.end(), ".", False))
            continue
        if len(raw) == 2 and raw[1] == "." and _common_after(sentence.text, m.end()):
            # "identified only as Nick G. Like Africa, ...": an initial that ends the name
            _word(out, sentence.start + m.start(), raw[0])
            out.append(Token(".", sentence.start + m.end() - 1, sentence.start + m.end(), ".", False))
            continue
        _word(out, sentence.start + m.start(), raw)
    return out


def _common_after(text: str, end: int) -> bool:
    """Is the word after position `end` a function word ("Like", "The"), not a surname?"""
    m = re.match(r"\s+([A-Za-z]+)", text[end:])
    return m is not None and (m.group(1).lower() in STOPWORDS or m.group(1).lower() in ("like", "unlike"))


def _word(out: list[Token], start: int, raw: str) -> None:
    text, closes = raw, False
    if raw[0].isupper() or _PARTICLE_POSSESSIVE.match(raw):  # "al-Abadi's" is "al-Abadi"
        if "’" in raw or "'" in raw:
            for suffix in _POSSESSIVE:
                if raw.endswith(suffix) and len(raw) > len(suffix) + 1:
                    text, closes = (raw[:-2] if suffix[0] in "’'" else raw[:-1]), True
                    break
        if "-" in text and raw[0].isupper():  # "Taliban-appointed": the name is "Taliban"
            head, _, tail = text.partition("-")
            if tail[:1].islower() and (tail in MODIFIER_TAILS or tail.endswith(("ed", "ing"))):
                text, closes = head, True
    out.append(Token(text, start, start + len(text), raw, closes))


_PARTICLE_NAME = re.compile(r"^(?:al|el|bin|ibn|de|van|von|da|di|le|la|ul|ad|as|ash|ar)-[A-Z]")


_PAST_TITLE = re.compile(r"^(?:then|ex|former)-[A-Z]")  # "then-Defense Minister Ehud Barak"


def is_namey(tok: Token) -> bool:
    return _namey(tok.text)


@lru_cache(maxsize=1 << 16)  # the hottest test of the actor stage: words repeat, so each is judged once
def _namey(t: str) -> bool:
    if not t[:1].isupper():
        return bool(
            t[:1].islower()
            and "-" in t
            and (_PARTICLE_NAME.match(t) or (_PAST_TITLE.match(t) and t.split("-", 1)[1] in TITLES))
        )
    return (
        t[:1].isupper()
        and t[:1].isalpha()
        and t != "I"
        and t != "OK"  # "Noah was OK": capitals, no name
        and not t.startswith(("I'", "I’"))  # "I'm", "I've"
        and t not in MONTHS_DAYS
        and not (len(t) > 1 and t.isupper() and t in {"A", "AN", "THE"})
    )


def _plural_possessive(tokens: Sequence[Token], i: int) -> bool:
    """ "the United Nations' Committee on ...": an apostrophe written onto a plural is its
    possessive, not a quotation opening (after which a capital would prove nothing)."""
    return (
        tokens[i].raw in ("'", "’") and i > 0 and tokens[i - 1].end == tokens[i].start and tokens[i - 1].raw[-1:] == "s"
    )


def initial_positions(tokens: Sequence[Token]) -> set[int]:
    """Token indexes where a capital letter proves nothing: the sentence start, the first
    word after an opening quote or a colon, and the first after a credit or dateline in
    brackets that opens the sentence ("(CNN)Whoever wins ...")."""
    found, expect, opening = set(), True, True
    credit = bool(tokens) and tokens[0].raw == "("
    for i, tok in enumerate(tokens):
        marker = tok.raw == ")" and i > 0 and len(tokens[i - 1].raw) == 1  # "...: 1) Limits on ..., 2) ..."
        if credit and tok.raw == ")":
            marker, credit = i <= 6, False
        if (
            (tok.raw in OPENERS and not _plural_possessive(tokens, i))
            or (opening and not tok.raw[:1].isalpha())
            or marker
        ):
            expect = True  # also after a list marker opening the sentence ("1) Limits on ...")
            continue
        if expect and tok.raw[:1].isalpha():
            found.add(i)
        expect = opening = False
    return found


def evidence(units_tokens: Iterable[tuple[list[Token], set[int]]]) -> tuple[Counter[str], Counter[str]]:
    """How often each word is written with a capital where position cannot explain
    it, and how often in lower case: together they tell names from common words."""
    capital: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for tokens, initial in units_tokens:
        for i, tok in enumerate(tokens):
            if tok.text[:1].isupper():
                if i not in initial:
                    capital[tok.text] += 1
            elif tok.text[:1].islower():
                lower[tok.text] += 1
    return capital, lower


def _inner_possessive(tokens: Sequence[Token], j: int) -> bool:
    """ "National People's Congress": a possessive inside an organisation's name."""
    prev = tokens[j - 1].raw
    return (
        prev.endswith(("’s", "'s"))
        and is_namey(tokens[j])
        and any(tokens[x].text in ORG_HEADS for x in range(j, min(len(tokens), j + 3)))
    )


def _inside_body(tokens: Sequence[Token], run: list[int], j: int) -> bool:
    """Does "and" at token j join two words of one body's name ("Council for Reconciliation and
    Cooperation", "Islamic State of Iraq and Syria")? Only after "Council for ..."-like words,
    and not between a place and a state ("Europe and Britain")."""
    if not is_namey(tokens[j + 1]) or tokens[run[-1]].closes:
        return False
    words = [tokens[i].raw for i in run]
    of = next((k for k, w in enumerate(words) if w in ("of", "for") and k > 0), None)
    if of is None or words[of - 1] not in ORG_HEADS:
        return False
    nxt = tokens[j + 1].text
    return not places.state_code(nxt) or bool(places.state_code(tokens[run[-1]].text))


def _body_goes_on(tokens: Sequence[Token], run: list[int], j: int) -> bool:
    """Does "on" or "to" at token j go on a body's name ("Committee on Enforced Disappearances",
    "Council on Foreign Relations")? Only right after a body's head word, before a name word."""
    return not tokens[run[-1]].closes and tokens[run[-1]].text in ORG_HEADS and is_namey(tokens[j + 1])


def _joined_before_head(tokens: Sequence[Token], run: list[int], j: int) -> bool:
    """Does "and" at token j join two words before the head of one body's name ("Gay and Lesbian
    Human Rights Commission")? The name words after it must end on a body's head."""
    if tokens[run[-1]].closes or tokens[run[-1]].text in ORG_HEADS or places.state_code(tokens[run[-1]].text):
        return False
    k = j + 1
    while k < len(tokens) and k - j <= 4 and is_namey(tokens[k]) and not tokens[k].closes:
        k += 1
    last = tokens[k - 1]
    return k - j >= 3 and last.text in ORG_HEADS and not places.state_code(tokens[j + 1].text)


def _where_part(tokens: Sequence[Token], run: list[int], j: int) -> bool:
    """Does "in" at token j go on a body's name: "... Co-operation in Europe" after "Organization
    for", or a franchise of al Qaeda ("al Qaeda in the Arabian Peninsula")? "ISIS in Syria" is a
    group and a place."""
    k = j + 2 if j + 1 < len(tokens) and tokens[j + 1].raw == "the" else j + 1
    if k >= len(tokens) or not is_namey(tokens[k]) or tokens[run[-1]].closes:
        return False
    words = [tokens[i].raw for i in run]
    if words[-1] == "Qaeda":
        return True
    of = next((x for x, w in enumerate(words) if w in ("of", "for") and x > 0), None)
    if of is None or words[of - 1] not in ORG_HEADS:
        return False
    return places.is_region(tokens[k].text)  # "in Singapore" is where its office is


def _nickname(tokens: Sequence[Token], j: int) -> int:
    """Where the quoted nickname opening at token j closes, when a name word follows it (else 0)."""
    for k in (j + 2, j + 3):
        if k + 1 < len(tokens) and tokens[k].raw in ('"', "”") and is_namey(tokens[k + 1]):
            return k if all(is_namey(tokens[x]) for x in range(j + 1, k)) else 0
    return 0


def runs(tokens: Sequence[Token]) -> list[list[int]]:
    """Maximal runs of name words, joined by connectors ("of", "al") when a name
    word follows, and by "and" inside a title ("Trade and Industry Secretary")."""
    out, i, n = [], 0, len(tokens)
    while i < n:
        if not is_namey(tokens[i]):
            i += 1
            continue
        run = [i - 1, i] if i and tokens[i - 1].raw in ("al", "el") else [i]  # "al Qaeda"
        j = i + 1
        while j < n and (not tokens[run[-1]].closes or _inner_possessive(tokens, j)):
            tok = tokens[j]
            if is_namey(tok):
                run.append(j)
                j += 1
            elif tok.raw in CONNECTORS and j + 1 < n and is_namey(tokens[j + 1]):
                run += [j, j + 1]
                j += 2
            elif tok.raw in ("on", "to") and j + 1 < n and _body_goes_on(tokens, run, j):
                run += [j, j + 1]  # "Committee on Enforced Disappearances", "Committee to Protect Journalists"
                j += 2
            elif tok.raw in ("and", "&") and j + 1 < n and _joined_before_head(tokens, run, j):
                run += [j, j + 1]  # "International Gay and Lesbian Human Rights Commission"
                j += 2
            elif tok.raw in ("and", "&") and j + 1 < n and _inside_body(tokens, run, j):
                run += [j, j + 1]  # "Council for Reconciliation and Cooperation"
                j += 2
            elif tok.raw == "in" and _where_part(tokens, run, j):
                k = j + 2 if tokens[j + 1].raw == "the" else j + 1
                while k + 1 < n and is_namey(tokens[k + 1]) and not tokens[k].closes:
                    k += 1
                run += list(range(j, k + 1))  # "Organization for Security and Co-operation in Europe"
                j = k + 1
            elif _month_surname(tokens, run, j):
                run.append(j)  # "Theresa May", "Mrs May": a month's name as a surname
                j += 1
            elif tok.raw in ('"', "“") and _nickname(tokens, j):
                k = _nickname(tokens, j)
                run.append(k + 1)  # Moshe "Bogy" Yaalon: the name goes on past a nickname in quotes
                j = k + 2
            elif tok.raw == "of" and j + 2 < n and tokens[j + 1].raw == "the" and is_namey(tokens[j + 2]):
                run += [j, j + 1, j + 2]
                j += 3
            elif (
                tok.raw in ("and", "&")
                and j + 1 < n
                and tokens[run[-1]].text in PORTFOLIOS
                and tokens[j + 1].text in PORTFOLIOS
            ):
                run += [j, j + 1]
                j += 2
            else:
                break
        out.append(run)
        i = j
    return out


_MONTH_SURNAMES = frozenset({"May"})


def _month_surname(tokens: Sequence[Token], run: Sequence[int], j: int) -> bool:
    """ "May" after a given name or an honorific is a surname, not the month ("in May 2015",
    "since May" are months: a number follows, or no name goes before)."""
    if tokens[j].raw not in _MONTH_SURNAMES or tokens[run[-1]].text in TITLES:
        return False
    nxt = tokens[j + 1].raw if j + 1 < len(tokens) else ""
    prev = tokens[run[-1]].text
    return not nxt[:1].isdigit() and nxt != "of" and prev.lower() not in STOPWORDS and prev[:1].isupper()


_INSIDE = frozenset({"and", "in", "of", "for", "the", "on", "&", "de", "du", "des"})  # lower-case words a name may hold


def defined(tokens: Sequence[Token], found: list[list[int]]) -> list[list[int]]:
    """Runs joined where an acronym in brackets defines the name before it: "Organization for
    Security and Co-operation in Europe (OSCE)", "al Qaeda in the Arabian Peninsula (AQAP)" are
    one name each, though "and" and "in" end a run elsewhere."""
    spans = []
    for i in range(1, len(tokens) - 2):
        acro = tokens[i + 1].raw.replace(".", "")
        if tokens[i].raw != "(" or tokens[i + 2].raw != ")" or not (acro.isupper() and 2 <= len(acro) <= 8):
            continue
        letters = ""
        for start in range(i - 1, max(-1, i - 15), -1):
            raw = tokens[start].raw
            if raw[:1].isupper() or raw in ("al", "el"):
                letters = raw[0].upper() + letters
            elif raw not in _INSIDE:
                break
            if letters == acro:
                if raw[:1].isupper() or raw in ("al", "el"):
                    spans.append((start, i - 1))
                break
            if len(letters) > len(acro):
                break
    if not spans:
        return found
    out = [r for r in found if not any(a <= r[0] <= b or a <= r[-1] <= b for a, b in spans)]
    out += [list(range(a, b + 1)) for a, b in spans]
    return sorted(out)


# Given names that end as a participle does ("Mohammed Tarek, a shopkeeper, said" is not
# "Armed Houthi fighters"): kept when they open a sentence.
_GIVEN_ED = frozenset(
    "Mohammed Muhammed Mohamed Muhamed Mahmed Ahmed Hamed Saeed Rasheed Rashed Waleed Majed Khaled Zayed Sayed "
    "Fareed Naveed Javed Fahed Abed Obeid Ned Ted Fred Alfred Mildred Winifred Siegfried Manfred Jed".split()
)


def trim_initial(
    run: list[int], tokens: Sequence[Token], initial: set[int], capital: Counter[str], lower: Counter[str]
) -> list[int]:
    """Drop a first word that is capitalised only because it opens the sentence."""
    if run and run[0] not in initial:
        return _no_stopwords(run, tokens)
    word = tokens[run[0]].text
    if word in ("Al", "El") and len(run) > 1 and is_namey(tokens[run[1]]):
        return run  # "Al Qaeda in the Islamic Maghreb ...": the article of an Arabic name, wherever "al" is lower case
    if word.lower() in STOPWORDS or word.lower() in NUMBERS or word in _NEVER_FIRST:
        return _no_stopwords(run[1:], tokens)
    if len(run) == 1 and run[0] + 1 < len(tokens) and tokens[run[0] + 1].raw in _BODY_NOUNS:
        return run if word.lower() not in lower else []  # "Victoria police said": a body named by where
    known = (
        word in capital
        or word in TITLES
        or word in HONORIFICS
        or word in places.DEMONYMS
        or places.state_code(word)
        or word in places.CAPITALS
        or (word.isupper() and len(word) > 1)
    )
    if known:
        return run
    # "Armed Houthi fighters", "Reportedly ...": a participle or adverb, unless a full name of three
    # words or more goes on from it ("Ahmed Ali Abdullah Saleh, the son of ...").
    verbal = word.endswith(("ly", "ing", "ed")) and len(run) < 3 and word not in _GIVEN_ED
    # "Previously Boko Haram was ...": an adverb before a name the text writes elsewhere too
    verbal = verbal or (word.endswith("ly") and tokens[run[1]].text in capital)
    if len(run) == 1 or word.lower() in lower or verbal:
        return run[1:]
    if tokens[run[1]].raw in CONNECTORS and word not in ORG_HEADS:
        return _no_stopwords(run[1:], tokens)  # "Fighters of the Northern Rivers Brigade"
    return run


def _no_stopwords(run: list[int], tokens: Sequence[Token]) -> list[int]:
    """'It', 'More' capitalised in a quoted title or after a dash name nothing."""
    while run and (tokens[run[0]].text.lower() in STOPWORDS or tokens[run[0]].text.lower() in NUMBERS):
        run = run[1:]
    return run


def _demonym_compound(word: str) -> bool:
    """ "British-Kuwaiti", "Afghan-American": peoples' adjectives joined by hyphens."""
    parts = word.split("-")
    return len(parts) > 1 and all(p in places.DEMONYMS for p in parts)


def strip_edges(run: list[int], tokens: Sequence[Token]) -> list[int]:
    """A name neither starts nor ends with a connector, nor starts with an age ("Nineteen-year-old")."""
    while run and len(run) > 1 and tokens[run[0]].text.lower().endswith(("-year-old", "-years-old")):
        run = run[1:]
    while len(run) > 1 and _demonym_compound(tokens[run[0]].text):
        run = run[1:]  # "the British-Kuwaiti ISIS fighter": the nationalities describe; ISIS is the name
    while (
        run
        and not is_namey(tokens[run[0]])
        and not (tokens[run[0]].raw in ("al", "el") and len(run) > 1 and is_namey(tokens[run[1]]))
    ):
        run = run[1:]
    while run and not is_namey(tokens[run[-1]]) and not (len(run) > 1 and _month_surname(tokens, run[:-1], run[-1])):
        run = run[:-1]
    return run
