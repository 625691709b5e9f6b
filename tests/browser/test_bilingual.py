"""The bilingual edition in a real browser: columns on a wide screen, pairs stacked on a phone,
the one-language control, and the way there from both sites."""

import pytest

from .checks import sideways_scroll
from .sitebuild import LANGUAGES

pytestmark = pytest.mark.browser

PAGE = "bilingual/opening.html"


def sides(page):
    pair = page.locator(".bilingual-pair").first
    return pair.locator(".bilingual-source"), pair.locator(".bilingual-target")


@pytest.mark.parametrize("width", [1280, 375])
def test_columns_on_a_wide_screen_and_pairs_stacked_on_a_phone(browser, site_url, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    try:
        page = context.new_page()
        page.goto(site_url + PAGE, wait_until="load")
        source, target = sides(page)
        assert (source.get_attribute("lang"), target.get_attribute("lang")) == ("en", "zh-CN")
        left, right = source.bounding_box(), target.bounding_box()
        if width >= 1000:
            assert right["x"] >= left["x"] + left["width"], "the translation is not beside"
            assert abs(right["y"] - left["y"]) < 2, "the two columns do not start level"
        else:
            assert right["y"] >= left["y"] + left["height"] - 1, "the translation is not below"
            assert abs(right["x"] - left["x"]) < 2
        assert sideways_scroll(page) == []
    finally:
        context.close()


def test_the_control_shows_one_language_only(page, site_url):
    page.goto(site_url + PAGE, wait_until="load")
    source, target = sides(page)
    assert source.is_visible() and target.is_visible()
    page.locator(".bilingual-control input[value=source]").check()
    assert source.is_visible() and not target.is_visible()
    page.locator(".bilingual-control input[value=target]").check()
    assert target.is_visible() and not source.is_visible()
    page.locator(".bilingual-control input[value=both]").check()
    assert source.is_visible() and target.is_visible()


@pytest.mark.parametrize("language", LANGUAGES)
def test_both_sites_lead_to_the_same_page_of_the_bilingual_edition(page, site_url, language):
    page.goto(f"{site_url}{language}/opening.html", wait_until="load")
    page.locator("nav.report-bar a.report-bilingual").click()
    page.wait_for_url(site_url + PAGE)
    assert page.locator(".bilingual-pair").count() > 10
