"""Groups named only by a common noun: "the rebels", "protesters", "the gunmen", "police", "the
families". Where such a group acts in the story and no name is given for it, an analyst still lists
it ("Protesters", "Rebels"). Where the text names the group the noun belongs to ("Houthi rebels",
"Seoul police", "ISIS militants"), the bare noun is that group's other name, not a second actor,
and is left out here."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from briefsmith.engines.extractive import context, places
from briefsmith.engines.extractive.groups import GROUP_NOUNS
from briefsmith.engines.extractive.groups import modifier as group_modifier
from briefsmith.engines.extractive.mentions import Mention
from briefsmith.engines.extractive.names import Token
from briefsmith.engines.extractive.sentences import STOPWORDS, Unit
from briefsmith.engines.extractive.wordlists import NUMBERS, TITLES, is_role_noun

# Each noun -> the class it names: "gunmen" and "attackers" in one story are one band.
_CLASSES = {
    "gunmen": "attackers",
    "attackers": "attackers",
    "assailants": "attackers",
    "protesters": "protesters",
    "protestors": "protesters",
    "demonstrators": "protesters",
    "families": "families",
    "relatives": "families",
    "rebels": "rebels",
    "insurgents": "insurgents",
    "militants": "militants",
    "separatists": "separatists",
    "jihadists": "jihadists",
    "extremists": "extremists",
    "police": "police",
    "prosecutors": "prosecutors",
    "investigators": "investigators",
    "tourists": "tourists",
    "hostages": "hostages",
}
_NOUNS = frozenset(_CLASSES)
# Classes that are bodies, not bands of people.
BODIES = frozenset({"police", "prosecutors", "investigators"})
_COMPOUND = frozenset("station stations headquarters custody car cars vehicle vehicles van cordon force".split())
MIN_SENTENCES = 2  # a group named by a noun is listed when named in two sentences or more ...
MIN_ACTING = 1  # ... and acting or leading in one at least


def _named_before(tokens: Sequence[Token], initial: set[int], capital: Counter[str], k: int) -> bool:
    """Is the noun at k a named group's ("Houthi rebels", "ISIS's fighters", "Seoul police", or
    "pro-Russian separatists", which groups.py reads as a name)? A demonym or a faith alone
    ("Tunisian police") says where they are from, and a capital opening the sentence proves
    nothing ("Armed rebels", "The rebels")."""
    if k == 0:
        return False
    prev = tokens[k - 1]
    if tok_in_group_phrase(tokens, k):
        return True
    if not prev.raw[:1].isupper() or prev.text in places.DEMONYMS or prev.text in context.FAITHS:
        return False
    if prev.text.lower() in STOPWORDS or prev.text.lower() in NUMBERS:
        return False
    return k - 1 not in initial or prev.closes or capital[prev.text] > 0  # "Houthi", named elsewhere too


def _body_name(tokens: Sequence[Token], k: int) -> bool:
    """ "Victoria police", "Tunisian police": a capital before a body's noun names the body."""
    prev = tokens[k - 1] if k else None
    return prev is not None and prev.raw[:1].isupper() and prev.text.lower() not in STOPWORDS


def tok_in_group_phrase(tokens: Sequence[Token], k: int) -> bool:
    """ "Shiite militias", "pro-Russian separatists": read by groups.py as a group of its own."""
    return tokens[k].raw.lower() in GROUP_NOUNS and k > 0 and group_modifier(tokens[k - 1])


def crowd_mentions(
    units: Sequence[Unit], tokens: Sequence[list[Token]], initial: Sequence[set[int]], capital: Counter[str]
) -> list[Mention]:
    """The mentions of groups named by a common noun, in the articles that give them no name."""
    found: list[tuple[Unit, list[Token], int, str]] = []
    named: set[tuple[int, str]] = set()  # (article, class) where the text names whose they are
    for unit, toks, first in zip(units, tokens, initial, strict=True):
        if _NOUNS.isdisjoint(unit.words):
            continue  # most sentences name no such group: one set test each, not a look at every word
        for k, tok in enumerate(toks):
            cls = _CLASSES.get(tok.raw.lower())
            if cls is None or (tok.raw[:1].isupper() and k not in first):
                continue  # "the Rebels" with a capital is a name, read elsewhere
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is not None and (nxt.text in TITLES or is_role_noun(nxt.raw) or nxt.raw in _COMPOUND):
                continue  # "police Capt. Ahmed Abdi", "the rebel commander", "police station": a modifier
            if _named_before(toks, first, capital, k) or (cls in BODIES and _body_name(toks, k)):
                named.add((unit.doc, cls))
            else:
                found.append((unit, toks, k, cls))
    kept = [f for f in found if (f[0].doc, f[3]) not in named]
    # The group goes by the word the text uses most for it ("Gunmen" where gunmen outnumber attackers).
    words: dict[str, Counter[str]] = {}
    for _, toks, k, cls in kept:
        words.setdefault(cls, Counter())[toks[k].raw.lower()] += 1
    label = {cls: max(c.items(), key=lambda kv: (kv[1], kv[0]))[0].capitalize() for cls, c in words.items()}
    out = []
    for unit, toks, k, cls in kept:
        para = unit.article.paragraphs[unit.sentence.paragraph - 1]
        the = k > 0 and toks[k - 1].raw.lower() == "the"
        start = toks[k - 1].start if the else toks[k].start
        out.append(
            Mention(
                unit,
                label[cls],
                toks[k].start,
                toks[k].end,
                surface=para[start : toks[k].end],  # as written: "the attackers", "Relatives"
                subject=context.is_subject(toks, k),
                agent=context.acts(toks, k + 1),
                grouped=True,
                definite=the,
                crowd=True,
            )
        )
    return out


def enough(mentions: Sequence[Mention]) -> bool:
    """Does a group named by a noun matter enough to be listed?"""
    sentences = {m.unit.key for m in mentions}
    acting = {m.unit.key for m in mentions if m.agent or m.subject}
    return len(sentences) >= MIN_SENTENCES and len(acting) >= MIN_ACTING
