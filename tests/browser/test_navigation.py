"""Moving around the site: language switcher, book downloads, glossary and index links, the
root's language choice, and the 404 page."""

import zipfile
from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

import pytest
from playwright.sync_api import expect

from .checks import listing, stylesheets_applied
from .pdfcheck import pdf_problems
from .sitebuild import LANGUAGES, NOT_FOUND, TAGS, page_names, reader_pages
from .watch import watch

pytestmark = pytest.mark.browser

OTHER = {"en": "zh_CN", "zh_CN": "en"}


def path_of(url: str) -> str:
    return unquote(urlsplit(url).path)


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_switcher_lands_on_the_same_page(site, site_url, page, language):
    other = OTHER[language]
    counterparts = set(page_names(site, other))
    wrong = {}
    for name in reader_pages(site, language):
        page.goto(f"{site_url}{language}/{name}", wait_until="domcontentloaded")
        with page.expect_navigation(wait_until="domcontentloaded") as navigation:
            page.locator("nav.report-bar a.report-lang").first.click()
        status = navigation.value.status
        landed = path_of(page.url)
        lang = page.evaluate("document.documentElement.lang")
        # A page only one language has (the translation status) may lead anywhere but a 404.
        expected = f"/{other}/{name}" if name in counterparts else landed
        if status != 200 or landed != expected or lang != TAGS[other]:
            wrong[name] = f"HTTP {status} {landed} (lang={lang!r})"
    assert not wrong, listing(wrong)


def the_book_link(site, site_url, page, language: str, link_class: str) -> str:
    """The address every reader page of ``language`` gives for its book: one for all."""
    targets = set()
    for name in reader_pages(site, language):
        page.goto(f"{site_url}{language}/{name}", wait_until="domcontentloaded")
        targets.add(page.locator(f"nav.report-bar a.{link_class}").evaluate("a => a.href"))
    assert len(targets) == 1, f"pages link to different books: {sorted(targets)}"
    return targets.pop()


@pytest.mark.parametrize("language", LANGUAGES)
def test_download_pdf_gives_the_book_in_the_page_language(site, site_url, page, language):
    target = the_book_link(site, site_url, page, language, "report-pdf")
    response = page.request.get(target)  # a missing book would only show as a cancelled download
    assert response.ok, f"{target}: HTTP {response.status}"
    assert response.headers.get("content-type") == "application/pdf"
    page.goto(f"{site_url}{language}/index.html")
    with page.expect_download() as download:
        page.locator("nav.report-bar a.report-pdf").click()
    data = Path(download.value.path()).read_bytes()
    assert download.value.suggested_filename.endswith(f"-{language}.pdf")
    problems = pdf_problems(data, TAGS[language])
    assert not problems, listing(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_download_epub_gives_the_book_in_the_page_language(site, site_url, page, language):
    the_book_link(site, site_url, page, language, "report-epub")
    page.goto(f"{site_url}{language}/index.html")
    with page.expect_download() as download:
        page.locator("nav.report-bar a.report-epub").click()
    assert download.value.suggested_filename.endswith(f"-{language}.epub")
    with zipfile.ZipFile(download.value.path()) as book:
        assert book.read("mimetype") == b"application/epub+zip"
        assert f"<dc:language>{TAGS[language]}</dc:language>" in book.read("content.opf").decode()


@pytest.mark.parametrize(
    ("locale", "language"), [("zh-CN", "zh_CN"), ("en-US", "en"), ("fr-FR", "en")]
)
def test_the_root_page_opens_the_reader_language(browser, site_url, locale, language):
    context = browser.new_context(locale=locale)
    try:
        page = context.new_page()
        page.goto(site_url)
        page.wait_for_url(f"{site_url}{language}/index.html", timeout=10_000)
        assert page.evaluate("document.documentElement.lang") == TAGS[language]
    finally:
        context.close()


def first_term_link(site, site_url, page, language):
    """The first glossary link in a chapter (any page but the glossary and the index)."""
    for name in reader_pages(site, language):
        if name in {"glossary.html", "genindex.html", "index.html"}:
            continue
        page.goto(f"{site_url}{language}/{name}", wait_until="domcontentloaded")
        link = page.locator('[role="main"] a.reference.internal:has(.std-term)')
        if link.count():
            return link.first
    pytest.fail(f"no chapter of {language} links to a glossary term")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_glossary_link_jumps_to_the_definition(site, site_url, page, language):
    link = first_term_link(site, site_url, page, language)
    fragment = urldefrag(link.get_attribute("href")).fragment
    assert fragment.startswith("term-"), fragment
    link.click()
    page.wait_for_url(f"**/{language}/glossary.html#{fragment}")
    target = page.locator(f'[id="{unquote(fragment)}"]')
    expect(target).to_have_count(1)
    assert target.evaluate("el => el.tagName") == "DT"
    expect(target).to_be_in_viewport()


@pytest.mark.parametrize("language", LANGUAGES)
def test_index_links_reach_their_targets(site_url, page, language):
    page.goto(f"{site_url}{language}/genindex.html")
    hrefs = page.locator('[role="main"] table.indextable a[href]').evaluate_all(
        "links => links.map(a => a.href)"
    )
    assert len(hrefs) >= 10, "the index has almost no entries"
    by_page = defaultdict(set)
    for href in hrefs:
        url, fragment = urldefrag(href)
        by_page[url].add(unquote(fragment))
    missing = []
    for url, fragments in sorted(by_page.items()):
        response = page.goto(url, wait_until="domcontentloaded")
        if not response or not response.ok:
            missing.append(f"{url}: HTTP {response and response.status}")
            continue
        missing += [
            f"{url}#{f}"
            for f in sorted(fragments)
            if f and not page.evaluate("id => !!document.getElementById(id)", f)
        ]
    assert not missing, listing(missing)
    # And one real click, as a reader would.
    page.goto(f"{site_url}{language}/genindex.html")
    link = page.locator('[role="main"] table.indextable a[href*="#"]').first
    fragment = unquote(urldefrag(link.evaluate("a => a.href")).fragment)
    link.click()
    page.wait_for_load_state("domcontentloaded")
    expect(page.locator(f'[id="{fragment}"]')).to_be_in_viewport()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_404_page_is_styled_at_a_deep_url_and_leads_home(site, site_url, page, language):
    assert (site / language / NOT_FOUND).is_file(), f"{language}/{NOT_FOUND} is not built"
    problems = watch(page)
    address = f"{site_url}{language}/no/such/deep/page.html"
    response = page.goto(address)
    page.wait_for_load_state("networkidle")
    assert response.status == 404
    # The page itself answers 404 on purpose; anything else failing is a problem.
    problems = [p for p in problems if not p.endswith(address) and "status of 404" not in p]
    problems += stylesheets_applied(page)
    assert not problems, listing(problems)
    assert page.evaluate("document.documentElement.lang") == TAGS[language]
    with page.expect_navigation() as navigation:
        page.locator(f'main a[hreflang="{TAGS[language]}"]').first.click()
    assert navigation.value.status == 200
    assert path_of(page.url) == f"/{language}/index.html"
