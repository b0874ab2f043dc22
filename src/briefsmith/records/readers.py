"""One reader per input type, chosen by the file's extension (like Pelican's
readers.py). A `.txt` file is sniffed: scraped Markdown (a "# Title", a "By …"
byline, an "Original url:" trailer) or plain text. Each reader turns bytes into a
Draft; `records.read_article` finishes it into an Article."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import ClassVar

from briefsmith.errors import RecordError
from briefsmith.records.base import Draft
from briefsmith.records.decode import decode
from briefsmith.records.fields import RecordFields, validate_fields
from briefsmith.records.markup import plain
from briefsmith.records.paragraphs import plain_paragraphs
from briefsmith.yamlsafe import load_yaml

# YAML between a first line "---" and the next line "---" (or "...").
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)^(?:---|\.\.\.)[ \t]*$\n?", re.DOTALL | re.MULTILINE)


class Reader:
    """Reads one kind of record file."""

    extensions: ClassVar[tuple[str, ...]] = ()

    def read(self, data: bytes, path: Path) -> Draft:
        raise NotImplementedError


class TextReader(Reader):
    extensions = (".txt", ".text")

    def read(self, data: bytes, path: Path) -> Draft:
        # Here, not at the top: a build over JSON or YAML records never loads the text readers.
        from briefsmith.records.plaintext import parse_plain
        from briefsmith.records.scraped import looks_scraped, parse_scraped

        text = decode(data, path)
        return _not_title_alone(parse_scraped(text) if looks_scraped(text) else parse_plain(text), path)


def _not_title_alone(draft: Draft, path: Path) -> Draft:
    if _title_alone(draft):
        raise RecordError(
            "only a title line: no article text",
            path=path,
            hint="put the article's paragraphs under the title, after a blank line",
        )
    return draft


def _title_alone(draft: Draft) -> bool:
    """One short line that ends no sentence ("Talks on the strait"): a headline with no story,
    which a Markdown record with a title and no body is refused for too."""
    if draft.title or len(draft.paragraphs) != 1:
        return False
    line = draft.paragraphs[0].strip()
    return len(line.split()) <= 20 and not re.search(r"[.!?…][\"”’')\]]*$", line)


class MarkdownReader(Reader):
    """Markdown with YAML front matter between `---` lines: the fields come from the
    front matter (a missing title from the body's first heading), the body is read as
    Markdown. Without front matter, a `.md` file is read like scraped Markdown."""

    extensions = (".md", ".markdown")

    def read(self, data: bytes, path: Path) -> Draft:
        from briefsmith.records.markdown import parse_markdown  # here: see TextReader
        from briefsmith.records.scraped import parse_scraped

        text = decode(data, path)
        if text.partition("\n")[0].strip() != "---":
            return _not_title_alone(parse_scraped(text), path)  # no front matter: read as a scraped article
        front = _FRONT_MATTER.match(text)
        if not front:
            raise RecordError("front matter has no closing '---' line", path=path, where="line 1")
        # One newline for the opening "---" line: YAML's line numbers are then the file's.
        fields = validate_fields(load_yaml("\n" + front.group(1), path, RecordError) or {}, path, "front matter")
        return _merge(fields, parse_markdown(text[front.end() :]))


class JsonReader(Reader):
    extensions = (".json",)

    def read(self, data: bytes, path: Path) -> Draft:
        text = decode(data, path)
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RecordError(
                f"invalid JSON: {exc.msg}", path=path, where=f"line {exc.lineno}, column {exc.colno}"
            ) from None
        except (ValueError, RecursionError) as exc:  # huge integers, absurd nesting
            raise RecordError(f"invalid JSON: {exc}", path=path) from None
        return _structured(validate_fields(record, path), path)


class YamlReader(Reader):
    extensions = (".yaml", ".yml")

    def read(self, data: bytes, path: Path) -> Draft:
        record = load_yaml(decode(data, path), path, RecordError)
        return _structured(validate_fields(record, path), path)


class HtmlReader(Reader):
    extensions = (".html", ".htm")

    def read(self, data: bytes, path: Path) -> Draft:
        from briefsmith.records.html import parse_html  # trafilatura is slow to import

        return parse_html(data, path)


def _structured(fields: RecordFields, path: Path) -> Draft:
    """JSON and YAML records: `title` and one of `paragraphs` (a list of strings, one a
    paragraph) or `body` (a string; blank lines or newlines separate paragraphs)."""
    if not fields.title:
        raise RecordError("an article record needs a title", path=path, where="title")
    if fields.paragraphs is not None and fields.body is not None:
        raise RecordError("give paragraphs or body, not both", path=path, where="body")
    if fields.paragraphs is not None:
        paragraphs = [plain(p, markdown=False) for p in fields.paragraphs]
    elif fields.body is not None:
        paragraphs = [plain(p, markdown=False) for p in plain_paragraphs(fields.body)]
    else:
        raise RecordError(
            "no article text",
            path=path,
            where="paragraphs",
            hint="add paragraphs (a list of strings) or body (a string)",
        )
    return _merge(fields, Draft(paragraphs=tuple(paragraphs)))


def _merge(fields: RecordFields, draft: Draft) -> Draft:
    """What the fields say, then what the text says."""
    return Draft(
        paragraphs=draft.paragraphs,
        title=fields.title or draft.title,
        authors=fields.names() or draft.authors,
        publisher=fields.publisher or draft.publisher,
        published=fields.published or draft.published,
        url=fields.url or draft.url,
        retrieved=fields.retrieved or draft.retrieved,
        language=fields.language or draft.language,
        id=fields.id or draft.id,
        boilerplate=draft.boilerplate,
    )


READERS: dict[str, Reader] = {
    ext: reader()
    for reader in (TextReader, MarkdownReader, JsonReader, YamlReader, HtmlReader)
    for ext in reader.extensions
}
