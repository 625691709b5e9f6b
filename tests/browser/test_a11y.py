"""Accessibility: axe-core on every page, and the language of every passage marked."""

import pytest

from .axe import BLOCKING, describe, run_axe
from .checks import listing, problems_on_every_page, unmarked_language
from .sitebuild import LANGUAGES, TAGS, page_names

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_nothing_serious(site, site_url, page, axe_notes, language):
    blocking = []
    for name in page_names(site, language):
        page.goto(f"{site_url}{language}/{name}", wait_until="load")
        for violation in run_axe(page):
            line = describe(f"{language}/{name}", violation)
            (blocking if violation["impact"] in BLOCKING else axe_notes).append(line)
    assert not blocking, listing(blocking)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_passage_has_its_language_marked(site, site_url, page, language):
    check = lambda page: unmarked_language(page, TAGS[language])  # noqa: E731
    failures = problems_on_every_page(page, site, site_url, language, check)
    assert not failures, listing(failures)


def without_scripts(route):
    """Serve the page with a policy that blocks its own scripts (the tests' still run)."""
    response = route.fetch()
    route.fulfill(
        response=response,
        headers={**response.headers, "content-security-policy": "script-src 'none'"},
    )


def test_the_language_chooser_is_accessible(site_url, page, axe_notes):
    # Its redirect is blocked, so the chooser itself stays on screen.
    page.route(site_url, without_scripts)
    page.goto(site_url)
    assert page.url == site_url
    lines = [(describe("index.html", v), v["impact"]) for v in run_axe(page)]
    axe_notes += [line for line, impact in lines if impact not in BLOCKING]
    problems = unmarked_language(page, page.evaluate("document.documentElement.lang"))
    problems += [line for line, impact in lines if impact in BLOCKING]
    assert not problems, listing(problems)
