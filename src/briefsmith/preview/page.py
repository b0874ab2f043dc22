"""The preview's two pages: the index of the workspace's briefs, and a brief's page (its HTML
beside its PDF). Both follow the session through one server-sent event stream (/events): the
browser holds it open and reconnects by itself, so the page has no polling loop. A brief's page
swaps in the new title, status and error and reloads its two frames (keeping the text's scroll
position); the index reloads itself when the list changes.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

STYLE = """
body { margin: 0; font: 15px/1.4 system-ui, sans-serif; color: #1d1d1f; background: #f4f4f2;
  height: 100vh; display: flex; flex-direction: column; }
header { padding: .5rem 1rem; background: #22303c; color: #fff; display: flex; gap: 1rem; align-items: baseline; }
header a { color: #cfe3f7; } h1 { font-size: 1.15rem; margin: 0; flex: 1; }
#status { font-size: .85rem; opacity: .85; } #error { display: none; margin: 0; padding: .6rem 1rem;
  background: #fde2e1; color: #7a1410; font-family: ui-monospace, monospace; white-space: pre-wrap; }
#error.shown { display: block; } main { display: flex; flex: 1; min-height: 0; }
main iframe { flex: 1; border: 0; background: #fff; } main iframe + iframe { border-left: 1px solid #ccc; }
ul { padding: 0 1rem; } li { margin: .4rem 0; } .failed { color: #a0201a; }
"""

SCRIPT = """
const name = document.body.dataset.brief || null;
let shown = JSON.parse(document.body.dataset.version || "-1");
const events = new EventSource("/events");
events.onmessage = (message) => {
  const state = JSON.parse(message.data);
  if (!name) {  // the index: drawn by the server, again when anything changed
    if (state.version !== shown) location.reload();
    return;
  }
  const brief = state.briefs[name];
  const error = state.problem || (brief && brief.error) || "";
  document.getElementById("error").textContent = error;
  document.getElementById("error").className = error ? "shown" : "";
  if (!brief) { document.getElementById("status").textContent = "no such brief (any more)"; return; }
  document.getElementById("title").textContent = brief.title;
  document.title = brief.title + " · Briefsmith preview";
  document.getElementById("status").textContent = brief.status === "building" ? "building…" :
    brief.status === "failed" ? "failed (the last good version below)" :
    brief.status + " in " + brief.seconds.toFixed(2) + " s";
  if (brief.version !== shown && brief.version > 0) {
    shown = brief.version;
    document.body.dataset.version = String(shown);
    const text = document.getElementById("html");
    const y = text.contentWindow ? text.contentWindow.scrollY : 0;
    text.onload = () => text.contentWindow.scrollTo(0, y);
    text.src = "/file/" + name + ".html?v=" + shown;
    document.getElementById("pdf").src = "/file/" + name + ".pdf?v=" + shown + "#view=FitH";
  }
};
"""


def _page(title: str, body: str, data: dict[str, str]) -> bytes:
    attrs = " ".join(f'data-{k}="{escape(v)}"' for k, v in data.items())
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<style>{STYLE}</style></head><body {attrs}>{body}<script>{SCRIPT}</script></body></html>"
    ).encode()


def index_page(state: dict[str, Any]) -> bytes:
    briefs = state["briefs"]
    items = []
    for name, b in briefs.items():
        status = escape(b["status"]) + (f": {escape(b['error'])}" if b["error"] else "")
        css = ' class="failed"' if b["status"] == "failed" else ""
        items.append(f'<li><a href="/brief/{escape(name)}">{escape(b["title"])}</a> <small{css}>{status}</small></li>')
    empty = "<p>No briefs yet: add briefs/NAME.yaml (see <code>briefsmith new --help</code>).</p>"
    problem = f'<p id="error" class="shown">{escape(state["problem"])}</p>' if state["problem"] else ""
    body = (
        "<header><h1>Briefsmith preview</h1><span>rebuilt on every save</span></header>"
        f"{problem}<ul>{''.join(items)}</ul>{'' if items else empty}"
    )
    return _page("Briefsmith preview", body, {"version": json.dumps(state["version"])})


def brief_page(name: str, state: dict[str, Any]) -> bytes:
    brief = state["briefs"].get(name) or {"title": name, "status": "unknown", "error": None, "version": 0}
    error = state["problem"] or brief["error"] or ""
    version = int(brief["version"])
    text = f"/file/{escape(name)}.html?v={version}" if version else "about:blank"
    pdf = f"/file/{escape(name)}.pdf?v={version}#view=FitH" if version else "about:blank"
    body = (
        f'<header><a href="/">all briefs</a><h1 id="title">{escape(brief["title"])}</h1>'
        f'<span id="status">{escape(brief["status"])}</span>'
        f'<a href="/file/{escape(name)}.pdf">PDF</a></header>'
        f'<p id="error" class="{"shown" if error else ""}">{escape(error)}</p>'
        f'<main><iframe id="html" title="HTML" src="{text}"></iframe>'
        f'<iframe id="pdf" title="PDF" src="{pdf}"></iframe></main>'
    )
    return _page(f"{brief['title']} · Briefsmith preview", body, {"brief": name, "version": json.dumps(version)})
