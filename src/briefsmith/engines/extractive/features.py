"""What a sentence is made of, as features a section model can weigh: its theme words
outside names, the section lexicons' evidence, the marks of a question, a quotation,
an aside or a credit line, and where it stands in its article.

Words inside names are left out on purpose: "Human Rights Watch" says nothing about
rights, "Security Council" nothing about threats (the name itself is one feature,
"name"). Features are general word stems and shapes, never whole phrases of a text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from briefsmith.engines.extractive import names, places
from briefsmith.engines.extractive.lexicons import LEXICONS, years_in
from briefsmith.engines.extractive.names import Token
from briefsmith.engines.extractive.sentences import STOPWORDS, Unit, stem
from briefsmith.engines.extractive.standing.needs import needs

# Function words that carry a sentence's stance (doubt, condition, obligation, future,
# voice): kept as features although they are stopwords for similarity.
STANCE = frozenset(
    "will would could may might must should can if whether why how what when who not no never "
    "i we our my me us you your he she they it this that these those".split()
)
_QUOTES = '“”"‘’'
_PRONOUN_START = frozenset("he she they it this that these those his her their its such".split())
_DIGIT = re.compile(r"\d")
_ATTRIBUTED = re.compile(r"\b(?:said|says|told|according to|added|stated)\b")


# Words by which a text calls a name an armed group: the name is then security
# evidence wherever it stands ("Boko Haram has two factions"), though its own words are not.
ARMED = frozenset(
    "militant militants terrorist terrorists extremist extremists insurgent insurgents insurgency rebel rebels "
    "jihadist jihadists militia militias fighters guerrilla guerrillas paramilitary paramilitaries terror".split()
)


@dataclass(frozen=True)
class Read:
    """One sentence split into theme words and names."""

    words: list[str]  # lower-cased, the words of names left out
    names: list[str]  # the names, as written
    armed: set[str]  # names an armed-group word stands next to, here


def read_sentence(tokens: Sequence[Token], initial: set[int], capital: Counter[str], lower: Counter[str]) -> Read:
    in_name: set[int] = set()
    found, armed = [], set()
    for run in names.runs(tokens):
        kept = names.trim_initial(run, tokens, initial, capital, lower)
        if not kept:
            continue
        in_name.update(kept)
        name = " ".join(tokens[i].text for i in kept)
        found.append(name)
        window = tokens[max(0, kept[0] - 3) : kept[-1] + 4]
        if any(t.raw.lower() in ARMED for t in window):
            armed.add(name)
    words = [tok.raw.lower() for i, tok in enumerate(tokens) if i not in in_name and tok.raw[:1].isalpha()]
    return Read(words, found, armed)


def theme_words(tokens: Sequence[Token], initial: set[int], capital: Counter[str], lower: Counter[str]) -> list[str]:
    """The sentence's lower-cased words with the words of names taken out."""
    return read_sentence(tokens, initial, capital, lower).words


def _bucket(value: float, edges: Sequence[float], name: str) -> str:
    for edge in edges:
        if value < edge:
            return f"{name}<{edge:g}"
    return f"{name}>={edges[-1]:g}"


def features(
    unit: Unit,
    tokens: Sequence[Token],
    words: Sequence[str],
    question: float = 0.0,
    last: bool = False,
    kinds: Sequence[str] = (),
) -> dict[str, float]:
    """The features of one sentence: `words` are its theme words, `question` how plainly
    a question template fits it (0..3), `last` whether it closes its article, `kinds`
    what its names are ("armed", "state", "name")."""
    return _assemble(unit, _text_parts(unit.sentence.text, tokens, words), question, last, kinds)


# What a sentence's words alone decide: (bias, words and lexicons; has a question mark;
# quotation, attribution, opening word, digits, years and length).
_Parts = tuple[dict[str, float], bool, dict[str, float]]


def _text_parts(text: str, tokens: Sequence[Token], words: Sequence[str]) -> _Parts:
    head: dict[str, float] = {"bias": 1.0}
    for w in words:
        w = w.replace("’", "'").removesuffix("'s")
        if w in STANCE:
            head["f:" + w] = 1.0
        elif w not in STOPWORDS and len(w) > 2:
            head["w:" + stem(w)] = 1.0
    for section, lexicon in LEXICONS.items():
        score = max(0.0, sum(lexicon.matches(words).values()))
        if score:
            head["lex:" + section] = min(score, 6.0) / 3.0
    shape: dict[str, float] = {}
    stripped = text.strip()
    if stripped[:1] in _QUOTES:
        shape["quote:opens"] = 1.0
    if any(q in text for q in '“"'):
        shape["quote:has"] = 1.0
    if stripped[-1:] in _QUOTES or stripped.endswith(('."', ".”", ',"', "?”", '?"')):
        shape["quote:closes"] = 1.0
    if _ATTRIBUTED.search(text):
        shape["attributed"] = 1.0
    first = tokens[0].raw.lower() if tokens else ""
    if first in _PRONOUN_START:
        shape["starts:pronoun"] = 1.0
    if first in ("but", "and", "so", "yet", "or"):
        shape["starts:conjunction"] = 1.0
    if _DIGIT.search(text):
        shape["digits"] = 1.0
    if years_in(text):
        shape["year"] = 1.0
    shape[_bucket(len(text.split()), (8, 15, 25, 40), "len")] = 1.0
    return head, "?" in text, shape


def _assemble(unit: Unit, parts: _Parts, question: float, last: bool, kinds: Sequence[str]) -> dict[str, float]:
    """One sentence's features, in the order the classifier has always summed them (the
    same floats): its words' parts with what its place and names add."""
    head, mark, shape = parts
    feats = dict(head)
    if kinds:
        feats["names"] = min(len(kinds), 4) / 2.0
        for kind in set(kinds) - {"name"}:
            feats["names:" + kind] = 1.0
    if mark:
        feats["mark:question"] = 1.0
    if question:
        feats["template:question"] = question / 3.0
    feats.update(shape)
    feats[_bucket(unit.position, (0.01, 0.1, 0.3, 0.6, 0.9), "pos")] = 1.0
    if last:
        feats["pos:last"] = 1.0
    return feats


def all_features(
    units: Sequence[Unit],
    tokens: Sequence[Sequence[Token]],
    reads: Sequence[Read],
    questions: dict[int, float],
    importance: Sequence[float],
    headline: Sequence[float],
) -> list[dict[str, float]]:
    """The features of every unit (`questions`: unit index -> question strength;
    `importance`: how central it is to its story, 0..1), with the lexicon evidence of
    the sentences on either side: "The group claimed it" reads as its neighbours do."""
    last: dict[int, int] = {}
    armed: dict[int, set[str]] = {}
    for u, r in zip(units, reads, strict=True):
        last[u.doc] = max(last.get(u.doc, 0), u.sentence.number)
        armed.setdefault(u.doc, set()).update(r.armed)
    out = []
    # A sentence's words decide most of its features, and wire copy repeats sentences across
    # sources: each distinct text is read once (its words are the same wherever it stands).
    parts: dict[str, _Parts] = {}
    lexes: dict[str, list[tuple[str, float]]] = {}  # a text's lexicon features (all in its words' part)
    lex_of: list[list[tuple[str, float]]] = []
    leans: dict[tuple[str, str], list[str]] = {}
    for i, (u, r) in enumerate(zip(units, reads, strict=True)):
        kinds = [_kind(name, armed[u.doc]) for name in r.names]
        text = u.sentence.text
        if text not in parts:
            parts[text] = _text_parts(text, tokens[i], r.words)
            lexes[text] = [(name, value) for name, value in parts[text][0].items() if name.startswith("lex:")]
        lex_of.append(lexes[text])
        feats = _assemble(u, parts[text], questions.get(i, 0.0), u.sentence.number >= last[u.doc] - 1, kinds)
        key = (u.text, text)
        if key not in leans:
            leans[key] = sorted({n.kind for n in needs(u.text, text)})  # sorted: a set's order follows the hash seed
        for need in leans[key]:
            feats["needs:" + need] = 1.0  # what it leans on (standing/): a quotation's speaker, the writer's "I"
        feats["central"] = importance[i]
        if headline[i]:
            feats["headline"] = headline[i]
        if u.sentence.start == 0 and u.sentence.end >= len(u.article.paragraphs[u.sentence.paragraph - 1].rstrip()):
            feats["paragraph:alone"] = 1.0  # a heading, a caption, a credit line, a one-line quote
        out.append(feats)
    for i, feats in enumerate(out):
        for side, j in (("prev:", i - 1), ("next:", i + 1)):
            if 0 <= j < len(units) and units[j].doc == units[i].doc:
                for name, value in lex_of[j]:  # its "lex:" features, in the order they stand in it
                    feats[side + name] = value
    return out


def _kind(name: str, armed: set[str]) -> str:
    if name in armed or any(name in a.split() or a in name.split() for a in armed if len(a) > 2):
        return "armed"
    if places.state_code(name) or name in places.DEMONYMS:
        return "state"
    return "name"


@dataclass(frozen=True)
class Evidence:
    """What the sorter reads of every unit: its theme words and its features."""

    themes: list[list[str]]
    feats: list[dict[str, float]]


def evidence_of(
    units: Sequence[Unit],
    tokens: Sequence[Sequence[Token]],
    initial: Sequence[set[int]],
    capital: Counter[str],
    lower: Counter[str],
    questions: dict[int, float],
    importance: Sequence[float],
    headline: Sequence[float],
) -> Evidence:
    # The same sentence text reads the same (its tokens and initial positions follow from it).
    seen: dict[str, Read] = {}
    reads = []
    for u, t, ini in zip(units, tokens, initial, strict=True):
        text = u.sentence.text
        if text not in seen:
            seen[text] = read_sentence(t, ini, capital, lower)
        reads.append(seen[text])
    return Evidence([r.words for r in reads], all_features(units, tokens, reads, questions, importance, headline))
