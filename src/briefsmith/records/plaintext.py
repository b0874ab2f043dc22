"""Plain text articles: the first non-empty line is the title, then paragraphs.

Paragraphs may be separated by blank lines, by single newlines (one paragraph a
line), or not at all (one block: the article is then one paragraph and its title
is made from its first sentence). Hard-wrapped text (lines cut at a fixed width) is
recognised and its lines joined. HTML inside the text is handled as `markup` says;
Markdown is not interpreted (an asterisk in plain text is an asterisk).
"""

from __future__ import annotations

from briefsmith.records.base import Draft
from briefsmith.records.markup import drop_html, squash
from briefsmith.records.paragraphs import plain_paragraphs

MAX_TITLE_LINE = 200  # a longer first line is a paragraph, not a title


def parse_plain(text: str) -> Draft:
    text = drop_html(text).strip("\n")
    first, _, rest = text.lstrip().partition("\n")
    title = squash(first.lstrip("#").strip())
    if rest.strip() and 0 < len(title) <= MAX_TITLE_LINE:
        body = rest
    else:  # one line only, or a first line too long to be a title
        title, body = "", text
    paragraphs = tuple(squash(p) for p in plain_paragraphs(body))
    return Draft(paragraphs=paragraphs, title=title or None)
