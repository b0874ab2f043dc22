"""Reading the model's answer: tolerant of the usual wrapping (code fences, a sentence before
the JSON, reasoning tags), strict about the shape. What cannot be read raises `AnswerError`,
whose reason goes back to the model in the one repair request."""

from __future__ import annotations

import json
import re
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator

from briefsmith.engines.llm.prompt import parse_ids

_THINK = re.compile(r"<think>.*?</think>", re.S | re.I)
_FENCE = re.compile(r"```(?:json|JSON)?\s*\n?(.*?)```", re.S)
TOP_KEYS = ("summary", "sections", "actors", "open_questions")
# Sentence ids as models write them ("S3", 3, "[S3]", "S3, S4") -> ("S3", ...).
Ids = Annotated[tuple[str, ...], BeforeValidator(lambda raw: tuple(parse_ids(raw)))]


class AnswerError(ValueError):
    """The answer cannot be used; `reason` is one line, safe to show and to send back."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class AnswerPoint(_Lenient):
    text: str
    sentences: Ids = ()

    @model_validator(mode="before")
    @classmethod
    def _bare_string(cls, data: Any) -> Any:
        # A bare string is a point without citations: kept in shape, dropped by the verifier.
        return {"text": data} if isinstance(data, str) else data


class AnswerActor(_Lenient):
    name: str
    kind: str = ""
    role: str | None = None
    sentences: Ids = ()
    aliases: tuple[str, ...] = ()


class Answer(_Lenient):
    summary: tuple[AnswerPoint, ...] = ()
    sections: dict[str, tuple[AnswerPoint, ...]] = Field(default_factory=dict)
    actors: tuple[AnswerActor, ...] = ()
    open_questions: tuple[AnswerPoint, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _lift(cls, data: Any) -> Any:
        # Small models often put sections at the top level or say "key_actors": accept both.
        if not isinstance(data, dict):
            return data
        data = dict(data)
        if "actors" not in data and "key_actors" in data:
            data["actors"] = data.pop("key_actors")
        sections = data.get("sections")
        if sections is None or isinstance(sections, dict):
            sections = dict(sections or {})
            for key in list(data):
                if key not in TOP_KEYS and isinstance(data[key], list):
                    sections.setdefault(key, data.pop(key))
            data["sections"] = sections
        return data


def extract_json(content: str, truncated: bool = False) -> Any:
    """The JSON value in an answer, or AnswerError saying why there is none."""
    text = _THINK.sub("", content).strip()
    fence = _FENCE.search(text)
    if fence:
        text = fence.group(1).strip()
    start = text.find("{")
    if start < 0:
        raise AnswerError("the answer holds no JSON object" + (" (it was cut off)" if truncated else ""))
    try:
        value, _ = json.JSONDecoder().raw_decode(text, start)
    except json.JSONDecodeError as exc:
        if truncated or _unclosed(text[start:]):
            raise AnswerError("the JSON is truncated: it ends before the object is complete") from None
        raise AnswerError(f"the JSON is malformed: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    return value


def _unclosed(text: str) -> bool:
    """Does the JSON text end with brackets or a string still open (cut off, not merely wrong)?"""
    stack: list[str] = []
    in_string = escaped = False
    for ch in text:
        if in_string:
            escaped, in_string = (False, True) if escaped else (ch == "\\", ch != '"')
        elif ch == '"':
            in_string = True
        elif ch in "{[":
            stack.append("}" if ch == "{" else "]")
        elif ch in "}]":
            if not stack or stack.pop() != ch:
                return False  # a wrong bracket: malformed
            if not stack:
                return False  # the object closed: whatever is wrong is not the end
    return in_string or bool(stack)


def _where(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "the answer"


def parse_answer(content: str, truncated: bool = False) -> Answer:
    data = extract_json(content, truncated)
    if not isinstance(data, dict):
        raise AnswerError(f"the answer is a JSON {type(data).__name__}, not an object with {', '.join(TOP_KEYS)}")
    if not any(key in data for key in (*TOP_KEYS, "key_actors")):
        raise AnswerError(f"the answer has none of the keys {', '.join(TOP_KEYS)}")
    try:
        return Answer.model_validate(data)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise AnswerError(f"wrong shape at {_where(err['loc'])}: {err['msg'].lower()}{more}") from None
