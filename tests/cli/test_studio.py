"""`sectorbrief studio` end to end: the program serves the page and the API from --home; bad options
are one clear line and exit code 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from typer.testing import CliRunner

from sectorbrief.cli import app
from tests.studio.browser import free_port

runner = CliRunner()


def test_studio_serves_the_page_and_api(tmp_path: Path) -> None:
    port = free_port()
    command = [sys.executable, "-c", "from sectorbrief.cli import main; main()", "studio"]
    server = subprocess.Popen(
        [*command, "--home", str(tmp_path), "--port", str(port)],
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                page = urllib.request.urlopen(f"{base}/", timeout=5).read().decode()
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, "studio did not start"
                time.sleep(0.2)
        assert "sectorbrief studio" in page
        with urllib.request.urlopen(f"{base}/api/drafts/801770.SI/2026-07-05", timeout=60) as reply:
            draft = json.load(reply)
        assert draft["industry"]["name"] == "通信" and draft["facts"]["end_session"] == "2026-07-03"
    finally:
        server.terminate()
        _, err = server.communicate(timeout=20)
    assert f"http://127.0.0.1:{port}/" in err and "token" not in err
    assert (tmp_path / "cache").exists() or tmp_path.exists()


def test_bad_options_are_one_line() -> None:
    result = runner.invoke(app, ["studio", "--port", "99999"])
    assert result.exit_code == 2
    result = runner.invoke(app, ["studio", "--data", "/no/such/file.csv", "--port", str(free_port())])
    assert result.exit_code == 2 and "file.csv" in result.output
