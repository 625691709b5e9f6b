"""Every page of both languages loads cleanly and says what it is, in its own language."""

import pytest

from .checks import listing, problems_on_every_page, title_and_description
from .sitebuild import LANGUAGES, TAGS, page_names
from .watch import watch

pytestmark = pytest.mark.browser


# Pages only a translation has: how far the translation has got.
TRANSLATION_ONLY = {"translation-status.html"}


def test_both_languages_have_the_same_pages(site):
    en, zh = (set(page_names(site, language)) for language in LANGUAGES)
    assert en, "the English site has no pages"
    assert (en - zh, zh - en - TRANSLATION_ONLY) == (set(), set())


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_loads_without_errors(site, site_url, page, language):
    problems = watch(page)
    failures = {}
    for name in page_names(site, language):
        page.goto(f"{site_url}{language}/{name}", wait_until="load")
        page.wait_for_load_state("networkidle")
        if problems:
            failures[name] = list(problems)
            problems.clear()
    assert not failures, listing(failures)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_has_a_title_and_description_in_its_language(site, site_url, page, language):
    check = lambda page: title_and_description(page, TAGS[language])  # noqa: E731
    failures = problems_on_every_page(page, site, site_url, language, check)
    assert not failures, listing(failures)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_has_a_favicon(site, site_url, page, language):
    failures = {}
    checked: dict[str, str] = {}
    for name in page_names(site, language):
        page.goto(f"{site_url}{language}/{name}", wait_until="domcontentloaded")
        icons = page.locator('link[rel~="icon"]')
        if not icons.count():
            failures[name] = "no <link rel=icon>"
            continue
        url = icons.first.evaluate("link => link.href")
        if url.startswith("data:image/"):
            continue  # inlined, as in the 404 page, which any address may show
        if url not in checked:
            response = page.request.get(url)
            kind = response.headers.get("content-type", "")
            checked[url] = (
                ""
                if response.ok and kind.startswith("image/")
                else f"{url}: HTTP {response.status}, {kind}"
            )
        if checked[url]:
            failures[name] = checked[url]
    assert not failures, listing(failures)
