"""`briefsmith serve`, as a user runs it: a real server process on 127.0.0.1, a real browser
(Debian's chromium through chromedriver, headless) that loads a brief's page and sees a new
title appear when the spec is saved, without being touched; rebuilds read back through the
event stream; a broken spec shown in the page while the server keeps running; Ctrl-C leaving
no worker and no folder behind; a port in use is one line."""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefsmith.cli import cli

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
WAIT = 90  # seconds: a loaded CI machine is slow; a pass takes a few


class Served:
    def __init__(self, proc: subprocess.Popen[str], url: str, files: Path) -> None:
        self.proc, self.url, self.files = proc, url, files
        self.port = int(url.rsplit(":", 1)[1].strip("/"))

    def children(self) -> set[int]:
        found: set[int] = set()
        for task in Path(f"/proc/{self.proc.pid}/task").iterdir():
            try:
                found |= {int(p) for p in (task / "children").read_text().split()}
            except OSError:  # a thread that ended since the folder was listed
                continue
        return found


@contextlib.contextmanager
def serving(ws: Path, *args: str) -> Iterator[Served]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefsmith", "serve", "--port", "0", *args],
        cwd=ws,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group: Ctrl-C reaches all of it, as in a terminal
    )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        found = re.search(r"serving\s+(http://127\.0\.0\.1:\d+/)\s+\(files in (.+?); Ctrl-C stops\)", line)
        assert found, line + (proc.stderr.read() if proc.stderr and proc.poll() is not None else "")
        yield Served(proc, found[1], Path(found[2]))
    finally:
        if proc.poll() is None:
            ctrl_c(proc)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(30)
        if proc.poll() is None:
            proc.kill()


def ctrl_c(proc: subprocess.Popen[str]) -> None:
    """What a terminal's Ctrl-C does: SIGINT to the whole process group."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGINT)


class Events:
    """The page's event stream, read as the browser reads it."""

    def __init__(self, served: Served) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", served.port, timeout=WAIT)
        self.conn.request("GET", "/events")
        self.response = self.conn.getresponse()
        assert self.response.getheader("Content-Type") == "text/event-stream"

    def next(self) -> dict:
        while True:
            line = self.response.fp.readline()
            assert line, "the event stream ended"
            if line.startswith(b"data: "):
                return json.loads(line[6:])

    def until(self, test, what: str) -> dict:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            state = self.next()
            if test(state):
                return state
        raise AssertionError(f"no event with {what}")


def built(name: str, after: int = 0):  # type: ignore[no-untyped-def]
    return lambda s: (
        name in s["briefs"] and s["briefs"][name]["version"] > after and s["briefs"][name]["status"] != "building"
    )


def get(served: Served, path: str) -> tuple[int, bytes, str]:
    conn = http.client.HTTPConnection("127.0.0.1", served.port, timeout=WAIT)
    conn.request("GET", path)
    response = conn.getresponse()
    return response.status, response.read(), response.getheader("Content-Type") or ""


def retitle(ws: Path, title: str) -> None:
    spec = ws / "briefs" / "rt.yaml"
    spec.write_text(re.sub(r"^title: .*$", f"title: {title}", spec.read_text(), count=1, flags=re.MULTILINE))


def browser(tmp_path: Path):  # type: ignore[no-untyped-def]
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")
    from selenium.webdriver.chrome.service import Service

    if not (os.access(CHROMIUM, os.X_OK) and os.access(CHROMEDRIVER, os.X_OK)):
        pytest.skip("no chromium and chromedriver here (apt-get install chromium chromium-driver; .ci/run does)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
    ):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def test_a_saved_title_appears_in_the_open_page(ws: Path, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver = browser(tmp_path)
    try:
        with serving(ws) as served:
            driver.get(served.url + "brief/rt")
            wait = WebDriverWait(driver, WAIT)
            wait.until(lambda d: d.find_element(By.ID, "title").text == "Russia and the Taliban")
            wait.until(lambda d: "rt.html?v=" in d.find_element(By.ID, "html").get_attribute("src"))
            driver.execute_script("window.notReloaded = true;")  # gone if the page reloaded

            retitle(ws, "Moscow and the Taliban")
            wait.until(lambda d: d.find_element(By.ID, "title").text == "Moscow and the Taliban")
            assert driver.execute_script("return window.notReloaded === true;")
            driver.switch_to.frame(driver.find_element(By.ID, "html"))  # the brief's own HTML, rebuilt
            wait.until(lambda d: "Moscow and the Taliban" in d.find_element(By.TAG_NAME, "h1").text)
            driver.switch_to.default_content()

            (ws / "briefs" / "rt.yaml").write_text("title: [unclosed\n")  # a broken spec
            wait.until(lambda d: "rt.yaml" in d.find_element(By.ID, "error").text)
            error = driver.find_element(By.ID, "error").text
            assert "invalid YAML" in error and "\n" not in error.strip()
            assert served.proc.poll() is None  # the server keeps running
            assert driver.find_element(By.ID, "title").text == "Moscow and the Taliban"  # the last good one stays
    finally:
        driver.quit()


def test_serve_rebuilds_what_a_save_affects_and_stops_cleanly(ws: Path) -> None:
    (ws / "briefs" / "other.yaml").write_text("title: Other brief\nsources: [seeds/other.md]\n")
    (ws / "seeds" / "other.md").write_text("---\ntitle: Other\n---\nThe harbour reopened on Monday. Crews returned.\n")
    with serving(ws) as served:
        events = Events(served)
        state = events.until(lambda s: built("rt")(s) and built("other")(s), "both briefs built")
        v_rt, v_other = state["briefs"]["rt"]["version"], state["briefs"]["other"]["version"]
        assert state["briefs"]["rt"]["title"] == "Russia and the Taliban"
        status, body, kind = get(served, "/")
        assert status == 200 and b"Russia and the Taliban" in body and b"Other brief" in body
        status, pdf, kind = get(served, "/file/rt.pdf")
        assert status == 200 and kind == "application/pdf" and pdf.startswith(b"%PDF")
        assert get(served, "/file/../manifest.json")[0] == 404 and get(served, "/file/nope.pdf")[0] == 404
        workers = served.children()
        assert workers, "the warm PDF worker runs beside the server"
        # Bound to 127.0.0.1 alone: another loopback address of this machine is refused.
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.2", served.port), timeout=5).close()

        # A record: only the brief that cites it is built again.
        record = ws / "seeds" / "other.md"
        record.write_text(record.read_text() + "\nThe ferry resumes on Friday.\n")
        state = events.until(built("other", v_other), "the record's brief rebuilt")
        assert state["briefs"]["rt"]["version"] == v_rt
        v_other = state["briefs"]["other"]["version"]

        # A template: every brief; a broken one is an error in the page, and the server goes on.
        (ws / "templates").mkdir()
        (ws / "templates" / "brief.html").write_text("{% if %}")
        state = events.until(lambda s: s["briefs"]["rt"]["status"] == "failed", "the template error")
        assert "brief.html" in state["briefs"]["rt"]["error"] and served.proc.poll() is None
        (ws / "templates" / "brief.html").unlink()
        state = events.until(built("rt", v_rt), "rt rebuilt once the template is gone")
        assert state["briefs"]["rt"]["status"] == "built" and state["briefs"]["rt"]["error"] is None

        assert served.files.is_dir() and (served.files / "rt.pdf").is_file()
        ctrl_c(served.proc)
        assert served.proc.wait(30) == 0
        assert "stopped" in (served.proc.stdout.read() if served.proc.stdout else "")
        errors = served.proc.stderr.read() if served.proc.stderr else ""
        assert "Traceback" not in errors and "template syntax error" in errors  # the failed build's line
    # No orphan: every child of the server (its PDF worker) ends with it, within moments (a
    # process killed as it holds 100 MB takes a little while to be gone from /proc).
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()]
    assert not (ws / "out").exists()  # the preview never writes into out/
    assert not served.files.exists()  # its private folder is removed


def test_serve_writes_into_the_folder_named_with_out(ws: Path) -> None:
    with serving(ws, "--out", "preview") as served:
        Events(served).until(built("rt"), "rt built")
        assert (ws / "preview" / "rt.pdf").is_file() and (ws / "preview" / "rt.html").is_file()
        manifest = json.loads((ws / "preview" / "manifest.json").read_text())
        assert "rt" in manifest["briefs"]
    assert not (ws / "out").exists() and (ws / "preview" / "rt.pdf").is_file()  # kept: the user asked


@pytest.mark.parametrize("folder", ["templates", "styles/preview"])
def test_serve_refuses_an_out_folder_among_what_the_build_reads(ws: Path, folder: str) -> None:
    result = CliRunner().invoke(cli, ["serve", "--port", "0", "--out", folder])
    assert result.exit_code == 1 and "the out folder may not be inside" in result.stderr
    assert not (ws / folder).exists()


def test_a_killed_previews_folder_is_removed_by_the_next_run(ws: Path) -> None:
    with serving(ws) as served:
        Events(served).until(built("rt"), "rt built")
        os.killpg(served.proc.pid, signal.SIGKILL)  # no chance to clean up
        served.proc.wait(30)
        left = served.files
    assert left.is_dir()  # what a killed preview leaves
    with serving(ws) as again:
        assert again.files != left
    assert not left.exists()


def test_a_port_in_use_is_one_line(ws: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--port", str(port)])
    assert result.exit_code == 1
    hint = "(hint: stop what uses it, or pass --port 0 for any free port)"
    assert result.stderr.strip() == f"Error: --port: port {port} on 127.0.0.1 is in use {hint}"
    assert not (ws / "out").exists()


def test_the_seed_brief_is_served_from_a_subfolder(ws: Path) -> None:
    with serving(ws / "seeds") as served:
        state = Events(served).until(built("rt"), "rt built")
        assert state["briefs"]["rt"]["spec"] == "briefs/rt.yaml"
