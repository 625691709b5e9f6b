"""The Chinese edition of the real report, built from the committed catalogs."""

import json
import re

import pypdf
import pytest

import htmlcheck
from conftest import LOCALES
from reportbook.i18n.catalogs import load_catalog
from reportbook.i18n.stats import count
from reportbook.languages import get_language
from test_pdf_checks import (
    contents_mismatches,
    font_problems,
    link_problems,
    page_footer,
    page_texts,
)

pytestmark = pytest.mark.slow
CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def reader_pages(site):
    return [
        p
        for p in htmlcheck.pages(site)
        if not p.name.startswith(("404", "search", "genindex")) and "_static" not in p.parts
    ]


@pytest.fixture(scope="module")
def zh_site(published):
    return published / "html" / "zh_CN"


def test_the_catalogs_are_complete():
    for path in sorted((LOCALES / "zh_CN" / "LC_MESSAGES").glob("*.po")):
        counts = count(path.stem, load_catalog(path, "zh_CN"))
        assert counts.translated > 0, path.name
        assert (counts.fuzzy, counts.untranslated) == (0, 0), path.name


def test_every_page_is_in_chinese(zh_site):
    for page in reader_pages(zh_site):
        main = htmlcheck.body(htmlcheck.load(page))
        # Quoted English phrases carry lang="en" on purpose; a whole block in English is an
        # untranslated passage.
        blocks = "p, li, dt, dd, td, th, h1, h2, h3, h4, caption, .report-untranslated"
        english = [
            tag.get_text(" ", strip=True)[:80]
            for tag in main.select(blocks)
            if tag.get("lang") == "en" or "report-untranslated" in tag.get("class", [])
        ]
        assert english == [], f"{page.name} shows English passages"
        for paragraph in main.find_all("p"):
            text = paragraph.get_text("", strip=True)
            if len(LATIN_WORD.findall(text)) > 3:
                assert CJK.search(text), f"{page.name}: untranslated paragraph {text[:80]!r}"


def test_pages_declare_chinese(zh_site):
    for page in reader_pages(zh_site):
        assert htmlcheck.load(page).html["lang"] == "zh-CN", page.name


def test_the_switcher_leads_to_the_same_page_both_ways(published):
    site = published / "html"
    for language, other in (("en", "zh_CN"), ("zh_CN", "en")):
        for page in reader_pages(site / language):
            links = htmlcheck.load(page).select("a.report-lang")
            assert len(links) == 1, page
            target = (page.parent / links[0]["href"]).resolve()
            same = (site / other / page.relative_to(site / language)).resolve()
            # A page only one language has (the translation status) leads home instead.
            expected = same if same.exists() else (site / other / "index.html").resolve()
            assert target == expected, f"{page} → {links[0]['href']}"
            assert target.exists(), f"{page} → {links[0]['href']}"


def test_the_same_anchors_exist_in_both_languages(published):
    site = published / "html"
    for page in reader_pages(site / "en"):
        english = {
            i
            for i in htmlcheck.ids_of(htmlcheck.load(page))
            if i.startswith(("sec-", "ch-", "term-", "person-", "org-"))
        }
        chinese = htmlcheck.ids_of(htmlcheck.load(site / "zh_CN" / page.name))
        assert english - chinese == set(), page.name


def test_every_internal_link_resolves(zh_site):
    assert htmlcheck.broken_links(zh_site, ignore=("../", "/")) == []


def test_the_search_index_holds_chinese_words(zh_site):
    text = (zh_site / "searchindex.js").read_text("utf-8")
    terms = json.loads(text[text.index("(") + 1 : text.rindex(")")])["terms"]
    for word in ("联盟", "服装", "数据", "陈大鹏"):
        assert word in terms, word


@pytest.fixture(scope="module")
def zh_pdf(published):
    return published / "pdf" / "garment-alliance-2025-zh_CN.pdf"


def test_the_chinese_book_is_in_chinese_with_its_metadata(zh_pdf):
    reader = pypdf.PdfReader(zh_pdf)
    assert reader.trailer["/Root"]["/Lang"] == "zh-CN"
    assert CJK.search(reader.metadata.title)
    cover = reader.pages[0].extract_text()
    assert "2025年3月9日" in cover and "杭州临平" in cover and "中国服装协会" in cover


def test_the_chinese_book_has_right_contents_pages_fonts_and_links(zh_pdf):
    reader = pypdf.PdfReader(zh_pdf)
    texts = page_texts(zh_pdf)
    labels = get_language("zh_CN").labels
    footer = page_footer(labels)

    def skip(line: str) -> bool:  # the footer, and the short part captions of the contents
        return bool(re.fullmatch(footer, line)) or len(line) <= 4

    assert contents_mismatches(texts, labels["pdf_contents"], skip) == []
    assert font_problems(reader) == []
    assert link_problems(reader) == []
    assert any("见第" in text for text in texts)
