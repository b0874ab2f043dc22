"""The optional project config, `briefsmith.yaml` at the workspace root.

Settings here are the workspace's defaults; a command-line flag, when given, wins
(flags default to None for exactly that reason). It may name the LLM endpoint and
model, never its key: keys live in the environment (BRIEFSMITH_LLM_KEY), not in git.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from briefsmith.errors import SpecError
from briefsmith.yamlsafe import load_yaml

CONFIG_NAME = "briefsmith.yaml"


class LLMConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    url: str | None = None
    model: str | None = None


class ProjectConfig(BaseModel):
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


def load_config(root: Path) -> ProjectConfig:
    path = root / CONFIG_NAME
    if not path.is_file():
        return ProjectConfig()
    data = load_yaml(path.read_text(encoding="utf-8-sig"), path) or {}
    if not isinstance(data, dict):
        raise SpecError(path, [("", "the project config is a YAML mapping")])
    try:
        return ProjectConfig.model_validate(data)
    except ValidationError as exc:
        problems = [(".".join(str(p) for p in e["loc"]), "unknown field" if e["type"] == "extra_forbidden"
                     else e["msg"]) for e in exc.errors(include_url=False)]
        raise SpecError(path, problems) from None
