"""The claim verifier, answer parsing and the cache, on sentences written for these tests."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from briefsmith.engines.llm.cache import AnswerCache, CachedAnswer, request_hash
from briefsmith.engines.llm.evidence import evidence, lexicon
from briefsmith.engines.llm.parse import AnswerError, parse_answer
from briefsmith.engines.llm.prompt import parse_ids
from briefsmith.engines.llm.support import check_claim, check_name, check_role

S = {
    "S1": "The river council met in Tashkent on Monday to discuss water sharing.",
    "S2": "Delegates from five states attended the talks.",
    "S3": "Anna Petrova, the council's secretary general, said the drought had cut flows by a third.",
    "S4": "Rights groups said farmers displaced by the dam had received no compensation.",
    "S5": "It remains unclear whether the new quota will be ratified before the spring floods.",
    "S6": "The Islamic State of Khorasan Province (ISKP) claimed the attack, the U.S. embassy said.",
    "S7": "Russian Foreign Minister Sergey Lavrov said Moscow had not recognised the Taliban government.",
    "S8": "Maternity pay is to rise by £1,400 under the plans, which take effect in March 2007.",
    "S9": "French and Chinese envoys met Afghan officials in Kabul.",
}
NAMES = lexicon(S.values())


def verdict(claim: str, *ids: str) -> str | None:
    return check_claim(claim, evidence([(i, S[i]) for i in ids]), NAMES)


@pytest.mark.parametrize(
    "claim, ids",
    [
        ("The river council met in Tashkent on Monday to discuss water sharing.", ["S1"]),
        ("Delegates from 5 states attended the talks in Tashkent.", ["S1", "S2"]),  # five = 5
        ("Petrova said the drought cut river flows by a third.", ["S3"]),
        ("Farmers displaced by the dam received no compensation, rights groups said.", ["S4"]),
        ("Will the new quota be ratified before the spring floods?", ["S5"]),
        ("It is unclear whether the quota will be ratified before the floods.", ["S5"]),
        ("ISKP claimed the attack, according to the United States embassy.", ["S6"]),  # U.S. = United States
        ("Islamic State of Khorasan Province claimed responsibility for the attack.", ["S6"]),
        ("Russia has not recognised the Taliban government, Lavrov said.", ["S7"]),  # Russian ~ Russia
        ("Maternity pay will rise by £1400 from March 2007.", ["S8"]),  # 1,400 = 1400
        ("Envoys from France and China met officials from Afghanistan in Kabul.", ["S9"]),  # demonyms
    ],
)
def test_supported_claims_pass(claim: str, ids: list[str]) -> None:
    assert verdict(claim, *ids) is None


@pytest.mark.parametrize(
    "claim, ids, reason",
    [
        ("Delegates from six states attended the talks.", ["S2"], "number 6 not in S2"),
        ("Maternity pay will rise by £1,500 from March 2007.", ["S8"], "number 1500 not in S8"),
        ("The council met in Tashkent on Tuesday.", ["S1"], "name Tuesday not in S1"),
        ("Maternity pay will rise by £1,400 from April 2007.", ["S8"], "name April not in S8"),
        ("The river council met in Almaty on Monday.", ["S1"], "name Almaty not in S1"),
        ("Delegates from five states attended the talks in Tashkent.", ["S2"], "name Tashkent not in S2"),
        ("Anna Petrova resigned over the drought.", ["S3"], "only 1 of 2 content words in S3; missing: resigned"),
        ("Farmers displaced by the dam received compensation.", ["S4"], "S4 negates 'compensation'"),
        ("Russia has recognised the Taliban government.", ["S7"], "S7 negates 'recognised'"),
        ("The drought did not cut flows.", ["S3"], "the claim negates what S3 states"),
        ("The new quota will be ratified before the spring floods.", ["S5"], "S5 leaves 'new' open"),
        ("Austrian envoys met Afghan officials in Kabul.", ["S9"], "name Austrian not in S9"),
        ("Mothers will get more money from a government scheme next year.", ["S8"], "name Mothers not in S8"),
    ],
)
def test_unsupported_claims_fail_with_the_reason(claim: str, ids: list[str], reason: str) -> None:
    got = verdict(claim, *ids)
    assert got is not None and got.startswith(reason), got


def test_opening_words_are_names_only_when_the_sources_use_them_as_names() -> None:
    # "Delegates" opens the claim and is no name anywhere: a content word, matched by stem
    assert verdict("Delegates attended the talks.", "S2") is None
    # "Lavrov" is a name in the sources: opening the claim does not excuse its absence
    assert verdict("Lavrov said delegates attended the talks.", "S2") == "name Lavrov not in S2"


def test_roles_and_names_of_actors() -> None:
    s3, s6, s7 = (evidence([(i, S[i])]) for i in ("S3", "S6", "S7"))
    assert check_role("the council's secretary general", s3) is None
    assert check_role("Secretary General of the council", s3) is None
    assert check_role("chair of the council", s3) == "chair not in S3"
    assert check_role("Russian Foreign Minister", s7) is None
    assert check_role("Russian Prime Minister", s7) == "prime not in S7"
    assert check_name("Sergey Lavrov", s7) is None and check_name("the Taliban", s7) is None
    assert check_name("Vladimir Putin", s7) == "Vladimir, Putin not in S7"
    assert check_name("ISKP", s6) is None and check_name("Islamic State of Khorasan Province", s6) is None
    assert check_name("United States", s6) is None and check_name("UN", s6) == "UN not in S6"


def test_parse_tolerates_wrapping_but_not_a_wrong_shape() -> None:
    wrapped = 'Sure.\n```json\n{"summary": [{"text": "x", "sentences": ["s2", 3, "S2"]}], "background": ["y"]}\n```'
    got = parse_answer(wrapped)
    assert got.summary[0].sentences == ("S2", "S3")
    assert got.sections["background"][0].text == "y" and got.sections["background"][0].sentences == ()
    assert parse_answer('<think>{"no": 1}</think>{"key_actors": [{"name": "A", "sentences": "S1, S4"}]}').actors[
        0
    ].sentences == ("S1", "S4")
    for bad, reason in [
        ('{"summary": [', "truncated"),
        ('{"summary": [}', "malformed"),
        ("I cannot help.", "no JSON object"),
        ('{"summary": "x"}', "wrong shape at summary"),
        ('{"verdict": "ok"}', "none of the keys"),
        ('{"summary": [{"sentences": ["S1"]}]}', r"wrong shape at summary\[0\]\.text: field required"),
    ]:
        with pytest.raises(AnswerError, match=reason):
            parse_answer(bad)
    assert parse_ids(["[S12]", "s3", 4, None, True, "S3-S4"]) == ["S12", "S3", "S4"]


def test_cache_key_and_atomic_entries(tmp_path: Path) -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": "x"}]}
    key = request_hash("m", body, "1.0")
    assert key == request_hash("m", json.loads(json.dumps(body)), "1.0")
    assert (
        len(
            {
                key,
                request_hash("m2", body, "1.0"),
                request_hash("m", body, "1.1"),
                request_hash("m", {**body, "seed": 1}, "1.0"),
            }
        )
        == 4
    )
    cache = AnswerCache(tmp_path / "cache")
    assert cache.load(key) is None
    entries = [CachedAnswer(key, "m", "1.0", f"2024-05-0{i}T00:00:00Z", f"answer {i}" * 5000) for i in range(1, 9)]
    threads = [threading.Thread(target=cache.save, args=(e,)) for e in entries]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert cache.load(key) in entries  # one whole entry won; never a mix
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [f"{key}.json"]
    cache.path(key).write_text("{broken", encoding="utf-8")
    assert cache.load(key) is None


def test_any_answer_gives_a_briefing_or_a_clear_error() -> None:
    """Whatever JSON a model sends, parsing and verifying it never crashes, and every citation
    that comes out quotes its source exactly."""
    import datetime as dt

    from hypothesis import given, settings
    from hypothesis import strategies as st
    from llm_server import port_articles

    from briefsmith.engines.llm.assemble import assemble
    from briefsmith.engines.llm.prompt import number_sentences
    from briefsmith.engines.verify import verify_briefing
    from briefsmith.model import Provenance
    from briefsmith.workspace.spec import BriefSpec

    articles = port_articles()
    numbered = number_sentences(articles)
    spec = BriefSpec(title="t", sources=("a",), date=dt.date(2024, 1, 1))
    ids = st.one_of(st.sampled_from(["S1", "S3", "S8", "S0", "S99", "s2", "[S4]", "x"]), st.integers(-3, 12))
    text = st.one_of(
        st.sampled_from(
            [
                "The drop followed a strike by 2,300 dock workers.",
                "Will talks resume?",
                "Marta Quell",
                "chief executive",
                "",
            ]
        ),
        st.text(max_size=40),
    )
    point = st.one_of(
        st.fixed_dictionaries({"text": text, "sentences": st.lists(ids, max_size=3)}), text, st.integers(), st.none()
    )
    actor = st.fixed_dictionaries(
        {
            "name": text,
            "kind": st.sampled_from(["person", "state", "thing", ""]),
            "role": st.one_of(text, st.none()),
            "sentences": st.lists(ids, max_size=2),
        }
    )
    answer = st.dictionaries(
        st.sampled_from(["summary", "sections", "actors", "open_questions", "background", "key_actors"]),
        st.one_of(
            st.lists(point, max_size=3),
            st.lists(actor, max_size=2),
            st.dictionaries(
                st.sampled_from(["background", "human_rights", "other"]), st.lists(point, max_size=2), max_size=2
            ),
            text,
        ),
        max_size=4,
    )

    @settings(max_examples=150, deadline=None)
    @given(answer)
    def check(data: dict) -> None:
        try:
            parsed = parse_answer(json.dumps(data))
        except AnswerError as exc:
            assert exc.reason and "\n" not in exc.reason
            return
        briefing, _ = assemble(
            parsed, numbered, spec, keep_unverified=True, provenance=Provenance(engine="llm", version="t")
        )
        assert verify_briefing(briefing, articles) == []
        assert all(a.kind in ("person", "organisation", "state", "group") for a in briefing.actors)

    check()
