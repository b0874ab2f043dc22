"""Who published an article, from what the record says about itself.

In order: a table of well-known news sites by domain; the publisher a disclaimer
names ("…do not necessarily reflect the position of The Moscow Times."); a name
made from the domain ("example-news.co.uk" -> "Example News").
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

KNOWN_PUBLISHERS: dict[str, str] = {
    "themoscowtimes.com": "The Moscow Times",
    "bbc.co.uk": "BBC News",
    "bbc.com": "BBC News",
    "cnn.com": "CNN",
    "reuters.com": "Reuters",
    "apnews.com": "The Associated Press",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal",
    "theguardian.com": "The Guardian",
    "ft.com": "Financial Times",
    "economist.com": "The Economist",
    "bloomberg.com": "Bloomberg",
    "aljazeera.com": "Al Jazeera",
    "politico.com": "Politico",
    "politico.eu": "Politico Europe",
    "dw.com": "Deutsche Welle",
    "france24.com": "France 24",
    "npr.org": "NPR",
    "foreignpolicy.com": "Foreign Policy",
    "foreignaffairs.com": "Foreign Affairs",
    "thediplomat.com": "The Diplomat",
    "rferl.org": "Radio Free Europe/Radio Liberty",
    "meduza.io": "Meduza",
    "novayagazeta.eu": "Novaya Gazeta Europe",
    "kyivindependent.com": "The Kyiv Independent",
    "tass.com": "TASS",
    "rt.com": "RT",
    "afp.com": "AFP",
    "independent.co.uk": "The Independent",
    "telegraph.co.uk": "The Telegraph",
    "lemonde.fr": "Le Monde",
    "spiegel.de": "Der Spiegel",
    "scmp.com": "South China Morning Post",
    "hindustantimes.com": "Hindustan Times",
    "dawn.com": "Dawn",
    "tolonews.com": "TOLOnews",
    "amu.tv": "Amu TV",
}

# Second-level labels under a country code ("co.uk", "com.au"): not the site's name.
_GENERIC_LABELS = frozenset("co com org net gov ac edu news".split())
_DISCLAIMER = re.compile(
    r"(?:position|views?|opinions?|policy) of (?P<name>(?:the )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,5})"
)


def domain(url: str | None) -> str | None:
    """The host of an http(s) URL without "www.", lower case; None for anything else."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def known_publisher(url: str | None) -> str | None:
    host = domain(url)
    while host and "." in host:
        if host in KNOWN_PUBLISHERS:
            return KNOWN_PUBLISHERS[host]
        host = host.split(".", 1)[1]  # news.bbc.co.uk -> bbc.co.uk
    return None


def publisher_from_disclaimer(text: str) -> str | None:
    match = _DISCLAIMER.search(text)
    if not match:
        return None
    name = match.group("name").rstrip(".")
    return name[0].upper() + name[1:]


def publisher_from_domain(url: str | None) -> str | None:
    host = domain(url)
    if not host or re.fullmatch(r"[\d.]+|\[?[0-9a-f:]+\]?", host):
        return None
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _GENERIC_LABELS:
        labels = labels[:-2]  # example.co.uk -> example
    else:
        labels = labels[:-1]  # example.com -> example
    if not labels:
        return None
    return " ".join(word.capitalize() for word in labels[-1].split("-") if word) or None


def guess_publisher(url: str | None, disclaimers: list[str]) -> str | None:
    """The best publisher name the record allows, or None."""
    return (
        known_publisher(url)
        or next(filter(None, map(publisher_from_disclaimer, disclaimers)), None)
        or publisher_from_domain(url)
    )
