"""News media, news agencies and their reporters: the story's sources, not its actors.

An outlet is known by its name (a general list of news organisations and platforms, or a
name that ends like one: "... TV", "... News Agency", "... Times") or by how the text uses it
("according to Yonhap", "the news agency Sputnik", "told CNN"). It stays an actor only where it
acts in the story in a way that is no reporting ("WXIX agreed to delay the broadcast"). A
reporter is a person the text ties to an outlet ("CNN's Jane Roe", "Jane Roe, a CNN
correspondent", "CNN anchor Jane Roe"); a journalist the story is about ("the presenter Jane Roe
was sent the e-mail") stays an actor."""

from __future__ import annotations

import re

# News organisations, agencies and platforms that stories quote as sources (general, not from
# any article); one-word names that are also common words or given names are left out.
_SINGLE = """
CNN BBC Reuters AP AFP Bloomberg Xinhua TASS Tass Interfax Sputnik RT Ukrinform UNIAN Yonhap KCNA
IRNA ISNA Fars FARS Tasnim Anadolu Kyodo NHK Jiji CCTV CGTN Haaretz NBC CBS ABC MSNBC NPR PBS ITV
Politico Axios Newsweek HuffPost BuzzFeed Guardian Telegraph Economist Kommersant Izvestia Vedomosti
Meduza TOLOnews Pajhwok Khaama VOA RFE/RL DW Euronews YTN KBS Al-Jazeera Al-Arabiya Al-Manar ANSA
EFE dpa DPA PTI NDTV Twitter Facebook YouTube Instagram Telegram WhatsApp TikTok Weibo WeChat
VKontakte Reddit
"""
_MULTI = """
Associated Press|Agence France-Presse|Agence France Presse|RIA Novosti|Press TV|Al Jazeera|Al Arabiya
Global Times|People's Daily|Fox News|Sky News|Channel 4|Financial Times|New York Times|Washington Post
Wall Street Journal|Los Angeles Times|USA Today|Daily Mail|Le Monde|Le Figaro|Der Spiegel|Die Welt
El País|El Pais|Corriere della Sera|Asharq Al-Awsat|Novaya Gazeta|Moscow Times|Kyiv Independent
Kyiv Post|Jerusalem Post|Times of Israel|Tolo News|Khaama Press|Ariana News|Voice of America
Radio Free Europe|Deutsche Welle|France 24|Japan Times|South China Morning Post|Straits Times
Hindustan Times|Times of India|Xinhua News Agency|Al Masirah|Saba News Agency|Reuters News
"""
NAMES = frozenset(_SINGLE.split()) | frozenset(n.strip() for n in _MULTI.replace("\n", "|").split("|") if n.strip())
# Last words that make a name an outlet's ("Iraqiya TV", "Islamic Republic News Agency").
_TAILS = frozenset(
    "TV Television Radio News Times Post Journal Gazette Herald Tribune Daily Broadcasting Channel "
    "Magazine Chronicle Telegraph Newspaper Newswire Wire".split()
)
_AGENCY = re.compile(r"\b(?:News|Press)\s+Agency$")
# Words next to a name that make it an outlet's: "the Yonhap news agency", "state-run Press TV".
_NEAR = re.compile(
    r"\b(?:news\s+agency|news\s+agencies|news\s+channel|news\s+outlet|news\s+website|newspaper|broadcaster|"
    r"state[\s-]+(?:run|owned|controlled)\s+(?:media|television|tv|news\s+agency|broadcaster)|"
    r"state\s+media|television\s+channel|tv\s+channel|affiliate|network)\b",
    re.IGNORECASE,
)
# Verbs with which an outlet only reports: a mention followed by one is no action of its own.
REPORTING = frozenset(
    "reported reports reporting said says told tells quoted quotes cited cites learned learns "
    "obtained obtains aired airs broadcast broadcasts published publishes wrote writes "
    "contributed has had is was listened listens reached reaches contacted contacts interviewed interviews "
    "asked asks spoke speaks could can did does on "  # "CNN on Saturday reached out to ..."
    "showed shows carried carries posted posts "  # "video aired by GEO News showed ...": footage shown
    # What an outlet says in its own voice is still its saying: "state-run KCNA slammed the drills"
    "slammed slams warned warns noted notes added adds claimed claims stated states described describes "
    "called calls accused accuses denounced denounces condemned condemns announced announces".split()
)
# Newsroom jobs: a person in one is a reporter ("journalist Jane Roe", "CNN correspondent").
JOBS = frozenset(
    "journalist journalists reporter reporters correspondent correspondents anchor anchors anchorman "
    "anchorwoman presenter presenters host columnist columnists editor editors producer producers "
    "commentator commentators contributor contributors analyst analysts writer stringer photographer "
    "editor-in-chief publisher".split()
)


def outlet_name(name: str) -> bool:
    """Is this the name of a news outlet or platform, by itself?"""
    words = name.split()
    return name in NAMES or bool(_AGENCY.search(name)) or (len(words) > 1 and words[-1] in _TAILS)


_NEAR_BEFORE = re.compile(r"(?:" + _NEAR.pattern + r")\s*$", re.IGNORECASE)
_NEAR_AFTER = re.compile(r"^\s*(?:" + _NEAR.pattern + r")", re.IGNORECASE)


def near_outlet_words(before: str, after: str) -> bool:
    """Do the words right next to a name call it an outlet ("the Yonhap news agency", "news
    agency Yonhap")?"""
    return bool(_NEAR_BEFORE.search(before) or _NEAR_AFTER.search(after))


def newsroom_role(role: str) -> bool:
    """Does a role make its holder a reporter ("CNN terrorism analyst", "a BBC correspondent")?"""
    words = re.findall(r"[\w'’.\-]+", role)
    low = [w.lower().strip(".") for w in words]
    return any(w in JOBS for w in low) and any(outlet_name(w.removesuffix("'s").removesuffix("’s")) for w in words)


_POSSESSIVE = re.compile(r"([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})['’]s\s+$")
_OUTLET_JOB = re.compile(
    r"\b([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})\s+(?:\w+\s+)?(?:" + "|".join(sorted(JOBS)) + r")\s*,?\s+$"
)


def tied_to_outlet(before: str) -> bool:
    """Is a person's name preceded by an outlet's possessive or job ("CNN's", "CNN anchor")?"""
    m = _POSSESSIVE.search(before[-50:])
    if m and outlet_name(m.group(1)):
        return True
    job = _OUTLET_JOB.search(before[-60:])  # "CNN anchor Jane Roe", "a BBC correspondent, Jane Roe"
    return job is not None and outlet_name(job.group(1))
