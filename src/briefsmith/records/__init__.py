"""Article records: the inputs of a briefing, one reader per input type.

    article = read_article(Path("seeds/moscow-times-russia-taliban.txt"))

Anything that is not a usable article (missing, empty, binary, too large, malformed,
no text) raises `RecordError` naming the file, and the field or line when there is one.
"""

from __future__ import annotations

from pathlib import Path

from briefsmith.errors import RecordError
from briefsmith.model import Article
from briefsmith.records.base import finish, make_article
from briefsmith.records.decode import MAX_BYTES, read_bytes
from briefsmith.records.readers import READERS

SUPPORTED_EXTENSIONS: tuple[str, ...] = tuple(sorted(READERS))

__all__ = ["MAX_BYTES", "SUPPORTED_EXTENSIONS", "make_article", "read_article"]


def read_article(path: Path, *, source_id: str | None = None) -> Article:
    """Read one article record. `source_id` overrides the article's id (which is
    otherwise the record's `id` field, `<publisher>-<date>`, or the file name)."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise RecordError(
            f"unsupported record type {path.suffix or '(no extension)'!r}",
            path=path,
            hint="records are " + ", ".join(SUPPORTED_EXTENSIONS) + " files",
        )
    draft = reader.read(read_bytes(path), path)
    return finish(draft, path, source_id)
