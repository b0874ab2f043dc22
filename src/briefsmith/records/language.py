"""The language of a page: what the text says first, what the page declares second.

Pages declare a language in `<html lang>`, a Content-Language meta or `og:locale`,
but templates often declare "en" on every page whatever the article's language, so a
confident reading of the text itself wins. py3langid (a small, offline model shipped
inside the package, from the trafilatura maintainer) reads the text when installed;
without it we fall back to the declaration alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_CODE = re.compile(r"^([a-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$")
MIN_CHARS = 80  # shorter texts give the detector too little to go on
CONFIDENT = 0.95


def normalise(code: str | None) -> str | None:
    """'de-DE', 'de_DE', 'DE' -> 'de'; None for anything that is not a language tag."""
    match = _CODE.match((code or "").strip().lower())
    return match.group(1) if match else None


def declared_language(tree: Any) -> str | None:
    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree
    candidates = [root.get("lang"), root.get("{http://www.w3.org/XML/1998/namespace}lang")]
    for xpath in (
        './/meta[translate(@http-equiv,"CONTENT-LANGUAGE","content-language")="content-language"]/@content',
        './/meta[@property="og:locale"]/@content',
        './/meta[translate(@name,"LANGUAGE","language")="language"]/@content',
        './/meta[translate(@name,"DC.LANGUAGE","dc.language")="dc.language"]/@content',
    ):
        candidates.extend(str(v) for v in root.xpath(xpath))
    for raw in candidates:
        code = normalise(raw.split(",")[0] if raw else None)
        if code:
            return code
    return None


@lru_cache(maxsize=1)
def _identifier() -> Any:
    try:
        # Here, not at the top: the model loads only when a page's language is asked for.
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
    except ImportError:
        return None
    # py3langid 0.4 renamed the loader; 0.2-0.3 have only the old name.
    load = getattr(LanguageIdentifier, "from_model_file", None) or LanguageIdentifier.from_pickled_model
    return load(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str | None, float]:
    """(code, probability) from the text, or (None, 0.0) without a detector or enough text."""
    identifier = _identifier()
    if identifier is None or len(text.strip()) < MIN_CHARS:
        return None, 0.0
    code, probability = identifier.classify(text)
    return normalise(code), float(probability)


def page_language(tree: Any, text: str) -> str | None:
    declared = declared_language(tree)
    detected, probability = detect_language(text)
    if detected and (declared is None or probability >= CONFIDENT):
        return detected
    return declared
