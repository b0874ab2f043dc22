"""The optional project config, `briefsmith.yaml` at the workspace root.

Settings here are the workspace's defaults; a command-line flag, when given, wins
(flags default to None for exactly that reason). It may name the LLM endpoint and
model, never its key: keys live in the environment (BRIEFSMITH_LLM_KEY), not in git.
The schema (pydantic) is imported only when there is a file to validate, so commands in
a workspace without one start faster.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefsmith.errors import SpecError

CONFIG_NAME = "briefsmith.yaml"


@dataclass(frozen=True)
class ProjectConfig:
    out: str | None = None
    formats: tuple[str, ...] | None = None
    jobs: int | None = None
    pdf_variant: str | None = None
    engine: str | None = None
    strict: bool | None = None
    llm_url: str | None = None
    llm_model: str | None = None
    llm_max_chars: int | None = None


def load_config(root: Path) -> ProjectConfig:
    path = root / CONFIG_NAME
    if not path.is_file():
        return ProjectConfig()
    from pydantic import ValidationError

    from briefsmith.settings.schema import ConfigFile
    from briefsmith.yamlsafe import load_yaml

    data = load_yaml(path.read_text(encoding="utf-8-sig"), path) or {}
    if not isinstance(data, dict):
        raise SpecError(path, [("", "the project config is a YAML mapping")])
    try:
        cfg = ConfigFile.model_validate(data)
    except ValidationError as exc:
        problems = [
            (".".join(str(p) for p in e["loc"]), "unknown field" if e["type"] == "extra_forbidden" else e["msg"])
            for e in exc.errors(include_url=False)
        ]
        raise SpecError(path, problems) from None
    return ProjectConfig(
        out=cfg.out,
        formats=cfg.formats,
        jobs=cfg.jobs,
        pdf_variant=cfg.pdf_variant,
        engine=cfg.engine,
        strict=cfg.strict,
        llm_url=cfg.llm.url,
        llm_model=cfg.llm.model,
        llm_max_chars=cfg.llm.max_chars,
    )
