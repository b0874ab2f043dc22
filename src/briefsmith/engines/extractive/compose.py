"""The extractive briefing, stage by stage: sentences, scores, actors, questions,
summary, sections. The analyst's pins and strikes are applied after the engine
(engines/overrides.py); they are read here only so their room and their sentences go
to other points."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from briefsmith.engines.extractive import classifier, places
from briefsmith.engines.extractive.actors import find_actors
from briefsmith.engines.extractive.bottomline import bottom_line, eligible
from briefsmith.engines.extractive.facts import BOTTOM_LINE, SAME, Facts
from briefsmith.engines.extractive.features import evidence_of
from briefsmith.engines.extractive.keyactors import actor_lines
from briefsmith.engines.extractive.ledger import Ledger
from briefsmith.engines.extractive.mentions import Reader
from briefsmith.engines.extractive.mmr import Pick
from briefsmith.engines.extractive.plain import plain_question
from briefsmith.engines.extractive.questiondates import dated
from briefsmith.engines.extractive.questions import Question, named, question_words, same_question
from briefsmith.engines.extractive.recurring import Recurring
from briefsmith.engines.extractive.scoring import Scores
from briefsmith.engines.extractive.sections import Sorter, heard
from briefsmith.engines.extractive.sentences import Unit, units_of
from briefsmith.engines.extractive.standing import Editor
from briefsmith.engines.overrides import is_struck, pinned_points
from briefsmith.model import Actor, Article, Citation, Insertion, Point, Section
from briefsmith.workspace.spec import BriefSpec, SectionPlan

# A sentence whose relative time ("last week") the article's date cannot resolve counts
# for this much of its importance: used when nothing as good stands without it.
UNDATED_WEIGHT = 0.5
# The bottom line ranks by the classifier's probability with this share of centrality: the
# summary head learnt from 43 articles' bottom lines, centrality from none, and each tempers
# the other's quirks (held out, bottom line 57.3 -> 59.4 %, the same at 0.1 and at 0.2).
CENTRAL_SHARE = 0.15
# A sentence the classifier may call colour this surely (the sections' own bar, sections.NONE_MAX)
# leaves the bottom line to plainer ones while enough stand (bottomline.NONE_MAX keeps out the rest).
PLAIN_NONE = 0.3
# Each question already asked from a source holds that source's next one back this much (on
# mmr's scale of relevance, 0..1): in a multi-source brief every outlet leaves something
# open, and four questions from one of four sources leave the others unheard. One source's
# questions all share it, so a single-source brief is unchanged. Held out, clusters: asked
# 34.8 -> 37.0 % (the same from 0.1 to 0.5), nothing else moved.
QUESTION_SPREAD = 0.2
# Candidates chosen beyond the room a list has, for those a point quoting the sentence
# before them makes redundant.
SPARE = 3
_LATIN = re.compile(r"[A-Za-z]{2,}")  # a word of the script the classifier learnt


def _proper(capital: Counter[str], word: str) -> bool:
    """Is `word` a name: written with a capital where position cannot explain it, or a state's?"""
    return word in capital or word in places.DEMONYMS or places.state_code(word) is not None


class Composer:
    def __init__(
        self,
        articles: Sequence[Article],
        spec: BriefSpec,
        model: classifier.SentenceModel | None = classifier.PACKAGED,
    ):
        self.articles, self.spec = articles, spec
        self.summary_points = spec.bottom_line_points(len(articles))
        self.strikes = [s.lower() for s in spec.strike]
        self.units: list[Unit] = units_of(articles)
        self.unit_of: dict[tuple[str, int | None], int] = {
            (u.article.id, u.sentence.number): i for i, u in enumerate(self.units)
        }
        self.scores = Scores(self.units, [a.title for a in articles], spec.keywords)
        self.reader = Reader(self.units)
        self.choices = spec.section_choices()
        importance = {u.key: v for u, v in zip(self.units, self.scores.importance, strict=True)}
        self.ranked = [
            (a, s)
            for a, s in find_actors(self.reader, self.articles, lambda u: importance[u.key])
            if not is_struck(a.name, self.strikes)
        ]
        # Which sentences of other sources tell the same fact, an actor's names counted as one.
        self.facts = Facts(self.units, [a for a, _ in self.ranked])
        # Which sentences stand alone, with what brackets (standing/).
        # The editor keeps its test of names: one that holds the reader, not this composer, so
        # that no cycle keeps the whole run alive for the collector (see ExtractiveEngine.condense).
        capital = self.reader.capital
        self.editor = Editor(articles, self.units, [a for a, _ in self.ranked], lambda w: _proper(capital, w))
        self.questions = self._questions()
        self._asking: dict[int, frozenset[str]] | None = None  # unit -> its question's words of matter
        r = self.reader
        strengths = {i: q.strength for i, q in self.questions.items()}
        self.evidence = evidence_of(
            self.units, r.tokens, r.initial, r.capital, r.lower, strengths, self.scores.importance, self.scores.headline
        )
        model = classifier.packaged() if model is classifier.PACKAGED else model
        if model is not None and not any(_LATIN.search(u.text) for u in self.units):
            # The classifier learnt English words; of a text in another script (Chinese, Arabic)
            # it hears every sentence as colour. The lexicons and centrality decide there.
            model = None
        probs = [model.sections.probabilities(f) for f in self.evidence.feats] if model else None
        self.bottom = [model.summary.probabilities(f)["bottom_line"] for f in self.evidence.feats] if model else None
        if probs is not None:  # what the classifier hears as open and no template phrased, asked as it stands
            self.questions.update(heard(probs, self.questions, self._plain))
        armed = ["names:armed" in f for f in self.evidence.feats]  # names an armed group (sections.ARMED_TIE)
        self.sorter = Sorter(self.units, self.scores, self.choices, self.questions, self.evidence.themes, probs, armed)
        self.undated = set(self.editor.undated())
        for i in self.undated:  # "on Tuesday" with no date to say which: prefer others
            self.scores.importance[i] *= UNDATED_WEIGHT
        # The pins' warnings are the overrides step's to give; here they only reserve room.
        self.pins, _ = pinned_points(spec, articles, [c.id for c in self.choices])
        self.warnings: list[str] = []
        with_units = {u.doc for u in self.units}  # a set: a scan of all units per source was quadratic
        self.warnings += [
            f"{a.id}: no usable sentences in the source" for doc, a in enumerate(articles) if doc not in with_units
        ]

    def proper(self, word: str) -> bool:
        return _proper(self.reader.capital, word)

    def _questions(self) -> dict[int, Question]:
        out = {}
        self._asks = Recurring()  # wire copy repeats sentences: each is phrased once
        for i, unit in enumerate(self.units):
            prev = self.units[i - 1] if i and self.units[i - 1].doc == unit.doc else None
            # A sentence that leans ("The group could ...") asks its question of what it names.
            q = self._resolved_question(i, prev) if self._asks.might_ask(unit) else None
            q = q or self._asks.question_for(unit, self.proper, prev)
            if q is not None and q.antecedent is None and self._asks.leans(q.text, self.proper):
                q = None  # "Will the group attack ...?": which group, a reader cannot tell
            if q and not is_struck(q.text, self.strikes):
                out[i] = q
        return out

    def _plain(self, i: int) -> Question | None:
        prev = self.units[i - 1] if i and self.units[i - 1].doc == self.units[i].doc else None
        q = plain_question(self.units[i], self.proper, prev)
        return None if q is None or is_struck(q.text, self.strikes) else q

    def _resolved_question(self, i: int, prev: Unit | None) -> Question | None:
        """The question a sentence asks once "it", "they" or "the group" is named (the
        standing editor's referents), citing where the name stands too."""
        if not self.editor.may_name(i):
            return None  # nothing it could name: its fix is not read for the question
        fix = self.editor.fix(i)
        # What a word stands for; not what an editor adds ("the attack [on ...]": named() reads replacements only)
        marks = [m for m in fix.marks if m.kind == "referent" and m.start < m.end] if fix else []
        if not marks:
            return None
        text = named(self.units[i].text, marks)
        names = {w for m in marks for w in m.words.split() if w[:1].isupper()}  # they keep their capitals
        q = self._asks.question_for(self.units[i], lambda w: w in names or self.proper(w), prev, text, names)
        if q is None:
            return None
        # Only a name the question still holds is cited for it ("what [he] said" may be cut away).
        support = tuple(m.source for m in marks if m.source is not None and _holds(q.text, m.words))
        if not support:
            return None  # no name put in made it into the question: the sentence's own question is asked
        return replace(q, support=support)

    def _blocked(self) -> set[int]:
        """Sentences no automatic point may rest on: struck ones, and pinned ones."""
        pinned = {(c.source, c.sentence) for pts in self.pins.values() for p in pts for c in p.citations}
        return {
            i
            for i, u in enumerate(self.units)
            if is_struck(u.text, self.strikes) or (u.article.id, u.sentence.number) in pinned
        }

    def summary(self, blocked: set[int], spare: int = 0, plain_only: bool = True) -> list[Pick]:
        """The bottom line (bottomline.py): not doubts (those are questions), not colour, and
        no relative time the article's date cannot resolve while enough others stand without
        one; `spare` more, for the ones that quote a sentence another point already takes.
        Without `plain_only`, a sentence that may be colour (PLAIN_NONE), or that has a relative
        time no date resolves, competes too: a full bottom line with an unresolved "on Tuesday"
        serves the reader better than one point short (held out: 59.4 -> 60.4 %, relative
        times 6.9 -> 10.0 %)."""
        candidates = []
        for i, unit in enumerate(self.units):
            best = self.sorter.best(i)
            none = self.sorter.probs[i]["none"] if self.sorter.probs else None
            doubt = best is not None and self.sorter.kinds[best.section] == "questions"
            if i not in blocked and not doubt and eligible(unit, none):
                candidates.append(i)
        if plain_only and self.sorter.probs is not None:  # a short article keeps its bottom line all the same
            plain = [i for i in candidates if self.sorter.probs[i]["none"] < PLAIN_NONE]
            if len(plain) >= self.summary_points:
                candidates = plain
        dated = [i for i in candidates if i not in self.undated]
        if plain_only and len(dated) >= self.summary_points:
            candidates = dated  # "on Tuesday" and no date to say which: the lede too does without
        imp = self.scores.importance  # already weighed for undated sentences
        if self.bottom:  # an undated "last week" counts less here too
            weight = [
                (1.0 - CENTRAL_SHARE) * p * (UNDATED_WEIGHT if i in self.undated else 1.0) + CENTRAL_SHARE * imp[i]
                for i, p in enumerate(self.bottom)
            ]
        else:
            weight = imp
        return bottom_line(
            self.units,
            candidates,
            weight.__getitem__,
            self.scores.similarity,
            self.summary_points + spare,
            self.bottom is not None,
            self.scores.headline,
            tellings=lambda i: self.facts.tellings(i, BOTTOM_LINE),
            repeats=self._repeats,
        )

    def _repeats(self, i: int) -> list[int]:
        """The sentences a bottom line resting on unit i must not state again: every sentence
        of another source telling its fact, not only the best of each (an outlet tells the
        main fact in its lede and again lower down), and the sentences that surely tell
        what one of those tells, in whichever source, unit i's own too (a lede's fact that
        one outlet told in a sentence another outlet's pick already cites). One step only:
        loose matches chained would join facts that only share their names."""
        told = [j for s, j in self.facts.matches(i) if s >= BOTTOM_LINE]
        return [*told, *(k for j in told for s, k in self.facts.matches(j) if s >= SAME and k != i)]

    def point(self, pick: Pick, question: bool = False) -> Point:
        unit = self.units[pick.index]
        inserted: list[Insertion] = []
        if question:
            q = self.questions[pick.index]
            text, cites = q.text, [unit.citation()]
            if q.antecedent is not None:
                cites.append(q.antecedent.citation())
            cites += [c for c in q.support if c not in cites]
            # "in September [2015]": a relative time it keeps, resolved as in its sentence
            text, inserted = dated(text, [unit] + ([q.antecedent] if q.antecedent is not None else []))
        else:  # the sentence with its brackets, or quoted with the one before
            text, cites, inserted = self.editor.statement(pick.index)
        cites += [self.units[j].citation() for j in pick.also]
        return Point(text, tuple(cites), insertions=tuple(inserted))

    def _bottom(self, picks: list[Pick]) -> tuple[list[Pick], set[int], Ledger]:
        """The bottom line's points, in order, each kept in a ledger (no fact twice, every
        source cited) as it is taken. Backed where another source surely tells its fact
        (SAME), though the bottom line keeps out what only may repeat it (BOTTOM_LINE,
        _repeats): a loose match cited ("the operation to retake Tikrit" backing "no air
        cover was asked for") is a citation that does not say what the point says. A pick
        that quotes the sentence before, or rests on one, that an earlier point already
        cites as a backing is that point's fact again: the next one takes its place (an
        outlet's lede, backing the first point, came back as the fourth's quoted opening)."""
        ledger = Ledger(self.units, self.scores, self.facts, self.editor.quoted)
        claimed: set[int] = set()
        kept: list[Pick] = []
        for pick in picks:
            if len(kept) >= self.summary_points:
                break
            own = {pick.index} | self.editor.quoted(pick.index)
            if own & claimed or any(j in ledger.cited for j in own):
                continue
            kept.append(pick)
            claimed |= own
            ledger.add(pick)
        return kept, claimed, ledger

    def _claim(
        self, picks: list[Pick], claimed: set[int], room: int, cited: Mapping[int, Pick] | None = None
    ) -> list[Pick]:
        """Up to `room` picks, in order. A point that quotes the sentence before takes that
        sentence too: no other point may make it again, nor quote a sentence that backs a
        point already made (`cited`, the ledger's: "Those being evacuated are the last
        troops" quoted with an outlet's lede that backs the bottom line's withdrawal)."""
        kept: list[Pick] = []
        for pick in picks:
            quoted = self.editor.quoted(pick.index)
            own = {pick.index} | quoted
            if cited is not None and any(j in cited for j in quoted):
                continue
            if len(kept) < room and not own & claimed:
                kept.append(pick)
                claimed |= own
        return kept

    def compose(self) -> tuple[list[Point], list[Section], list[Actor]]:
        blocked = self._blocked()
        leaning = self.editor.leaning(self.scores.importance)  # they do not stand alone, even with brackets
        summary_picks, claimed, ledger = self._bottom(self.summary(blocked | leaning, SPARE))
        if len(summary_picks) < self.summary_points:
            # Enough plain sentences were counted, but fewer points made: one that quotes the
            # sentence before takes that sentence too (_bottom). The rest compete then.
            more = self._bottom(self.summary(blocked | leaning, SPARE, plain_only=False))
            if len(more[0]) > len(summary_picks):
                summary_picks, claimed, ledger = more
        leaning |= self.editor.undated()  # the bottom line may need one; the sections do without
        leaning |= self.editor.acted()  # "the attack [on ...]" too (editorial.Editor.acted)
        used = blocked | set(ledger.cited)
        assigned = self.sorter.assign(used)
        asked = self._asked(assigned)
        ranked = self.ranked
        drafts: list[tuple[SectionPlan, list[Pick]]] = []
        ranks: dict[str, list[int]] = {}  # each drafted point's rank in its section, in draft order
        for choice in self.choices:
            pins = self.pins.get(choice.id, [])
            room = max(0, self.spec.max_points - len(pins))
            if choice.kind == "actors":
                drafts.append((choice, []))  # its lines are the actors' own
                continue
            if choice.kind == "questions":
                picks = asked[choice.id]
            else:
                members = [m for m in assigned.get(choice.id, []) if m[0] not in leaning]
                picks = self.sorter.select(members, room + SPARE, self.facts.tellings, choice.id, self.editor.previous)
                picks = ledger.admit(self._claim(picks, claimed, room, ledger.cited))
            if not picks:
                # The body does not repeat the summary, but a section must not say
                # "No ... in the sources" when the summary states exactly that.
                picks = self._summarised(summary_picks, choice.id)[:room]
            rank = {p.index: n for n, p in enumerate(picks)}  # best first, as chosen
            picks.sort(key=lambda p: self.units[p.index].key)  # read in the sources' order
            drafts.append((choice, picks))
            ranks[choice.id] = [rank[p.index] for p in picks]
        summary = [self.point(p) for p in summary_picks]
        written = {c.id: [self.point(p, question=c.kind == "questions") for p in picks] for c, picks in drafts}
        sections = []
        for choice, _ in drafts:
            points = written[choice.id]
            room = max(0, self.spec.max_points - len(self.pins.get(choice.id, [])))
            if choice.kind == "actors":
                # The line's own sentence as surely new as a bottom line's; another source's, as a backing's.
                lines = actor_lines(
                    ranked,
                    lambda c: ledger.restates(self._unit(c), BOTTOM_LINE),
                    lambda c: ledger.restates(self._unit(c)),
                )
                kept = [(a, p) for a, p in lines if not is_struck(p.text, self.strikes)][:room]
                # A role line cites where the sources state the role (keyactors.py); a line with none
                # rests on where the actor acts, and cites the other sources telling that too.
                points = [p if a.role else self._backed(p, ledger) for a, p in kept]
            elif choice.kind == "questions":  # sources that tell a stated fact differently come first
                # Room is made by dropping the weakest questions, not the last in the sources' order.
                differ = self._disagreements(ledger.chosen)[:room]
                keep = room - len(differ)
                points = differ + [p for p, r in zip(points, ranks.get(choice.id, []), strict=True) if r < keep]
            # Room is left for the pins; the overrides step puts them first.
            sections.append(
                Section(choice.id, choice.title, tuple(points), "" if points else choice.empty_text, choice.kind)
            )
        summary, sections = self._twinned(summary, sections)
        return summary, sections, [a for a, _ in ranked]

    def _twinned(self, summary: list[Point], sections: list[Section]) -> tuple[list[Point], list[Section]]:
        """Every point also cites the sources it does not cite yet that surely tell what a
        sentence it cites tells (wire copy, a near-verbatim retelling), whichever of its
        citations that is: a backing's or a question's premise, not only its own sentence.
        One sentence per source (the point counts sources); a sentence so cited backs that
        point only."""
        points = [*summary, *(p for s in sections for p in s.points)]
        taken = {self._unit(c) for p in points for c in p.citations}

        def twinned(point: Point) -> Point:
            more = []
            sources = {c.source for c in point.citations}
            for c in point.citations:
                i = self._unit(c)
                for j in self.facts.twins(i) if i >= 0 else ():
                    if j not in taken and self.units[j].article.id not in sources:
                        taken.add(j)
                        sources.add(self.units[j].article.id)
                        more.append(self.units[j].citation())
            return replace(point, citations=(*point.citations, *more)) if more else point

        summary = [twinned(p) for p in summary]
        sections = [replace(s, points=tuple(twinned(p) for p in s.points)) for s in sections]
        return summary, sections

    def _unit(self, citation: Citation) -> int:
        """The unit a citation quotes (-1: none)."""
        return self.unit_of.get((citation.source, citation.sentence), -1)

    def _backed(self, line: Point, ledger: Ledger) -> Point:
        """A who's-who line cites the other sources that tell what its sentence tells, too."""
        first = line.citations[0]
        more = ledger.backing(self._unit(first))
        return replace(line, citations=(*line.citations, *(self.units[j].citation() for j in more)))

    def _asked(self, assigned: dict[str, list[tuple[int, float]]]) -> dict[str, list[Pick]]:
        """Each questions section's picks; phrased anew, a question leans on nothing and
        restates nothing. A sentence whose question finds no room is told as a statement
        in the section it fits (`assigned` gains it)."""
        out = {}
        for choice in self.choices:
            if choice.kind != "questions":
                continue
            room = max(0, self.spec.max_points - len(self.pins.get(choice.id, [])))
            members = assigned.get(choice.id, [])
            out[choice.id] = picks = self.sorter.select(members, room, self._same_question, spread=QUESTION_SPREAD)
            taken = {p.index for p in picks} | {j for p in picks for j in p.also}
            for i, _ in members:
                fit = None if i in taken else self.sorter.theme(i)
                if fit is not None and fit.section in assigned:
                    assigned[fit.section].append((i, fit.score))
        return out

    def _same_question(self, i: int) -> list[int]:
        """The sentences that tell unit i's fact, and those that ask its question, in so many
        words or nearly (two outlets' "Was ISIS behind the bombings?" is one question citing
        both; questions.same_question)."""
        if self._asking is None:
            self._asking = {j: question_words(q.text) for j, q in self.questions.items()}
        told = self.facts.tellings(i)
        own = self._asking.get(i)
        if own is None:
            return list(told)
        # One source's second asking is no second point either (mmr cites only other sources).
        same = [j for j, words in self._asking.items() if j != i and j not in told and same_question(own, words)]
        return [*told, *same]

    def _summarised(self, summary_picks: list[Pick], section: str) -> list[Pick]:
        found = []
        for pick in summary_picks:
            best = self.sorter.best(pick.index)
            if pick.also:
                continue  # a fact several sources tell is stated once, never restated
            if pick.index in self.undated:
                continue  # "last month", no date to say which: the sections do without it
            if best and best.section == section:
                found.append(pick)
        return found

    def _disagreements(self, picks: list[Pick]) -> list[Point]:
        """ "The sources differ on when: 2023 or December 2024?", citing both sentences."""
        found = self.facts.disagreements(p.index for p in picks)
        return [
            Point(d.question(), (self.units[d.first].citation(whole=True), self.units[d.second].citation(whole=True)))
            for d in found
            if not is_struck(d.question(), self.strikes)
        ]


def _holds(question: str, words: str) -> bool:
    """Does a question still hold a name put in ("Eric Holder’s"; "the CLF" for "the Coastal
    Liberation Front (CLF)")? By a word of it with a capital, or by all its words."""
    names = [w.strip("()’'s,") for w in words.split() if w.strip("(")[:1].isupper()]
    return any(n in question for n in names) if names else words.lower() in question.lower()
