"""The optional `llm` engine: any OpenAI-compatible chat-completions endpoint, with every claim
checked against the sentences it cites (support.py) before it reaches a document."""

from briefsmith.engines.llm.engine import LLMEngine, LLMResult, ReplayMiss

__all__ = ["LLMEngine", "LLMResult", "ReplayMiss"]
