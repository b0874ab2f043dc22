"""Briefing -> HTML through Jinja2 templates from the theme's lookup chain.

The same template gives the HTML that WeasyPrint paginates (`for_print=True`:
stylesheets linked from the theme folders, citations as `float: footnote`) and the
standalone NAME.html a person opens in a browser (`for_print=False`: the screen CSS
inlined, citations as numbered endnotes, no reference to any file or server).

Autoescape is on, so markup inside an article is shown as text; StrictUndefined makes
a misspelt variable in a user's template an error instead of a silent blank.
"""

from __future__ import annotations

import threading
from pathlib import Path

import jinja2

from briefsmith.errors import RenderError
from briefsmith.model import Briefing
from briefsmith.render.context import template_context
from briefsmith.render.loader import ConfinedLoader
from briefsmith.render.sandbox import BoundedSandbox, run_template
from briefsmith.workspace.theme import Theme

TEMPLATE = "brief.html"

_envs: dict[tuple[Path, ...], jinja2.Environment] = {}
_envs_lock = threading.Lock()


def environment(theme: Theme) -> jinja2.Environment:
    """One Jinja environment per template chain, kept for the process (templates are
    compiled once per batch, not once per brief)."""
    key = theme.template_dirs
    with _envs_lock:
        env = _envs.get(key)
        if env is None:
            # Sandboxed and bounded (sandbox.py): a brief repository's templates may come
            # from someone else; only regular files inside the template folders are read.
            env = BoundedSandbox(
                loader=ConfinedLoader(key),
                autoescape=True,
                undefined=jinja2.StrictUndefined,
                trim_blocks=True,
                lstrip_blocks=True,
                auto_reload=False,
            )
            _envs[key] = env
        return env


def forget_templates() -> None:
    """Drop the compiled templates (they are never reloaded by themselves): a long-lived
    process (`briefsmith serve`) calls this when a template file changes."""
    with _envs_lock:
        _envs.clear()


def render_html(briefing: Briefing, theme: Theme, *, paper: str | None = None, for_print: bool = True) -> str:
    context = template_context(briefing, paper=paper, for_print=for_print, theme=theme)
    env = environment(theme)
    try:
        return run_template(env.get_template(TEMPLATE), context, _template_frame)
    except jinja2.TemplateNotFound as e:
        raise RenderError(
            f"template {e.name!r} not found",
            path=theme.workspace / "templates",
            hint="copy the packaged templates/brief.html to start a custom one",
        ) from None
    except jinja2.TemplateSyntaxError as e:
        raise RenderError(
            f"template syntax error: {e.message}", path=e.filename or e.name, where=f"line {e.lineno}"
        ) from None
    except jinja2.UndefinedError as e:
        path, line = _template_frame(e)
        raise RenderError(
            f"template uses an unknown variable: {e.message}",
            path=path,
            where=line,
            hint="see the README, section 'Template context'",
        ) from None
    except jinja2.TemplateError as e:  # e.g. a sandbox violation
        path, line = _template_frame(e)
        raise RenderError(f"template error: {e}", path=path, where=line) from None
    except (TypeError, ValueError, AttributeError, KeyError, IndexError, ArithmeticError) as e:
        path, line = _template_frame(e)  # e.g. a filter given the wrong kind of value
        if path is None:
            raise
        raise RenderError(f"template error: {type(e).__name__}: {e}", path=path, where=line) from None


def _template_frame(exc: BaseException) -> tuple[str | None, str | None]:
    """The template file and line an error was raised in (Jinja rewrites tracebacks so
    template frames carry the template's own file name and line number)."""
    found: tuple[str | None, str | None] = (None, None)
    tb = exc.__traceback__
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name.endswith((".html", ".jinja", ".j2")):
            found = (name, f"line {tb.tb_lineno}")
        tb = tb.tb_next
    return found
