"""Templates that may come from someone else: confined, bounded, stopped in time.

Jinja's sandbox already refuses unsafe attributes; it does not bound what a template
makes. `{{ 'a' * 10**9 }}` wrote a 1 GB HTML using 3.9 GB, and a loop of loops runs for
hours. So here:

- the loader (loader.py) reads only regular files inside the template folders (no link
  out, no FIFO), at most 2 MB each;
- `*` and `**` are checked before they run (a string, list or number they would make
  past the HTML cap is refused), and so are call and filter arguments and format
  widths past it;
- the output is produced in pieces and stopped when it passes BRIEFSMITH_MAX_HTML_BYTES
  (10 MB), or when the run passes BRIEFSMITH_TEMPLATE_SECONDS (10 s; a timer signal in
  the main thread also stops a loop that prints nothing).

Each refusal is a RenderError naming the template file (and line when known).
"""

from __future__ import annotations

import contextlib
import math
import re
import signal
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from briefsmith.errors import RenderError
from briefsmith.limits import limit

_WIDE = re.compile(r"\d{8,}")  # a format width of 10 million or more


def max_html() -> int:
    return int(limit("BRIEFSMITH_MAX_HTML_BYTES", 10_000_000))


def template_seconds() -> float:
    return limit("BRIEFSMITH_TEMPLATE_SECONDS", 10.0)


class TemplateLimit(SecurityError):
    """A template asked for more than a template may have."""


def _size(value: Any) -> int | None:
    return len(value) if isinstance(value, (str, bytes, list, tuple)) else None


def _check_args(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    cap = max_html()
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > cap:
            raise TemplateLimit(f"a number over {cap:,} given to a call or filter")
        if isinstance(value, str) and "%" in value and _WIDE.search(value):
            raise TemplateLimit("a format width over the HTML size limit")


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """The sandbox, with `*`, `**`, `%`, calls, filters and format strings bounded."""

    intercepted_binops = frozenset(("*", "**", "%"))

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        cap = max_html()
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                n = _size(seq)
                if n is not None and isinstance(times, int) and n * max(times, 0) > cap:
                    raise TemplateLimit(f"`*` would make {n * times:,} items; the limit is {cap:,}")
            if isinstance(left, int) and isinstance(right, int) and left.bit_length() + right.bit_length() > 4096:
                raise TemplateLimit("`*` of numbers too large")
        if operator == "**" and isinstance(left, int) and isinstance(right, int) and abs(left) > 1:
            if right > 0 and right * math.log2(abs(left)) > 4096:
                raise TemplateLimit("`**` would make a number over 4096 bits")
        if operator == "%" and isinstance(left, str) and _WIDE.search(left):
            raise TemplateLimit("a format width over the HTML size limit")
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        _check_args(args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> Any:
        # `'{:>999999999}'.format(x)`: the format string is the method's own string.
        owner = getattr(value, "__self__", None)
        if isinstance(owner, str) and _WIDE.search(owner):
            raise TemplateLimit("a format width over the HTML size limit")
        return super().wrap_str_format(value)

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.filters = {name: _bounded(f) for name, f in self.filters.items()}


def _bounded(filter_func: Callable[..., Any]) -> Callable[..., Any]:
    def bounded(*args: Any, **kwargs: Any) -> Any:
        _check_args(args, kwargs)
        result = filter_func(*args, **kwargs)
        n = _size(result)
        if n is not None and n > max_html():
            raise TemplateLimit(f"a filter made {n:,} characters; the limit is {max_html():,}")
        return result

    for attr in ("jinja_pass_arg", "__name__", "__doc__"):  # pass_context & co. stay as they were
        if hasattr(filter_func, attr):
            with contextlib.suppress(AttributeError, TypeError):
                setattr(bounded, attr, getattr(filter_func, attr))
    return bounded


class _TimeUp(Exception):
    pass


@contextlib.contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    """SIGALRM after `seconds`, raising _TimeUp inside whatever runs (main thread only, and
    only when nobody else uses SIGALRM); elsewhere the caller's own checks must do."""
    usable = threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
    if usable and signal.getsignal(signal.SIGALRM) not in (signal.SIG_DFL, None):
        usable = False
    if not usable:
        yield
        return

    def ring(signum: int, frame: object) -> None:
        raise _TimeUp

    old = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def run_template(template: jinja2.Template, context: dict[str, Any], frame: Callable[..., Any]) -> str:
    """Render `template` within the size and time caps; `frame(exc)` finds the template
    file and line an exception was raised in."""
    cap, seconds = max_html(), template_seconds()
    deadline = time.monotonic() + seconds
    parts: list[str] = []
    total = 0
    try:
        with _alarm(seconds):
            for chunk in template.generate(context):
                total += len(chunk)
                if total > cap:
                    raise RenderError(
                        f"the template made more than {cap:,} characters of HTML; stopped",
                        path=template.filename,
                        hint="BRIEFSMITH_MAX_HTML_BYTES raises the limit",
                    )
                if time.monotonic() > deadline:
                    raise _TimeUp
                parts.append(chunk)
    except _TimeUp as exc:
        path, line = frame(exc)
        raise RenderError(
            f"the template ran longer than {seconds:g} s; stopped",
            path=path or template.filename,
            where=line,
            hint="BRIEFSMITH_TEMPLATE_SECONDS raises the limit",
        ) from None
    except TemplateLimit as exc:
        path, line = frame(exc)
        raise RenderError(f"template refused: {exc}", path=path or template.filename, where=line) from None
    except MemoryError:
        raise RenderError("the template ran out of memory; stopped", path=template.filename) from None
    except RecursionError as exc:  # a template that includes or extends itself, a macro calling itself
        path, line = frame(exc)
        raise RenderError(
            "the template recurses without end (it includes, extends or calls itself); stopped",
            path=path or template.filename,
            where=line,
        ) from None
    return "".join(parts)
