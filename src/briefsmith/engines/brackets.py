"""Checking a point's editorial brackets: each stands in the text where its record says,
its words stand in the sentence it cites (a date: it is what the article's date makes of
the words before it), and without them the point's text is its quotes, word for word."""

from __future__ import annotations

from collections.abc import Callable

from briefsmith.engines.timeref import find
from briefsmith.model import Article, Citation, Insertion, Point

_SAID = " said"
ACT_JOINTS = ("on", "of")  # the prepositions standing/acts.py joins an act's object with


def _same(a: str, b: str) -> bool:
    """Equal, but for the case of the first letter (a point opens with a capital)."""
    return a[:1].lower() == b[:1].lower() and a[1:] == b[1:]


def _stands(ins: Insertion, quote: str) -> bool:
    """Do the bracket's words stand in the cited sentence? Not counting the "said" of a
    speaker, the "on" or "of" that joins an act to what it was done to ("the attack [on
    the ambassador]"), a possessive ending made for "his" or "the group's", or a capital
    letter made for the point's first word."""
    words = ins.text
    if ins.kind == "speaker" and words.endswith(_SAID):
        words = words[: -len(_SAID)]
    joint = words.split(" ", 1)
    if ins.kind == "referent" and not ins.replaces and len(joint) == 2 and joint[0] in ACT_JOINTS:
        words = joint[1]  # "the attack [on the ambassador]": what it was done to, joined by the editor's "on"
    forms = [words] + ([words[:-2]] if words.endswith(("'s", "’s")) else [])
    return any(g in quote for f in forms if f for g in (f, f[:1].lower() + f[1:], f[:1].upper() + f[1:]))


def unbracketed(point: Point) -> str:
    """The point's text with every bracket undone: what it replaced put back, what it
    added taken out."""
    text = point.text
    for ins in sorted(point.insertions, key=lambda i: -i.at):
        end = ins.at + len(ins.text) + 2
        if ins.replaces:
            text = text[: ins.at] + ins.replaces + text[end:]
        else:
            start = ins.at - 1 if ins.at and text[ins.at - 1] == " " else ins.at
            text = text[:start] + text[end:]
    return text


def bracket_problems(
    point: Point, articles: dict[str, Article], cite_problem: Callable[[Citation, dict[str, Article]], str | None]
) -> list[str]:
    """Why the point's brackets cannot be trusted, one line each (empty: they can)."""
    out = []
    for ins in point.insertions:
        where = f"[{ins.text}]"
        if point.text[ins.at : ins.at + len(where)] != where:
            out.append(f"bracket {where} does not stand at {ins.at} in {point.text[:40]!r}")
            continue
        if ins.citation is None:
            out.append(f"bracket {where} cites no sentence")
            continue
        why = cite_problem(ins.citation, articles)
        if why:
            out.append(f"bracket {where}: {why}")
            continue
        quote = ins.citation.quote
        if ins.kind == "date" and _phrased(point):
            continue  # a question's date: checked against the question's words below
        if ins.kind == "date":
            article = articles[ins.citation.source]
            dated = {(r.display, r.value) for r in find(quote, article.published)}
            if (ins.text, ins.value) not in dated:
                out.append(f"bracket {where}: not what {article.published or 'an undated article'} makes of the words")
        elif not _stands(ins, quote):
            out.append(f"bracket {where}: the words are not in {ins.citation.source} sentence {ins.citation.sentence}")
    if point.insertions and not out:
        quotes = [c.quote for c in point.citations]
        bare = unbracketed(point)
        if _phrased(point):
            out += _question_dates(point, articles)
        elif not any(
            _same(bare, " ".join(q[:1].upper() + q[1:] for q in quotes[:n])) for n in (1, 2, 3)
        ):  # a point may quote up to two sentences before its own
            out.append(f"without its brackets the point is not its quotes: {bare[:60]!r}")
    return out


def _phrased(point: Point) -> bool:
    """A question phrased anew from its sentences (not their words): its brackets may only
    be dates."""
    return unbracketed(point).rstrip().endswith("?") and all(i.kind == "date" for i in point.insertions)


def _question_dates(point: Point, articles: dict[str, Article]) -> list[str]:
    """A phrased question's date stands right after a relative time whose words stand in the
    sentence the bracket cites, and it is what that record's date makes of those words as
    the question puts them ("Will he attend in September?" is the next September)."""
    out = []
    bare = unbracketed(point)

    def removed(i: Insertion) -> int:  # what undoing bracket i takes out of the text: " [...]"
        return len(i.text) + 2 + (1 if i.at and point.text[i.at - 1] == " " else 0)

    for ins in point.insertions:
        assert ins.citation is not None  # checked by bracket_problems
        published = articles[ins.citation.source].published
        at = ins.at - sum(removed(i) for i in point.insertions if i.at < ins.at)
        at -= 1 if ins.at and point.text[ins.at - 1] == " " else 0
        at -= 2 if bare[at - 2 : at] in ("'s", "’s") else 0  # "this year's [2024] crop"
        refs = [r for r in find(bare, published) if r.end == at and (r.display, r.value) == (ins.text, ins.value)]
        words = bare[refs[0].start : refs[0].end] if refs else ""
        if not words or words.lower() not in ins.citation.quote.lower():
            problem = f"not what {published or 'an undated article'} makes of words of the sentence it cites"
            out.append(f"bracket [{ins.text}]: {problem}")
    return out
