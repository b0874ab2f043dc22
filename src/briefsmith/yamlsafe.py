"""YAML for files people type by hand and files that came from the web.

PyYAML's safe loader is the parser; on top of it we refuse aliases (a "billion
laughs" document expands exponentially once something walks it) and absurd nesting,
and we turn parser errors into one line that names the line and column. Dates stay
text (`2024-10-14` is the string "2024-10-14"): PyYAML would build a date while
parsing and crash on `2024-02-30` or `0000-01-01`; the schemas that want a date check
it, naming the field.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from briefsmith.errors import BriefsmithError

MAX_DEPTH = 32


class _NoAliasLoader(yaml.SafeLoader):
    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.MarkedYAMLError(problem="YAML aliases (*name) are not allowed", problem_mark=event.start_mark)
        self._depth = getattr(self, "_depth", 0) + 1
        try:
            if self._depth > MAX_DEPTH:
                event = self.peek_event()
                raise yaml.MarkedYAMLError(
                    problem=f"nested deeper than {MAX_DEPTH} levels", problem_mark=event.start_mark
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _timestamp_as_text(loader: yaml.SafeLoader, node: yaml.Node) -> str:
    return str(loader.construct_scalar(node))


_NoAliasLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


def load_yaml(text: str, path: str | Path, error: type[BriefsmithError] = BriefsmithError) -> Any:
    """Parse one YAML document or raise `error` naming the file and line."""
    try:
        return yaml.load(text, Loader=_NoAliasLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise error(f"invalid YAML: {problem}", path=path, where=where) from None
    except yaml.YAMLError as exc:
        raise error(f"invalid YAML: {exc}", path=path) from None
    except RecursionError:
        raise error("invalid YAML: nested too deeply", path=path) from None
    except (ValueError, OverflowError) as exc:  # a value PyYAML cannot build
        raise error(f"invalid YAML: {exc}", path=path) from None
