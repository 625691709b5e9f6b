"""The site search (Sphinx's, in the browser) finds words of each language and leads to them."""

from urllib.parse import quote

import pytest

from .checks import listing, search_results

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("language", "word"), [("en", "Alliance"), ("zh_CN", "联盟")])
def test_search_finds_a_word_and_its_results_open_the_page(site_url, page, language, word):
    results = search_results(page, f"{site_url}{language}/search.html", quote(word))
    assert results, f"no result for {word!r}"
    wrong = []
    for url in results[:3]:
        page.goto(url, wait_until="domcontentloaded")
        main = page.locator('[role="main"]').inner_text()
        if f"/{language}/" not in page.url or word.lower() not in main.lower():
            wrong.append(page.url)
    assert not wrong, listing(wrong)
    # One real click from the results list.
    search_results(page, f"{site_url}{language}/search.html", quote(word))
    page.locator("#search-results ul.search li a").first.click()
    page.wait_for_load_state("domcontentloaded")
    assert word.lower() in page.locator('[role="main"]').inner_text().lower()
