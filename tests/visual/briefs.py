"""Hand-written briefings for the PDF tests and the visual references: long enough to
run over several pages, with names in Latin, Cyrillic and Arabic script. The articles
are invented for these tests (no real reporting is copied here)."""

from __future__ import annotations

from briefsmith.model import Actor, Article, Briefing, Citation, Point, Provenance, Section, Source
from briefsmith.records.base import make_article

HARBOUR = (
    "The port authority of Aktau opened a new ferry terminal on Tuesday, doubling the number of "
    "berths for rail wagons crossing the Caspian Sea. Officials said the terminal would handle "
    "four million tonnes of cargo a year by 2027.",
    "Transport minister Dana Seitkali told reporters that the route was now the fastest link "
    "between western China and the Black Sea ports. She said waiting times at the old berths had "
    "reached eleven days in the winter.",
    "The project was financed by a consortium of regional development banks, which lent 340 million "
    "dollars over twenty years. The banks said the loan carried conditions on labour standards.",
    "Freight forwarders welcomed the opening but warned that customs procedures on the far shore "
    "remained slow. One forwarder said paperwork, not ships, was the real bottleneck.",
    "Workers who built the terminal said they had not been paid for the last three months of "
    "construction. A union representative, Марат Ахметов, said forty workers had filed complaints.",
    "Local fishermen said dredging for the new berths had destroyed spawning grounds near the shore. "
    "The environment ministry said it would review the dredging permits.",
    "Security officials said the terminal would be fitted with scanners to check containers for "
    "weapons and smuggled fuel. The navy will patrol the approaches to the port.",
    "It is not yet clear whether the ferry operators will cut tariffs once the new berths are full. "
    "The authority has not said when the second phase of the terminal will begin.",
)

CORRIDOR = (
    "Ministers from Azerbaijan, Georgia and Kazakhstan signed a declaration in Baku on Wednesday "
    "pledging to harmonise customs rules along the Middle Corridor. The declaration sets a target "
    "of clearing a container in under forty-eight hours.",
    "Azerbaijani deputy minister Rauf Aliyev said a single electronic declaration would replace "
    "the three sets of papers that traders file today. He said the system would go live next spring.",
    "Analysts at the Caspian Policy Centre said the corridor had grown because shippers wanted to "
    "avoid routes through Russia. A report by the centre put the growth in volume at 65 percent "
    "last year.",
    "The declaration was also signed in Arabic by an observer from the Gulf, whose name was printed "
    "as عبد الله الحربي in the official text. Gulf investors have bought stakes in two terminals.",
    "Rights groups said truck drivers on the corridor worked shifts of up to twenty hours without "
    "rest. Drivers held a brief strike at the Georgian border in March.",
    "Officials said the corridor would need new rail lines in Georgia to carry more freight. It "
    "remains uncertain whether the financing for those lines will be agreed this year.",
)


def harbour() -> Article:
    return make_article(
        id="caspian-courier-2025-05-13",
        title="Aktau opens ferry terminal as Caspian route grows",
        paragraphs=HARBOUR,
        authors=("Lena Morozova",),
        publisher="Caspian Courier",
        published="2025-05-13",
        url="https://example.com/caspian-courier/2025/05/13/aktau-opens-ferry-terminal-as-caspian-"
        "route-grows-and-freight-forwarders-warn-of-customs-delays",
    )


def corridor() -> Article:
    return make_article(
        id="steppe-business-2025-05-14",
        title="Three states pledge faster customs on Middle Corridor",
        paragraphs=CORRIDOR,
        authors=("Timur Bekov", "Ayla Hasanova"),
        publisher="Steppe Business Daily",
        published="2025-05-14",
        url="https://example.net/steppe/middle-corridor-customs-pledge",
    )


def _cite(a: Article, n: int) -> Citation:
    s = a.sentence(n)
    return Citation(source=a.id, paragraph=s.paragraph, quote=s.text, sentence=s.number, start=s.start, end=s.end)


def _point(a: Article, *numbers: int) -> Point:
    return Point(" ".join(a.sentence(n).text for n in numbers), tuple(_cite(a, n) for n in numbers))


def long_briefing(*, marking: str | None = "UNCLASSIFIED // FOR DISCUSSION") -> Briefing:
    h, c = harbour(), corridor()
    return Briefing(
        title="The Caspian ferry route and the Middle Corridor",
        date="2025-05-15",
        subtitle="A new terminal at Aktau and a customs pledge in Baku",
        author="Eurasia Desk",
        audience="Trade and security analysts",
        marking=marking,
        summary=(_point(h, 1, 2), _point(c, 1, 2), _point(c, 9)),
        sections=(
            Section(
                "background",
                "Background",
                (_point(h, 3, 4), _point(h, 5, 6), _point(h, 7, 8), _point(c, 3, 4), _point(c, 5, 6)),
            ),
            Section("key_actors", "Key actors", (_point(h, 10), _point(c, 7, 8)), kind="actors"),
            Section("security_rationale", "Security rationale", (_point(h, 13, 14), _point(c, 5))),
            Section("human_rights", "Human-rights concerns", (_point(h, 9), _point(h, 11, 12), _point(c, 9, 10))),
            Section(
                "open_questions",
                "Open questions",
                (
                    Point("Will the ferry operators cut tariffs once the new berths are full?", (_cite(h, 15),)),
                    Point("When will the second phase of the terminal begin?", (_cite(h, 16),)),
                    Point(
                        "Will the financing for new rail lines in Georgia be agreed this year?",
                        (_cite(c, 11), _cite(c, 12)),
                    ),
                ),
                kind="questions",
            ),
        ),
        actors=(
            Actor("Dana Seitkali", "person", "Transport minister", ("Seitkali",), 2, (_cite(h, 3),)),
            Actor("Rauf Aliyev", "person", "Azerbaijani deputy minister", ("Aliyev",), 1, (_cite(c, 3),)),
            Actor("Марат Ахметов", "person", "union representative", ("Marat Akhmetov",), 1, (_cite(h, 10),)),
            Actor("عبد الله الحربي", "person", "observer from the Gulf", ("Abdullah al-Harbi",), 1, (_cite(c, 7),)),
            Actor("Caspian Policy Centre", "organisation", "analysts of the corridor", (), 1, (_cite(c, 5),)),
            Actor("Azerbaijan", "state", None, ("Baku",), 2, (_cite(c, 1),)),
            Actor("Kazakhstan", "state", None, ("Aktau",), 2, (_cite(c, 1),)),
        ),
        sources=(Source.of(h), Source.of(c)),
        provenance=Provenance(engine="hand", version="test"),
    )
