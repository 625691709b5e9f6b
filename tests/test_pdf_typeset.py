"""How a book is cut into parts and how each part is told its page numbers."""

from pathlib import Path

import pytest

from reportbook.pdf.render import (
    LINK_SCHEME,
    Numbering,
    PartJob,
    PartLayout,
    number_links,
    sides_css,
)
from reportbook.pdf.typeset import numbering, placeholder, plan_parts


@pytest.mark.parametrize(
    ("sizes", "limit", "parts"),
    [
        ([10, 20, 30], 100, [[0, 1, 2]]),  # the whole book fits: one part
        ([40, 40, 40, 10], 100, [[0, 1], [2, 3]]),
        ([250, 10, 10], 100, [[0], [1, 2]]),  # an item larger than a part is a part alone
        ([10, 250, 10], 100, [[0], [1], [2]]),
    ],
)
def test_parts_are_runs_of_whole_items(sizes, limit, parts):
    assert plan_parts(sizes, limit) == parts


def test_numbering_counts_on_from_part_to_part():
    layouts = [
        PartLayout(pages=3, anchors={"cover": 0, "contents": 1}),
        PartLayout(pages=4, anchors={"chapter-2": 0, "table": 3}),
        PartLayout(pages=2, anchors={"genindex": 0}),
    ]
    numbers = numbering(layouts)
    assert [n.first_page for n in numbers] == [1, 4, 8]
    assert {n.total for n in numbers} == {9}
    assert numbers[0].pages == {
        "cover": 1,
        "contents": 2,
        "chapter-2": 4,
        "table": 7,
        "genindex": 8,
    }


def job(first_page: int | None) -> PartJob:
    numbers = None if first_page is None else Numbering(first_page, 120, {})
    return PartJob(Path("part.html"), Path("."), None, "Page {page} of {pages}", numbers)


def test_a_part_starting_on_an_even_page_starts_on_a_left_hand_page():
    odd, even = sides_css(job(5)), sides_css(job(8))
    assert "counter-reset: page 5" in odd and "counter-reset: page 8" in even
    # WeasyPrint takes every part's first page for a right-hand one: the sides swap.
    assert "@page :left {\n  margin-left: 20mm" in odd
    assert "@page :right {\n  margin-left: 20mm" in even
    assert '"Page " counter(page) " of " "120"' in odd


def numbered(numbers: Numbering | None):
    """The links of a small page after number_links, as each layout parses it afresh."""
    from xml.etree.ElementTree import fromstring

    html = fromstring(
        '<html><body><h1 id="here">A</h1><a href="#here">in</a> <a href="#there">out</a>'
        ' <a href="https://example.org/">web</a></body></html>'
    )
    number_links(html, numbers, "000")
    return html.findall(".//a")


def test_links_get_their_target_page_or_a_placeholder():
    counting = numbered(None)
    assert [a.get("data-page") for a in counting] == ["000", "000", None]
    printing = numbered(Numbering(1, 9, {"here": 3, "there": 7}))
    assert [a.get("data-page") for a in printing] == ["3", "7", None]
    # a link into another part goes through the join, which makes it internal again
    for links in (counting, printing):
        assert [a.get("href") for a in links] == [
            "#here",
            LINK_SCHEME + "there",
            "https://example.org/",
        ]


def test_the_placeholder_has_as_many_digits_as_the_page_numbers_likely_will(tmp_path):
    short, long = tmp_path / "short.html", tmp_path / "long.html"
    short.write_text("x" * 140_000, "utf-8")  # the report: 39 pages
    long.write_text("中" * 5_000_000, "utf-8")  # characters, not bytes, count
    assert placeholder([short]) == "00"
    assert placeholder([short, long]) == "0000"
