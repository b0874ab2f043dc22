"""From a parsed answer to a Briefing: ids become exact citations, and every point, actor and
open question passes the verifier (support.py) or is dropped with a warning saying why."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefsmith.engines.llm.evidence import evidence, lexicon
from briefsmith.engines.llm.parse import Answer, AnswerActor, AnswerPoint
from briefsmith.engines.llm.prompt import Numbered
from briefsmith.engines.llm.support import check_claim, check_name, check_role
from briefsmith.model import ACTOR_KINDS, Actor, Briefing, Citation, Point, Provenance, Section, Source, actor_kind
from briefsmith.workspace.spec import BriefSpec

KIND_ALIASES = {
    "organization": "organisation",
    "org": "organisation",
    "company": "organisation",
    "country": "state",
    "nation": "state",
    "government": "state",
    "people": "group",
}


@dataclass
class Tally:
    """What the model proposed and what survived, for warnings and the benchmark."""

    proposed: int = 0
    kept: int = 0
    unverified: int = 0  # kept with verified=False (keep_unverified)
    warnings: list[str] = field(default_factory=list)


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Assembler:
    def __init__(self, numbered: Numbered, spec: BriefSpec, keep_unverified: bool) -> None:
        self.numbered, self.spec, self.keep = numbered, spec, keep_unverified
        self.lexicon = lexicon(s.text for a in numbered.articles for s in a.sentences)
        self.tally = Tally()

    def _cite(self, ids: Sequence[str]) -> tuple[list[tuple[str, str]], tuple[Citation, ...]]:
        pairs, cites = [], []
        for sid in ids:
            found = self.numbered.lookup(sid)
            if found is None:
                continue
            article, s = found
            pairs.append((sid, s.text))
            cites.append(
                Citation(
                    source=article.id, paragraph=s.paragraph, quote=s.text, sentence=s.number, start=s.start, end=s.end
                )
            )
        return pairs, tuple(cites)

    def _verdict(self, what: str, text: str, reason: str | None) -> bool | None:
        """True: keep as verified; False: keep as unverified; None: drop."""
        if reason is None:
            return True
        if self.keep:
            self.tally.warnings.append(f"unverified {what} kept: '{_short(text)}' ({reason})")
            return False
        self.tally.warnings.append(f"dropped unsupported {what}: '{_short(text)}' ({reason})")
        return None

    def point(self, p: AnswerPoint, question: bool = False) -> Point | None:
        self.tally.proposed += 1
        text = " ".join(p.text.split())
        pairs, cites = self._cite(p.sentences)
        if not text:
            self.tally.warnings.append("dropped an empty point")
            return None
        if not pairs:
            given = ", ".join(p.sentences) or "none"
            self.tally.warnings.append(f"dropped point citing no existing sentence: '{_short(text)}' (cited: {given})")
            return None
        if question and not text.endswith("?"):
            self.tally.warnings.append(f"dropped open question that is not a question: '{_short(text)}'")
            return None
        ok = self._verdict("point", text, check_claim(text, evidence(pairs), self.lexicon))
        if ok is None:
            return None
        self.tally.kept += 1
        self.tally.unverified += not ok
        return Point(text=text, citations=cites, verified=ok)

    def points(self, items: Sequence[AnswerPoint], limit: int, question: bool = False) -> tuple[Point, ...]:
        out: list[Point] = []
        for item in items:
            if len(out) >= limit:
                break
            p = self.point(item, question)
            if p is not None and all(p.text.lower() != q.text.lower() for q in out):
                out.append(p)
        return tuple(out)

    def actor(self, a: AnswerActor) -> tuple[Actor, bool] | None:
        self.tally.proposed += 1
        name = " ".join(a.name.split())
        kind = actor_kind(KIND_ALIASES.get(a.kind.strip().lower(), a.kind.strip().lower()))
        pairs, cites = self._cite(a.sentences)
        if not name or not pairs:
            self.tally.warnings.append(f"dropped actor citing no existing sentence: '{_short(name)}'")
            return None
        if kind is None:
            self.tally.warnings.append(
                f"dropped actor '{_short(name)}': kind {a.kind!r} is not one of {', '.join(ACTOR_KINDS)}"
            )
            return None
        ev = evidence(pairs)
        why = check_name(name, ev)
        if why:
            self.tally.warnings.append(f"dropped actor '{_short(name)}': name {why}")
            return None
        role = " ".join((a.role or "").split()) or None
        role_ok = True
        if role and (why := check_role(role, ev)):
            role_ok = False
            if self.keep:
                self.tally.warnings.append(f"unverified role of {_short(name)} kept: '{_short(role)}' ({why})")
            else:
                self.tally.warnings.append(f"dropped unsupported role of {_short(name)}: '{_short(role)}' ({why})")
                role, role_ok = None, True
        all_text = [s.text for art in self.numbered.articles for s in art.sentences]
        aliases = tuple(
            x
            for x in dict.fromkeys(" ".join(al.split()) for al in a.aliases)
            if x and x != name and any(x in t for t in all_text)
        )
        self.tally.kept += 1
        self.tally.unverified += not role_ok
        actor = Actor(
            name=name,
            kind=kind,
            role=role,
            aliases=aliases,
            mentions=_mentions(name, aliases, kind, all_text),
            citations=cites,
        )
        return actor, role_ok

    def actors(self, items: Sequence[AnswerActor]) -> list[tuple[Actor, bool]]:
        out: list[tuple[Actor, bool]] = []
        for item in items:
            got = self.actor(item)
            if got and all(got[0].name.lower() != b.name.lower() for b, _ in out):
                out.append(got)
        return out


def _mentions(name: str, aliases: Sequence[str], kind: str, texts: Sequence[str]) -> int:
    """How many sentences of the sources name the actor (by name, alias or surname)."""
    forms = {name, *aliases}
    if kind == "person" and len(name.split()) > 1:
        forms.add(name.split()[-1])  # "Lavrov" for "Sergey Lavrov"
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")\b")
    return sum(1 for t in texts if pattern.search(t))


def assemble(
    answer: Answer, numbered: Numbered, spec: BriefSpec, *, keep_unverified: bool, provenance: Provenance
) -> tuple[Briefing, Tally]:
    # The analyst's pins and strikes are not applied here: engines/overrides.py does that
    # after every engine.
    asm = Assembler(numbered, spec, keep_unverified)
    summary = asm.points(answer.summary, spec.bottom_line_points(len(numbered.articles)))
    actors = asm.actors(answer.actors)
    sections = []
    questions_taken = False  # the answer has one list of questions: the first questions section takes it
    for choice in spec.section_choices():
        if choice.kind == "actors":
            found = [
                Point(text=f"{a.name}, {a.role}" if a.role else a.name, citations=a.citations, verified=ok)
                for a, ok in actors
            ]
        elif choice.kind == "questions":
            found = [] if questions_taken else list(asm.points(answer.open_questions, spec.max_points, question=True))
            questions_taken = True
        else:
            found = list(asm.points(answer.sections.get(choice.id, ()), spec.max_points))
        points = tuple(found)
        sections.append(Section(choice.id, choice.title, points, "" if points else choice.empty_text, choice.kind))
    asked = {c.id for c in spec.section_choices()}
    for extra in sorted(set(answer.sections) - asked):
        asm.tally.warnings.append(f"ignored section {extra!r}: the brief does not ask for it")
    # As the extractive engine dates a brief: the spec's date, else the latest source's.
    published = [a.published[:10] for a in numbered.articles if a.published]
    date = spec.date.isoformat() if spec.date else (max(published) if published else None)
    briefing = Briefing(
        title=spec.title,
        date=date,
        subtitle=spec.subtitle,
        author=spec.author,
        audience=spec.audience,
        marking=spec.marking,
        language=spec.language,
        summary=summary,
        sections=tuple(sections),
        actors=tuple(a for a, _ in actors),
        sources=tuple(Source.of(a) for a in numbered.articles),
        provenance=provenance,
        warnings=tuple(dict.fromkeys(asm.tally.warnings)),
    )
    return briefing, asm.tally
