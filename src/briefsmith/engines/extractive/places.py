"""States by any name: pycountry's names, plus the short names, demonyms, capitals
and metonyms ("the Kremlin") that news writing uses for them."""

from __future__ import annotations

from functools import lru_cache

import pycountry  # loaded with the engine, so the first brief pays no start-up cost

from briefsmith.engines.extractive.wordlists import ORG_HEADS

# Short names in everyday use, for pycountry entries whose name is formal.
SHORT = {
    "RU": "Russia",
    "IR": "Iran",
    "SY": "Syria",
    "KR": "South Korea",
    "KP": "North Korea",
    "VN": "Vietnam",
    "LA": "Laos",
    "MD": "Moldova",
    "TZ": "Tanzania",
    "VE": "Venezuela",
    "BO": "Bolivia",
    "TW": "Taiwan",
    "PS": "Palestine",
    "CZ": "Czech Republic",
    "US": "United States",
    "GB": "United Kingdom",
    "CD": "Democratic Republic of the Congo",
    "MK": "North Macedonia",
    "FM": "Micronesia",
    "BN": "Brunei",
    "CV": "Cape Verde",
    "TR": "Turkey",
    "CI": "Ivory Coast",
}

# Other names and abbreviations for states (name -> alpha-2).
ALIASES = {
    "U.S.": "US",
    "US": "US",
    "U.S.A.": "US",
    "USA": "US",
    "America": "US",
    "United States of America": "US",
    "UK": "GB",
    "U.K.": "GB",
    "Britain": "GB",
    "Great Britain": "GB",
    "UAE": "AE",
    "Emirates": "AE",
    "Russian Federation": "RU",
    "Holland": "NL",
    "the Netherlands": "NL",
    "Burma": "MM",
    "Türkiye": "TR",
    "Turkey": "TR",
    "Czechia": "CZ",
    "DRC": "CD",
    "PRC": "CN",
    "ROK": "KR",
    "DPRK": "KP",
    "Ivory Coast": "CI",
}

# Demonyms: an adjective stands for its state when it qualifies an institution
# ("the Russian government"), not when it describes people or things.
DEMONYMS = {
    "Afghan": "AF",
    "Albanian": "AL",
    "Algerian": "DZ",
    "American": "US",
    "Argentine": "AR",
    "Armenian": "AM",
    "Australian": "AU",
    "Austrian": "AT",
    "Azerbaijani": "AZ",
    "Bangladeshi": "BD",
    "Belarusian": "BY",
    "Belgian": "BE",
    "Brazilian": "BR",
    "British": "GB",
    "Bulgarian": "BG",
    "Burmese": "MM",
    "Canadian": "CA",
    "Chinese": "CN",
    "Colombian": "CO",
    "Croatian": "HR",
    "Cuban": "CU",
    "Czech": "CZ",
    "Danish": "DK",
    "Dutch": "NL",
    "Egyptian": "EG",
    "Emirati": "AE",
    "Estonian": "EE",
    "Ethiopian": "ET",
    "Finnish": "FI",
    "French": "FR",
    "Georgian": "GE",
    "German": "DE",
    "Greek": "GR",
    "Hungarian": "HU",
    "Indian": "IN",
    "Indonesian": "ID",
    "Iranian": "IR",
    "Iraqi": "IQ",
    "Irish": "IE",
    "Israeli": "IL",
    "Italian": "IT",
    "Japanese": "JP",
    "Jordanian": "JO",
    "Kazakh": "KZ",
    "Kenyan": "KE",
    "Kuwaiti": "KW",
    "Kyrgyz": "KG",
    "Latvian": "LV",
    "Lebanese": "LB",
    "Libyan": "LY",
    "Lithuanian": "LT",
    "Malaysian": "MY",
    "Mexican": "MX",
    "Moldovan": "MD",
    "Mongolian": "MN",
    "Moroccan": "MA",
    "Nigerian": "NG",
    "North Korean": "KP",
    "Norwegian": "NO",
    "Omani": "OM",
    "Pakistani": "PK",
    "Palestinian": "PS",
    "Filipino": "PH",
    "Polish": "PL",
    "Portuguese": "PT",
    "Qatari": "QA",
    "Romanian": "RO",
    "Russian": "RU",
    "Saudi": "SA",
    "Serbian": "RS",
    "Slovak": "SK",
    "Somali": "SO",
    "South African": "ZA",
    "South Korean": "KR",
    "Spanish": "ES",
    "Sudanese": "SD",
    "Swedish": "SE",
    "Swiss": "CH",
    "Syrian": "SY",
    "Taiwanese": "TW",
    "Tajik": "TJ",
    "Thai": "TH",
    "Tunisian": "TN",
    "Turkish": "TR",
    "Turkmen": "TM",
    "Ugandan": "UG",
    "Ukrainian": "UA",
    "Uzbek": "UZ",
    "Venezuelan": "VE",
    "Vietnamese": "VN",
    "Yemeni": "YE",
    "Zimbabwean": "ZW",
    "Chilean": "CL",
    "Peruvian": "PE",
    "Ecuadorian": "EC",
    "Bolivian": "BO",
    "Paraguayan": "PY",
    "Uruguayan": "UY",
    "Guatemalan": "GT",
    "Honduran": "HN",
    "Salvadoran": "SV",
    "Nicaraguan": "NI",
    "Panamanian": "PA",
    "Haitian": "HT",
    "Dominican": "DO",
    "Jamaican": "JM",
    "Cameroonian": "CM",
    "Malian": "ML",
    "Nigerien": "NE",
    "Chadian": "TD",
    "Congolese": "CD",
    "Rwandan": "RW",
    "Burundian": "BI",
    "Tanzanian": "TZ",
    "Zambian": "ZM",
    "Mozambican": "MZ",
    "Angolan": "AO",
    "Namibian": "NA",
    "Senegalese": "SN",
    "Ghanaian": "GH",
    "Ivorian": "CI",
    "Liberian": "LR",
    "Guinean": "GN",
    "Mauritanian": "MR",
    "Eritrean": "ER",
    "Djiboutian": "DJ",
    "South Sudanese": "SS",
    "Bahraini": "BH",
    "Sri Lankan": "LK",
    "Nepali": "NP",
    "Nepalese": "NP",
    "Singaporean": "SG",
    "Cambodian": "KH",
    "Laotian": "LA",
    "Icelandic": "IS",
    "Slovenian": "SI",
    "Bosnian": "BA",
    "Macedonian": "MK",
    "Montenegrin": "ME",
    "Maltese": "MT",
    "Cypriot": "CY",
    "Luxembourgish": "LU",
}

# Capitals and metonyms: they stand for their state when they act ("Beijing
# became the first government"), not when they are where something happens.
CAPITALS = {
    "Abu Dhabi": "AE",
    "Addis Ababa": "ET",
    "Algiers": "DZ",
    "Amman": "JO",
    "Ankara": "TR",
    "Ashgabat": "TM",
    "Astana": "KZ",
    "Athens": "GR",
    "Baghdad": "IQ",
    "Baku": "AZ",
    "Bangkok": "TH",
    "Beijing": "CN",
    "Beirut": "LB",
    "Belgrade": "RS",
    "Berlin": "DE",
    "Bishkek": "KG",
    "Brasilia": "BR",
    "Bucharest": "RO",
    "Budapest": "HU",
    "Cairo": "EG",
    "Canberra": "AU",
    "Caracas": "VE",
    "Damascus": "SY",
    "Dhaka": "BD",
    "Doha": "QA",
    "Dushanbe": "TJ",
    "Hanoi": "VN",
    "Havana": "CU",
    "Islamabad": "PK",
    "Jakarta": "ID",
    "Kabul": "AF",
    "Khartoum": "SD",
    "Kyiv": "UA",
    "Kiev": "UA",
    "London": "GB",
    "Madrid": "ES",
    "Manila": "PH",
    "Minsk": "BY",
    "Moscow": "RU",
    "Nairobi": "KE",
    "New Delhi": "IN",
    "Ottawa": "CA",
    "Paris": "FR",
    "Pretoria": "ZA",
    "Pyongyang": "KP",
    "Riyadh": "SA",
    "Rome": "IT",
    "Seoul": "KR",
    "Tashkent": "UZ",
    "Tbilisi": "GE",
    "Tehran": "IR",
    "Tokyo": "JP",
    "Tripoli": "LY",
    "Warsaw": "PL",
    "Washington": "US",
    "Yerevan": "AM",
    "Kremlin": "RU",
    "White House": "US",
    "Pentagon": "US",
    "Downing Street": "GB",
    "Whitehall": "GB",
    "Elysee": "FR",
    "Élysée": "FR",
    "Zhongnanhai": "CN",
}


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Every spelling of every state we know -> alpha-2 (built once, from pycountry)."""
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names[value] = c.alpha_2
                if ", " in value:  # "Iran, Islamic Republic of" -> "Iran"
                    names.setdefault(value.split(", ")[0], c.alpha_2)
    names.update(ALIASES)
    names.update({v: k for k, v in SHORT.items()})
    return names


@lru_cache(maxsize=512)
def display_name(code: str) -> str:
    if code in SHORT:
        return SHORT[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name.split(", ")[0]


def state_names() -> list[str]:
    """Every spelling of a state that `state_code` knows."""
    return list(_names())


def state_code(name: str) -> str | None:
    """The state a proper name is (not merely stands for): 'Russia', 'U.S.'."""
    clean = name[4:] if name.startswith("the ") else name
    return _names().get(clean)


def is_region(name: str) -> bool:
    """Continents and regions are places, never actors ("Bank of America", "Organization for
    Security and Co-operation in Europe" are bodies)."""
    words = name.split()
    if len(words) > 2 and any(w in ORG_HEADS for w in words[:-1]):  # not "Horn of Africa"
        return False
    if len(words) == 1 and name in {"West", "East", "North", "South", "Midwest", "Orient"}:
        return True
    return words[-1] in {
        "Asia",
        "Europe",
        "Africa",
        "America",
        "Americas",
        "East",
        "Gulf",
        "Pacific",
        "Atlantic",
        "Caucasus",
        "Balkans",
        "Sahel",
        "Arctic",
        "Antarctica",
        "Mediterranean",
        "Oceania",
        "Caribbean",
        "Scandinavia",
        "Baltics",
    }


_names()  # build the table with the engine: the first brief then pays nothing for it
