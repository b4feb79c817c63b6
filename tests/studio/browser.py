"""The real app served by uvicorn on a free loopback port, and a headless Debian Chromium to drive it."""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn

from sectorbrief.studio import Settings, create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


def need_chromium() -> None:
    """Skip without Debian's chromium and chromedriver, except on CI (which installs them: .ci/run)."""
    if CHROMIUM.exists() and CHROMEDRIVER.exists():
        return
    if os.environ.get("CI"):
        pytest.fail("CI needs chromium and chromium-driver (apt): see .ci/run")
    pytest.skip("needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def serve(home: Path) -> Iterator[str]:
    """The studio on 127.0.0.1:<free port> in a thread, until the block ends; yields its URL."""
    port = free_port()
    app = create_app(Settings(home=home, port=port))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("studio server did not start")
        time.sleep(0.02)
    app.state.studio.engine.warmed.wait(timeout=120)  # the server's start-up work, before timing pages
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@contextmanager
def chromium(window: str = "1600,1100") -> Iterator[object]:
    """A headless Chromium through Selenium, with a fresh profile removed afterwards."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="studio-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, f"--user-data-dir={profile}", f"--window-size={window}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
