"""Open questions, phrased from what the sources leave open: questions the text asks
(`asked.py`), doubts ("remains to be seen who ...", "whether the West can trust ...",
"it is unlikely that ..."), disputes ("remains in dispute"), pending processes and
decisions ("needs to be approved", "has not yet decided", "is expected to"),
conditions ("can only be made with ...") and hedges ("could collapse").

Each question is built by general templates over one main clause of one cited
sentence: never from a "while ..." clause, an aside in brackets, or a rule someone
"must" follow. A sentence no template fits gives no question."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from briefsmith.engines.extractive import places
from briefsmith.engines.extractive.anycase import Lowered
from briefsmith.engines.extractive.asked import asked
from briefsmith.engines.extractive.clauses import (
    Clause,
    clause_end,
    cut_predicate,
    decap,
    finish,
    main_clauses,
    noun_phrase,
)
from briefsmith.engines.extractive.implied import counted, definite
from briefsmith.engines.extractive.inferred import TRIGGER as _INFERRED_TRIGGER
from briefsmith.engines.extractive.inferred import inferred
from briefsmith.engines.extractive.inversion import base_verb as _base_verb
from briefsmith.engines.extractive.inversion import embedded_question, yes_no
from briefsmith.engines.extractive.sentences import STOPWORDS, Unit
from briefsmith.engines.extractive.standing.needs import needs
from briefsmith.engines.extractive.standing.resolve import Mark
from briefsmith.engines.extractive.subjects import subject_before
from briefsmith.model import Citation

_WH = r"(whether|if|who|what|when|where|how|why|which)"
_OPEN = re.compile(
    r"\b(?:remains? to be seen|remain(?:s|ed)? (?:unclear|uncertain|unknown|undecided|an open question)|"
    r"(?:is|was|are|were|it's) (?:still |also )?(?:unclear|uncertain|not (?:immediately |yet |entirely )?clear|"
    r"unknown|not (?:immediately )?known|"
    r"not yet known|undecided|unsure|not sure)|begs the question|raises? the question|poses? the question|"
    r"the question (?:is|remains)|questions? remains?|no one knows|nobody knows|"
    r"(?:asked|asks|asking|wondered|wonders|wondering|questioned|questioning|investigating|investigate|"
    r"investigates|examining|to determine|to decide|deciding|decide|debating|considering|weighing|"
    # an inquiry in other words: "looking into whether ...", "trying to find out who ..."
    r"look(?:ing|s|ed)?\s+into|prob(?:ing|es|ed)|explor(?:ing|es|ed)|"
    r"(?:trying|seeking|working|waiting|hoping|wants?|wanted)\s+to\s+(?:find\s+out|figure\s+out|work\s+out|establish|"
    r"learn|understand|know|ascertain)|"
    r"no word(?: yet)? on|concerned|worried|doubts?|(?:to|wait and|waiting to|wait to) see|"
    # what a source withholds is not known: "officials declined to say how many ..." (what one
    # "has not said" is inferred.py's)
    r"(?:declined|declines|refused|refuses|would not|wouldn['’]t)\s+(?:to\s+)?"
    r"(?:say|reveal|disclose|confirm|comment on)|"
    # "raising fresh questions over whether ...": the text says what is open
    r"(?:rais(?:e|es|ed|ing)|prompt(?:s|ed|ing)?|spark(?:s|ed|ing)?|pos(?:e|es|ed|ing)|leav(?:e|es|ing)|left)\s+"
    r"(?:(?:more|further|new|fresh|serious|many|growing|some|hard|difficult|troubling|urgent|key|big|important|"
    r"interesting|major|basic|fundamental|thorny|uncomfortable|awkward)\s+)*questions|"
    r"(?:disagree|disagrees|disagreed|differ|differs|differed|(?:are|were|is|was|remain|remained)\s+(?:deeply\s+)?"
    r"(?:divided|split))))"
    r"(?:\s+(?:of|over|about|as to|on))?\s*,?\s+" + _WH + r"\s+(.+)$",
    re.IGNORECASE,
)
_OPEN_FIRST = re.compile(
    r"^(whether|how|why|what|who|when|where)\s+(.+?)\s+(?:remains|is|was) (?:still )?"
    r"(?:unclear|unknown|uncertain|undecided|an open question|to be seen)\b",
    re.IGNORECASE,
)
_WHETHER_TO = re.compile(
    r"\b(?:(?:is|are|was|were|has been|have been)\s+)?(?:still\s+)?(?:deciding|considering|weighing|debating|"
    r"discussing|mulling|unsure|undecided|decide|consider|weigh|debate)\s+(?:about\s+)?whether\s+to\s+(.+)$",
    re.IGNORECASE,
)
_WHETHER = re.compile(r"\bwhether\s+(?!or\b|to\b)(.+)$", re.IGNORECASE)
_LIKELY = re.compile(
    r"\b(?:(?:(?:it|this)\s+(?:is|was|seems|appears|remains|looks)|it['’]s)\s+(?:still\s+|also\s+|highly\s+|very\s+)?"
    r"(?:unlikely|doubtful|uncertain|unclear|possible|likely|improbable|not certain)\s+(?:that|whether|if)|"
    r"(?:little|no)\s+reason\s+to\s+(?:believe|think|expect|assume)(?:\s+that)?|"
    r"(?:unsure|not sure|(?<!little )(?<!no )doubts?|doubtful)\s+(?:that|whether|if)|"
    # "There's no guarantee Netanyahu will form a coalition", "It is possible one of them wrote it"
    r"(?:there\s+(?:is|was)|there['’]s)\s+no\s+guarantee(?:\s+that)?|"
    r"(?:it\s+(?:is|was)|it['’]s)\s+(?:quite\s+|entirely\s+|also\s+)?possible(?!\s+(?:that|whether|if|to|for)\b)|"
    r"(?:there\s+(?:is|are|was|were)\s+|rais\w+\s+|amid\s+|express\w+\s+)(?:growing\s+|some\s+|grave\s+|serious\s+)?"
    r"(?:concerns?|fears?|worries|worry)\s+that)\s+(.+)$",
    re.IGNORECASE,
)
_POSSIBILITY_OF = re.compile(r"\bpossibility of\s+(.{3,80}?)\s+(being|becoming)\s+(.+)$", re.IGNORECASE)
_POSSIBILITY_THAT = re.compile(
    r"\b(?:(?:possibility|prospects?|chances?)|"
    # "there is a risk that critics may resort to violence": whether they will is open (one
    # "taking the risk that ..." accepts it, and says nothing of whether it comes)
    r"(?:(?:is|are|was|were|remains?|['’]s)\s+(?:(?:a|an|the|some)\s+)?(?:\w+\s+)?|(?:of|about|over)\s+(?:a|the)\s+"
    r"(?:\w+\s+)?)(?:risks?|dangers?)) that\s+(.+)$",
    re.IGNORECASE,
)
# "The chances that the talks succeed are slim": the judgement is not part of the question.
_JUDGED = re.compile(
    r"\s+(?:is|are|was|were|remains?|seems?|looks?)\s+(?:\w+\s+)?(?:remote|slim|small|low|high|good|dim|slight|"
    r"thin|real|growing|uncertain)\b.*$"
)
_DISPUTED = re.compile(
    r"\s+(?:remains?|remained|is|are|was|were)\s+(?:still\s+)?(?:in dispute|unresolved|unsettled|disputed|contested|"
    r"undecided|under discussion|being negotiated|(?:a|the|one)\s+(?:main\s+|key\s+|major\s+)?(?:sticking point|"
    r"point of contention|bone of contention))\b"
)
_DISAGREEMENT = re.compile(
    r"\bthere\s+(?:is|are|was|were)\s+(?:still\s+)?(?:some\s+)?(disagreement|differences|dispute|gaps|debate)\s+"
    r"(over|on|about)\s+(.+)$",
    re.IGNORECASE,
)
_NOT_YET = re.compile(
    r"\b(has|have|had)(?:\s+(?:not\s+yet|yet\s+not|still\s+not|not\s+so\s+far)|n['’]t\s+(?:yet|so\s+far))\s+(\w+ed)\b(.*)$"
)
# Whom a call or an expectation names: a few words, never a phrase of purpose ("asked the
# government for loans to cover ...": the government is asked, the loans are not).
_NP = (
    r"((?:the\s+|a\s+|an\s+|all\s+)?[\w’'\-]+"
    r"(?:\s+(?!for\b|with\b|in\b|on\b|at\b|by\b|from\b|about\b|over\b)[\w’'\-]+){0,3}?)"
)
# An expectation or a demand of someone named: what they are to do is pending.
_EXPECTS = re.compile(
    r"\b(?:expects?|expected|predicts?|predicted|called on|calls on|urged|urges|appealed to|appeals to|"
    r"invited|invites|asked|asks|pressed|presses|called for|calls for)\s+"
    + _NP
    + r"\s+to\s+(?!the\b|an?\b|this\b|that\b|his\b|her\b|its\b|their\b)([a-z].+)$"
)
# A consequence put as a hedge: "That could prompt Iran to withdraw" leaves open whether Iran will.
_PROMPTS = re.compile(
    r"\b(?:could|may|might|would|will likely|is likely to|are likely to)\s+(?:also\s+)?"
    r"(?:prompt|force|push|lead|cause|drive|encourage|persuade|compel|spur)\s+"
    + _NP
    + r"\s+to\s+(?!be\b|the\b|an?\b|this\b|that\b|his\b|her\b|its\b|their\b)([a-z].+)$"
)
# "Whoever wins the vote will ...": who does is open.
_WHOEVER = re.compile(r"^(?:[A-Z]\w*\s*,\s+)?whoever\s+([a-z]+s)\s+(.+?)\s+(?:will|would|must)\s+", re.IGNORECASE)
_THERE_MAY = re.compile(r"\bthere\s+(?:may|might|could)\s+(?:well\s+|also\s+)?be\s+(.+)$", re.IGNORECASE)
_REMAIN = re.compile(r"^(.+?)\s+(?:still\s+)?remains?(?:\s+(?:unresolved|open|outstanding))?\s*[”\"]?[.,]?[”\"]?$")
_OPEN_NOUNS = frozenset(
    "gaps differences disagreements obstacles hurdles issues questions concerns doubts sticking points".split()
)
_UNCLAIMED = re.compile(
    r"^(?:no one|nobody|no group)\s+(?:has\s+)?(?:yet\s+|immediately\s+|so far\s+)*"
    r"claimed\s+responsibility\s+for\s+(.+)$",
    re.IGNORECASE,
)

_HEDGE = r"(?:well |yet |still |eventually |soon )?"
# (pattern whose match ends where the predicate starts, question template, strength)
_SUBJECT_RULES: tuple[tuple[re.Pattern[str], str, float], ...] = (
    (re.compile(r"\b(?:needs?|has|have|had|must) (?:to )?be\s+(?=\w+(?:ed|en)\b)"), "Will {s} be {p}?", 3.0),
    (re.compile(r"\b(?:is|are|was|were|has|have|had) (?:still )?yet to\s+"), "Will {s} {p}?", 2.5),
    # "The third suspect is still to be apprehended": as pending as "yet to"
    (re.compile(r"\b(?:is|are|was|were) (?:still|yet) to be\s+(?=\w+(?:ed|en)\b)"), "Will {s} be {p}?", 2.5),
    (re.compile(r"\b(?:can|could|will|would) only be\s+"), "Will {s} be {p}?", 2.5),
    (re.compile(r"\b(?:can|could|will|would) only\s+"), "Will {s} {p}?", 2.5),
    (
        re.compile(r"\b(?:is|are) [“\"]?(?:still )?(?:expected|due|scheduled|slated|poised|set|supposed) to\s+"),
        "Will {s} {p}?",
        2.0,
    ),
    (re.compile(r"\b(?:is|are) [“\"]?(?:only |highly |very )?(?:un)?likely to\s+"), "Will {s} {p}?", 2.0),
    (re.compile(r"\b(?:awaits|await|awaiting) (?:a |an |the )?"), "Will {s} get {p}?", 2.0),
    (re.compile(r"\b(?:will|would) (?:also |still )?(?:have|need) to\s+(?!be\b)"), "Will {s} {p}?", 2.0),
    # a decision pending: "the detention will be reviewed in 72 hours"
    (
        re.compile(
            r"\b(?:will|is to|are to) (?:also |now |soon |then )?be\s+(?=(?:reviewed|decided|determined|considered|"
            r"assessed|debated|voted on|extended|renewed|ratified|finali[sz]ed)\b)"
        ),
        "Will {s} be {p}?",
        2.0,
    ),
    # a commitment made is an act pending, as plainly as one expected
    (re.compile(r"\b(?:(?:has|have|had) )?(?:promised|pledged|vowed|committed) to\s+"), "Will {s} {p}?", 2.0),
    # An intention pending, in the present only: one told in the past ("prosecutors said he
    # planned to carry out the attack", "the military threatened to destroy any ships") is the
    # story of what was meant, overtaken by what happened (a plot foiled, a threat told as news).
    (
        re.compile(
            r"\b(?:plans?|intends?|aims?|hopes?|wants?|seeks?|(?:is|are) (?:seeking|trying|attempting|hoping|planning)|"
            r"(?:has|have) (?:ambitions|plans)) to\s+"
        ),
        "Will {s} {p}?",
        1.5,
    ),
    # an agreement sought is not yet reached: "the parties are seeking agreement on ..."
    (
        re.compile(
            r"\b(?:is|are|was|were) (?:still )?(?:seeking|pursuing|negotiating|working (?:on|toward|towards)|"
            r"pushing for|hoping for)\s+(?=(?:an? |the )?(?:\w+ )?(?:agreement|deal|accord|settlement|ceasefire|"
            r"truce|compromise|consensus)\b)"
        ),
        "Will {s} reach {p}?",
        2.0,
    ),
    # what someone struggles to do, they may not manage
    (
        re.compile(r"(?:\b(?:is|are|was|were)|['’]re|['’]s) (?:still )?(?:struggling|battling) to\s+"),
        "Can {s} {p}?",
        1.5,
    ),
    (re.compile(rf"\b(?:may|might|could) {_HEDGE}be\s+(?=\w+(?:ed|en)\b)"), "Will {s} be {p}?", 1.2),
    # "two men could be from Canada": the hedge stays in the question
    (re.compile(rf"\b(?:may|might|could) {_HEDGE}be\s+(?!not\b|a\b|an\b|the\b)"), "Could {s} be {p}?", 1.2),
    # "the attack could have been carried out by ...": whether it was is open
    (re.compile(rf"\b(?:may|might|could) {_HEDGE}have been\s+(?=\w+(?:ed|en)\b)"), "Could {s} have been {p}?", 1.2),
    (
        re.compile(
            rf"\b(?:may|might|could) {_HEDGE}(?!not\b|have\b|be\b|barely\b|hardly\b|scarcely\b|never\b|ill\b|"
            r"(?:see|hear|feel|smell|sense|taste)\b)"
        ),
        "Will {s} {p}?",
        1.2,
    ),
    (re.compile(r"\bwould (?:likely|probably) (?!not\b|have\b|be\b)"), "Would {s} {p}?", 1.2),
    # a doubt put as a denial: "short victories won't be enough to defeat ISIS"
    (re.compile(r"\b(?:won't|will not|won’t)\s+be\s+(?=enough|sufficient|able|easy)"), "Will {s} be {p}?", 1.2),
)

# Every template needs one of these words: one search rules most sentences out.
_ANY_TRIGGER = re.compile(
    r"unclear|uncertain|unknown|not known|to be seen|question|likely|doubt|possib|prospect|chance|"
    r"needs? to|ha(?:s|ve|d) to|yet to|only|expected|due|scheduled|slated|poised|set to|await|must|plan|"
    r"intend|aim|hope|want|promised|pledged|vowed|threatened|ambitions|may|might|could|knows|certain|"
    r"whether|unsure|not sure|reason to|dispute|unresolved|unsettled|contested|undecided|disagree|differences|"
    r"gaps|debate|not yet|has not|have not|had not|responsibility|seek|sought|trying|attempting|would|sticking|"
    r"contention|concern|fear|worr|predict|expects|called|calls|urge|appeal|remain|won't|will not|won’t|"
    r"invite|asked|pressed|presses|whoever|supposed|chances|prompt|force|persuade|compel|spur|seeking|pursuing|"
    r"negotiating|working|pushing|hoping|struggling|battling|"
    r"wonder|investigat|asked|asks|asking|concerned|worried|deciding|considering|weighing|under discussion|see|"
    r"no word|divided|split|differ|reviewed|ratified|renewed|extended|assessed|debated|finali|voted on|deadline|"
    r"until|investigation|inquiry|probe|not immediately|risk|danger|declin|refus|look|prob|explor|find out|learn|"
    r"understand|know|ascertain|figure out|work out|guarantee|still to be",
    re.IGNORECASE,
)
_TRIGGERED = Lowered(_ANY_TRIGGER, _INFERRED_TRIGGER)  # either one found, faster (anycase.py)


@dataclass(frozen=True)
class Question:
    text: str
    strength: float  # how plainly the sentence leaves something open (1..3)
    antecedent: Unit | None = None  # the sentence a "the decision" points back to
    support: tuple[Citation, ...] = ()  # where a name put in for "it" or "the group" stands


# Two outlets' questions are one when most of their words of matter are shared: "Will Saudi
# Arabia and Egypt go ahead with sending ground troops?" and "... with putting boots on the
# ground?" (5 of 9). On the labelled clusters every pair of questions at 0.4 or more asked the
# same thing, and none below.
SAME_QUESTION = 0.5


def question_words(text: str) -> frozenset[str]:
    """A question's words of matter: lowercased, not function words, not one or two letters."""
    return frozenset(w for w in re.findall(r"[\w’']+", text.lower()) if len(w) > 2 and w not in STOPWORDS)


def same_question(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two questions' words of matter (`question_words`) ask one thing? At least three shared."""
    shared = len(a & b)
    return shared >= 3 and shared >= SAME_QUESTION * len(a | b)


def might_ask(unit: Unit) -> bool:
    """Could a template fit the sentence at all (a cheap test)?"""
    return _TRIGGERED.search(unit.text)


# Pronouns and demonstratives, and words anchored in the story's context ("joined the group
# there", "since then"); "the attack" reads in its brief.
_LEANING = frozenset({"person", "plural", "thing", "this", "anchored"})


def leans(question: str, proper: Callable[[str], bool]) -> bool:
    """Does a question lean on a sentence it does not cite ("Will he resign?", "Will the
    group attack?")? The standing rules (standing/needs.py) read it as they read a point;
    the "it" of "Is it known whether ..." names nothing, so what is asked is read alone."""
    asked = _EXPLETIVE.sub("", question)
    asked = asked[:1].upper() + asked[1:]
    if _BODY_DESCRIBED.search(asked):
        return True  # "... be attracted to the group?": which group, wherever it stands
    return any(n.kind in _LEANING for n in needs(asked, proper=proper))


# A body named only by what it is: the reader of a question cannot tell which.
_BODY_DESCRIBED = re.compile(
    r"\bthe (?:group|organi[sz]ation|movement|militants|militia|network|faction|regime)\b(?!\s+(?:of|that|which|who)\b)"
)


_EXPLETIVE = re.compile(r"^(?:Is|Was) it (?:known|clear) (?=(?:whether|if|who|what|when|where|how|why|which)\b)")


def named(text: str, marks: Sequence[Mark]) -> str:
    """The sentence with each word that leans replaced by what it names: "it could
    collapse" -> "the truce could collapse" (a question is phrased anew, not quoted)."""
    out, pos = [], 0
    for m in sorted(marks, key=lambda m: m.start):
        if m.start < pos or m.start == m.end:
            continue
        out += [text[pos : m.start], m.words]
        pos = m.end
    return "".join(out) + text[pos:]


def question_for(
    unit: Unit, proper: Callable[[str], bool], previous: Unit | None = None, text: str | None = None
) -> Question | None:
    """The open question a sentence raises, or None; `text` is the sentence as a reader
    would understand it (names put in), when it is not its own words."""
    text = unit.text if text is None else text
    # A capital that acts for its state ("Moscow denies ...") may stand only where a
    # sentence opens; it keeps its capital in the question all the same.
    own = proper
    proper = lambda w: own(w) or w in places.CAPITALS  # noqa: E731
    found = asked(text, proper)
    if found:
        return Question(found, 3.0)
    if not _TRIGGERED.search(text):
        return None
    for clause in main_clauses(text):
        q = _from_clause(clause, unit, proper, previous)
        if q is not None:
            many = counted(q.text, previous)  # "how many of those ...": of the count the sentence before gives
            q = Question(many, q.strength, previous, q.support) if many else replace(q, text=definite(q.text))
            return q if sound(q.text) else None
    return None


# An author's own voice ("our defense", "we must"), a list announced ("the following"):
# a phrased question on them asks a reader nothing about the story.
_UNSOUND = re.compile(r"\b(?:we|our|us|ourselves|the following)\b", re.IGNORECASE)


_SPEAKER = re.compile(r"\b(?:I|me|my)\b")  # a speaker's own "I think": whose, the question cannot say


# Words that say nothing of what a question is about ("Is it known what happened?").
_HOLLOW = frozenset("many much whether happen happens happening known really exactly".split())


def about_something(question: str) -> bool:
    """Does the question name what it asks about: a name, a figure, or a word that is not a
    wh-word, a function word or a bare participle? "How many were killed and how many injured?"
    (from "did not specify how many were killed ...") asks of nothing a reader is told."""
    words = re.findall(r"[A-Za-z][\w'’-]*|\d", question)
    for k, w in enumerate(words):
        if w.isdigit() or (k and w[:1].isupper()):
            return True
        low = w.lower()
        if len(low) > 2 and low not in STOPWORDS and low not in _HOLLOW and not low.endswith("ed"):
            return True
    return False


def sound(question: str) -> bool:
    return not _UNSOUND.search(question) and not _SPEAKER.search(question) and about_something(question)


# Nothing left open: a doubt denied ("it's not a question of whether ..."), or a question put
# to someone and answered in the same sentence ("Asked how ..., the minister said ...").
_SETTLED = re.compile(
    r"\bnot\s+(?:a|the)\s+question\s+of\b|\bno\s+question\s+(?:that|about|of)\b|"
    r"\bthere(?:\s+is|\s+was|['’]s)\s+no\s+(?:doubt|question)\b|\bno\s+doubt\s+(?:that|about)\b|"
    r"\bbeyond\s+(?:doubt|question)\b",
    re.IGNORECASE,
)
# "Asked how ..., the minister said ...": what was asked has its answer; the rest is the clause.
_ANSWERED = re.compile(r"^(?:when\s+|after\s+being\s+|upon\s+being\s+)?asked\b[^,;:]*,\s+", re.IGNORECASE)


def _from_clause(clause: Clause, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> Question | None:
    answered = _ANSWERED.match(clause.text)
    if answered:
        clause = Clause(clause.text[answered.end() :], clause.condition)
    text = clause.text
    if _SETTLED.search(text) or len(text.split()) < 3:
        return None
    m = _WHETHER_TO.search(text)
    if m:
        subject = subject_before(text, m.start(), unit, previous)
        pred = cut_predicate(m.group(1))
        q = finish(f"Will {subject.text} {pred}?", proper) if subject and pred else None
        return Question(q, 2.5) if q else None
    for pattern, strength in ((_OPEN, 3.0), (_OPEN_FIRST, 3.0)):
        m = pattern.search(text)
        if m:
            q = _embedded(m.group(1), _named_by_condition(m.group(2), clause.condition), proper)
            return Question(q, strength) if q else None
    for pattern, strength in ((_LIKELY, 2.5), (_POSSIBILITY_THAT, 2.0)):
        m = pattern.search(text)
        if m:
            q = yes_no(_JUDGED.sub("", m.group(1)), proper)
            return Question(q, strength) if q else None
    m = _POSSIBILITY_OF.search(text)
    if m:
        who, pred = noun_phrase(m.group(1)), cut_predicate(m.group(3))
        becomes = "be" if m.group(2).lower() == "being" else "become"
        q = finish(f"Will {who} {becomes} {pred}?", proper) if who and pred else None
        return Question(q, 2.0) if q else None
    m = _EXPECTS.search(text) or _PROMPTS.search(text)
    if m:
        who, pred = noun_phrase(m.group(1)), cut_predicate(m.group(2))
        q = finish(f"Will {who} {pred}?", proper) if who and pred else None
        if q:
            return Question(q, 2.0)
    m = _WHOEVER.search(text)  # "Whoever wins the election will face ..." -> "Who will win the election?"
    if m:
        verb, what = _base_verb(m.group(1)), cut_predicate(m.group(2))
        q = finish(f"Who will {verb} {what}?", proper) if verb and what else None
        if q:
            return Question(q, 2.0)
    m = _THERE_MAY.search(text)  # "there may be Iranians operating artillery"
    if m:
        what = cut_predicate(m.group(1))
        q = finish(f"Are there {what}?", proper) if what else None
        return Question(q, 1.5) if q else None
    told = inferred(clause, unit, proper, previous)  # inferred.py: claims, denials, tests to come ...
    if told is not None:
        return Question(told[0], told[1], told[2])
    found = _pending(text, unit, proper, previous) or _subject_rule(clause, unit, proper, previous)
    if found is not None:
        return found
    m = _WHETHER.search(text)  # "whether" anywhere else: what it introduces is open
    if m and not text[: m.start()].strip(" “\"'‘"):
        return None  # "Whether the deal survives depends on ...": the clause is a subject, its end unknown
    if m:
        q = yes_no(m.group(1), proper)
        return Question(q, 2.0) if q else None
    return None


# "... why they were not spotted and whether the police had warned them": two questions in one
_AND_WH = re.compile(r",?\s+and\s+(whether|if|who|what|when|where|how|why)\s+(?=\S)", re.IGNORECASE)


def _embedded(wh: str, clause: str, proper: Callable[[str], bool]) -> str | None:
    """The question an embedded clause asks; of two joined by "and whether ..." (which no one
    question can hold: "Why were the guards absent and whether ...?"), the first, or the second
    when the first leans on a sentence it does not cite ("why they were not spotted")."""
    joined = _AND_WH.search(clause)
    if joined and joined.group(1).lower() == wh.lower():
        joined = None  # "how many were killed and how many injured": one question of two counts
    first = clause[: joined.start()] if joined else clause
    q = embedded_question(wh, first, proper) or _is_it_known(wh, first, proper)
    if joined is None or (q is not None and not leans(q, proper)):
        return q
    return embedded_question(joined.group(1), clause[joined.end() :], proper) or q


def _is_it_known(wh: str, clause: str, proper: Callable[[str], bool]) -> str | None:
    """ "it is unknown if the man the teen helped is a citizen": a clause that will not invert
    ("the man the teen helped" is no subject to front) is asked as it stands."""
    what = clause_end(clause)
    wh = "whether" if wh.lower() == "if" else wh.lower()
    return finish(f"Is it known {wh} {what}?", proper) if len(what.split()) >= 3 else None


_CONDITION_NOUN = re.compile(r"^(?:even\s+)?if\s+(?:a|an|the)\s+([a-z]+)\s+(?:is|are|was|were)\s+\w+$")


def _named_by_condition(clause: str, condition: str | None) -> str:
    """ "Even if a pact is reached, it is unclear what form it would take": the "it" is
    the pact the condition names."""
    m = _CONDITION_NOUN.match(condition or "")
    return re.sub(r"\bit\b", f"the {m.group(1)}", clause, count=1) if m else clause


def _pending(text: str, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> Question | None:
    """Disputes and decisions not yet taken."""
    m = _DISPUTED.search(text)
    if m:
        subject = subject_before(text, m.start(), unit, previous)
        q = finish(f"Will {subject.text} be resolved?", proper) if subject else None
        return Question(q, 2.5) if q else None
    m = _REMAIN.search(text.strip().strip('“”"').strip())  # "important gaps remain"
    if m:
        plain = text.replace("“", "").replace("”", "")
        open_ = subject_before(plain, len(m.group(1).replace("“", "")), unit, previous)
        if open_ and open_.text.split()[-1].lower() in _OPEN_NOUNS:
            q = finish(f"Will {decap(open_.text, proper)} be resolved?", proper)
            return Question(q, 2.5) if q else None
    m = _DISAGREEMENT.search(text)
    if m:
        what = cut_predicate(m.group(3))
        q = finish(f"Will the {m.group(1).lower()} {m.group(2).lower()} {what} be resolved?", proper) if what else None
        return Question(q, 2.5) if q else None
    m = _UNCLAIMED.search(text)
    if m:
        what = cut_predicate(m.group(1))
        q = finish(f"Who is responsible for {what}?", proper) if what else None
        return Question(q, 2.5) if q else None
    m = _NOT_YET.search(text)
    if m:
        subject = subject_before(text, m.start(), unit, previous)
        rest = cut_predicate(m.group(3)) if m.group(3).strip() else ""
        if subject is None or rest is None:
            return None
        aux = "Have" if m.group(1) == "have" or subject.text.lower().endswith("s") else "Has"
        q = finish(f"{aux} {decap(subject.text, proper)} {m.group(2)} {rest}?", proper)
        return Question(q, 2.5, previous if subject.expanded else None) if q else None
    return None


# What someone should or must see, remember or accept ("should appreciate that ..."): the writer
# urges a view; a may or could inside it is the writer's argument, not something left open.
_OBLIGED = re.compile(r"\b(?:should|must|ought\s+to|need\s+to|needs\s+to)\s+(?:\w+\s+){1,2}that\s")
_HEDGE_STRENGTH = 1.2

# After a possessive or a determiner, "plan", "aim", "hope" and "want" are nouns.
_NOUN_BEFORE = re.compile(r"(?:['’]s|\b(?:the|a|an|his|her|its|their|our|my|your))\s+$", re.IGNORECASE)
_INTENT_NOUN = re.compile(r"(?:plans?|aims?|hopes?|wants?|ambitions)\b")
# A clause that ends on a preposition has its object elsewhere (a relative clause: "the
# challenge governments will have to deal with"): no question stands on it alone.
_STRANDED = re.compile(r"\s(?:with|at|about|for|of|from|to|into|by|against|towards?|upon)$", re.IGNORECASE)

_CONDITIONED = re.compile(r"\b(?:if|with|after|once|when|until|unless|provided)\b")


def _subject_rule(clause: Clause, unit: Unit, proper: Callable[[str], bool], previous: Unit | None) -> Question | None:
    text = clause.text
    for pattern, template, strength in _SUBJECT_RULES:
        m = pattern.search(text)
        if not m:
            continue
        pred = cut_predicate(text[m.end() :])
        if " only" in pattern.pattern and not (pred and _CONDITIONED.search(pred)) and m.group(0).split()[0] != "would":
            # "will only invite war" is emphasis; "can only be signed with ..." a condition,
            # "would only lead to ..." a consequence supposed
            continue
        if strength <= _HEDGE_STRENGTH and _OBLIGED.search(text[: m.start()]):
            return None  # "the US should appreciate that Iran could pose ...": a lesson urged, not a doubt
        if _NOUN_BEFORE.search(text[: m.start()]) and _INTENT_NOUN.match(m.group(0)):
            continue  # "Conley's plan to join ISIS ended ...": a plan named, not one pending
        if _STRANDED.search(clause_end(re.sub('[“”"‘’]', "", text[m.end() :]))):
            return None  # "the challenge they will have to deal with": the clause's object is elsewhere
        subject = subject_before(text, m.start(), unit, previous)
        lead = ("not", "to", "been") if pattern.pattern.endswith("to\\s+") else ("not", "to", "be", "been")
        if subject is None or not pred or pred.split()[0].lower() in lead:
            return None
        draft = template.format(s=decap(subject.text, proper), p=pred)
        if clause.condition and template.startswith(("Will", "Would")) and strength <= 1.5:
            draft = f"{clause.condition[0].upper()}{clause.condition[1:]}, {draft[0].lower()}{draft[1:]}"
        q = finish(draft, proper)
        return Question(q, strength, previous if subject.expanded else None) if q else None
    return None
