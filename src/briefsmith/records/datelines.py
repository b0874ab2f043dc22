"""Wire-copy datelines: "WASHINGTON (AP) —", "Kano, Nigeria (CNN)", "LONDON (Reuters) -".

A dateline says where a story was filed and by which agency; it is not part of the
first sentence. Kept as metadata (the agency becomes the publisher when the record
names none) so that the first sentence, the title made from it and the actor list do
not start with a place and a news agency.
"""

from __future__ import annotations

import re

# The agencies whose tags open wire copy, with the names a bibliography wants.
AGENCIES = {
    "AP": "Associated Press",
    "AFP": "Agence France-Presse",
    "Reuters": "Reuters",
    "CNN": "CNN",
    "UPI": "United Press International",
    "Bloomberg": "Bloomberg",
    "dpa": "dpa",
    "DPA": "dpa",
    "Xinhua": "Xinhua",
    "ANI": "ANI",
    "PTI": "Press Trust of India",
    "BBC": "BBC",
    "ANSA": "ANSA",
    "EFE": "EFE",
    "Kyodo": "Kyodo News",
    "Yonhap": "Yonhap",
    "TASS": "TASS",
    "Interfax": "Interfax",
    "IANS": "IANS",
    "CNA": "CNA",
    "RFE/RL": "RFE/RL",
    "Al Jazeera": "Al Jazeera",
}

_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'’ -]{0,40}(?:, [A-Z][A-Za-z.'’ -]{0,40}){0,2})"
    r"\s*\((?P<agency>[A-Za-z][A-Za-z/ ]{0,15})\)"
    r"\s*(?:[-—–]+\s*)?(?=[A-Z\"“‘'])"
)


_BARE_TAG = re.compile(r"^\((?P<agency>[A-Za-z][A-Za-z/ ]{0,15})\)\s*(?:[-—–]+\s*)?")


def credit_length(text: str) -> int:
    """How long a bare agency tag opening the text is ("(CNN)Four years." -> 5), or 0.
    Only a known agency's: "(UN) Security Council" opens with no credit."""
    match = _BARE_TAG.match(text)
    return match.end() if match and match.group("agency").strip() in AGENCIES else 0


def split_dateline(paragraph: str) -> tuple[str | None, str | None, str]:
    """(dateline, agency name, rest of the paragraph); (None, None, paragraph) if none."""
    match = _DATELINE.match(paragraph)
    if not match:
        return None, None, paragraph
    place, tag = match.group("place").strip(), match.group("agency").strip()
    known = AGENCIES.get(tag)
    # An unknown tag counts only in the classic all-capitals form ("BEIRUT (XYZ) —"),
    # so "The United Nations (UN) Security Council…" is never taken for a dateline.
    if known is None and not (place.replace(",", "").replace(" ", "").isupper() and tag.isupper()):
        return None, None, paragraph
    rest = paragraph[match.end() :]
    if len(rest.split()) < 3:  # nothing left worth calling a sentence
        return None, None, paragraph
    return paragraph[: match.end()].strip(), known or tag, rest
