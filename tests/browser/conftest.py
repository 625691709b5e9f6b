"""Fixtures for the browser tests: the built site on a local HTTP server, and one Chromium.

Chromium is Debian's (``apt-get install chromium``); Playwright never downloads a browser.
"""

import shutil
from pathlib import Path

import pytest

from .server import SiteServer
from .sitebuild import site_root

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE_NOTES = pytest.StashKey[list]()


def chromium_path() -> str:
    path = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        pytest.fail(
            "Chromium is missing: the browser tests need Debian's chromium.\n"
            "Install it with `apt-get install -y chromium` (as root), or run "
            "`python3 -m nox -s tests`, which installs it.",
            pytrace=False,
        )
    return path


@pytest.fixture(scope="session")
def site(request) -> Path:
    """The published site root: index.html, en/, zh_CN/, pdf/."""
    return site_root(request)


@pytest.fixture(scope="session")
def site_url(site) -> str:
    with SiteServer(site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    executable = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def context(browser):
    context = browser.new_context()
    context.set_default_timeout(15_000)  # a local page that takes longer is broken
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture
def crafted(tmp_path):
    """A folder of hand-made pages and the URL serving it, for tests that prove a check fails."""
    with SiteServer(tmp_path) as url:
        yield tmp_path, url


@pytest.fixture
def axe_notes(request) -> list[str]:
    """Moderate and minor axe findings, printed at the end of the run."""
    return request.config.stash.setdefault(AXE_NOTES, [])


def pytest_terminal_summary(terminalreporter, config):
    notes = config.stash.get(AXE_NOTES, [])
    if notes:
        terminalreporter.section("axe-core: moderate and minor findings (not failures)")
        for note in notes:
            terminalreporter.line(note)
