"""The index lists every mention of a person or a term, not only its definition: on the site
one link a section, in the PDF the pages, each once, as ranges, the definition's in bold."""

import re
import shutil
from io import StringIO
from pathlib import Path
from xml.etree import ElementTree

import pdfplumber
import pytest
from bs4 import BeautifulSoup
from sphinx.testing.util import SphinxTestApp

from reportbook.pdf.indexpages import Run, collapse, page_runs
from test_pdf_checks import page_texts

EPOCH = "1741478400"
NAME = "Ada Lovelace"


def build(rootdir: Path, tmp: Path, builder: str, **overrides) -> SphinxTestApp:
    srcdir = tmp / "src"
    shutil.copytree(rootdir / "test-index-mentions", srcdir)
    app = SphinxTestApp(
        builder, srcdir=srcdir, status=StringIO(), warning=StringIO(), confoverrides=overrides
    )
    try:
        app.build()
    finally:
        app.cleanup()
    return app


@pytest.fixture(scope="module")
def site(rootdir, tmp_path_factory):
    app = build(rootdir, tmp_path_factory.mktemp("index-html"), "html")
    assert not app._warning.getvalue()
    return BeautifulSoup((Path(app.outdir) / "genindex.html").read_text("utf-8"), "html.parser")


def entry(soup: BeautifulSoup, name: str):
    """(the name's link, [(place, href), ...]) of an entry of the site's index."""
    for item in soup.select("table.indextable li"):
        first = item.find("a", recursive=False)
        if first is not None and first.get_text() == name:
            places = [(a.get_text(), a["href"]) for a in item.select(":scope > .index-places a")]
            return first, places
    raise AssertionError(f"{name!r} is not in the index")


def test_the_site_lists_the_definition_then_each_section_that_mentions(site):
    name, places = entry(site, NAME)
    assert name["href"].startswith("people.html#index-")
    assert name.find("strong") is not None  # the definition, in bold
    # Two mentions in one section are one place; the order is the book's.
    assert places == [
        ("1 Chapter one", "one.html"),
        ("1.1 Section two", "one.html#section-two"),
        ("2.1 Part 1", "two.html#part-1"),
        ("2.2 Part 2", "two.html#part-2"),
        ("2.3 Part 3", "two.html#part-3"),
    ]


def test_mentions_between_entries_are_no_places(site):
    # Charles Babbage is named only in Ada Lovelace's entry; shuttle only in a definition.
    assert entry(site, "Charles Babbage")[1] == []
    assert entry(site, "shuttle")[1] == []
    assert entry(site, "loom")[1] == [("1 Chapter one", "one.html")]


def test_only_index_entries_are_indexed(site):
    text = site.select_one("[role=main]").get_text(" ")
    assert "Nobody Indexed" not in text  # a section of People without an index entry
    assert "Officials" not in text
    assert "Chapter two" not in text  # a {ref} to a chapter is no mention


def test_without_entry_documents_only_terms_are_mentions(rootdir, tmp_path):
    app = build(rootdir, tmp_path, "html", report_index_entry_documents=[])
    soup = BeautifulSoup((Path(app.outdir) / "genindex.html").read_text("utf-8"), "html.parser")
    name, places = entry(soup, NAME)
    assert places == [] and name.find("strong") is None
    assert entry(soup, "loom")[1] == [("1 Chapter one", "one.html")]


def test_an_unknown_entry_document_is_reported(rootdir, tmp_path):
    app = build(rootdir, tmp_path, "html", report_index_entry_documents=["people", "nope"])
    assert "report_index_entry_documents: there is no document 'nope'" in app._warning.getvalue()


# The PDF


@pytest.fixture(scope="module")
def book(rootdir, tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
        app = build(rootdir, tmp_path_factory.mktemp("index-pdf"), "pdf")
    assert not app._warning.getvalue()
    return Path(app.outdir) / "indexed-book-en.pdf"


def index_line(texts: list[str], name: str) -> str:
    lines = [line for line in texts[-1].splitlines() if name in line]
    assert len(lines) == 1, lines
    return re.search(rf"{name}, ((?:\d+(?:–\d+)?, )*\d+(?:–\d+)?)", lines[0])[1]


def printed(runs: list[Run]) -> str:
    return ", ".join(f"{r.first}–{r.last}" if r.last > r.first else str(r.first) for r in runs)


def test_the_pdf_index_prints_every_page_that_mentions_once_as_ranges(book):
    texts = page_texts(book)
    people = next(n for n, text in enumerate(texts, 1) if text.startswith("People"))
    mentioned = [n for n, text in enumerate(texts[: people - 1], 1) if NAME in text]
    assert len(mentioned) >= 3, "the root no longer spreads the mentions over pages"
    expected = page_runs([(page, False) for page in mentioned] + [(people, True)])
    assert any(run.last > run.first for run in expected), "no range to print"
    assert index_line(texts, NAME) == printed(expected)
    # The glossary term: its chapter's page and its definition's, nothing from the glossary.
    glossary = next(n for n, text in enumerate(texts, 1) if text.startswith("Glossary"))
    assert index_line(texts, "loom") == f"{mentioned[0]}, {glossary}"
    assert index_line(texts, "shuttle") == str(glossary)


def test_the_definitions_pages_are_bold_and_only_they(book):
    texts = page_texts(book)
    people = next(n for n, text in enumerate(texts, 1) if text.startswith("People"))
    glossary = next(n for n, text in enumerate(texts, 1) if text.startswith("Glossary"))
    with pdfplumber.open(book) as pdf:
        chars = [c for c in pdf.pages[-1].chars if c["text"] in "0123456789,–"]
    bold = "".join(c["text"] if "Bold" in c["fontname"] else " " for c in chars).split()
    # Ada's and Charles's definitions in People, the terms' in the Glossary; no separator.
    assert sorted(set(bold)) == sorted({str(people), str(glossary)})
    assert any("Bold" not in c["fontname"] and c["text"].isdigit() for c in chars)


def test_a_book_in_parts_sets_its_index_alone_last_and_prints_it_the_same(rootdir, tmp_path, book):
    """Cut into parts, the book's index is a part of its own (typeset.py counts it after the
    others, with their pages) and starts on the page after the last chapter: no blank page
    before it, every page as in the book of one part."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
        app = build(rootdir, tmp_path, "pdf", pdf_part_size=2000)
    assert not app._warning.getvalue()
    parts = sorted((Path(app.outdir) / "_html" / "en").glob("book-part-*.html"))
    assert len(parts) >= 3
    last = parts[-1].read_text("utf-8")
    assert 'class="book-index"' in last and "<main" not in last
    assert all('class="book-index"' not in part.read_text("utf-8") for part in parts[:-1])

    # Leaders aside: a book in parts pads its page numbers to more digits (its parts' HTML
    # is longer), so the contents' leaders are a dot or two shorter.
    def read(pdf: Path) -> list[str]:
        return [re.sub(r"\.{2,}", " ", text) for text in page_texts(pdf)]

    assert read(Path(app.outdir) / "indexed-book-en.pdf") == read(book)


# The page numbers, from the links the template writes


def test_page_runs():
    assert page_runs([(4, False), (4, False), (5, False), (7, False), (9, True)]) == [
        Run(4, 5),
        Run(7, 7),
        Run(9, 9, True),
    ]
    # The definition's page is its own, bold, and breaks a run; a mention there is dropped.
    assert page_runs([(3, False), (4, True), (4, False), (5, False)]) == [
        Run(3, 3),
        Run(4, 4, True),
        Run(5, 5),
    ]
    assert page_runs([]) == []


def index_html(pages: list[tuple[str, str, str]]) -> ElementTree.Element:
    links = "".join(
        f'<a class="{main}" href="#{i}" data-group="{group}" data-page="{page}"></a>'
        for i, (page, main, group) in enumerate(pages)
    )
    return ElementTree.fromstring(
        '<section class="book-index" data-separator=", " data-range="–">'
        f'<span class="index-pages">{links}</span></section>'
    )


def test_collapse_prints_each_page_once_with_ranges():
    tree = index_html([("9", "main", "d"), ("4", "", "a"), ("5", "", "a"), ("4", "", "b")])
    collapse(tree, counting=False)
    assert ElementTree.tostring(tree[0], encoding="unicode") == (
        '<span class="index-pages">, <span class="index-range">'
        '<a class="" href="#1" data-group="a" data-page="4">4</a>–'
        '<a class="" href="#2" data-group="a" data-page="5">5</a></span>, '
        '<a class="main" href="#0" data-group="d" data-page="9">9</a></span>'
    )


def test_the_separators_are_the_index_sections_text_between_the_links():
    """Text, not generated content: a box and a style less for each page of a long index."""
    tree = index_html([("4", "", "a"), ("7", "", "b"), ("8", "", "b")])
    tree.set("data-separator", "，")
    tree.set("data-range", "～")
    collapse(tree, counting=False)
    assert "".join(tree.itertext()) == "，4，7～8"
    assert [a.text for a in tree.iter("a")] == ["4", "7", "8"]  # each link its number alone


def test_an_entry_with_no_page_prints_no_separator():
    tree = index_html([("", "", "a")])  # a target the book does not have
    collapse(tree, counting=False)
    assert "".join(tree.itertext()) == ""
    assert list(tree.iter("a")) == []


def test_collapse_reads_numbers_padded_to_the_placeholders_width():
    pad = "\u2007"
    tree = index_html([(pad + "9", "", "a"), ("10", "", "b"), (pad + pad, "", "c")])
    collapse(tree, counting=False)
    assert [a.text for a in tree.iter("a")] == ["9", "10"]  # a blank number is no page


def test_while_counting_each_section_stands_for_a_page():
    tree = index_html([("0", "main", "d"), ("0", "", "a"), ("0", "", "a"), ("0", "", "b")])
    collapse(tree, counting=True, placeholder="00")
    assert [a.text for a in tree.iter("a")] == ["00", "00", "00"]
    assert [a.get("href") for a in tree.iter("a")] == ["#0", "#1", "#3"]
    assert "".join(tree.itertext()) == ", 00, 00, 00"


OLD_SEPARATORS = (  # as language.css drew them until the separators were text
    '.index-pages > *::before { content: ", " } .index-range > a + a::before { content: "–" }'
)


@pytest.mark.parametrize("as_text", [True, False])
def test_a_list_of_ranges_wraps_in_its_column(tmp_path, as_text):
    """An entry's 40 ranges ("2–3, 5–6, ...") wrap between ranges, in their column. The
    negative case: drawn as ``::before`` content, the separator before a range was inside its
    unbreakable span, and the ranges ran on as one line across the other column and off the
    page (the 10× and 50× books' index)."""
    from reportbook.pdf.render import Numbering, PartJob, typeset_part

    pages = [page for n in range(40) for page in (3 * n + 2, 3 * n + 3)]
    links = "".join(f'<a href="#m{n}" data-group="{n}"></a>' for n in range(len(pages)))
    separators = ' data-separator=", " data-range="–"' if as_text else ""
    html = tmp_path / "index.html"
    html.write_text(
        "<html lang='en'><head><meta charset='utf-8'><style>@page { margin: 20mm }"
        " .index-columns { columns: 2; column-gap: 8mm } .index-range { white-space: nowrap }"
        f" {'' if as_text else OLD_SEPARATORS}</style></head><body>"
        f'<section class="book-index"{separators}><div class="index-columns"><ul><li>entry'
        f'<span class="index-pages">{links}</span></li></ul></div></section></body></html>',
        "utf-8",
    )
    numbers = Numbering(1, 200, {f"m{n}": page for n, page in enumerate(pages)})
    typeset_part(PartJob(html, tmp_path, None, "", numbers, tmp_path / "index.pdf"))
    with pdfplumber.open(tmp_path / "index.pdf") as pdf:
        page = pdf.pages[0]
        text = page.extract_text()
        gap = (page.width / 2 - 4 * 72 / 25.4, page.width / 2 + 4 * 72 / 25.4)
        across = [c for c in page.chars if c["x1"] > gap[0] and c["x0"] < gap[1]]
        beyond = [c for c in page.chars if c["x1"] > page.width - 20 * 72 / 25.4 + 0.5]
    assert "2–3, 5–6" in " ".join(text.split())
    assert (not across and not beyond) if as_text else (across and beyond)
