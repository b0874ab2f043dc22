"""How much of what a model writes survives Briefsmith's claim verifier.

    BRIEFSMITH_LLM_URL=http://127.0.0.1:11434/v1 BRIEFSMITH_LLM_MODEL=llama3.1:8b \\
        python bench/llm_eval.py [EVAL_DIR]

runs the llm engine over every article of EVAL_DIR (default ../shared/eval) and prints, per
article and in total, how many of the model's points and actors were proposed, kept, and dropped
(with the reasons). Answers are cached (--cache), so a re-run after a verifier change is free.
Without an endpoint it says so and exits 0.

    python bench/llm_eval.py --verifier [EVAL_DIR]

needs no endpoint: it measures the verifier itself on the human reference summaries, each cited
by the one or two article sentences that share most words with it — how many true claims it
accepts — and on the same claims corrupted (a number changed, a name swapped, a negation
added) — how many false ones it rejects.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from briefsmith.engines.llm import words as W
from briefsmith.engines.llm.evidence import evidence, lexicon
from briefsmith.engines.llm.support import check_claim
from briefsmith.model import Article
from briefsmith.records.base import make_article

DEFAULT_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def read_eval(folder: Path) -> list[tuple[Article, list[str]]]:
    out = []
    for d in sorted(p for p in folder.iterdir() if (p / "article.txt").is_file()):
        lines = [x.strip() for x in (d / "article.txt").read_text(encoding="utf-8").splitlines()]
        title, body = (lines[0], lines[1:]) if len(lines) > 1 and lines[0] and not lines[1] else (d.name, lines)
        article = make_article(id=d.name, title=title, paragraphs=[x for x in body if x])
        refs = (
            [x.strip() for x in (d / "summary.txt").read_text(encoding="utf-8").splitlines() if x.strip()]
            if (d / "summary.txt").is_file()
            else []
        )
        out.append((article, refs))
    return out


def _reason_kind(warning: str) -> str:
    m = re.search(r"\((number|names?|only|the claim negates|\S+ negates|\S+ leaves|cited: )", warning)
    if "no existing sentence" in warning:
        return "no existing id"
    if "role" in warning:
        return "role"
    if "actor" in warning:
        return "actor"
    if "not a question" in warning:
        return "not a question"
    if not m:
        return "other"
    key = m.group(1)
    return {"only": "content words", "names": "name", "the claim negates": "negation"}.get(
        key, "negation" if "negates" in key else "hedge" if "leaves" in key else key
    )


def run_endpoint(items: list[tuple[Article, list[str]]], cache: Path) -> int:
    from briefsmith.engines.llm import LLMEngine
    from briefsmith.errors import EngineError
    from briefsmith.settings.resolve import llm_options
    from briefsmith.workspace.spec import BriefSpec

    options = llm_options(cache_dir=cache)  # BRIEFSMITH_LLM_URL, _MODEL, _KEY, _TIMEOUT
    if not (options.url and options.model):
        print("no endpoint configured (set BRIEFSMITH_LLM_URL and BRIEFSMITH_LLM_MODEL): skipped")
        return 0
    # A local model on a laptop may take minutes for a long article: wait at least 5 minutes.
    engine = LLMEngine(dataclasses.replace(options, timeout=max(options.timeout, 300.0)))
    print(f"endpoint model {engine.model}; answers cached in {cache}")
    print(f"{'article':24} {'proposed':>8} {'kept':>5} {'dropped':>7}  survive  reasons")
    total, kinds = Counter(), Counter()
    for article, _ in items:
        spec = BriefSpec(title=article.title, sources=(article.id,))
        try:
            result = engine.run([article], spec)
        except EngineError as exc:
            print(f"{article.id:24} error: {exc.one_line()}")
            total["errors"] += 1
            continue
        t = result.tally
        drops = [w for w in result.briefing.warnings if w.startswith("dropped")]
        here = Counter(_reason_kind(w) for w in drops)
        kinds.update(here)
        total.update(proposed=t.proposed, kept=t.kept)
        share = t.kept / t.proposed if t.proposed else 0.0
        print(
            f"{article.id:24} {t.proposed:8} {t.kept:5} {t.proposed - t.kept:7}  {share:6.0%}  "
            + ", ".join(f"{k} {n}" for k, n in here.most_common())
        )
    p, k = total["proposed"], total["kept"]
    errors = f"; {total['errors']} errors" if total["errors"] else ""
    print(
        f"{'total':24} {p:8} {k:5} {p - k:7}  {k / p if p else 0:6.0%}  "
        + ", ".join(f"{kk} {n}" for kk, n in kinds.most_common())
        + errors
    )
    return 0


def _best(article: Article, claim: str, k: int) -> list[tuple[str, str]]:
    want = {s for w in W.content_words(claim) for s in W.stems(w)}
    scored = sorted(
        article.sentences, key=lambda s: -len(want & {x for w in W.content_words(s.text) for x in W.stems(w)})
    )
    return [(f"S{s.number}", s.text) for s in scored[:k]]


def _corrupt(claim: str, article: Article, cited: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The same claim made false in three ways (where the claim allows it)."""
    out = []
    nums = re.findall(r"\d+", claim)
    if nums:
        out.append(("number", claim.replace(nums[0], str(int(nums[0]) + 7), 1)))
    cited_text = " ".join(t for _, t in cited).lower()
    names = [t for t in W.tokens(claim[1:]) if t[:1].isupper() and W.norm(t) not in W.STOPWORDS]
    others = [
        t
        for s in article.sentences
        for t in W.tokens(s.text)[1:]
        if t[:1].isupper() and len(t) > 3 and t.lower() not in cited_text
    ]
    if names and others:
        out.append(("name", re.sub(rf"\b{re.escape(names[0])}\b", others[0], claim, count=1)))
    m = re.search(r"\b(is|are|was|were|has|have|had|will|would|can)\b", claim)
    if m and not re.search(r"\b(not|no|never)\b|n't", claim):
        out.append(("negation", claim[: m.end()] + " not" + claim[m.end() :]))
    return out


def run_verifier(items: list[tuple[Article, list[str]]]) -> int:
    print(f"{'set':8} {'k':>2} {'claims':>6} {'accepted':>9}   corrupted: rejected")
    for prefix in ("bbc", "cnndm"):
        chosen = [(a, r) for a, r in items if a.id.startswith(prefix)]
        if not chosen:
            continue
        for k in (1, 2):
            ok = n = 0
            bad, caught = Counter(), Counter()
            for article, refs in chosen:
                names = lexicon(s.text for s in article.sentences)
                for ref in refs:
                    cited = _best(article, ref, k)
                    ev = evidence(cited)
                    n += 1
                    ok += check_claim(ref, ev, names) is None
                    for kind, false in _corrupt(ref, article, cited):
                        bad[kind] += 1
                        caught[kind] += check_claim(false, ev, names) is not None
            rejected = ", ".join(f"{kind} {caught[kind]}/{bad[kind]}" for kind in sorted(bad))
            print(f"{prefix:8} {k:2} {n:6} {ok:5} ({ok / n:4.0%})   {rejected}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("eval_dir", nargs="?", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--verifier", action="store_true", help="measure the verifier on reference summaries")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "briefsmith-llm-eval-cache")
    args = ap.parse_args(argv)
    if not args.eval_dir.is_dir():
        print(f"no evaluation folder at {args.eval_dir}: skipped")
        return 0
    items = read_eval(args.eval_dir)
    return run_verifier(items) if args.verifier else run_endpoint(items, args.cache)


if __name__ == "__main__":
    sys.exit(main())
