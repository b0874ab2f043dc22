"""From a file's bytes to text we can trust: bounded size, no binaries, a known encoding.

Decoding order: a byte-order mark decides (UTF-8, UTF-16, UTF-32); else strict UTF-8;
else UTF-8 with its few bad bytes replaced, when more of its other characters are UTF-8;
else Windows-1252 (a superset of Latin-1 for printable text, what old Western pages
and Word exports use). We do not guess further (charset-normalizer and friends are
wrong often enough on short texts that a clear refusal is better than mojibake).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from briefsmith.errors import RecordError
from briefsmith.safeio import Unsafe, read_regular

# An article is at most a few hundred kilobytes; 5 MB is already a book.
MAX_BYTES = 5_000_000

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = (
    (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive (DOCX, XLSX and EPUB are ZIP archives)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
)
# Control characters are not text: XML (DOCX, HTML) cannot even hold most of them.
# Tab, newline, carriage return and form feed are kept (they are whitespace).
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
# Lone surrogates (JSON can smuggle them in as escapes), and the private-use characters
# that `markup.protect` uses to set escaped marks aside: neither is text.
_NOT_TEXT = re.compile("[\ud800-\udfff\U00100000-\U0010007f]")


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing what is missing, a folder, a FIFO or a device (never
    opened: a FIFO would block for ever), or too large."""
    try:
        return read_regular(path, max_bytes=MAX_BYTES)
    except FileNotFoundError:
        raise RecordError("file not found", path=path) from None
    except Unsafe as exc:
        if exc.message.startswith("larger than"):
            raise RecordError(
                f"file is too large for an article (the limit is {MAX_BYTES / 1e6:.0f} MB)",
                path=path,
                hint="split it into articles or trim it to the article text",
            ) from None
        if "a folder" in exc.message:
            raise RecordError("is a folder, not an article record", path=path) from None
        raise RecordError(exc.message, path=path) from None
    except OSError as exc:
        raise RecordError(f"cannot read the file: {exc.strerror or exc}", path=path) from None


def binary_kind(data: bytes) -> str | None:
    """What `data` is when it is plainly not text ("a gzip archive"), else None."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if b"\x00" in data[:65536] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "binary data (it holds NUL bytes)"
    return None


def decode(data: bytes, path: Path) -> str:
    """Text from bytes, or a RecordError that says why the file is not text."""
    if not data.strip():
        raise RecordError("empty file: no article text", path=path)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom) :].decode(encoding), path)
            except UnicodeDecodeError:
                raise RecordError(f"not valid {encoding.upper()} text despite its byte-order mark", path=path) from None
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise RecordError(
                f"binary file ({kind}), not an article",
                path=path,
                hint="save the article as text, Markdown, HTML, JSON or YAML",
            )
    if b"\x00" in data[:65536]:
        raise RecordError(
            "binary file (it holds NUL bytes), not an article",
            path=path,
            hint="if it is UTF-16 text, save it as UTF-8 or with a byte-order mark",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _damaged_utf8(data) or _western(data)
    return _checked(text, path)


def _damaged_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray bytes (a file cut and joined, one pasted symbol): more of its
    non-ASCII characters decode than fail, so only the bad bytes become U+FFFD; read as
    Windows-1252 instead, every "é" of it would turn into "Ã©"."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    good = sum(1 for c in text if ord(c) > 127 and c != "\ufffd")
    return text if good > bad else None


def _western(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # five byte values cp1252 leaves undefined
        return data.decode("latin-1")


def _checked(text: str, path: Path) -> str:
    controls = len(_CONTROLS.findall(text))
    if controls > max(8, len(text) // 100):
        raise RecordError(
            "binary file (control characters), not an article", path=path, hint="save the article as UTF-8 text"
        )
    return clean_chars(text)


def clean_chars(text: str) -> str:
    """Text any renderer can hold: no control characters, no lone surrogates, composed
    Unicode (NFC) so quotes compare equal."""
    text = _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _NOT_TEXT.sub("\ufffd", text)
    return unicodedata.normalize("NFC", text)
