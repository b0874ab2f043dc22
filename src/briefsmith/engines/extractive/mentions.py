"""Every mention of a possible actor in the usable sentences, read in context:
states (also where a demonym or capital stands for one), organisations and people,
with a role wherever the text states one."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from briefsmith.engines.extractive import context, gazetteer, media, names, places, roles, titles
from briefsmith.engines.extractive.context import FAITHS
from briefsmith.engines.extractive.groups import group_phrases
from briefsmith.engines.extractive.names import Token
from briefsmith.engines.extractive.roles import Role
from briefsmith.engines.extractive.sentences import STOPWORDS, Unit
from briefsmith.engines.extractive.tokencache import tokens_of_all
from briefsmith.engines.extractive.wordlists import (
    ACTION_VERBS,
    HONORIFICS,
    INSTITUTIONS,
    LOCATIVE,
    NON_ACTOR_HEADS,
    OFFICE_STYLES,
    ORG_HEADS,
    ROLE_MODIFIERS,
    SAYING,
    STYLES,
    TITLES,
)

_PLACE_OF = frozenset(
    "out outskirts town city village region province district area capital suburb north south east west "
    "northeast northwest southeast southwest".split()
)  # "out of Diffa", "the town of Bosso", "northeast of Falluja"
# Nouns after a name that make it a place: "Salahuddin province", "the Karma battle" is not one.
_PLACE_NOUNS = frozenset("province city town village district region governorate county municipality".split())
PLACE_WORDS = frozenset(
    "in at near outside inside across throughout around within from into toward towards via".split()
)
_TOWARD = frozenset({"to"})  # "travelled to Syria": a state as a destination
_BASED = frozenset({"based", "born", "registered", "headquartered"})
# Lower-case nouns after a name that make a body of it: "the Obama administration", "Seoul police".
BODY_AFTER = frozenset({"administration", "police"})
_LEADS = ROLE_MODIFIERS | frozenset({"retired", "late"})  # words a title may open with
# Words that open a sentence, capitalised there, and never a title: "Since", "When", "Under".
_CLAUSE_OPENERS = (STOPWORDS - _LEADS) | frozenset(
    "since until unless although though because before during despite following meanwhile".split()
)
_WORKPLACES = ORG_HEADS | frozenset({"Hospital", "School", "Museum", "Library", "Centre", "Center"})
_ACRONYM = re.compile(r"^\s*\(([A-Z][A-Za-z0-9.&\-]{1,9})\)")


@dataclass(frozen=True)
class Mention:
    unit: Unit
    name: str  # the name as written, without "the", honorific or possessive
    start: int  # paragraph offsets of the name
    end: int
    state: str | None = None  # alpha-2 when this stands for a state
    surface: str = ""  # how the text said it when not by name ("Russian government")
    locative: bool = False  # "in Afghanistan": a place more than an actor
    subject: bool = False  # opens its sentence or clause
    person: bool = False  # an honorific, a title or a verb of saying vouches for it
    org: bool = False  # its head word marks an organisation
    role: Role | None = None
    acronym: str | None = None  # "Islamic State of Khorasan Province (ISKP)"
    agent: bool = False  # a verb follows: it does something here ("Kabulov said")
    grouped: bool = False  # "group", "militants", "insurgent" ... stand near it
    definite: bool = False  # "the Liberal Democrats": "the" does not go before a person's name
    where: bool = False  # a state named as where something happens ("in Syria", "Montreux, Switzerland")
    crowd: bool = False  # a group named only by a common noun ("the rebels", crowds.py)


def _name_of(para: str, tokens: Sequence[Token], run: Sequence[int]) -> str:
    """The name a run spells: its words as written, or, where it skips a nickname in quotes
    (names.runs), its words alone ("Moshe Yaalon")."""
    if run[-1] - run[0] + 1 == len(run):
        return para[tokens[run[0]].start : tokens[run[-1]].end]
    return " ".join(tokens[i].text for i in run)


# A sentence's demonyms (token, state, surface, subject, acts), group phrases and name runs.
_Words = tuple[list[tuple[int, str, str, bool, bool]], list[tuple[int, int]], list[list[int]]]


def _moved(m: Mention, unit: Unit, by: int) -> Mention:
    """Mention m of the same text in another unit, `by` characters on in its paragraph."""
    role = Role(m.role.text, m.role.start + by, m.role.end + by) if m.role is not None else None
    return replace(m, unit=unit, start=m.start + by, end=m.end + by, role=role)


class Reader:
    """Reads the mentions of one set of units (all the brief's articles at once)."""

    def __init__(self, units: Sequence[Unit]):
        self.units = units
        self.tokens = tokens_of_all([u.sentence for u in units])  # names.tokens_of, once per distinct text
        # Where a capital proves nothing follows from the words: one (read-only) set per text.
        initial: dict[str, set[int]] = {}
        for u, t in zip(units, self.tokens, strict=True):
            if u.sentence.text not in initial:
                initial[u.sentence.text] = names.initial_positions(t)
        self.initial = [initial[u.sentence.text] for u in units]
        self.capital, self.lower = self._evidence(units)
        self.index = {u.key: i for i, u in enumerate(units)}

    def _evidence(self, units: Sequence[Unit]) -> tuple[Counter[str], Counter[str]]:
        """names.evidence over all units, each distinct text counted once times its units
        (outlets repeat sentences): the same counts, each word first met in the same order."""
        times = Counter(u.sentence.text for u in units)
        capital: Counter[str] = Counter()
        lower: Counter[str] = Counter()
        for u, tokens, initial in zip(units, self.tokens, self.initial, strict=True):
            k = times.pop(u.sentence.text, 0)
            if k:
                caps, lows = names.evidence([(tokens, initial)])
                for word, n in caps.items():
                    capital[word] += n * k
                for word, n in lows.items():
                    lower[word] += n * k
        return capital, lower

    def mentions(self) -> list[Mention]:
        out: list[Mention] = []
        # Outlets repeat sentences: a sentence's mentions follow from its words (every rule
        # reads only its own tokens and its span of the paragraph) and from whether the next
        # sentence opens with "He"/"She" (_plain). A recurrence with the same next opening gets
        # the first reading's mentions, moved to where it stands (Sentence.text is its span).
        done: dict[tuple[str, bool], tuple[int, list[Mention]]] = {}
        for unit, tokens, initial in zip(self.units, self.tokens, self.initial, strict=True):
            key = (unit.sentence.text, self._next_opens_with_pronoun(unit))
            if key in done:
                at, first = done[key]
                out.extend(_moved(m, unit, unit.sentence.start - at) for m in first)
                continue
            start = len(out)
            self._read_unit(unit, tokens, initial, out)
            done[key] = (unit.sentence.start, out[start:])
        return out

    def _read_unit(self, unit: Unit, tokens: list[Token], initial: set[int], out: list[Mention]) -> None:
        """Add unit's mentions to out: its demonyms, group phrases and name runs."""
        demonyms, phrases, found = self._words(tokens, initial)
        for i, code, surface, subject, agent in demonyms:  # demonyms that stand for a state
            tok = tokens[i]
            out.append(
                Mention(
                    unit,
                    places.display_name(code),
                    tok.start,
                    tok.end,
                    state=code,
                    surface=surface,
                    subject=subject,
                    agent=agent,
                )
            )
        out.extend(self._groups(unit, tokens, phrases))
        for run in found:
            out.extend(self._read_run(unit, tokens, run))

    def _words(self, tokens: list[Token], initial: set[int]) -> _Words:
        demonyms = []
        for i, tok in enumerate(tokens):
            found = context.demonym_state(tokens, i) if tok.text in places.DEMONYMS else None
            if found:
                code, surface, noun = found
                demonyms.append((i, code, surface, context.is_subject(tokens, i), context.acts(tokens, noun + 1)))
        runs = []
        for run in names.defined(tokens, names.runs(tokens)):
            if context.quoted(tokens, run):
                continue  # a title in quotes names a book, a show, a nickname: not an actor
            run = names.strip_edges(names.trim_initial(run, tokens, initial, self.capital, self.lower), tokens)
            if run:
                runs.append(run)
        return demonyms, group_phrases(tokens), runs

    def _groups(self, unit: Unit, tokens: list[Token], phrases: list[tuple[int, int]]) -> list[Mention]:
        """ "Shiite militias", "the Saudi-led coalition": groups named by what they are."""
        para = unit.article.paragraphs[unit.sentence.paragraph - 1]
        found = []
        for first, last in phrases:
            start, end = tokens[first].start, tokens[last].end
            prev = tokens[first - 1].raw.lower() if first else ""
            # Named by the nearest word ("Iran-backed Shiite militias" are "Shiite militias").
            found.append(
                Mention(
                    unit,
                    para[tokens[last - 1].start : end],
                    start,
                    end,
                    surface=para[start:end] if last - first > 1 else "",
                    subject=context.is_subject(tokens, first),
                    agent=context.acts(tokens, last + 1),
                    grouped=True,
                    definite=prev == "the",
                )
            )
        return found

    def _next_opens_with_pronoun(self, unit: Unit) -> bool:
        i = self.index[unit.key] + 1
        if i >= len(self.units) or self.units[i].doc != unit.doc:
            return False
        return self.units[i].sentence.text.split(" ", 1)[0] in ("He", "She", "His", "Her")

    def _read_run(self, unit: Unit, tokens: list[Token], run: list[int]) -> list[Mention]:
        person = False
        while run and tokens[run[0]].text in HONORIFICS and tokens[run[0]].text not in STYLES:
            person, run = True, run[1:]
        if run and tokens[run[0]].text in STYLES:
            person = True  # "Lord Ashcroft" keeps his style: it is how he is named
        run = names.strip_edges(run, tokens)
        if not run:
            return []
        of = _person_of(run, tokens)
        if of is not None:  # "Abbas Faiz of Amnesty International": a person, and the body he speaks for
            return self._read_run(unit, tokens, run[:of]) + self._read_run(unit, tokens, run[of + 1 :])
        split = titles.title_split(run, tokens)
        if split is not None:
            of = next((k for k in range(split + 1, len(run)) if tokens[run[k]].raw == "of"), None)
            if of is not None and all(tokens[i].text not in ORG_HEADS for i in run[split:of]):
                run = run[:of]  # "Rear Adm. Sinclair Harris of the Joint Chiefs of Staff": the person ends at "of"
            head = [tokens[i].text for i in run[split:]]
            # The name after the title is a person's unless it ends as a body's or a place's
            # ("Park Geun-hye" is a name; "Interior Ministry" is not).
            if not (head[-1] in ORG_HEADS or head[-1] in NON_ACTOR_HEADS or any(places.state_code(w) for w in head)):
                para = unit.article.paragraphs[unit.sentence.paragraph - 1]
                first_title = next(k for k, i in enumerate(run) if tokens[i].text in TITLES)
                role_end = tokens[run[split - 1]].end
                # "Since President Xi came to power": the sentence's first word, capitalised, is
                # neither part of the title nor an employer before it
                lead_in = 0
                while lead_in < first_title and tokens[run[lead_in]].raw.lower() in _CLAUSE_OPENERS:
                    lead_in += 1
                first = run[lead_in]
                while first > 0 and tokens[first - 1].raw in _LEADS and first > run[0] - 2:
                    first -= 1  # "former Tory Treasurer", "retired Gen."
                while (
                    split < len(run) - 1
                    and tokens[run[split]].text in HONORIFICS
                    and tokens[run[split]].text not in STYLES
                ):
                    split += 1  # "Interior Minister Dr Jane Roe": the name is "Jane Roe"
                role_start, name_start = tokens[first].start, tokens[run[split]].start
                end = tokens[run[-1]].end
                role = Role(para[role_start:role_end], role_start, end)
                # "Jordanian fighter pilot Lt. Moath al-Kasasbeh": the role noun before a rank says more.
                lead = roles.before(para, tokens, first, end)
                if lead is not None:
                    role = Role(para[lead.start : role_end], lead.start, end)
                # "General Qasim Suleimani, the commander of the Quds Force": the apposition says more.
                appos = roles.apposition(para, name_start, end, unit.sentence.end)
                if appos is not None and len(appos.text.split()) > len(role.text.split()):
                    role = appos
                # "former national security adviser, retired Gen. James Jones": so does one before it.
                pre = roles.preceding(para, unit.sentence.start, role_start, end, unit.sentence.end)
                if pre is not None and len(pre.text.split()) > len(role.text.split()):
                    role = pre
                found = [
                    Mention(
                        unit,
                        _name_of(para, tokens, run[split:]),
                        name_start,
                        end,
                        person=True,
                        role=role,
                        subject=context.is_subject(tokens, run[0]),
                        agent=context.acts(tokens, run[-1] + 1),
                    )
                ]
                # "NATO Secretary General Jens Stoltenberg": NATO is named too, and speaks or acts where
                # its officer does; "Assistant Commissioner ..." names no one but the officer.
                # "Novaya Gazeta Editor-in-Chief ...": an outlet before its editor's title does not act.
                employer = [tokens[i].text for i in run[lead_in:first_title]]
                if (
                    employer
                    and not all(w.lower() in ROLE_MODIFIERS for w in employer)
                    and not media.outlet_name(" ".join(employer))
                ):
                    found += [
                        replace(m, agent=m.agent or found[0].agent, subject=m.subject or found[0].subject)
                        for m in self._plain(unit, tokens, run[lead_in:first_title], False)
                    ]
                return found
        return self._plain(unit, tokens, run, person)

    def _plain(self, unit: Unit, tokens: list[Token], run: list[int], person: bool) -> list[Mention]:
        if all(tokens[i].text in TITLES or not names.is_namey(tokens[i]) for i in run):
            return []  # "the Trade and Industry Secretary": a post, not a name
        while (
            len(run) > 1
            and tokens[run[0]].text in TITLES
            and tokens[run[1]].text not in TITLES
            and tokens[run[1]].text not in ORG_HEADS  # "the Justice Department", "the Security Council"
        ):
            run = names.strip_edges(run[1:], tokens)  # "Former Tory chancellor": "Former" names nothing
        if not run or context.quoted(tokens, run):
            return []  # a title in quotes names a book, a show, a nickname: not an actor
        art, sent = unit.article, unit.sentence
        para = art.paragraphs[sent.paragraph - 1]
        prev = tokens[run[0] - 1].raw.lower() if run[0] > 0 else ""
        nxt = tokens[run[-1] + 1].raw.lower() if run[-1] + 1 < len(tokens) else ""
        subject = context.is_subject(tokens, run[0])
        name = _name_of(para, tokens, run)
        code = places.state_code(name)
        if nxt in BODY_AFTER and not code and not tokens[run[-1]].closes:
            # "the Obama administration", "Seoul police": a body named by whom or where it serves
            body = tokens[run[-1] + 1]
            return [
                Mention(
                    unit,
                    f"{name} {body.raw}",
                    tokens[run[0]].start,
                    body.end,
                    subject=subject,
                    org=True,
                    agent=context.acts(tokens, run[-1] + 2),
                    definite=prev == "the",
                )
            ]
        # "the U.S.-backed movement": a modifier says who backs it, wherever it stands.
        tail = context.hyphen_tail(tokens, run[-1])
        backs = bool(tail) and tail not in _BASED
        where = not backs and context.locative(tokens, run[0], PLACE_WORDS | _TOWARD, the=True)
        if code:
            nouns = "" if tokens[run[-1]].closes else context.institution_nouns(tokens, run[-1] + 1)
            return [
                Mention(
                    unit,
                    places.display_name(code),
                    tokens[run[0]].start,
                    tokens[run[-1]].end,
                    state=code,
                    surface=f"{name} {nouns}" if nouns else name,  # "U.S. military"
                    locative=not backs
                    and (prev in LOCATIVE or prev == "of" or where or context.compared(tokens, run[0])),
                    where=where,
                    subject=subject,
                    agent=context.acts(tokens, run[-1] + 1),
                )
            ]
        if name in places.CAPITALS:  # a capital acts for its state, or is just a place
            based = context.hyphen_tail(tokens, run[-1]) in _BASED  # "London-based": where, not who
            acts = (
                prev not in LOCATIVE and prev != "of" and not based and (tokens[run[-1]].closes or nxt in ACTION_VERBS)
            )
            if not acts:
                return []
            code = places.CAPITALS[name]
            # "Kiev's forces", "Moscow's government": the capital's possessive names the body it owns
            owned = context.institution_nouns(tokens, run[-1] + 1) if tokens[run[-1]].closes else ""
            after = run[-1] + 1 + len(owned.split())
            return [
                Mention(
                    unit,
                    places.display_name(code),
                    tokens[run[0]].start,
                    tokens[after - 1].end if owned else tokens[run[-1]].end,
                    state=code,
                    surface=f"{tokens[run[-1]].raw} {owned}" if owned else name,
                    subject=subject,
                    agent=context.acts(tokens, after) if owned else True,
                )
            ]
        words = [tokens[i].text for i in run]
        if len(words) == 2 and words[0] in places.DEMONYMS and words[1].lower() in INSTITUTIONS:
            return [  # "the British Government": the state, as "the British government" is
                Mention(
                    unit,
                    places.display_name(places.DEMONYMS[words[0]]),
                    tokens[run[0]].start,
                    tokens[run[-1]].end,
                    state=places.DEMONYMS[words[0]],
                    surface=name,
                    subject=subject,
                    agent=context.acts(tokens, run[-1] + 1),
                )
            ]
        if words[0] in places.DEMONYMS and (
            len(words) <= 2
            and words[-1] not in ORG_HEADS
            or (len(words) <= 4 and "of" not in words and words[-1] not in ORG_HEADS)
        ):
            run, words = run[1:], words[1:]  # "Afghan Taliban", "American Kenneth Bae"
        elif len(words) >= 2 and words[0] in FAITHS and words[1] not in ORG_HEADS:
            run, words = run[1:], words[1:]  # "Shia al-Hashed al-Shaabi", "Sunni Sons of Salahuddin"
        if not run or not context.is_name(words, nxt, self.capital, self.lower):
            return []
        start, end = tokens[run[0]].start, tokens[run[-1]].end
        name = _name_of(para, tokens, run)
        prev = tokens[run[0] - 1].raw.lower() if run[0] > 0 else ""
        # A verb of saying vouches for a full name ("told CNN" makes no person of CNN),
        # and so does "He"/"She" opening the next sentence after it opened this one.
        person = person or (
            len(words) > 1 and (prev in SAYING or nxt in SAYING or (subject and self._next_opens_with_pronoun(unit)))
        )
        head = head_words(words)
        role = None
        if subject or prev in ("and", "but", "while", "whereas"):  # "..., and NAME was described as ..."
            role = roles.copular(para, start, end, sent.end)
        if subject and role is None:
            role = roles.held(para, start, end, sent.end)  # "NAME appears poised to keep his job as ROLE"
        role = role or roles.apposition(para, start, end, sent.end, subject)
        role = role or roles.relative(para, start, end, sent.end)  # "NAME, who is a former officer"
        role = role or roles.preceding(para, sent.start, start, end, sent.end)
        if role is None and (len(words) >= 2 or words[0].isupper()):  # "the rights group MADRE"
            role = roles.before(para, tokens, run[0], end)
        if role is None:  # "potential candidates such as NAME"
            role = roles.such_as(para, sent.start, start, end)
        if role is None and not person:  # "the Hashd Al-Shaabi paramilitary force", "Houthi rebels"
            role = roles.after_name(para, tokens, run[-1] + 1, start)
        if role is None and person:  # "Dr. Jane Roe at Riverside Hospital said"
            role = roles.affiliation(para, start, end, sent.end, _WORKPLACES)
        if role is None and len(words) >= 2 and words[0] in OFFICE_STYLES:
            role = Role(words[0], start, end)  # "Pope Francis": the style names the office
        acr = _ACRONYM.match(para[end : sent.end])
        after = context.token_after(tokens, role.end) if role is not None and role.start == start else run[-1] + 1
        return [
            Mention(
                unit,
                name,
                start,
                end,
                subject=subject,
                person=person or role is not None and role.start < start,
                org=head[-1] in ORG_HEADS,
                role=role,
                acronym=acr.group(1) if acr else None,
                agent=context.acts(tokens, after),
                grouped=context.grouped(tokens, run[0], run[-1]),
                definite=prev == "the",
                locative=context.locative(tokens, run[0], PLACE_WORDS)
                or context.destination(tokens, run[0])
                or (prev == "of" and run[0] > 1 and tokens[run[0] - 2].raw.lower() in _PLACE_OF)
                or nxt in _PLACE_NOUNS,
            )
        ]


def head_words(words: Sequence[str]) -> list[str]:
    """A name's words before its brief: a body's head stands there ("Committee | on Enforced
    Disappearances", "Office | for ...", "Ministry | of Defence")."""
    return context.before_brief(words, ("of", "on", "for"))


def _person_of(run: Sequence[int], tokens: Sequence[Token]) -> int | None:
    """Where "of" parts a person's name from the body or place it ties him to ("Abbas Faiz of
    Amnesty International", "Bashir Nur of Virginia"): the part before reads as a given name and
    a surname (two or three capitalised words, none a body's head, a title, a people's or a
    faith's word); the part after is a body or a place. "Bank of America" and "Sons of Iraq" keep
    their "of": a body's head or a plural stands before it."""
    of = next((k for k, i in enumerate(run) if tokens[i].raw == "of"), None)
    if of is None or not 2 <= of <= 3 or of + 1 >= len(run):
        return None
    before = [tokens[i].text for i in run[:of]]
    if any(
        not (w[:1].isupper() and w[1:].islower())
        or w in ORG_HEADS
        or w in NON_ACTOR_HEADS
        or w in TITLES
        or w in FAITHS
        or w in places.DEMONYMS
        or places.state_code(w)
        for w in before
    ):
        return None
    after = [tokens[i].text for i in run[of + 1 :] if tokens[i].raw != "the"]
    body = any(w in ORG_HEADS for w in after) or places.state_code(" ".join(after)) is not None
    return of if body or gazetteer.is_place(" ".join(after)) else None
