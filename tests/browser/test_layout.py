"""On a phone-sized screen no page scrolls sideways (wide tables scroll inside themselves), no
table cell spreads its characters apart to fill a narrow column, and no number in a table
breaks across lines (the key figures at 375 px: "1" over "0", 2025年3月9日 over three lines)."""

import pytest

from .checks import broken_numbers, justified_cells, listing, sideways_scroll
from .sitebuild import LANGUAGES, page_names

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 667}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_scrolls_sideways_or_breaks_table_cells_on_a_phone(
    browser, site, site_url, language
):
    context = browser.new_context(
        viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True
    )
    try:
        page = context.new_page()
        failures = {}
        for name in page_names(site, language):
            page.goto(f"{site_url}{language}/{name}", wait_until="load")
            found = sideways_scroll(page) + justified_cells(page) + broken_numbers(page)
            if found:
                failures[name] = found
        assert not failures, listing(failures)
    finally:
        context.close()


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_copyright_is_shown_on_every_screen(browser, site_url, language, width):
    # The theme hid its footer, the publisher's notice, on any screen under 1000 px.
    page = browser.new_page(viewport={"width": width, "height": 800})
    try:
        page.goto(f"{site_url}{language}/index.html", wait_until="load")
        notice = page.locator("footer div.footer")
        assert notice.is_visible() and "©2025" in notice.inner_text()
    finally:
        page.close()
