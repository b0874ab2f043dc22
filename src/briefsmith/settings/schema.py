"""The schema of `briefsmith.yaml` (validated only when the file exists)."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator


class LLMConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    url: str | None = None
    model: str | None = None
    max_chars: Annotated[int, Field(ge=1000)] | None = None


class ConfigFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    out: str | None = None
    formats: tuple[str, ...] | None = None
    jobs: Annotated[int, Field(ge=1, le=64)] | None = None
    pdf_variant: str | None = None
    engine: str | None = None
    strict: bool | None = None
    llm: LLMConfig = LLMConfig()

    @field_validator("llm", mode="before")
    @classmethod
    def _no_key(cls, value: object) -> object:
        if isinstance(value, dict) and any(k in value for k in ("key", "api_key", "token")):
            raise ValueError("an API key does not belong in a file: set BRIEFSMITH_LLM_KEY instead")
        return value
