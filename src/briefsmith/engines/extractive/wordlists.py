"""Closed word lists the actor finder relies on: titles, honorifics, the nouns
that mark organisations, events and places. General English, not from any article."""

from __future__ import annotations

# Jobs written as a title before a name ("Velta CEO Mara Lind"); each ends a role, too.
_JOBS = frozenset(
    "Adviser Advisor CEO Editor Editor-in-Chief Publisher Founder Co-founder President-elect Prosecutor "
    "Pollster".split()
)

# Capitalised words that make a title before a name ("Foreign Minister Sergey Lavrov").
TITLES = _JOBS | frozenset(
    """
Minister President Secretary Chancellor Director Chief Prime Foreign Deputy Acting Vice General
Ambassador Envoy Senator Governor Mayor Leader Chairman Chairwoman Chair Speaker Spokesman
Spokeswoman Spokesperson Head Commander Judge Attorney
Premier Representative Special Defence Defense Interior Home Health Finance Trade Industry
Education Affairs Culture Environment Energy Transport Work Pensions Executive Officer
Commissioner Inspector Colonel Captain Lieutenant Sergeant Admiral Marshal Shadow Former Supreme
High Secretary-General Director-General Vice-President MP MEP Senior Interim Justice Economy
Development Security Intelligence Agriculture Commerce Labour Communications Media Sport Business
Treasurer Co-Chairman Chairperson Councillor Councilor Councilman Councilwoman Alderman Sheriff
""".split()
)

# Abbreviated ranks and offices: a title before a name ("Gen. Martin Dempsey", "Aden Gov. Abdul
# Aziz Hobtour", "police Capt. Ahmed Abdi"), the name's role where nothing says more.
RANKS = frozenset(
    "Gen. Gov. Capt. Col. Lt. Sgt. Maj. Adm. Cmdr. Brig. Sen. Rep. Pres. Insp. Supt. Det. Cpl. Pvt. Amb. "
    "Spc. Pfc. Cmdt. Ens. "
    "Gens. Sens. Reps. "
    # as British usage writes them, without the full stop ("2nd Lt Darryn Andrews"); not "Gen",
    # which is also a given name ("Defense Minister Gen Nakatani")
    "Capt Col Lt Sgt Maj Adm Cmdr Cdr Brig Cpl Pvt".split()
)
TITLES = TITLES | RANKS

HONORIFICS = frozenset(
    """
Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame Lady Lord Baroness Baron Professor Prof Prof.
Rev Rev. Reverend
""".split()
)

# Styles that belong to the name itself ("Lord Ashcroft", "Sir John Major").
STYLES = frozenset(
    "Lord Lady Sir Dame Baroness Baron King Queen Prince Princess Emir Sheikh Pope "
    "Rabbi Imam Cardinal Archbishop Bishop Ayatollah".split()
)

# Styles that are offices too: where the text says nothing more, "Pope Francis" is the Pope
# ("Lord", "Sir", "Dame" are honours, not offices).
OFFICE_STYLES = frozenset("King Queen Prince Princess Emir Pope Cardinal Archbishop Bishop Ayatollah".split())

# Lower-case nouns that head a role ("director of the FSB", "Tory leader").
ROLE_NOUNS = frozenset(
    """
minister president secretary chancellor director chief leader head spokesman spokeswoman
spokesperson representative envoy ambassador chairman chairwoman chair member founder commander
general deputy adviser advisor official analyst professor expert researcher editor correspondent
governor mayor senator lawmaker mp mep candidate ceo executive manager officer agent diplomat
judge lawyer activist author fellow economist ruler king queen prince emir chancellor premier
speaker coordinator negotiator campaigner branch arm wing affiliate offshoot unit bloc body
faction group party regulator watchdog agency organisation organization movement alliance
coalition militia network company firm charity union association federation council committee
commissioner inspector chairperson boss founder co-founder owner partner presenter host
historian scholar director-general secretary-general vice-president spokesmen advisers
attorney prosecutor suspect pilot witness dictator strongman cleric monarch envoys
councillor councilor councilman councilwoman alderman sheriff
reporter journalist doctor surgeon physician nurse police force service
cousin brother sister father mother son daughter wife husband widow uncle aunt nephew niece
resident villager survivor eyewitness victim student teacher refugee pastor priest imam bishop
blogger writer novelist poet artist photographer filmmaker musician singer actor actress comedian
columnist commentator entrepreneur businessman businesswoman tycoon billionaire banker engineer
scientist soldier trooper veteran rabbi missionary ringleader mastermind
critic dissident colleague friend girlfriend boyfriend fiance fiancee confidant aide operative fighter
collaborator accomplice associate
""".split()
)

# Role nouns that describe a body, not a person ("the regional branch of ...").
BODY_NOUNS = frozenset(
    """
branch arm wing affiliate offshoot unit bloc body faction group party regulator watchdog agency
organisation organization movement alliance coalition militia network company firm charity union
association federation council committee force forces army brigade battalion department ministry institute
""".split()
)

# Lower-case words that may stand in a role between its determiner and its noun.
ROLE_MODIFIERS = frozenset(
    """
deputy prime foreign former shadow acting special senior chief vice party opposition interim police
defence defense interior finance home health trade education justice regional local national
international independent top first second assistant executive general political military
de facto
""".split()
)

# "and" joins these inside a title ("Trade and Industry Secretary").
PORTFOLIOS = frozenset(
    """
Trade Industry Work Works Pensions Culture Media Sport Home Foreign Commonwealth Defence Health
Education Skills Environment Food Rural Affairs Energy Climate Transport Justice Business
Innovation Science Technology Housing Communities Local Government Finance Economy Planning
Development Social Security Employment Welfare
""".split()
)

# The last word of a name that makes it an organisation.
ORG_HEADS = frozenset(
    """
Council Ministry Service Services Nations Organization Organisation Union Agency Bank Committee
Commission Parliament Assembly Party Court Office Department Institute University College
Foundation Fund Corporation Company Group Times News Post Press Association Federation
Authority Board Bureau Police Army Navy Force Forces Guard Guards Cabinet Government
Administration Senate Congress Commons Lords Treasury Centre Center Network Alliance Coalition
Front Movement Brigade Brigades Militia Watch International Trust Society Club Inc Ltd Plc plc
Airlines Communities Secretariat Tribunal Directorate Executive Office State Church
Council Caucus Bloc Commission Reuters Agency Unit Command Corps Legion Front League Congress
Division Panel Battalion Regiment Academy Chamber Embassy Consulate
""".split()
)

# Names ending in these are events or places, which act in no story.
NON_ACTOR_HEADS = frozenset(
    """
Ebola Zika Covid COVID COVID-19 Coronavirus HIV AIDS SARS MERS Malaria Cholera Polio Measles
Format Summit Forum Consultations Talks Games Cup Olympics Hall Square Street Road Avenue Airport
Station Stadium Palace Bridge River Mountain Mountains Valley Island Islands Sea Ocean Lake
Province Region District City Town Village County Park Desert Strait Canal Peninsula Border
Day Week Year Festival Prize Award Awards Act Bill Treaty Accord Accords Agreement Declaration
Convention Plan Programme Program Report Index War Revolution Crisis Attack Attacks Massacre
Election Elections Referendum Campaign Initiative Protocol Route Routes Corridor Highway
Building Tower Centre Hotel Hospital School Museum Library Cathedral Mosque Temple Embassy
Conference Meeting Session Assembly Fair Show Channel Online Website Spring Uprising Intifada
Storm Shield Resolve Mall Capitol Airbase Base Cemetery Prison Jail Court-house Bay Gulf
Amendment Constitution Charter Doctrine Consulate
""".split()
) - {"Assembly", "Centre"}

MONTHS_DAYS = frozenset(
    """
January February March April May June July August September October November December
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday
Saturday Sunday Christmas Easter Ramadan Eid Islam Christianity Internet Web God English
Nowruz Hanukkah Passover Diwali Thanksgiving Halloween Hajj Ashura Lent Allah Judaism Hinduism Buddhism
""".split()
)

# Titles that end a role: "Foreign Minister", not "Security" (which heads "Security Council").
CORE_TITLES = (
    frozenset(
        """
Minister President Secretary Chancellor Director Chief General Ambassador Envoy Senator Governor
Mayor Leader Chairman Chairwoman Chair Speaker Spokesman Spokeswoman Spokesperson Head Commander
Judge Premier Representative Commissioner Inspector
Colonel Captain Lieutenant Sergeant Admiral Marshal MP MEP Officer Secretary-General
Director-General Vice-President Attorney Treasurer Co-Chairman Chairperson Councillor Councilor Councilman
Councilwoman Alderman Sheriff
""".split()
    )
    | _JOBS
    | RANKS
)

# Words before a place that make it a location rather than an actor.
LOCATIVE = frozenset(
    """
in to from near at into outside around across via toward towards through inside within throughout
visited visit visiting reached left arrived based across over beyond on about for
""".split()
)

# Nouns after a demonym that make it stand for the state ("the Russian government").
INSTITUTIONS = frozenset(
    """
government governments authorities authority officials official state leadership forces troops
military army navy ministry ministries embassy embassies diplomats diplomacy president
parliament regime administration side delegation envoy cabinet judiciary security intelligence
""".split()
)

# Descriptors that make an organisation an armed or militant group when they stand near it.
GROUP_WORDS = frozenset(
    """
group groups insurgent insurgents insurgency militant militants terrorist terrorists extremist
extremists rebel rebels jihadist jihadists faction factions militia militias fighters regime
movement guerrillas guerrilla paramilitary gang gangs cartel cartels
""".split()
)

# Lower-case words that show the preceding capitalised word acts (a verb), for capitals.
ACTION_VERBS = frozenset(
    """
said says say told tells became become becomes has have had was is will would could can may
might must did does made makes make took takes sent sends gave gives held holds led leads met
meets won wins lost loses saw sees urged urges warned warns accused accuses announced announces
agreed agrees refused refuses rejected rejects signed signs wants wanted hopes hoped plans
planned insisted insists denied denies called calls sought seeks accepted accepts recognised
recognized recognises recognizes responded responds imposed imposes issued issues vowed vows
""".split()
)

# Verbs of saying: a name next to one of these is a person's.
SAYING = frozenset(
    """
said says told tells added adds argued argues stated states explained explains insisted
insists warned warns claimed claims noted notes wrote writes asked asks replied replies
""".split()
)

# Number words: "Five Houthis" starts with no name; "Guildford Four" is a group.
NUMBERS = frozenset(
    """
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
hundreds thousand thousands million millions billion billions dozen dozens several many few
""".split()
)

# Counts of more than one ("Six were children", "Has 23 people ..." -> "Have ..."): plural.
COUNTS = frozenset(
    "two three four five six seven eight nine ten eleven twelve dozens hundreds thousands millions".split()
)

# Names ending in these are documents or events, whatever comes before ("Freedom of
# Information Act").
DOCUMENT_TAILS = frozenset(
    """
Act Bill Treaty Accord Accords Agreement Declaration Convention Report Programme Program Plan
Summit Conference Games Cup Festival Award Awards Prize Day Week Protocol Initiative Strategy
""".split()
)


def is_role_noun(word: str) -> bool:
    """A role noun, also in a hyphenated compound: "co-chairman", "vice-chair", "ex-minister"."""
    low = word.lower()
    return low in ROLE_NOUNS or ("-" in low and low.rsplit("-", 1)[-1] in ROLE_NOUNS)
