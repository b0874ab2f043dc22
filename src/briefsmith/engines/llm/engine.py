"""The `llm` engine: ask an OpenAI-compatible endpoint, then believe only what the sources support.

Order of a run: number the sentences -> build the request -> answer from the cache, or ask the
endpoint (one repair request for an unusable answer) and cache it -> verify every point ->
Briefing. Any endpoint fault is one EngineError naming the endpoint; with `fallback` the brief
is finished by another engine and its provenance says so.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefsmith.engines import get_engine
from briefsmith.engines.llm.assemble import Tally, assemble
from briefsmith.engines.llm.cache import AnswerCache, CachedAnswer, request_hash
from briefsmith.engines.llm.client import Endpoint, ResponseFormatRejected, chat
from briefsmith.engines.llm.parse import AnswerError, parse_answer
from briefsmith.engines.llm.prompt import number_sentences, request_body
from briefsmith.errors import EngineError
from briefsmith.model import Article, Briefing, Provenance
from briefsmith.settings.options import LLMOptions
from briefsmith.settings.resolve import llm_options
from briefsmith.version import __version__
from briefsmith.workspace.spec import BriefSpec

# When a server refuses the JSON schema: plain JSON mode, then no response_format (parse robustly).
PLAINER_FORMATS: tuple[dict[str, Any] | None, ...] = ({"type": "json_object"}, None)
REPAIR = (
    "Your answer could not be used: {reason}. Answer again with only the complete JSON object "
    "in the shape asked for, nothing before or after it, short enough to finish."
)


class ReplayMiss(EngineError):
    """--replay found no cached answer: never hidden by a fallback (CI asked for these bytes)."""


@dataclass(frozen=True)
class LLMResult:
    briefing: Briefing
    tally: Tally  # proposed / kept / unverified counts (bench/llm_eval.py reads them)


class LLMEngine:
    name = "llm"

    def __init__(self, options: LLMOptions | None = None, *, workspace: Path | str | None = None) -> None:
        """`options` from settings/resolve.py (a build's, or `llm_options()`: the environment's
        when none are given); `workspace` holds the answer cache unless options name one."""
        o = options if options is not None else llm_options()
        if o.timeout <= 0 or o.retries < 0 or o.backoff < 0 or o.max_wait < 0:
            raise EngineError("timeout must be above 0; retries, backoff and max_wait 0 or more", where="llm options")
        if o.fallback == self.name:
            raise EngineError(
                "the llm engine cannot fall back to itself", where="fallback", hint="use --fallback extractive"
            )
        self.options = o
        self.url, self.model, self.fallback = o.url or None, o.model or None, o.fallback or None
        root = Path(workspace) if workspace is not None else Path.cwd()
        self.cache = AnswerCache(o.cache_dir if o.cache_dir is not None else root / ".briefsmith" / "cache")

    def __repr__(self) -> str:  # never the key
        shown = self._endpoint().shown if self.url else None
        return (
            f"LLMEngine(url={shown!r}, model={self.model!r}, replay={self.options.replay}, fallback={self.fallback!r})"
        )

    def _endpoint(self) -> Endpoint:
        o = self.options
        return Endpoint(
            url=self.url or "", key=o.key, timeout=o.timeout, retries=o.retries, backoff=o.backoff, max_wait=o.max_wait
        )

    def condense(self, articles: Sequence[Article], spec: BriefSpec) -> Briefing:
        return self.run(articles, spec).briefing

    def run(self, articles: Sequence[Article], spec: BriefSpec) -> LLMResult:
        try:
            return self._run(articles, spec)
        except ReplayMiss:
            raise
        except EngineError as err:
            if not self.fallback:
                raise
            return self._fall_back(articles, spec, err)

    def _run(self, articles: Sequence[Article], spec: BriefSpec) -> LLMResult:
        if not self.model:
            raise EngineError(
                "no model named for the llm engine",
                where="BRIEFSMITH_LLM_MODEL",
                hint="set BRIEFSMITH_LLM_MODEL (e.g. llama3.1:8b for Ollama)",
            )
        numbered = number_sentences(articles)
        o = self.options
        body = request_body(spec, numbered, self.model, o.seed)
        key = request_hash(self.model, body, __version__)
        cached = None if o.refresh and not o.replay else self.cache.load(key)
        notes: list[str] = []
        if cached is None and o.replay:
            raise ReplayMiss(
                "no cached answer for this brief; run once with an endpoint",
                path=self.cache.folder,
                hint="build once with BRIEFSMITH_LLM_URL set and keep "
                ".briefsmith/cache/ with the brief (the cache key covers model, sources and prompt)",
            )
        if cached is None:
            if not self.url:
                raise EngineError(
                    "no endpoint for the llm engine",
                    where="BRIEFSMITH_LLM_URL",
                    hint="set BRIEFSMITH_LLM_URL, e.g. http://127.0.0.1:11434/v1 for Ollama",
                )
            size = sum(len(m["content"]) for m in body["messages"])
            if size > o.max_chars:
                raise EngineError(
                    f"the sources are too long for the llm engine: a {size:,}-character prompt, "
                    f"over the limit of {o.max_chars:,}",
                    where="llm.max_chars",
                    hint="raise llm.max_chars in briefsmith.yaml (or BRIEFSMITH_LLM_MAX_CHARS) if "
                    "the model's context allows it, or build with --engine extractive",
                )
            content = self._ask(body)
            answered = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
            cached = CachedAnswer(key, self.model, __version__, answered, content)
            try:
                self.cache.save(cached)
            except OSError as exc:
                notes.append(f"could not cache the llm answer in {self.cache.folder}: {exc.strerror or exc}")
        try:
            answer = parse_answer(cached.content)
        except AnswerError as exc:  # only a hand-edited cache entry gets here
            raise EngineError(
                f"cached answer unusable: {exc.reason}",
                path=self.cache.path(key),
                hint="delete the file and build again with an endpoint",
            ) from None
        prov = Provenance(
            engine=self.name, version=__version__, model=self.model, request_hash=key, answered=cached.answered
        )
        briefing, tally = assemble(answer, numbered, spec, keep_unverified=o.keep_unverified, provenance=prov)
        if notes:
            briefing = dataclasses.replace(briefing, warnings=(*briefing.warnings, *notes))
        return LLMResult(briefing, tally)

    def _ask(self, body: dict[str, Any]) -> str:
        ep = self._endpoint()
        reply = None
        for fmt in (body.get("response_format"), *PLAINER_FORMATS):
            body = {k: v for k, v in body.items() if k != "response_format"}
            if fmt is not None:
                body["response_format"] = fmt
            try:
                reply = chat(ep, body)
                break
            except ResponseFormatRejected as exc:
                refused = str(exc)
        if reply is None:
            raise ep.fail(f"the server refuses every response_format ({refused})")
        try:
            parse_answer(reply.content, reply.truncated)
            return reply.content
        except AnswerError as first:
            messages = [
                *body["messages"],
                {"role": "assistant", "content": reply.content[:20000]},
                {"role": "user", "content": REPAIR.format(reason=first.reason)},
            ]
            again = chat(ep, {**body, "messages": messages})
        try:
            parse_answer(again.content, again.truncated)
        except AnswerError as second:
            raise ep.fail(
                f"the model's answer is unusable after one repair request: {second.reason}",
                "try a larger model, or --fallback extractive",
            ) from None
        return again.content

    def _fall_back(self, articles: Sequence[Article], spec: BriefSpec, err: EngineError) -> LLMResult:
        why = err.one_line()
        try:
            other = get_engine(self.fallback or "")
        except (ImportError, AttributeError, EngineError) as exc:  # unknown or not installed
            raise EngineError(
                f"{why}; and the fallback engine {self.fallback!r} is unavailable ({type(exc).__name__})"
            ) from None
        briefing = other.condense(articles, spec)
        note = f"the llm engine failed ({why}); finished with the {self.fallback} engine"
        prov = briefing.provenance or Provenance(engine=other.name, version=__version__)
        prov = dataclasses.replace(prov, note=f"{prov.note}; {note}" if prov.note else note)
        briefing = dataclasses.replace(
            briefing, provenance=prov, warnings=(*briefing.warnings, f"fell back to {self.fallback}: {why}")
        )
        return LLMResult(briefing, Tally())
