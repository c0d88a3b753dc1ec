"""Headless Chromium for the interactive page's tests (the `browser` and `tab` fixtures in
conftest.py): Debian's `chromium` driven by Playwright for Python (pinned in
pyproject.toml). Tests using them skip, saying why, when either is missing;
`./bootstrap.sh test` installs both."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

VIEWPORT = {"width": 1280, "height": 720}
READY = "window.lessonPage !== undefined || document.querySelector('.index') !== null"


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def launched() -> Iterator:
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright is not installed (pip install -e '.[test]')"
    )
    path = chromium_path()
    if path is None:
        pytest.skip("no chromium on PATH (Debian's 'chromium'; ./bootstrap.sh test installs it)")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=path, args=["--no-sandbox"])
        yield launched
        launched.close()


@dataclass
class Tab:
    """A page in its own browser context, with every request it made and every console
    error or warning and uncaught exception it showed."""

    page: object
    requests: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def open(self, path: Path, hash_part: str = "") -> None:
        """Load the page (its inline scripts have run when the load event fires)."""
        self.page.goto(path.resolve().as_uri() + hash_part)
        assert self.page.evaluate(READY)

    def until(self, expression: str, seconds: float = 20.0) -> None:
        """Poll `expression` until it is true (the page's policy forbids the evaluated
        predicates of Playwright's own wait_for_function)."""
        deadline = time.monotonic() + seconds
        while not self.page.evaluate(expression):
            assert time.monotonic() < deadline, f"still false after {seconds} s: {expression}"
            self.page.wait_for_timeout(20)


def opened_tab(browser) -> Iterator[Tab]:
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    opened = Tab(page)
    page.on("request", lambda request: opened.requests.append(request.url))
    page.on(
        "console",
        lambda message: (
            opened.problems.append(f"{message.type}: {message.text}")
            if message.type in ("error", "warning")
            else None
        ),
    )
    page.on("pageerror", lambda error: opened.problems.append(f"uncaught: {error}"))
    yield opened
    context.close()
