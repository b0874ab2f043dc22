"""Roles as the text states them: titles before a name ("Russian Foreign Minister
Sergey Lavrov"), appositions after it ("Zamir Kabulov, Russia's special
representative on Afghanistan, said"), a role noun before it ("Tory leader Michael
Howard") and definitions ("ISKP is the regional branch of the Islamic State")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefsmith.engines.extractive import places
from briefsmith.engines.extractive.compress import MARKERS
from briefsmith.engines.extractive.names import Token
from briefsmith.engines.extractive.sentences import STOPWORDS
from briefsmith.engines.extractive.wordlists import BODY_NOUNS, ROLE_MODIFIERS, ROLE_NOUNS, is_role_noun

# Words that turn a phrase into a clause: an apposition never holds one.
_CLAUSE = frozenset(
    "said says told is was are were has have had will would who which that "
    "when where because if while but could can should may might".split()
)
_ARTICLES = ("the ", "a ", "an ", "The ", "A ", "An ")
# "NAME, ROLE, said" or "NAME, ROLE.": without a comma before "said" ("NAME, an official at the
# court said") the phrase is another speaker, not the name's role, unless the name opens the
# sentence ("NAME, a senior fellow at the institute says ...").
# The body's acronym in brackets may close the role ("NAME, leader of the Workers' Party (WP), said").
_ACRONYM_BRACKET = r"(?:\s*\([A-Z][A-Za-z.&\-]{1,11}\))?"
_APPOSITION = re.compile(r"^,\s+([^,;:()“”\"]{2,120}?)(?=" + _ACRONYM_BRACKET + r"\s*(?:,|\.$|;|\)))")
_APPOSITION_SAID = re.compile(
    r"^,\s+([^,;:()“”\"]{2,120}?)(?=" + _ACRONYM_BRACKET + r"\s*(?:,|\.$|;|\)|\s+said\b|\s+says\b))"
)
# "NAME is the ROLE", also with the name's age between ("NAME, 31, was called the ringleader of
# the plot") and as others name it ("was described as X's collaborator in the scheme").
_COPULA = re.compile(
    r"^(?:,\s+\d{1,3},)?\s+(?:is|are|was|were)\s+(?:(?:also\s+)?(?:called|described\s+as|named\s+as)\s+)?"
    r"((?:the|a|an|[A-Z][\w\-]*['’]s)\s+[^,;:()“”\"]+?)"
    r"(?=\s*(?:,|;|\.$|\.\s|$)|\s+(?:and|which|that|who|but|with|whose|since|after)\s)"
)
_MAX_WORDS = 12
_ABBREV = re.compile(r"^(?:[A-Z]\.){2,}$")  # "U.N. ambassador", "U.S. envoy"


@dataclass(frozen=True)
class Role:
    text: str  # the role as the documents show it ("director of the FSB")
    start: int  # the quoted evidence: paragraph offsets of name and role together
    end: int


def _plain(word: str) -> str:
    w = word.strip(".,").replace("’", "'")
    return w[:-2] if w.endswith("'s") else w


_PREPOSITIONS = frozenset("of on for at in to from with and within under over".split())


def role_head(phrase: str) -> str:
    """The noun a role phrase is about: the last word before its first preposition
    ("special representative | on Afghanistan", "director | of the FSB")."""
    words = phrase.split()
    if len(words) > 3 and words[0].lower() == "one" and words[1] == "of":  # "one of its top generals"
        head = role_head(" ".join(words[3:]))
        return head[:-1] if head.endswith("s") and not is_role_noun(head) else head
    cut = next((i for i, w in enumerate(words) if w.lower() in _PREPOSITIONS and i > 0), len(words))
    return _plain(words[cut - 1]).lower() if cut else ""


def _is_role_phrase(phrase: str) -> bool:
    words = phrase.split()
    if not words or len(words) > _MAX_WORDS:
        return False
    if any(w.lower() in _CLAUSE for w in words):
        return False
    if not is_role_noun(role_head(phrase)):
        return False
    first = words[0]
    return (
        first.lower() in ("the", "a", "an")
        or (first.lower() == "one" and words[1:2] == ["of"])
        or first.lower() in ROLE_NOUNS
        or first.lower() in ROLE_MODIFIERS
        or first[:1].isupper()
    )


def _display(phrase: str) -> str:
    for art in _ARTICLES:
        if phrase.startswith(art):
            return phrase[len(art) :]
    return phrase


# "the FSB (Russia's secret police)"
_PARENTHESIS = re.compile(r"^\s+\(([^()“”\"]{3,60})\)")


def _bare_role(phrase: str) -> bool:
    """ "NAME, legal analyst for ...", "NAME, first cousin of ...": a role with no article."""
    first = phrase.split()[0]
    plain = first.isalpha() and first.islower() and first not in STOPWORDS and not first.endswith(("ed", "ing", "ly"))
    return plain and _is_role_phrase("a " + phrase)


def apposition(para: str, name_start: int, name_end: int, sentence_end: int, subject: bool = False) -> Role | None:
    """ "NAME, ROLE, said" or "NAME, ROLE." """
    after = para[name_end:sentence_end]
    m = (_APPOSITION_SAID if subject else _APPOSITION).match(after) or _PARENTHESIS.match(after)
    said = None if subject else _APPOSITION_SAID.match(after)
    if said and (not m or len(said.group(1)) < len(m.group(1))):  # "NAME, ROLE said", no comma
        # "“...,” Rabbi NAME, founder of the Center said": a bare role is no other speaker's
        words = said.group(1).split()
        bare = words[0].lower() not in ("a", "an", "the") and not role_head(said.group(1)).endswith("s")
        m = said if bare else None  # "in Diffa, residents said": people speaking, not a role
    if not m:
        return None
    phrase = _within_limit(_before_clause(m.group(1).strip()))  # "the head of the ... Agency | for Palestine Refugees"
    first = phrase.split()[0] if phrase else ""
    # A list of places or names ("China, India, Iran") is not an apposition.
    if not phrase or (places.state_code(_plain(first)) and len(phrase.split()) == 1):
        return None
    if not _is_role_phrase(phrase) and not _bare_role(phrase):
        return None
    if para[name_start:name_end] in phrase:
        return None  # "Saleh, son of former President Ali Saleh": a name cut short, not this one's role
    end = name_end + m.start(1) + len(phrase)
    return Role(_display(phrase), name_start, end)


def _before_clause(phrase: str) -> str:
    """ "an expert on the group and is with the Foundation" -> "an expert on the group": an
    apposition ends where "and" starts a clause, or where a relative "who" does."""
    words = phrase.split()
    for k, w in enumerate(words):
        if w == "and" and k + 1 < len(words) and words[k + 1].lower() in _CLAUSE:
            return " ".join(words[:k])
        if w in ("who", "whose") and k >= 2:
            return " ".join(words[:k])  # "a blogger who himself was wounded in 2013": the role is "a blogger"
        if k >= 2 and _participle_after_role(words, k):
            # "a Syrian gay rights activist now living in Turkey", "a conflict resolution organization
            # monitoring the conflict": where the role's noun ends, what the holder does begins.
            return " ".join(words[: k - 1 if words[k - 1] == "now" else k])
    return phrase


def _participle_after_role(words: Sequence[str], k: int) -> bool:
    w = words[k]
    if not (w.isalpha() and w.islower() and w.endswith("ing")) or k + 1 >= len(words):
        return False
    if words[k + 1].lower() not in _PREPOSITIONS and words[k + 1].lower() not in ("the", "a", "an"):
        return False
    noun = words[k - 2] if words[k - 1] == "now" else words[k - 1]
    return is_role_noun(_plain(noun))


# "... the U.N.'s envoy to Iraq, NAME," / "but an Iranian negotiator, NAME, told ..." / "“...,” a
# witness, NAME, said": a role in apposition before the name, from the start of its clause (or the
# end of a quotation) to the comma.
_PRECEDING = re.compile(r"(?:^|[,;:(—–”\"]\s*|\b(?:but|and|while|as|said|says|told)\s+)([^,;:()“”\"—–]{3,90}?),\s*$")


# "a warrant for the knifing suspect, NAME", "a message from Boko Haram's leader, NAME", "clashed
# with former national security adviser, retired Gen. NAME"
_AFTER_PREPOSITION = re.compile(
    r"\b(?:for|against|with|to|on|by|from)\s+((?:the|a|an)\s+[^,;:]+|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}['’]s\s+[^,;:]+"
    r"|(?:former|then|late|ex-)\s*[^,;:]+)$"
)


_PREPOSITION_AT = re.compile(r"\b(?:for|against|with|to|on|by|from)\s+")


def _role_after_preposition(phrase: str) -> re.Match[str] | None:
    """The last preposition of the phrase after which a role phrase runs to its end."""
    for at in reversed([m.start() for m in _PREPOSITION_AT.finditer(phrase)]):
        found = _AFTER_PREPOSITION.match(phrase, at)
        if found and _is_role_phrase(found.group(1)):
            return found
    return _AFTER_PREPOSITION.search(phrase)


def _after_verb(phrase: str) -> str:
    """The words after a verb in the past tense that follows a capitalised subject ("The President
    called | U.S. Ambassador to Korea"): what a verb's subject did is no part of its object's role.
    A participle that opens the phrase ("retired Gen.") or is hyphenated ("U.S.-backed") stays."""
    words = phrase.split(" ")
    for k in range(1, len(words) - 1):
        verb = words[k]
        if verb.isalpha() and verb.islower() and verb.endswith("ed") and words[k - 1][:1].isupper():
            return " ".join(words[k + 1 :])
    return phrase


def preceding(para: str, sentence_start: int, name_start: int, name_end: int, sentence_end: int) -> Role | None:
    """ "ROLE, NAME, said": the role as an apposition before the name, which a comma or a verb
    of saying closes."""
    after = para[name_end:sentence_end]
    if not re.match(r"^\s*(?:,|said\b|says\b|told\b|\.?$)", after):
        return None
    m = _PRECEDING.search(para[sentence_start:name_start])
    if not m:
        return None
    lead = re.match(r"(?:but|and|while|as|so|yet|said|says|told)\s+", m.group(1).strip())
    skip = lead.end() if lead else 0
    phrase = m.group(1).strip()[skip:]
    cut = _after_verb(phrase)  # "The President called U.S. Ambassador to Korea, NAME": the object's title
    skip += len(phrase) - len(cut)
    phrase = cut
    if not _is_role_phrase(phrase):
        # "a warrant for the knifing suspect, NAME": the noun phrase after the last preposition
        # that gives one ("a message from X's leader, NAME", not "to an audio message from ...")
        tail = _role_after_preposition(phrase)
        skip += tail.start(1) if tail else 0
        phrase = tail.group(1) if tail else phrase
    if not _is_role_phrase(phrase) or phrase.split()[-1].lower() in _PREPOSITIONS:
        return None
    start = sentence_start + m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip())) + skip
    return Role(_display(phrase), start, name_end)


def _within_limit(phrase: str) -> str:
    """A long role cut at its last preposition until it is short enough to be one ("a student at
    the ... Training College | of Ayotzinapa"): the rest says where, at length."""
    words = phrase.split()
    while len(words) > _MAX_WORDS:
        cut = max((k for k, w in enumerate(words) if k > 1 and w in _PREPOSITIONS), default=0)
        if not cut:
            break
        words = words[:cut]
    return " ".join(words)


def copular(para: str, name_start: int, name_end: int, sentence_end: int) -> Role | None:
    """ "NAME is the ROLE ..." at the start of a sentence: a definition."""
    m = _COPULA.match(para[name_end:sentence_end])
    if not m:
        return None
    phrase = _within_limit(m.group(1).strip())
    # The head noun comes early in a definition ("the regional branch of ...").
    if not _is_role_phrase(phrase):
        return None
    end = name_end + m.start(1) + len(phrase)
    return Role(_display(phrase), name_start, end)


# "says NAME, who's also an LGBT rights activist": a relative clause that says what the name is.
_RELATIVE = re.compile(
    r"^,\s+who(?:['’]s|\s+(?:is|was))\s+(?:also\s+|now\s+|currently\s+|still\s+|himself\s+|herself\s+)?"
    r"((?:the|a|an|[A-Z][\w\-]*['’]s)\s+[^,;:()“”\"]+?)"
    r"(?=\s*(?:,|;|\.$|\.\s|$|[”\"])|\s+(?:and|which|that|who|but|with|whose|since|after)\s)"
)


def relative(para: str, name_start: int, name_end: int, sentence_end: int) -> Role | None:
    """ "NAME, who is a former army officer, ...": the relative clause's role."""
    m = _RELATIVE.match(para[name_end:sentence_end])
    if not m:
        return None
    phrase = _within_limit(_before_clause(m.group(1).strip()))
    if not phrase or not _is_role_phrase(phrase):
        return None
    return Role(_display(phrase), name_start, name_end + m.start(1) + len(phrase))


# "NAME appears poised to keep his job as Israel's Prime Minister": the post the subject holds.
_HELD = re.compile(
    r"\b(?:his|her)\s+(?:job|post|position|role|seat|office)\s+as\s+"
    r"((?:the\s+|[A-Z][\w\-]*['’]s\s+)?[^,;:()“”\"]+?)"
    r"(?=\s*(?:,|;|\.$|\.\s|$)|\s+(?:and|which|that|who|but|with|since|after|following|for|in|until)\s)"
)

# A post the subject left is no longer held: "resigned from her post as foreign minister".
_LEFT = re.compile(
    r"\b(?:resign\w*|quit\w*|left|leav\w+|step\w*\s+down|stood\s+down|fired|sacked|dismissed|"
    r"ousted|removed|lost|los\w+|relieved)\b[^.;]*$",
    re.IGNORECASE,
)


def held(para: str, name_start: int, name_end: int, sentence_end: int) -> Role | None:
    """ "NAME ... his job as ROLE" in the sentence NAME opens: the post the subject holds
    (keeps, takes up). Not past another name: "NAME met X in his post as ..." is X's; not a
    post left: "NAME resigned from her post as ..." says what she was, not what she is."""
    rest = para[name_end:sentence_end]
    m = _HELD.search(rest)
    if not m or re.search(r"\s[A-Z][a-z]+\s+[A-Z][a-z]+", rest[: m.start()]):
        return None
    if _LEFT.search(rest[: m.start()]):
        return None
    phrase = _within_limit(m.group(1).strip())
    if not phrase or not _is_role_phrase(phrase):
        return None
    return Role(_display(phrase), name_start, name_end + m.start(1) + len(phrase))


_GENERIC = frozenset("chief head member official leader boss group organization organisation".split())


# A stance before a role noun: "pro-Beijing", "anti-government", "pro-Russian".
_STANCE = re.compile(r"^(?:pro|anti)-[\w’'\-]+$", re.IGNORECASE)

# Lower-case words inside a name: "al Qaeda", "bin Laden".
_PARTICLES = frozenset("al el bin ibn abu de da del van von".split())


def _joined_role(tokens: Sequence[Token], k: int) -> bool:
    """Is tokens[k] an "and" after a person's role noun in lower case ("journalist and ...";
    not "Police and ...", "the army and ...": bodies)?"""
    if k < 1 or tokens[k].raw != "and":
        return False
    noun = _plain(tokens[k - 1].raw)
    return noun.islower() and is_role_noun(noun) and noun not in BODY_NOUNS and noun not in ("police", "service")


def before(para: str, tokens: Sequence[Token], first: int, name_end: int) -> Role | None:
    """A lower-case role noun right before the name: "Tory leader Michael Howard",
    "Labour's former communications chief Alastair Campbell"."""
    k = first - 1
    # "the Conservative party's David Cameron": a role noun, possessive or not
    if k < 0 or not is_role_noun(_plain(tokens[k].raw)) or not tokens[k].raw.islower():
        return None
    start, named = k, False
    while start - 1 >= 0 and k - (start - 1) < 5:
        prev = tokens[start - 1]
        word = prev.raw
        low = word.lower()
        if _joined_role(tokens, start - 1):
            start -= 2  # "Rostam's friend and political colleague NAME": one role of two nouns
            continue
        if named and word.isalpha() and word.islower() and _joined_role(tokens, start - 2):
            start -= 1  # "journalist and fierce Kremlin critic NAME"
            continue
        if low in STOPWORDS or low in MARKERS or not (word[:1].isalpha() or _ABBREV.match(word)):
            break
        if low in ROLE_MODIFIERS or prev.closes or (word.isalpha() and word[:1].isupper()) or _ABBREV.match(word):
            start -= 1
            named = named or word[:1].isupper()
        elif low in _PARTICLES and named:
            start -= 1  # "al Qaeda leader"
        elif _STANCE.match(word):
            start -= 1  # "the city's pro-Beijing leader", "an anti-war campaigner"
        elif low.endswith(("'s", "’s")) and word.islower() and low[:-2] not in STOPWORDS:
            start -= 1  # "the city's leader"
            break
        elif word.islower() and not low.endswith(("ed", "ing", "ly")) and not named:  # "communications chief"
            start -= 1  # but "could barely stand Israeli leader X": a verb, not a role, before "Israeli"
        else:
            break
    if start == k and tokens[k].raw in _GENERIC:
        return None  # a bare "chief" says too little to be a role
    role_start = tokens[start].start
    end = tokens[k].end - (len(tokens[k].raw) - len(_plain(tokens[k].raw)))
    return Role(para[role_start:end], role_start, name_end)


# A collective noun right after a group's name says what it is: "the Hashd Al-Shaabi paramilitary
# force said", "the Shia al-Hashed al-Shaabi militia". Members' nouns ("ISIS fighters", "Houthi
# rebels") say who its people are: the group's own row is named by the group, not described.
_COLLECTIVE = frozenset("force militia".split())
# Nouns that say what a group is only with a describing word: "militant group", not "group".
_BARE_WEAK = frozenset("group movement organisation organization network".split())
_DESCRIBING = frozenset(
    "paramilitary militant armed rebel jihadist extremist terrorist terror political opposition ruling "
    "separatist islamist insurgent radical ultra-conservative conservative liberal nationalist".split()
)


def after_name(para: str, tokens: Sequence[Token], k: int, name_start: int) -> Role | None:
    """ "NAME paramilitary force", "NAME militia": up to two describing words, then a collective noun."""
    j = k
    while j < len(tokens) and j - k < 2 and tokens[j].raw in _DESCRIBING:
        j += 1
    noun = tokens[j].raw if j < len(tokens) else ""
    if not (noun in _COLLECTIVE or (noun in _BARE_WEAK and j > k)):
        return None
    if j + 1 < len(tokens) and (tokens[j + 1].raw in ("of", "for") or tokens[j + 1].raw[:1].isupper()):
        return None  # "NAME force of ...", "Rights group Human Rights Watch": another name goes on
    start = tokens[k].start
    return Role(para[start : tokens[j].end], name_start, tokens[j].end)


# "Dr. NAME at Yonsei Hospital said": where a speaker works, when the text gives nothing more.
_AFFILIATED = re.compile(r"^\s+(?:at|of|from)\s+(?:the\s+)?((?:[A-Z][\w.’'\-]*\s+){0,5}[A-Z][\w’'\-]*)")


def affiliation(para: str, name_start: int, name_end: int, sentence_end: int, heads: frozenset[str]) -> Role | None:
    """The body a person is "at" or "of", right after the name ("NAME of the Jamestown Foundation")."""
    m = _AFFILIATED.match(para[name_end : min(sentence_end, name_end + 90)])
    if not m or m.group(1).split()[-1] not in heads:
        return None
    end = name_end + m.end(1)
    return Role(m.group(1), name_start, end)


# "potential candidates such as NAME", "militant groups like NAME": one of a kind the text names.
_SUCH_AS = re.compile(r"\b((?:[A-Za-z][\w\-]*\s+){0,2}[a-z]+s)\s+(?:such\s+as|like|including)\s+(?:the\s+)?$")


_ADJECTIVE = re.compile(r"(?:al|ic|ive|ary|ant|ent|ous|ian|ist)$")


def _describes(word: str) -> bool:
    """A word that may describe a kind of holder: a name's ("Republican"), a modifier, an adjective."""
    low = word.lower()
    if low in STOPWORDS or low in MARKERS:
        return False
    return word[:1].isupper() or low in ROLE_MODIFIERS or bool(_ADJECTIVE.search(low))


def such_as(para: str, sentence_start: int, name_start: int, name_end: int) -> Role | None:
    """The kind before "such as" a name, in the singular ("potential candidate")."""
    base = max(sentence_start, name_start - 80)
    m = _SUCH_AS.search(para[base:name_start])
    if not m:
        return None
    words = m.group(1).split()
    plural = words[-1]
    single = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
    # Only what describes the kind stays: "potential", "Republican"; not "the budget includes".
    kept = [plural]
    for word in reversed(words[:-1]):
        if not _describes(word):
            break
        kept.insert(0, word)
    if not is_role_noun(single) or (len(kept) == 1 and single in _GENERIC):
        return None
    start = base + m.end(1) - len(" ".join(kept))
    return Role(" ".join([*kept[:-1], single]), start, name_end)
