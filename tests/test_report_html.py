"""The English site of the real report: structure, cross-references and links."""

import pytest

import htmlcheck
from conftest import SOURCE

pytestmark = pytest.mark.slow

APPENDICES = {"glossary", "people", "organisations", "key-figures", "editorial-note"}


@pytest.fixture(scope="module")
def chapters(report_html) -> list[str]:
    """The report's chapters: every page in the toctree that is not an appendix."""
    return sorted(htmlcheck.toctree_documents(report_html) - APPENDICES)


def test_every_page_is_in_the_toctree(report_html):
    sources = {path.stem for path in SOURCE.glob("*.md")} - {"index"}
    assert sources, "no sources found"
    assert sources - htmlcheck.toctree_documents(report_html) == set()


def test_the_meeting_has_its_chapters(chapters):
    assert len(chapters) >= 6


def test_every_glossary_term_is_used_by_a_chapter(report_html, chapters):
    terms = htmlcheck.glossary_terms(report_html)
    assert len(terms) >= 30
    assert terms - htmlcheck.links_to(report_html, chapters, "glossary") == set()


@pytest.mark.parametrize(("page", "prefix"), [("people", "person-"), ("organisations", "org-")])
def test_every_person_and_organisation_is_linked_from_a_chapter(
    report_html, chapters, page, prefix
):
    entries = htmlcheck.entry_anchors(report_html, page, prefix)
    assert entries, f"no entries in {page}"
    assert entries - htmlcheck.links_to(report_html, chapters, page) == set()


def test_every_key_figure_is_stated_in_a_chapter(report_html, chapters):
    figures = htmlcheck.table_figures(report_html, "tbl-key-figures", "Figure")
    assert len(figures) >= 15
    assert htmlcheck.figures_missing_from(report_html, chapters, "tbl-key-figures", "Figure") == []


def test_every_internal_link_resolves(report_html):
    assert htmlcheck.broken_links(report_html, ignore=("../", "/")) == []


def test_links_are_relative_so_the_site_works_from_any_path(report_html):
    # Only the 404 page, which a server shows at any depth, may name the site root.
    rooted = {
        (page.name, a["href"])
        for page in htmlcheck.pages(report_html)
        for a in htmlcheck.load(page).find_all(href=True)
        if a["href"].startswith("/") and not a["href"].startswith("//")
    }
    assert {name for name, _ in rooted} <= {"404.html"}, rooted


def test_links_outside_the_language_point_into_the_site(report_html):
    # The switcher, the bilingual edition and the book links leave the language's folder;
    # they must stay in the site.
    outside = {
        a["href"]
        for page in htmlcheck.pages(report_html)
        for a in htmlcheck.load(page).find_all("a", href=True)
        if a["href"].startswith("../")
    }
    assert outside and all(
        href.startswith(("../zh_CN/", "../bilingual/", "../pdf/", "../epub/")) for href in outside
    )


def test_the_index_is_reachable_and_lists_people_organisations_and_terms(report_html):
    assert (report_html / "genindex.html").exists()
    assert 'href="genindex.html"' in (report_html / "index.html").read_text("utf-8")
    text = htmlcheck.load(report_html / "genindex.html").get_text(" ")
    for entry in ("Chen Dapeng", "China Garment Association", "data island"):
        assert entry in text


def test_the_index_lists_every_section_that_mentions_a_person(report_html):
    """Jiang Hengjie is defined in People and mentioned in three chapters."""
    page = htmlcheck.load(report_html / "genindex.html")
    item = next(
        li
        for li in page.select("table.indextable li")
        if li.find("a", recursive=False).get_text() == "Jiang Hengjie"
    )
    definition = item.find("a", recursive=False)
    assert definition["href"].startswith("people.html#") and definition.find("strong")
    places = [a["href"].split("#")[0] for a in item.select(".index-places a")]
    assert places == ["opening.html", "work-report.html", "keynote.html"]
