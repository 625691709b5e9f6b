"""The site search (Sphinx's, in the browser) finds words of each language and leads to them, and
its result summaries show every number whole."""

import shutil
from pathlib import Path
from urllib.parse import quote

import pytest

from conftest import REPO, sphinx_build

from .checks import listing, search_results
from .server import SiteServer

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


# A search result's summary is Sphinx's window of the page's text (240 characters from 120
# before the hit), moved out of any number it would cut (red team 19: a padded translation
# put the end inside 76, …增长至7...). The small root gets two paragraphs, first and last,
# padded so that Sphinx's window ends one character into a number (the first hit is the
# page's title) and starts one character into another (the hit is a word 120 after it).
ROOT = REPO / "tests" / "roots" / "test-site-zh"
SENTENCES = {
    "zh_CN": {
        "end": ("联盟", "联盟成员单位由最初的24家增长至", "76", "家。"),
        "start": ("杭州", "共有", "176", "家企业参加。", "会议在杭州举行。"),
        "filler": "在行业各方的共同努力与大力支持下，工作稳步推进，",
    },
    "en": {
        "end": ("alliance", "The alliance grew from 24 members to ", "3 million", " users. "),
        "start": ("hangzhou", "In all, ", "1,024", " firms took part. ", "It met in Hangzhou. "),
        "filler": "With the steady support of the whole industry, work moved on. ",
    },
}
# The English the Chinese paragraphs translate (the English site's are padded in the source).
ENGLISH = (
    "Membership grew from 24 to 76.",
    "In all, 176 firms took part; the meeting was in Hangzhou.",
)


def padded(text: str, length: int) -> str:
    return (text * (length // len(text) + 1))[:length]


def build_padded(tmp: Path, language: str, pads: tuple[int, int]) -> Path:
    """The small root with the two paragraphs, padded by ``pads`` characters; in Chinese, the
    padding is the translator's, in the catalog."""
    words = SENTENCES[language]
    _, end_before, end_number, end_after = words["end"]
    _, start_before, start_number, start_after, keyword = words["start"]
    filler = words["filler"]
    # The second ends in filler: there Sphinx's window ends, and that end is Sphinx's.
    after = padded(filler, pads[1]) + keyword + filler * 6
    paragraphs = (
        padded(filler, pads[0]) + end_before + end_number + end_after,
        start_before + start_number + start_after + after,
    )
    source = tmp / "src"
    shutil.copytree(ROOT, source)
    first, last = paragraphs if language == "en" else ENGLISH
    index = source / "index.md"
    title, rest = index.read_text("utf-8").split("\n", 1)
    index.write_text(f"{title}\n\n{first}\n{rest}\n{last}\n", "utf-8")
    if language != "en":
        catalog = source / "locales" / language / "LC_MESSAGES" / "index.po"
        with catalog.open("a", encoding="utf-8") as po:
            for msgid, msgstr in zip(ENGLISH, paragraphs, strict=True):
                po.write(f'\nmsgid "{msgid}"\nmsgstr "{msgstr}"\n')
    result = sphinx_build("html", tmp / "html", tmp / "doctrees", language=language, source=source)
    assert result.returncode == 0, result.stdout + result.stderr
    return tmp / "html"


SUMMARIES = """() => {
  const items = [...document.querySelectorAll("#search-results ul.search > li")];
  return items.every((li) => li.querySelector("p.context"))
    && Object.fromEntries(items.map((li) => [li.querySelector("a").getAttribute("href"),
                                             li.querySelector("p.context").textContent]));
}"""


def summaries(page, url: str, query: str, sphinx_only: bool = False) -> dict[str, str]:
    """Each result's link and summary; with ``sphinx_only``, Sphinx's own summaries."""
    page.unroute("**/report-search-summary.js")
    if sphinx_only:
        page.route(
            "**/report-search-summary.js",
            lambda route: route.fulfill(body="", content_type="text/javascript"),
        )
    search_results(page, f"{url}search.html", quote(query))
    return page.wait_for_function(SUMMARIES).json_value()


@pytest.fixture(scope="module", params=sorted(SENTENCES))
def padded_site(request, browser, tmp_path_factory):
    """The small root built twice: once to measure where Sphinx's window falls in the page's
    text, once padded so that it falls one character into each number."""
    language = request.param
    words = SENTENCES[language]
    measured = build_padded(tmp_path_factory.mktemp("measure"), language, (0, 0))
    page = browser.new_page()
    with SiteServer(measured) as url:
        page.goto(f"{url}search.html")
        text = page.evaluate(
            'async () => Search.htmlToText(await (await fetch("index.html")).text(), "")'
        )
    page.close()
    end_at = text.index(words["end"][1] + words["end"][2]) + len(words["end"][1])
    start_at = text.index(words["start"][1] + words["start"][2]) + len(words["start"][1])
    keyword_at = text.lower().index(words["start"][0])
    pads = (239 - end_at, start_at + 121 - keyword_at)  # one character into each number
    assert min(pads) >= 0, (text, pads)
    site = build_padded(tmp_path_factory.mktemp("padded"), language, pads)
    with SiteServer(site) as url:
        yield language, url


def folded(text: str) -> str:
    """A summary's words, its white space aside (ours breaks lines at blocks' edges)."""
    return "".join(text.split())


def test_a_summary_shows_a_number_it_would_cut_whole(padded_site, page):
    language, url = padded_site
    words = SENTENCES[language]
    query, _, number, _ = words["end"]
    sphinx = summaries(page, url, query, sphinx_only=True)["index.html"]
    ours = summaries(page, url, query)["index.html"]
    # Sphinx's cut leaves one character of the number ("…增长至7..."); ours shows it whole,
    # and changes nothing else (but its lines: below).
    assert sphinx.endswith(number[0] + "..."), sphinx
    assert folded(ours) == folded(sphinx.removesuffix("...") + number[1:] + "..."), ours

    query, _, number, _, _ = words["start"]
    sphinx = summaries(page, url, query, sphinx_only=True)["index.html"]
    ours = summaries(page, url, query)["index.html"]
    assert sphinx.startswith("..." + number[1:]), sphinx  # "...76家" of 176家
    assert folded(ours) == folded("..." + number[0] + sphinx.removeprefix("...")), ours


def test_a_summary_that_cuts_no_number_is_sphinxs(padded_site, page):
    language, url = padded_site
    query = SENTENCES[language]["end"][0]
    sphinx = summaries(page, url, query, sphinx_only=True)
    ours = summaries(page, url, query)
    others = {link: folded(text) for link, text in sphinx.items() if link != "index.html"}
    assert others, sphinx  # the glossary's entry
    assert {link: folded(ours[link]) for link in others} == others


def test_a_summary_breaks_its_line_where_a_block_ends(padded_site, page):
    # Red team 42: Sphinx's text runs blocks together, a term into its definition (斑马此处…,
    # "ZebraAn animal"), so two blocks' edges could read as a word neither has (年逾古 + 稀).
    language, url = padded_site
    term, definition = {"en": ("Zebra", "An animal"), "zh_CN": ("斑马", "此处用于排序")}[language]
    query = SENTENCES[language]["end"][0]
    sphinx = summaries(page, url, query, sphinx_only=True)["glossary.html"]
    ours = summaries(page, url, query)["glossary.html"]
    assert term + definition in sphinx, sphinx
    assert term + "\n" + definition in ours, ours
    shown = page.locator("#search-results p.context").last.inner_text()
    assert term + definition not in shown.replace(" ", ""), shown


def test_a_summary_with_no_hit_in_the_text_shows_where_it_is_cut(padded_site, page):
    # "industry" is looked up stemmed, "industri", which the page's text does not hold: Sphinx
    # showed the page's start after a "..." and with none at its end, where the text goes on.
    language, url = padded_site
    if language != "en":
        pytest.skip("Chinese words are looked up as they are written")
    sphinx = summaries(page, url, "industry", sphinx_only=True)["index.html"]
    ours = summaries(page, url, "industry")["index.html"]
    assert sphinx.startswith("...") and not sphinx.endswith("..."), sphinx
    # The same start, and the end the number reader moves out of 3 million.
    assert folded(ours).startswith(folded(sphinx.removeprefix("..."))), ours
    assert ours.endswith(" million..."), ours
