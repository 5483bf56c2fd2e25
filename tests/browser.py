"""Headless Chromium for the tests: open a page with the network cut off, read what it drew."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    # the network is cut: every host resolves to nothing and every request goes to a dead proxy
    "--proxy-server=http://127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
    "--virtual-time-budget=8000",
]


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        raise RuntimeError("no chromium on PATH: `make test` installs Debian's chromium package")
    return path


@dataclass
class Page:
    dom: str
    console: list[str]


def open_page(path: Path, screenshot: Path | None = None, width: int = 1200, height: int = 1800) -> Page:
    """Load a file in headless Chromium; the DOM after scripts ran, and the console's messages."""
    with tempfile.TemporaryDirectory() as profile:
        args = [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0"]
        if screenshot is not None:
            args += [f"--window-size={width},{height}", f"--screenshot={screenshot}"]
        else:
            args += ["--dump-dom"]
        proc = subprocess.run([*args, path.resolve().as_uri()], capture_output=True, text=True, timeout=120)
    console = [line for line in proc.stderr.splitlines() if ":CONSOLE" in line]
    return Page(proc.stdout, console)


def drawn_charts(dom: str) -> dict[str, bool]:
    """Each chart container (id wb-chart-N) and whether it holds a drawn svg or canvas."""
    result = {}
    for m in re.finditer(r'<div[^>]*id="(wb-chart-\d+)"[^>]*>(.*?)</div>\s*<script', dom, re.DOTALL):
        result[m.group(1)] = "<svg" in m.group(2) or "<canvas" in m.group(2)
    return result
