"""The llm engine against a real chat-completions server on 127.0.0.1 (tests/llm_server.py):
what it asks, and what it believes of the answers."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from llm_server import ChatServer, Reply, llm_engine, port_articles

from briefsmith.engines import get_engine
from briefsmith.engines.llm import LLMEngine
from briefsmith.engines.overrides import apply_overrides
from briefsmith.engines.verify import verify_briefing
from briefsmith.errors import EngineError
from briefsmith.render.json import dumps
from briefsmith.workspace.spec import BriefSpec

KEY = "sk-test-Zq8mW3vN5pLr"
SPEC = BriefSpec(title="Port strike in Velmora", sources=("seeds/a.md", "seeds/b.md"), date=dt.date(2024, 5, 8))


def spec_with(**over: object) -> BriefSpec:
    return BriefSpec.model_validate({**SPEC.model_dump(), **over})


def answer(**over: object) -> str:
    """A good answer on port_articles(); `over` replaces top-level keys."""
    good: dict[str, object] = {
        "summary": [
            {
                "text": "Cargo traffic at the port of Velmora fell by 18 percent in April after a strike by "
                "2,300 dock workers.",
                "sentences": ["S1", "S2"],
            },
            {
                "text": "Estavia deployed coast guard patrols to Velmora after smugglers used the idle docks.",
                "sentences": ["S8"],
            },
        ],
        "sections": {
            "background": [
                {"text": "The strike cost the city about 40 million euros, Marta Quell said.", "sentences": ["S3"]},
                {"text": "Talks with the Dockers' Union will resume in June.", "sentences": ["S4"]},
            ],
            "security_rationale": [{"text": "The patrols will stay for three weeks.", "sentences": ["S9"]}],
            "human_rights": [
                {
                    "text": "Two organisers were detained without charge, human rights observers reported.",
                    "sentences": ["S6"],
                },
                {"text": "Workers have not been paid overtime since January, Tomas Brenn said.", "sentences": ["S5"]},
            ],
        },
        "actors": [
            {"name": "Marta Quell", "kind": "person", "role": "the authority's chief executive", "sentences": ["S3"]},
            {"name": "Tomas Brenn", "kind": "person", "role": "the union's leader", "sentences": ["S5"]},
            {"name": "Dockers' Union", "kind": "organisation", "role": "", "sentences": ["S10"]},
            {"name": "Estavia", "kind": "state", "role": "", "sentences": ["S8"]},
        ],
        "open_questions": [
            {"text": "Will the government of Estavia intervene before the summer season?", "sentences": ["S7"]}
        ],
    }
    good.update(over)
    return json.dumps(good)


def engine(server: ChatServer, tmp_path: Path, **options: object) -> LLMEngine:
    opts: dict[str, object] = {
        "url": server.url,
        "model": "test-model",
        "key": KEY,
        "workspace": tmp_path,
        "timeout": 5,
        "backoff": 0.01,
    }
    opts.update(options)
    return llm_engine(**opts)


def texts(briefing, section: str) -> list[str]:  # noqa: ANN001
    return [p.text for p in briefing.section(section).points]


def test_registry_finds_the_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFSMITH_LLM_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("BRIEFSMITH_LLM_MODEL", "m1")
    eng = get_engine("llm")
    assert eng.name == "llm" and isinstance(eng, LLMEngine)
    assert (eng.url, eng.model) == ("http://127.0.0.1:9/v1", "m1")


def test_good_answer_keeps_every_point_with_exact_quotes(tmp_path: Path) -> None:
    articles = port_articles()
    with ChatServer([Reply(answer())], key=KEY) as server:
        briefing = engine(server, tmp_path).condense(articles, SPEC)
    assert briefing.warnings == ()
    assert verify_briefing(briefing, articles) == []
    assert len(briefing.summary) == 2
    assert [s.id for s in briefing.sections] == [
        "background",
        "key_actors",
        "security_rationale",
        "human_rights",
        "open_questions",
    ]
    assert len(texts(briefing, "background")) == 2 and len(texts(briefing, "human_rights")) == 2
    assert texts(briefing, "open_questions") == ["Will the government of Estavia intervene before the summer season?"]
    assert texts(briefing, "key_actors")[:2] == [
        "Marta Quell, the authority's chief executive",
        "Tomas Brenn, the union's leader",
    ]
    # S1 and S2 map back to the first article's first two sentences, quoted exactly.
    first = briefing.summary[0].citations
    assert [(c.source, c.paragraph, c.sentence) for c in first] == [
        ("harbour-news-2024-05-06", 1, 1),
        ("harbour-news-2024-05-06", 1, 2),
    ]
    assert first[1].quote == "The drop followed a strike by 2,300 dock workers."
    s8 = briefing.summary[1].citations[0]
    assert (s8.source, s8.sentence) == ("coast-daily-2024-05-07", 1)
    quell = briefing.actors[0]
    assert (quell.name, quell.kind, quell.mentions) == ("Marta Quell", "person", 2)  # "Quell added…"
    assert [a.kind for a in briefing.actors] == ["person", "person", "organisation", "state"]
    assert [s.id for s in briefing.sources] == [a.id for a in articles]
    prov = briefing.provenance
    assert prov is not None and (prov.engine, prov.model) == ("llm", "test-model")
    assert len(prov.request_hash or "") == 64 and prov.answered and prov.answered.endswith("Z")
    assert all(p.verified for s in briefing.sections for p in s.points)


def test_request_is_chat_completions_at_temperature_zero_with_numbered_sentences(tmp_path: Path) -> None:
    with ChatServer([Reply(answer())], key=KEY) as server:
        engine(server, tmp_path, seed=7).condense(port_articles(), SPEC)
    (req,) = server.requests
    assert req.path == "/v1/chat/completions"
    assert req.headers["Authorization"] == f"Bearer {KEY}"
    body = req.body
    assert (body["model"], body["temperature"], body["seed"]) == ("test-model", 0, 7)
    fmt = body["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["strict"] is True
    schema = fmt["json_schema"]["schema"]
    assert schema["required"] == ["summary", "sections", "actors", "open_questions"]
    assert set(schema["properties"]["sections"]["properties"]) == {"background", "security_rationale", "human_rights"}
    system, user = body["messages"]
    assert system["role"] == "system" and "never instructions" in system["content"]
    lines = user["content"].splitlines()
    assert (
        "[S1] The port authority of Velmora announced on Tuesday that cargo traffic fell by 18 percent "
        "in April." in lines
    )
    # numbered across both sources: the second article starts at S8
    assert (
        "[S8] Estavia's interior ministry deployed coast guard patrols to Velmora after smugglers used "
        "the idle docks." in lines
    )
    assert sum(line.startswith("[S") for line in lines) == 10


def test_invented_claims_are_dropped_with_the_reason(tmp_path: Path) -> None:
    bad = answer(
        summary=[
            {"text": "Cargo traffic fell by 25 percent in April.", "sentences": ["S1"]},
            {"text": "Marta Quell resigned after the strike.", "sentences": ["S3"]},
            {"text": "Prime Minister Ivo Dunsk ordered the patrols.", "sentences": ["S8"]},
            {"text": "Workers have been paid overtime since January.", "sentences": ["S5"]},
            {"text": "The government of Estavia will intervene before the summer season.", "sentences": ["S7"]},
            {"text": "The patrols will stay for three weeks.", "sentences": ["S9"]},
        ]
    )
    with ChatServer([Reply(bad)]) as server:
        briefing = engine(server, tmp_path).condense(port_articles(), spec_with(summary_points=6))
    assert [p.text for p in briefing.summary] == ["The patrols will stay for three weeks."]
    warnings = "\n".join(briefing.warnings)
    assert "dropped unsupported point: 'Cargo traffic fell by 25 percent in April.' (number 25 not in S1)" in warnings
    assert "'Marta Quell resigned after the strike.' (only 1 of 2 content words in S3; missing: resigned)" in warnings
    assert "names Prime, Minister, Ivo, Dunsk not in S8" in warnings
    assert "S5 negates 'paid'" in warnings
    assert "S7 leaves" in warnings and "states it as fact" in warnings
    assert len(briefing.warnings) == 5


def test_keep_unverified_keeps_them_marked(tmp_path: Path) -> None:
    bad = answer(
        summary=[{"text": "Cargo traffic fell by 25 percent in April.", "sentences": ["S1"]}],
        actors=[{"name": "Tomas Brenn", "kind": "person", "role": "the port's security adviser", "sentences": ["S5"]}],
    )
    with ChatServer([Reply(bad)]) as server:
        briefing = engine(server, tmp_path, keep_unverified=True).condense(port_articles(), SPEC)
    (point,) = briefing.summary
    assert point.verified is False and point.citations[0].sentence == 1
    assert briefing.actors[0].role == "the port's security adviser"
    assert briefing.section("key_actors").points[0].verified is False
    assert any(w.startswith("unverified point kept: 'Cargo traffic") for w in briefing.warnings)
    assert any(w.startswith("unverified role of Tomas Brenn kept") for w in briefing.warnings)
    assert b'"verified": false' in dumps(briefing)


def test_ids_that_do_not_exist(tmp_path: Path) -> None:
    bad = answer(
        summary=[
            {"text": "The patrols will stay for three weeks.", "sentences": ["S99"]},
            {"text": "The drop followed a strike by 2,300 dock workers.", "sentences": ["S2", "S404"]},
            {"text": "Estavia deployed coast guard patrols.", "sentences": []},
        ]
    )
    with ChatServer([Reply(bad)]) as server:
        briefing = engine(server, tmp_path).condense(port_articles(), SPEC)
    (kept,) = briefing.summary
    assert [c.sentence for c in kept.citations] == [2]  # the invented id is ignored, the real one kept
    assert (
        "dropped point citing no existing sentence: 'The patrols will stay for three weeks.' (cited: S99)"
        in briefing.warnings
    )
    assert any("(cited: none)" in w for w in briefing.warnings)


def test_roles_the_text_never_states_and_invented_actors(tmp_path: Path) -> None:
    bad = answer(
        actors=[
            {"name": "Tomas Brenn", "kind": "person", "role": "the port's security adviser", "sentences": ["S5"]},
            {"name": "Marta Quell", "kind": "person", "role": "chief executive", "sentences": ["S3"]},
            {"name": "Viktor Hale", "kind": "person", "role": "mayor", "sentences": ["S3"]},
            {"name": "Estavia", "kind": "country", "role": "", "sentences": ["S8"]},
            {"name": "Dockers' Union", "kind": "trade union", "role": "", "sentences": ["S10"]},
            {"name": "Velmora", "kind": "state", "role": "", "sentences": ["S77"]},
        ]
    )
    with ChatServer([Reply(bad)]) as server:
        briefing = engine(server, tmp_path).condense(port_articles(), SPEC)
    got = {(a.name, a.kind, a.role) for a in briefing.actors}
    assert got == {
        ("Tomas Brenn", "person", None),
        ("Marta Quell", "person", "chief executive"),
        ("Estavia", "state", None),
    }
    w = "\n".join(briefing.warnings)
    assert "dropped unsupported role of Tomas Brenn: 'the port's security adviser' (port, security, adviser" in w
    assert "dropped actor 'Viktor Hale': name Viktor, Hale not in S3" in w
    assert "dropped actor 'Dockers' Union': kind 'trade union' is not one of person" in w
    assert "dropped actor citing no existing sentence: 'Velmora'" in w
    assert "Tomas Brenn" in texts(briefing, "key_actors")


def test_open_questions_must_be_questions(tmp_path: Path) -> None:
    bad = answer(
        open_questions=[
            {"text": "Whether Estavia will intervene before the summer season.", "sentences": ["S7"]},
            {"text": "Will Estavia intervene before the summer season?", "sentences": ["S7"]},
        ]
    )
    with ChatServer([Reply(bad)]) as server:
        briefing = engine(server, tmp_path).condense(port_articles(), SPEC)
    assert texts(briefing, "open_questions") == ["Will Estavia intervene before the summer season?"]
    assert any("not a question" in w for w in briefing.warnings)


def test_spec_sections_limits_and_custom_sections(tmp_path: Path) -> None:
    spec = spec_with(
        sections=("human_rights", {"id": "economy", "title": "Economy", "keywords": ("cargo", "cost")}),
        summary_points=1,
        max_points=1,
    )
    reply = answer(
        sections={
            "human_rights": [
                {"text": "Two organisers were detained without charge.", "sentences": ["S6"]},
                {"text": "Workers have not been paid overtime since January.", "sentences": ["S5"]},
            ],
            "economy": [{"text": "The strike cost the city about 40 million euros.", "sentences": ["S3"]}],
            "background": [{"text": "Talks will resume in June.", "sentences": ["S4"]}],
        }
    )
    with ChatServer([Reply(reply)]) as server:
        briefing = engine(server, tmp_path).condense(port_articles(), spec)
    schema = server.requests[0].body["response_format"]["json_schema"]["schema"]
    assert schema["properties"]["sections"]["required"] == ["human_rights", "economy"]
    assert "cargo, cost" in server.requests[0].body["messages"][0]["content"]
    assert [(s.id, s.title) for s in briefing.sections] == [
        ("human_rights", "Human-rights concerns"),
        ("economy", "Economy"),
    ]
    assert texts(briefing, "human_rights") == ["Two organisers were detained without charge."]
    assert texts(briefing, "economy") == ["The strike cost the city about 40 million euros."]
    assert len(briefing.summary) == 1
    assert "ignored section 'background': the brief does not ask for it" in briefing.warnings


def test_replay_from_cache_gives_the_same_bytes_with_the_server_stopped(tmp_path: Path) -> None:
    articles = port_articles()
    with ChatServer([Reply(answer())], key=KEY) as server:
        live = engine(server, tmp_path).condense(articles, SPEC)
        url = server.url
    cache = tmp_path / ".briefsmith" / "cache"
    (entry,) = cache.glob("*.json")
    assert entry.stem == live.provenance.request_hash
    assert not [p for p in cache.iterdir() if p.name.startswith(".tmp")]
    replayed = llm_engine(url=url, model="test-model", replay=True, workspace=tmp_path).condense(articles, SPEC)
    assert dumps(replayed) == dumps(live)
    # a normal run answers from the cache too: no request reaches the (new) server
    with ChatServer([]) as quiet:
        again = engine(quiet, tmp_path).condense(articles, SPEC)
    assert quiet.requests == [] and dumps(again) == dumps(live)


def test_replay_miss_is_a_clear_error_even_with_fallback(tmp_path: Path) -> None:
    eng = llm_engine(model="test-model", replay=True, workspace=tmp_path, fallback="extractive")
    with pytest.raises(EngineError) as info:
        eng.condense(port_articles(), SPEC)
    assert "no cached answer for this brief; run once with an endpoint" in info.value.one_line()
    assert str(tmp_path / ".briefsmith" / "cache") in info.value.one_line()


def test_a_changed_source_misses_the_cache(tmp_path: Path) -> None:
    articles = port_articles()
    with ChatServer([Reply(answer())]) as server:
        engine(server, tmp_path).condense(articles, SPEC)
    changed = [articles[0], articles[1].__class__(**{**vars(articles[1]), "title": "Another title"})]
    with pytest.raises(EngineError, match="no cached answer"):
        llm_engine(model="test-model", replay=True, workspace=tmp_path).condense(changed, SPEC)


def test_response_format_unsupported_falls_back_to_json_mode(tmp_path: Path) -> None:
    def script(seen):  # noqa: ANN001, ANN202
        if seen.body.get("response_format", {}).get("type") == "json_schema":
            return Reply(status=400, body={"error": {"message": "response_format json_schema is not supported"}})
        return Reply(answer())

    with ChatServer(script) as server:
        briefing = engine(server, tmp_path).condense(port_articles(), SPEC)
    assert [r.body["response_format"] for r in server.requests][1] == {"type": "json_object"}
    assert len(server.requests) == 2 and briefing.warnings == ()


def test_wrapped_answer_and_loose_ids_are_read(tmp_path: Path) -> None:
    loose = json.loads(answer())
    loose["summary"] = [{"text": "The drop followed a strike by 2,300 dock workers.", "sentences": [2, "[S1]"]}]
    content = "<think>Let me look at the sources.</think>Here is the briefing:\n```json\n" + json.dumps(loose) + "\n```"
    with ChatServer([Reply(content)]) as server:
        briefing = engine(server, tmp_path).condense(port_articles(), SPEC)
    assert [c.sentence for c in briefing.summary[0].citations] == [2, 1]
    assert briefing.warnings == ()


def test_analyst_pins_and_strikes_apply_to_llm_briefs(tmp_path: Path) -> None:
    spec = spec_with(
        max_points=2,
        strike=("overtime", "Tomas Brenn"),
        pin=[
            {
                "section": "human_rights",
                "source": "harbour-news-2024-05-06",
                "quote": "Human rights observers reported that two organisers were detained without charge.",
            }
        ],
    )
    with ChatServer([Reply(answer())]) as server:
        # The step every engine's briefing goes through in a build (engines/overrides.py).
        briefing = apply_overrides(engine(server, tmp_path).condense(port_articles(), spec), port_articles(), spec)
    rights = briefing.section("human_rights").points
    assert rights[0].pinned and rights[0].citations[0].sentence == 6
    # the model's copy of the pinned point and the struck one are gone
    assert [p.text for p in rights] == [
        "Human rights observers reported that two organisers were detained without charge."
    ]
    assert "Tomas Brenn" not in [a.name for a in briefing.actors]


def test_empty_sections_say_so_and_the_date_comes_from_the_sources(tmp_path: Path) -> None:
    spec = spec_with(date=None)
    reply = answer(sections={"background": [], "security_rationale": [], "human_rights": []}, open_questions=[])
    with ChatServer([Reply(reply)]) as server:
        briefing = engine(server, tmp_path).condense(port_articles(), spec)
    assert briefing.date == "2024-05-07"  # the later of the two sources
    assert briefing.section("security_rationale").empty_text == "No security rationale in the sources."
    assert briefing.section("open_questions").empty_text == "No open questions in the sources."
    assert briefing.section("key_actors").empty_text == ""  # it has points
