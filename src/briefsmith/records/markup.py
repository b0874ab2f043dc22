"""Markup out, words in: what is left of HTML and Markdown inside an article's text.

Policy (the README says the same): the text of an article is kept as text. HTML tags
are removed and their words kept; <script>, <style>, <noscript>, <template> and
<iframe> elements are dropped with their contents (code, not article), and so are
HTML comments. Entities (&amp;) become the characters they name. In Markdown, links
and images become their words, emphasis and code markers go, backslash escapes are
undone. What survives is plain text that the renderers escape, never interpret.

Every pattern here is bounded (no unbounded `.*?` across the text), so a hostile
file of a million brackets or asterisks costs linear time.
"""

from __future__ import annotations

import html
import re

_DROPPED = "script|style|noscript|template|iframe"
_BLOCK_TOKEN = re.compile(rf"<!--|-->|<(/?)({_DROPPED})\b[^<>]{{0,2000}}>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]{0,30}(?:\s[^<>]{0,2000})?/?>")
_BREAK_TAG = re.compile(r"<(?:br|/p|/div|/li|/h[1-6]|/tr)\b[^<>]{0,200}>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

_IMAGE = re.compile(r"!\[([^\[\]\n]{0,500})\]\([^()\s]{0,2000}(?:\s+\"[^\"\n]{0,500}\")?\)")
_LINK = re.compile(
    r"\[([^\[\]\n]{0,500})\]\([^()\s]{0,2000}(?:\([^()\s]{0,200}\))?[^()\s]{0,200}"
    r"(?:\s+\"[^\"\n]{0,500}\")?\)"
)
_REF_LINK = re.compile(r"\[([^\[\]\n]{1,500})\]\[[^\[\]\n]{0,100}\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]{1,2000})>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)([^*_\n]{1,1000}?)(?<=\S)\1")
_EMPH_STAR = re.compile(r"\*(?=\S)([^*\n]{1,1000}?)(?<=\S)\*")
_EMPH_UNDER = re.compile(r"(?<![\w\\])_(?=\S)([^_\n]{1,1000}?)(?<=\S)_(?!\w)")
_STRIKE = re.compile(r"~~(?=\S)([^~\n]{1,1000}?)(?<=\S)~~")
_CODE = re.compile(r"`([^`\n]{1,1000})`")
_ESCAPE = re.compile(r"\\+([!-/:-@\[-`{-~])")  # scraped text is often escaped twice: `\\$`
_STRICT_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# An escaped character is set aside as a private-use character (U+100000 + its code)
# before any markup is read, so `\*word\*` stays "*word*", and is put back at the end.
_SET_ASIDE = 0x100000
_SET_ASIDE_CHARS = re.compile("[\U00100000-\U0010007f]")


def drop_html(text: str) -> str:
    """Remove HTML comments and code elements with their contents, then the other
    tags (keeping their words), then decode entities. Linear time: one token scan."""
    if "<" not in text and "&" not in text:
        return text
    out: list[str] = []
    pos = 0
    tokens = list(_BLOCK_TOKEN.finditer(text))
    i = 0
    while i < len(tokens):
        token = tokens[i]
        opener = token.group(0) == "<!--" or (token.group(2) and not token.group(1))
        if not opener:
            i += 1
            continue
        closer = _find_closer(tokens, i)
        out.append(text[pos : token.start()])
        if closer is None:  # an unclosed element: drop the tag only, keep the words
            pos = token.end()
            i += 1
        else:
            pos = tokens[closer].end()
            i = closer + 1
    out.append(text[pos:])
    text = "".join(out)
    text = _BREAK_TAG.sub("\n", text)
    text = _TAG.sub("", text)
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)


def _find_closer(tokens: list[re.Match[str]], i: int) -> int | None:
    """Index of the token closing tokens[i] (the next "-->" or </same-name>), if any.
    Looks a bounded number of tokens ahead, so the whole scan stays linear."""
    first = tokens[i]
    comment = first.group(0) == "<!--"
    name = (first.group(2) or "").lower()
    for j in range(i + 1, min(len(tokens), i + 64)):
        token = tokens[j]
        if comment and token.group(0) == "-->":
            return j
        if not comment and token.group(1) and (token.group(2) or "").lower() == name:
            return j
    return None


def inline_markdown(text: str) -> str:
    """Markdown inline markup to plain words: images out, links to their words,
    emphasis, code and strike-through markers out. Escapes are `protect`'s job."""
    if not any(c in text for c in "[]*_`~<"):
        return text
    text = _IMAGE.sub("", text)
    text = _AUTOLINK.sub(r"\1", text)
    for _ in range(3):  # a link inside emphasis inside a link: a few passes suffice
        text = _LINK.sub(r"\1", text)
        text = _REF_LINK.sub(r"\1", text)
        text = _STRONG.sub(r"\2", text)
        text = _EMPH_STAR.sub(r"\1", text)
        text = _EMPH_UNDER.sub(r"\1", text)
        text = _STRIKE.sub(r"\1", text)
    return _CODE.sub(r"\1", text)


def protect(text: str, *, strict: bool = False) -> str:
    """Backslash escapes set aside: the escaped characters cannot be read as markup.
    `strict` reads them as CommonMark does (`\\\\` is one backslash); otherwise a run
    of backslashes escapes the mark after it, as scrapers that escape twice meant."""
    if "\\" not in text:
        return text
    pattern = _STRICT_ESCAPE if strict else _ESCAPE
    return pattern.sub(lambda m: chr(_SET_ASIDE + ord(m.group(1))), text)


def restore(text: str) -> str:
    """The characters `protect` set aside, back as themselves (without backslashes)."""
    return _SET_ASIDE_CHARS.sub(lambda m: chr(ord(m.group(0)) - _SET_ASIDE), text)


def squash(text: str) -> str:
    """One line, single spaces."""
    return " ".join(text.split())


def plain(text: str, *, markdown: bool = True) -> str:
    """Inline text (a title, a byline, one paragraph) as clean plain words. With
    `markdown`, backslash escapes are honoured: `\\*` is an asterisk, not emphasis."""
    if not markdown:
        return squash(drop_html(text))
    return squash(restore(inline_markdown(drop_html(protect(text)))))
