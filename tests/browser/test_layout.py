"""On a phone-sized screen no page scrolls sideways (wide tables scroll inside themselves), and
no table cell spreads its characters apart to fill a narrow column."""

import pytest

from .checks import justified_cells, listing, sideways_scroll
from .sitebuild import LANGUAGES, page_names

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 667}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_scrolls_sideways_or_spreads_table_cells_on_a_phone(
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
            found = sideways_scroll(page) + justified_cells(page)
            if found:
                failures[name] = found
        assert not failures, listing(failures)
    finally:
        context.close()
