"""Any text given as an article: a briefing whose every quote stands verbatim in the
source, or a clear RecordError — never a crash (issue: hostile input)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markupsafe import escape

from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.engines.verify import verify_briefing
from briefsmith.errors import RecordError
from briefsmith.records import read_article
from briefsmith.render.html import render_html
from briefsmith.render.json import dumps, loads
from briefsmith.workspace.spec import BriefSpec
from briefsmith.workspace.theme import Theme

WORDS = [
    "The",
    "minister",
    "said",
    "Russia",
    "U.S.",
    "attack",
    "women's",
    "rights",
    "(ISKP)",
    "Mr.",
    "unclear",
    "whether",
    "will",
    "talks",
    "on",
    "Monday,",
    "“quoted”",
    "$1",
    "billion",
    "<b>x</b>",
    "Dr.",
    "e.g.",
    "—",
    "...",
    "?",
    "!",
    "Анна",
    "آنا",
    "\t",
    "\n",
    "\n\n",
    "#",
    "*",
    "[link](x)",
]
article_text = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(WORDS), max_size=120).map(" ".join),
    st.lists(st.sampled_from(WORDS + ["."] * 8), max_size=200).map(" ".join),
)
SPEC = BriefSpec(title="Property", sources=("x",))
THEME = Theme(Path(tempfile.gettempdir()))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=article_text, ext=st.sampled_from([".txt", ".md"]))
def test_any_text_is_a_verified_briefing_or_a_clear_error(text: str, ext: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"article{ext}"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            article = read_article(path)
        except RecordError as exc:
            assert "\n" not in exc.one_line() and str(path) in exc.one_line()
            return
    briefing = ExtractiveEngine().condense([article], SPEC)
    assert verify_briefing(briefing, [article]) == []
    assert all(p.text.endswith("?") for p in briefing.section("open_questions").points)
    assert loads(dumps(briefing).decode()) == briefing  # the JSON round-trips
    html = render_html(briefing, THEME, for_print=False)
    shown = (
        [p.text for p in briefing.summary]
        + [a.name for a in briefing.actors]
        + [p.text for s in briefing.sections if s.id != "key_actors" for p in s.points]
    )
    for text_shown in shown:
        assert str(escape(text_shown)) in html  # shown as text, never as markup
