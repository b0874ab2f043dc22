"""One exception family for the whole library.

The CLI turns every `BriefsmithError` into a one-line message and a non-zero exit
(never a traceback); the library itself never imports Click.
"""

from __future__ import annotations

from pathlib import Path


class BriefsmithError(Exception):
    """A problem a user can fix: names the file (and field or line) and a hint."""

    exit_code = 1

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        where: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.where = where  # a field ("sources[0]") or a line ("line 3")
        self.hint = hint

    def __reduce__(self) -> tuple[object, ...]:
        # Errors cross process boundaries (--jobs, the PDF worker): keep every field.
        return (_rebuild, (type(self), self.message, self.path, self.where, self.hint))

    def one_line(self) -> str:
        """The message as the CLI prints it: `file: field: message (hint)`."""
        parts = [p for p in (self.path, self.where) if p]
        text = ": ".join([*parts, self.message])
        if self.hint:
            text += f" (hint: {self.hint})"
        # One line, always: a message built from user input may carry newlines.
        return " ".join(text.split())

    def __str__(self) -> str:
        return self.one_line()


def _rebuild(
    cls: type[BriefsmithError], message: str, path: str | None, where: str | None, hint: str | None
) -> BriefsmithError:
    exc = BriefsmithError.__new__(cls)
    BriefsmithError.__init__(exc, message, path=path, where=where, hint=hint)
    return exc


class RecordError(BriefsmithError):
    """An article record that cannot be read as an article."""


class SpecError(BriefsmithError):
    """A brief spec with one or more problems (all reported at once)."""

    def __init__(self, path: str | Path, problems: list[tuple[str, str]], hint: str | None = None):
        self.problems = problems  # (field, message) pairs
        text = "; ".join(f"{field}: {msg}" if field else msg for field, msg in problems)
        count = len(problems)
        summary = f"{count} problem{'s' if count != 1 else ''}: {text}"
        super().__init__(summary, path=path, hint=hint)

    def __reduce__(self) -> tuple[object, ...]:
        return (SpecError, (self.path, self.problems, self.hint))


class RenderError(BriefsmithError):
    """A template or renderer failed."""


class OutputError(BriefsmithError):
    """An output could not be written, or writing it would destroy a person's edits."""


class EngineError(BriefsmithError):
    """A condensing engine could not produce a briefing."""


class PullError(BriefsmithError):
    """An edited DOCX that `briefsmith pull` cannot read back into its brief."""


class UsageError(BriefsmithError):
    """The command was called wrongly (exit code 2, like Click's usage errors)."""

    exit_code = 2
