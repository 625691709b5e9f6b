"""The reader's way through the book: the contents on every page, previous and next, the
phone menu, dark mode, and Chinese searches of more than one word."""

from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from .axe import BLOCKING, describe, run_axe
from .checks import listing, search_results, sideways_scroll
from .readerchecks import chapters, luminance, pager, sidebar_problems
from .sitebuild import LANGUAGES, page_names, reader_pages

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 667}


def book(page, site_url, language):
    home = f"{site_url}{language}/index.html"
    found = chapters(page, home)
    assert len(found) >= 8, f"the home page lists only {len(found)} chapters and appendices"
    return home, found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_links_every_chapter_and_marks_itself(site, site_url, page, language):
    home, found = book(page, site_url, language)
    urls = [chapter["url"] for chapter in found]
    failures = {}
    # All but the 404 page, which is served at any address: it links the home page only.
    for name in reader_pages(site, language):
        page.goto(f"{site_url}{language}/{name}", wait_until="domcontentloaded")
        if problems := sidebar_problems(page, urls, home):
            failures[name] = problems
    assert not failures, listing(failures)


@pytest.mark.parametrize("language", LANGUAGES)
def test_previous_and_next_lead_to_the_neighbouring_pages(site_url, page, language):
    home, found = book(page, site_url, language)
    order = [{"url": home, "title": ""}, *found]
    wrong = []
    for i, here in enumerate(order):
        page.goto(here["url"], wait_until="domcontentloaded")
        links = pager(page)
        for rel, neighbour in [
            ("prev", order[i - 1] if i else None),
            ("next", order[i + 1] if i + 1 < len(order) else None),
        ]:
            link = links.get(rel)
            if neighbour is None:
                if link:
                    wrong.append(
                        f"{here['url']}: a {rel} link to {link['url']} past the book's end"
                    )
            elif not link or link["url"] != neighbour["url"] or not link["visible"]:
                wrong.append(f"{here['url']}: {rel} is {link}, expected {neighbour['url']}")
            elif neighbour["title"] and neighbour["title"] not in link["text"]:
                wrong.append(
                    f"{here['url']}: {rel} reads {link['text']!r}, not {neighbour['title']!r}"
                )
    assert not wrong, listing(wrong)
    # Real clicks, as a reader would: next from the first chapter, then back.
    page.goto(found[0]["url"])
    page.locator('nav.report-pager a[rel="next"]').click()
    page.wait_for_url(found[1]["url"])
    page.locator('nav.report-pager a[rel="prev"]').click()
    page.wait_for_url(found[0]["url"])


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_phone_menu_opens_by_click_and_by_keyboard(site, site_url, phone, language):
    page = phone
    page.goto(f"{site_url}{language}/keynote.html")
    button = page.locator("button.report-menu")
    current = page.locator('#report-sidebar [aria-current="page"]')
    expect(button).to_be_visible()
    expect(button).to_have_attribute("aria-expanded", "false")
    menu_id = button.get_attribute("aria-controls")
    assert page.locator(f"#{menu_id} .report-nav").count() == 1, "aria-controls names no menu"
    expect(current).to_be_hidden()  # closed, the contents take no room above the text

    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(current).to_be_in_viewport()
    assert page.evaluate("document.activeElement.closest('#report-sidebar') !== null")
    assert sideways_scroll(page) == []
    page.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(current).to_be_hidden()
    assert page.evaluate("document.activeElement.classList.contains('report-menu')")

    page.keyboard.press("Enter")  # the button has the focus again: the keyboard opens it
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(current).to_be_in_viewport()
    page.keyboard.press("Escape")
    button.focus()
    page.keyboard.press("Space")
    expect(button).to_have_attribute("aria-expanded", "true")
    # A chapter from the menu is one tap away.
    page.locator("#report-sidebar .report-nav li.toctree-l1 > a").first.click()
    page.wait_for_load_state("domcontentloaded")
    assert not page.url.endswith("keynote.html")

    # Every page: the menu opens and the page does not scroll sideways with it open.
    failures = {}
    for name in reader_pages(site, language):
        page.goto(f"{site_url}{language}/{name}", wait_until="load")
        page.locator("button.report-menu").click()
        problems = sideways_scroll(page)
        if not page.locator("#report-sidebar .report-nav").is_visible():
            problems.append("the menu did not open")
        if problems:
            failures[name] = problems
    assert not failures, listing(failures)


def test_a_wide_screen_shows_the_contents_without_a_menu(site_url, page):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{site_url}en/keynote.html")
    expect(page.locator("button.report-menu")).to_be_hidden()
    expect(page.locator('#report-sidebar [aria-current="page"]')).to_be_visible()


@pytest.mark.parametrize("language", LANGUAGES)
def test_dark_mode_follows_the_system_and_passes_axe(browser, site, site_url, axe_notes, language):
    context = browser.new_context(color_scheme="dark")
    try:
        page = context.new_page()
        blocking, light = [], []
        for name in page_names(site, language):
            page.goto(f"{site_url}{language}/{name}", wait_until="load")
            if (
                page.evaluate("document.documentElement.dataset.theme") != "dark"
                or luminance(page) > 0.05
            ):
                light.append(name)
            for violation in run_axe(page):
                line = describe(f"{language}/{name} (dark)", violation)
                (blocking if violation["impact"] in BLOCKING else axe_notes).append(line)
        assert not light, "not dark: " + listing(light)
        assert not blocking, listing(blocking)
    finally:
        context.close()


# Records the theme the page has when its <body> starts: set later, the page flashes.
THEME_AT_FIRST_PAINT = """
new MutationObserver((changes, observer) => {
  if (document.body) {
    window.themeAtBody = document.documentElement.dataset.theme || "none";
    observer.disconnect();
  }
}).observe(document, {childList: true, subtree: true});
"""


def test_the_switch_overrides_the_system_and_is_kept_without_a_flash(browser, site_url):
    context = browser.new_context(color_scheme="light")
    try:
        context.add_init_script(THEME_AT_FIRST_PAINT)
        page = context.new_page()
        page.goto(f"{site_url}en/keynote.html")
        switch = page.locator("button.report-theme")
        expect(switch).to_have_attribute("aria-pressed", "false")
        assert page.evaluate("window.themeAtBody") == "light"
        assert luminance(page) > 0.9

        switch.click()
        expect(switch).to_have_attribute("aria-pressed", "true")
        assert luminance(page) < 0.05
        page.goto(f"{site_url}zh_CN/opening.html")  # another page, another language
        assert page.evaluate("window.themeAtBody") == "dark"
        expect(page.locator("button.report-theme")).to_have_attribute("aria-pressed", "true")

        page.locator("button.report-theme").click()
        page.reload()
        assert page.evaluate("window.themeAtBody") == "light"
        assert luminance(page) > 0.9
    finally:
        context.close()


# Each query is several of jieba's words with no space between them; each page named has the
# whole phrase in its text.
CHINESE_PHRASES = [
    ("智能制造发展", "keynote.html"),
    ("数字化转型升级", "work-report.html"),
    ("人形机器人技术", "keynote.html"),
]


@pytest.mark.parametrize(("phrase", "expected"), CHINESE_PHRASES)
def test_a_chinese_phrase_finds_its_pages(site_url, page, phrase, expected):
    search = f"{site_url}zh_CN/search.html"
    results = search_results(page, search, quote(phrase))
    assert any(url.split("#")[0].endswith("/" + expected) for url in results), listing(results)
    # Without the query splitter, Sphinx looks the whole phrase up as one word: no result.
    page.route(
        "**/report-search-split.js",
        lambda route: route.fulfill(body="", content_type="text/javascript"),
    )
    assert search_results(page, search, quote(phrase)) == []


def entry_text(page, url: str) -> str:
    """The definition or entry a link leads to, read from its own page: a glossary term's
    definition, or the first paragraph or list of a People or Organisations entry."""
    page.goto(url)
    return page.evaluate(
        """() => {
          const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
          const text = target.tagName === "DT" ? target.nextElementSibling
            : target.querySelector(":scope > p, :scope > ul");
          return text.innerText;
        }"""
    )


PREVIEWED = {
    "term": '[role="main"] a[href*="glossary.html#term-"]',
    "person": '[role="main"] a[href*="people.html#person-"]',
    "organisation": '[role="main"] a[href*="organisations.html#org-"]',
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", sorted(PREVIEWED))
def test_a_preview_shows_the_entry_on_hover_and_on_focus(site_url, page, language, kind):
    chapter = f"{site_url}{language}/keynote.html"
    page.goto(chapter)
    link = page.locator(PREVIEWED[kind]).first
    # Its first words; spaces aside, which joining an entry's lines may change.
    expected = "".join(entry_text(page, link.evaluate("a => a.href")).split())[:30]
    page.goto(chapter)
    link = page.locator(PREVIEWED[kind]).first
    tip = page.locator('[role="tooltip"]')

    link.hover()
    expect(tip).to_be_visible()
    assert expected in "".join(tip.inner_text().split())
    assert link.get_attribute("aria-describedby") == tip.get_attribute("id")
    page.mouse.move(0, 0)
    expect(tip).to_be_hidden()
    assert link.get_attribute("aria-describedby") is None

    link.focus()  # as the keyboard reaches it
    expect(tip).to_be_visible()
    assert expected in "".join(tip.inner_text().split())
    page.keyboard.press("Escape")
    expect(tip).to_be_hidden()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_link_to_a_section_shows_no_preview(site_url, page, language):
    page.goto(f"{site_url}{language}/keynote.html")
    # A cross-reference to a table or section, not to an entry with a text to preview.
    plain = page.locator(
        '[role="main"] a.reference.internal'
        ':not([href*="#term-"]):not([href*="#person-"]):not([href*="#org-"])'
    ).first
    plain.hover()
    page.wait_for_timeout(300)
    expect(page.locator('[role="tooltip"]')).to_be_hidden()
    assert plain.get_attribute("aria-describedby") is None


def test_on_a_phone_the_first_tap_shows_the_preview_and_the_second_follows(site_url, phone):
    page = phone
    page.goto(f"{site_url}zh_CN/keynote.html")
    link = page.locator(PREVIEWED["term"]).first
    link.tap()
    expect(page.locator('[role="tooltip"]')).to_be_visible()
    assert page.url.endswith("/keynote.html")
    assert sideways_scroll(page) == []
    link.tap()
    page.wait_for_url("**/glossary.html#term-*")


TYPOGRAPHY = """() => {
  const p = document.querySelector('[role="main"] p');
  const em = document.querySelector('[role="main"] em');
  const style = getComputedStyle(p);
  return {family: getComputedStyle(document.body).fontFamily,
          leading: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
          emphasis: em ? getComputedStyle(em).fontStyle : null,
          synthesis: em ? getComputedStyle(em).fontSynthesisStyle : null};
}"""


def test_chinese_pages_are_set_for_chinese_and_english_ones_are_not(site_url, page):
    page.goto(f"{site_url}zh_CN/index.html")
    zh = page.evaluate(TYPOGRAPHY)
    families = [name.strip().strip('"') for name in zh["family"].split(",")]
    # Simplified-Chinese system faces first, then Noto CJK SC, which Debian has.
    assert families.index("PingFang SC") < families.index("Noto Sans CJK SC"), families
    assert zh["leading"] >= 1.7, zh
    assert zh["emphasis"] == "normal" and zh["synthesis"] == "none", zh  # never a faux italic
    page.goto(f"{site_url}en/index.html")
    en = page.evaluate(TYPOGRAPHY)
    assert "PingFang SC" not in en["family"] and en["leading"] < 1.7, en
    assert en["emphasis"] == "italic", en
