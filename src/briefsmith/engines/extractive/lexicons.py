"""What each default section is about, as general word lists with weights.

Grounded in what the sections mean to an analyst, not in any article: security
rationale is the security argument (threats, force, crime, borders), human-rights
concerns are about people's rights and welfare, background is context and history
(what happened, when, between whom: meetings, recognition, trade, policy).

Entries are word prefixes ("terror" matches terrorist, terrorism), whole words
when they end in "$" ("war$" does not match "warm"), or phrases (with a space).
A negative weight cancels a misleading match ("social security" is not security).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

SECURITY = """
terror:3 counterterror:3 attack:2 threat:2 militar:2 narcotic:3 drug:1.5 opium:2 heroin:2
traffick:2 smuggl:2 insurgen:3 secur:2 weapon:2 arms$:2 missile:3 nuclear:2 bomb:3 explos:2
armed$:2 army:2 armies:2 troop:2 soldier:2 war$:2 wars$:2 warfare:2 combat:2 fighter:2
fighting:1.5 militan:3 jihad:3 extremis:2 radicali:2 violen:2 kill:1.5 casualt:2 defence:1.5
defense:1.5 border:1 cross-border:1.5 intelligence:2 espionage:2 spy$:2 spies$:2 cyber:2
hostage:2 kidnap:2 ceasefire:2 invasion:2 invade:2 conflict:1.5 police:1 crime:1 criminal:1
coup$:2 rebel:2 guerrilla:2 airstrike:3 sanction:1 deterren:2 instabil:1.5 destabili:2
proxy$:1.5 proxies$:1.5 volatil:1 hostil:1.5 assassinat:2 sabotag:2 siege:2 raid:1.5
safe_haven:2 claimed_responsibility:2 target:1 death:1 national_security:1
gunmen:2 gunman:2 gunfire:2 shooting:1.5 wounded:1.5 injur:1 behead:3 suicide_bomb:3 car_bomb:3
artillery:2 rocket:2 drone:1.5 airbase:2 air_base:2 naval:1.5 navy:1.5 warship:2 frontline:2
front_line:2 offensive:1.5 retake:2 recapture:2 stronghold:2 caliphate:2 recruit:1 propaganda:1
plot$:1.5 plotted:1.5 foiled:1.5 surveillance:1.5 checkpoint:2 ambush:2 shelling:2 battle:1.5
battlefield:2 deploy:1.5 mobiliz:1.5 separatist:2 annex:1.5 militia:2 special_forces:2
uranium:2 centrifuge:2 warhead:3 ballistic:3 enrichment:1.5
warplane:2 helicopter:1.5 gunship:2 aircraft:1 fighter_jet:2 jets$:1 destroyer:1.5 frigate:2 submarine:2
aircraft_carrier:2 air_strike:3 strikes$:1 bombard:2 battalion:2 brigade:1.5 commando:2 tank$:1.5 tanks$:1.5
think_tank:-1.5 think_tanks:-1.5 faction:1 factions$:1 allegiance:1.5 affiliate:1 offshoot:1.5
social_security:-2 job_security:-2 food_security:-1
security_guard:-1
"""

HUMAN_RIGHTS = """
rights$:3 human_rights:1 women$:2 woman$:2 girls$:2 girl$:1.5 gender:2 sexis:2 misogyn:2
educat:1 school:1 universit:1 minorit:3 ethnic:2 religio:1 persecut:3 repress:3 oppress:3
discriminat:3 freedom:3 free_speech:3 liberty:2 liberties:2 media$:1 journalis:1 reporters$:1
censor:3 detain:2 detention:2 jail:1 prison:1.5 arrest:1 tortur:3 execution:2 abuse:2
humanitarian:3 refugee:2 displac:2 asylum:2 famine:2 hunger:2 poverty:2 starv:2
malnutrition:2 aid$:1 accountab:2 impunity:3 justice:1 civil_society:2 protest:1 dissent:2
activist:2 equalit:2 inequalit:2 dignity:2 child:1 employment:1 restriction:1.5 ban$:1
banned:1 crackdown:2 harass:2 victim:1.5 civilian:1.5 healthcare:1 welfare:1 vulnerable:1.5
disabilit:2 disabled:2 racis:2 racial:2 lgbt:2 rule_of_law:2 due_process:2 fair_trial:2
basic_rights:1 equal_pay:1 exploitation:1.5 slavery:3 forced_labour:3 forced_labor:3
barred:1.5 barring:1 detainee:2 prisoner:1.5 political_prisoner:3 lawyer:1 trial:1.5 sentenced:1.5
death_penalty:3 death_sentence:2 flogg:3 stoning:3 whipp:2 abduct:2 enslav:3 forced_marriage:3
child_marriage:3 sexual_violence:3 rape$:3 raped:3 massacre:2 atrocit:3 genocide:3
ethnic_cleansing:3 war_crime:3 crimes_against_humanity:3 press_freedom:3 free_press:3
freedom_of_speech:3 internet_shutdown:3 curfew:1 human_shield:3
blasphem:3 apostasy:3 dissident:3 blogger:2 free_expression:3 freedom_of_expression:3 suppress:2 silenc:1.5
intimidat:2 sexuality:2 gay$:2 homosexual:2 lesbian:2 transgender:2 clemency:2 mercy$:1.5 death_row:3
firing_squad:2 malnourish:2 disappearance:2 enforced_disappearance:3 prisoner_of_conscience:3
"""

BACKGROUND = """
histor:2 took_control:2 took_power:2 came_to_power:2 seized_power:2 took_over:1.5 since$:1
ago$:1 years$:1 decade:2 centur:1.5 former:1 previous:1 earlier:1 last_year:1 last_month:1
this_year:1 this_month:1 tradition:1.5 meeting:1.5 met$:1 summit:2 talks$:1 conference:1
consultation:1 visit:1 invited:1 hosted:1 recogni:2 diplomat:1.5 relation:1 ties$:1
agreement:1 treaty:2 trade:2 econom:1.5 invest:2 billion:1 million:0.5 export:1 import:1
deal$:1 deals$:1 elect:1 founded:2 establish:1.5 emerge:1 began:1 origin:1.5 announc:1
policy:1 policies:1 plan:1 launch:1 negotiat:1 allies$:1 ally$:1 partner:1 cooperat:1
region:0.5 government:0.5 first_time:1 budget:1 tax:1 proposal:1 propos:1 reform:1
legislation:1 bill$:1 parliament:1 vote:1 campaign:1 market:1 growth:1 industr:1 agreed:1
"""

YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)s?\b")


class Lexicon:
    """A weighted word list; `score` sums the weights of the distinct entries a
    sentence matches."""

    def __init__(self, spec: str = "", words: Iterable[str] = (), weight: float = 3.0):
        self.prefixes: dict[str, float] = {}
        self.exact: dict[str, float] = {}
        self.phrases: dict[str, float] = {}
        for item in spec.split():
            term, _, w = item.rpartition(":")
            self._add(term.replace("_", " "), float(w))
        for word in words:  # an analyst's keywords: "economy" also finds "economic"
            w = " ".join(word.lower().split())
            if " " in w:
                self._add(w, weight)
            else:
                self._add(w[: max(4, len(w) - 2)] if len(w) > 4 else w + "$", weight)
        self.lengths = sorted({len(p) for p in self.prefixes})
        self._seen: dict[str, tuple[str, float] | None] = {}  # word -> its entry; words repeat
        self._scores: dict[tuple[str, ...], float] = {}  # a sentence's words -> its score

    def _add(self, term: str, weight: float) -> None:
        if " " in term:
            self.phrases[term] = weight
        elif term.endswith("$"):
            self.exact[term[:-1]] = weight
        else:
            self.prefixes[term] = weight

    def __bool__(self) -> bool:
        return bool(self.prefixes or self.exact or self.phrases)

    def _entry(self, word: str) -> tuple[str, float] | None:
        if word in self._seen:
            return self._seen[word]
        found = None
        if word in self.exact:
            found = (word, self.exact[word])
        else:
            for n in self.lengths:
                if n > len(word):
                    break
                if word[:n] in self.prefixes:
                    found = (word[:n], self.prefixes[word[:n]])
        if len(self._seen) < 200_000:
            self._seen[word] = found
        return found

    def matches(self, words: Iterable[str]) -> dict[str, float]:
        hits: dict[str, float] = {}
        seq = [w.replace("’", "'").removesuffix("'s") for w in words]
        for w in seq:
            entry = self._entry(w)
            if entry:
                hits[entry[0]] = entry[1]
        if self.phrases:
            joined = " " + " ".join(seq) + " "
            for phrase, weight in self.phrases.items():
                if " " + phrase + " " in joined:
                    hits[phrase] = weight
        return hits

    def score(self, words: Iterable[str]) -> float:
        key = tuple(words)  # the sorter scores every sentence, and outlets repeat sentences
        if key not in self._scores:
            found = max(0.0, sum(self.matches(key).values()))
            if len(self._scores) >= 50_000:
                return found  # bounded: a long batch's memory stays flat
            self._scores[key] = found
        return self._scores[key]


def years_in(text: str) -> int:
    return len(YEAR.findall(text))


LEXICONS: dict[str, Lexicon] = {
    "security_rationale": Lexicon(SECURITY),
    "human_rights": Lexicon(HUMAN_RIGHTS),
    "background": Lexicon(BACKGROUND),
}
