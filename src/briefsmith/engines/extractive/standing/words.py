"""Closed word lists for telling whether a sentence leans on another one. General
English and general news usage, not from any article."""

from __future__ import annotations

from briefsmith.engines.extractive.sentences import stem

# Nouns that, after "the" (or "such", "both") and with nothing saying which one, point
# back to something named before: "the group", "the deal", "the suspect", "the city".
PERSON_NOUNS = frozenset(
    """
man woman men women boy girl boys girls teen teens teenager teenagers child children couple pair
trio family father mother son daughter brother sister husband wife minister president premier
official officials spokesman spokeswoman spokesperson leader chief commander ambassador envoy
diplomat judge prosecutor prosecutors lawyer attorney suspect suspects attacker attackers
assailant gunman gunmen bomber bombers victim victims student students soldier soldiers officer
officers journalist author witness witnesses driver pilot doctor cleric preacher militant
militants fighters rebels insurgents extremists jihadists king queen prince emir senator
governor mayor monarch defendant detainee detainees prisoner prisoners hostage hostages recruit
recruiter researcher analyst expert activist activists veteran candidate lawmaker lawmakers
adviser advisor aide aides negotiator negotiators jihadi jihadist jihadists separatists workers
employees residents civilians villagers protesters demonstrators passengers tourists refugees
migrants troops guards crowd
""".split()
)
THING_NOUNS = frozenset(
    """
group groups organization organisation militia movement coalition alliance network faction
country nation kingdom state city town village area province capital site scene base
building hotel hospital school facility venue compound camp prison island border
deal agreement accord pact treaty plan proposal bill law measure decision ruling verdict case
trial charges charge investigation probe inquiry report study survey statement letter letters
video footage images photos photographs pictures interview speech claim claims announcement
move talks negotiations meeting summit conference visit trip vote election campaign attack
attacks assault strike strikes airstrike airstrikes bombing bombings blast blasts explosion
shooting incident killing killings massacre raid raids operation offensive siege fighting
clashes battle war conflict crisis violence unrest protest protests uprising project policy
program programme arrest arrests detention release execution executions abduction kidnapping
device weapon weapons knife gun vehicle car truck plane jet ship boat vessel drone missile
missiles bomb book film event ceremony episode process effort efforts mission exercises drills
letter list document documents message messages post posts account tweet threat threats
accusation accusations allegations charges sentence penalty sanctions stabbing knifing
shootings bombardment campaign standoff dispute row scandal affair outbreak epidemic sides
parties countries nations event evacuation kidnappings abductions discussion increase hearing
station museum allegiance pledge recording audio visit dead wounded injured warship celebrations
crackdown withdrawal intervention agency ministry embassy court regime junta trucks tanks newspaper
broadcaster magazine peninsula territory territories
vehicles fight action number figure total toll army military navy government budget spending
""".split()
)
ANAPHORIC_HEADS = PERSON_NOUNS | THING_NOUNS

# What may follow such a noun and say which one it is: "the attack on", "the man who".
POSTMODIFIERS = frozenset(
    """
of on in at against for between from to into over with by near outside inside who whom whose
which that called named known dubbed led based where when behind accused charged
""".split()
)
PREPOSITIONS = frozenset(
    """
of on in at against for between from to into over with by near after before since during despite
about under like beyond than without within through across around amid among toward towards upon
""".split()
)
# "this week", "that day": times, resolved against the article's date (timeref.py).
TIME_NOUNS = frozenset(
    """
week weekend month year morning afternoon evening night summer winter spring fall autumn season
century decade time days weeks months years times
""".split()
)
BE_AND_SEEM = frozenset(
    "is was 's ’s isn't wasn't will would could may might can seems seemed appears appeared remains "
    "remained looks looked takes took has had makes made becomes became".split()
)
# Words that show an "it" stands for what comes later: "it is unclear whether ...".
EXPLETIVE_AFTER = frozenset(
    """
unclear clear likely unlikely possible impossible important necessary time true worth difficult
hard easy known believed thought understood expected reported estimated said feared hoped
encouraging surprising obvious essential vital crucial critical unknown uncertain doubtful evident
apparent understandable ironic telling notable striking remarkable significant unusual rare common
wrong right fair unfair good bad better best worse worst easier harder safe dangerous up
""".split()
)
# Heads an adjective does not pin down ("the Sunni extremist group" is which group?),
# and that a name earlier in the same sentence usually is ("ISIS ... the group").
GENERIC_HEADS = frozenset(
    """
group groups militia movement organization organisation network faction country nation kingdom
state city town village area region province capital leader man woman
""".split()
)
# Plurals without an -s, and collective nouns a "they" may stand for.
PLURAL_NOUNS = frozenset(
    "people men women children police militia staff crew public government team family couple".split()
)
# Words opening a sentence that stand for something named before ("Many are ...").
QUANTIFIERS = frozenset("many most some others none neither both another all each several few one".split())
# Common -s words that are verbs, not plurals ("Iran says", "it has").
S_VERBS = frozenset(
    """
says has was is does goes seems makes takes includes remains means gives comes believes wants needs
claims insists argues warns plans hopes tells adds thinks knows shows looks appears becomes uses
this thus its his us yes perhaps always sometimes whereas besides across unless
""".split()
)
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
# Group-like heads: a name earlier in the same sentence is usually the one meant.
GROUP_HEADS = frozenset("group groups militia movement organization organisation network faction".split())
# Nouns of a definite subject that point to nothing named before ("The reality is that").
ABSTRACT_HEADS = frozenset(
    """
reality fact truth problem question answer point idea key challenge hope risk worry concern danger
irony trouble reason aim goal lesson consensus world public majority rest bottom line way truth
thing things situation answer news future past outcome benefit cost costs price stakes
""".split()
)
# Heads a name earlier in the same sentence is usually the one meant ("ISIS ... the group",
# "Yemen ... the failed state", "the Taliban ... the insurgents").
NAMED_BEFORE = GROUP_HEADS
# Events: which one, neither a name's possessive nor an adjective says ("Netanyahu's
# speech", "the U.S. move", "Wednesday's attack").
EVENTS = frozenset(
    """
speech presentation remarks comments statement announcement decision move visit trip attack assault
strike strikes offensive interview letter message claim call calls proposal plan testimony warning
threat response reaction attacks bombing raid arrest ruling verdict
""".split()
)
# Posts a country's adjective pins down: "the Iranian foreign minister" is one person.
OFFICES = frozenset(
    "minister president premier chancellor ambassador king queen prince emir secretary governor mayor".split()
)
MONTHS = frozenset("January February March April May June July August September October November December".split())
# Capitalised heads of a description that is a post ("the President", "the King").
TITLE_HEADS = frozenset(
    """
Minister President Secretary Chancellor Director Chief Prime Foreign Deputy Acting Vice General
Ambassador Envoy Senator Governor Mayor Leader Chairman Chairwoman Chair Speaker Spokesman
Spokeswoman Spokesperson Head Commander Judge Attorney Premier Commissioner Inspector Colonel
Captain Lieutenant Sergeant Admiral Marshal King Queen Prince Princess Emir Pope Sheikh Ayatollah
""".split()
)

# Words news writing uses for one thing: "the agreement" after "a pact" is that pact.
KIN = (
    "deal agreement pact accord treaty framework",
    "attack attacks assault strike strikes bombing bombings raid stabbing knifing shooting blast explosion",
    "talks negotiations meeting discussions summit",
    "offensive operation campaign assault",
    "group militia movement organization organisation faction network",
    "election vote poll ballot",
    "ship vessel boat warship",
    "plane jet aircraft",
    "war conflict fighting battle clashes",
    "protest protests demonstration demonstrations rally",
    "law bill legislation measure",
    "kidnapping kidnappings abduction abductions",
    "killing killings massacre execution executions",
    "suspect attacker assailant gunman",
    "country nation state kingdom",
    "city town capital",
)


def kin(word: str) -> set[str]:
    """The stems of a word and of the words it is kin to."""
    for row in KIN:
        if word in row.split():
            return {stem(w) for w in row.split()}
    return {stem(word)}


def mentioned(head: str, stems: set[str]) -> bool:
    """Does a sentence with these stems speak of `head` (or its kin)? A long head matches
    a stem on its first five letters: "invitation" and "invited"."""
    if kin(head) & stems:
        return True
    return len(head) >= 6 and any(len(s) >= 5 and s[:5] == head[:5] for s in stems)


# Bodies every country has: "The Army" alone says whose no more than "the army" does.
INSTITUTIONS = frozenset("Army Navy Military Police Government Ministry Parliament Cabinet".split())
