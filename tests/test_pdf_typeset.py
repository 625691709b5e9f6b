"""How a book is cut into parts and how each part is told its page numbers."""

from contextlib import contextmanager
from pathlib import Path

import pytest

from reportbook.pdf.render import (
    LINK_SCHEME,
    Numbering,
    PartJob,
    PartLayout,
    number_links,
    sides_css,
    slices,
    typeset_part,
)
from reportbook.pdf.typeset import numbering, placeholder, plan_parts, typeset_book, what_prints


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


def test_only_a_page_number_printed_asks_for_another_layout():
    """The layouts agree when every number they print is the same, wherever an id nothing
    links to went (an index letter's heading, say)."""
    before = [PartLayout(3, {"cover": 0, "b": 2}), PartLayout(2, {"a": 0, "index-b": 1})]
    links = [PartLayout(3, {}, targets={"a"}), PartLayout(2, {}, targets={"cover"})]

    def agree(*after: PartLayout) -> bool:
        return what_prints(numbering(list(after)), links) == what_prints(numbering(before), links)

    assert agree(*before)
    assert agree(PartLayout(3, {"cover": 0, "b": 1}), PartLayout(2, {"a": 0, "index-b": 0}))
    assert not agree(PartLayout(3, {"cover": 0, "b": 2}), PartLayout(2, {"a": 1, "index-b": 1}))
    assert not agree(before[0], PartLayout(3, {"a": 0, "index-b": 1}))  # the page count
    assert not agree(PartLayout(2, {"cover": 0, "b": 1}), PartLayout(3, before[1].anchors))


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
    assert number_links(html, numbers, "000") == {"here", "there"}
    return html.findall(".//a")


def test_links_get_their_target_page_or_a_placeholder():
    counting = numbered(None)
    assert [a.get("data-page") for a in counting] == ["000", "000", None]
    # a page number as wide as the placeholder was: short ones padded with figure spaces
    printing = numbered(Numbering(1, 9, {"here": 3, "there": 7}))
    assert [a.get("data-page") for a in printing] == ["\u2007\u20073", "\u2007\u20077", None]
    longer = numbered(Numbering(1, 9999, {"here": 120, "there": 1234}))
    assert [a.get("data-page") for a in longer] == ["120", "1234", None]  # never cut
    # a link into another part goes through the join, which makes it internal again
    for links in (counting, printing):
        assert [a.get("href") for a in links] == [
            "#here",
            LINK_SCHEME + "there",
            "https://example.org/",
        ]


def test_a_chinese_cross_reference_centres_a_short_page_number():
    """ "第 8 页" centred in the room of "第 12 页" (a figure's pad split on both sides), in
    the Chinese column only; the English column's and the contents' numbers are padded before
    them, so that the contents' numbers stand in a column."""
    from xml.etree.ElementTree import fromstring

    html = fromstring(
        '<html lang="zh-CN"><body><h1 id="here">A</h1><nav class="contents">'
        '<a href="#here">A</a></nav><p><a class="xref-page" href="#here">A</a></p>'
        '<p lang="en"><a class="xref-page" href="#here">A</a></p></body></html>'
    )
    number_links(html, Numbering(1, 20, {"here": 8}), "00", centred=("zh",))
    pages = [a.get("data-page") for a in html.iter("a")]
    assert pages == ["\u20078", "\u00a08\u00a0", "\u20078"]
    number_links(html, Numbering(1, 20, {"here": 8}), "000", centred=("zh",))
    assert html.findall(".//a")[1].get("data-page") == "\u20078\u2007"
    number_links(html, Numbering(1, 20, {"here": 8}), "00")  # no language centres
    assert [a.get("data-page") for a in html.iter("a")] == ["\u20078"] * 3


def test_the_placeholder_has_as_many_digits_as_the_page_numbers_likely_will(tmp_path):
    short, long = tmp_path / "short.html", tmp_path / "long.html"
    short.write_text("x" * 140_000, "utf-8")  # the report: 39 pages
    long.write_text("中" * 5_000_000, "utf-8")  # characters, not bytes, count
    assert placeholder([short]) == "00"
    assert placeholder([short, long]) == "0000"


class Page:
    """As much of a WeasyPrint page as slicing reads: its bookmarks' levels."""

    def __init__(self, *levels: int) -> None:
        self.bookmarks = [(level, "title", (0, 0), "open") for level in levels]


@pytest.mark.parametrize(
    ("pages", "runs"),
    [
        # short enough: one slice
        ([Page()] * 45, [(0, 45)]),
        # no bookmarks (a long contents): even slices
        ([Page(1)] + [Page()] * 99, [(0, 34), (34, 67), (67, 100)]),
        # a slice starts at a top-level bookmark, never under a chapter's sections
        ([Page(1)] + [Page(2)] * 59 + [Page(1)] + [Page()] * 39, [(0, 60), (60, 100)]),
        # none may start anywhere after the first: one slice
        ([Page(1)] + [Page(2)] * 99, [(0, 100)]),
    ],
)
def test_a_long_part_is_written_in_slices_between_chapters(pages, runs):
    assert [(run.start, run.stop) for run in slices(pages)] == runs


def four_chapters(path: Path, prefix: str = "") -> Path:
    """Eight pages: four chapters of two pages, each a chapter's and a section's."""
    chapters = "".join(
        f'<h1 id="{prefix}c{n}">Chapter {n}</h1><h2 id="{prefix}s{n}">Section {n}</h2>'
        f'<p>Text {n}. <a href="#{prefix}c{(n + 1) % 4}">next</a> <a href="#{prefix}s{n}">here</a>'
        "</p>"
        for n in range(4)
    )
    path.write_text(
        "<html lang='en'><head><style>h1 { break-before: page } h2 { break-before: page }"
        f"</style></head><body><main id='{prefix}body'>{chapters}</main></body></html>",
        encoding="utf-8",
    )
    return path


def test_slices_joined_read_as_the_part_written_whole(tmp_path, monkeypatch):
    import pypdf

    from reportbook.pdf.join import join_parts

    html = four_chapters(tmp_path / "part.html")

    def typeset(name: str) -> tuple[list[Path], Path]:
        job = PartJob(html, tmp_path, "pdf/ua-1", "{page}", pdf=tmp_path / name, sliced=True)
        layout = typeset_part(job)
        book = tmp_path / f"{name}.pdf"
        join_parts(layout.files, book)
        return layout.files, book

    whole_files, whole = typeset("whole.part")
    monkeypatch.setattr("reportbook.pdf.render.SLICE_PAGES", 3)
    sliced_files, sliced = typeset("sliced.part")
    assert whole_files == [tmp_path / "whole.part"]
    # 8 pages, slices of about 3: the chapters' first pages 0, 2, 4, 6 may start one
    assert [path.name for path in sliced_files] == [
        "sliced.0.part",
        "sliced.1.part",
        "sliced.2.part",
    ]

    def read(path: Path):
        reader = pypdf.PdfReader(path)
        pages = [page.extract_text() for page in reader.pages]
        outline = [
            (item.title, reader.get_destination_page_number(item))
            if not isinstance(item, list)
            else [(sub.title, reader.get_destination_page_number(sub)) for sub in item]
            for item in reader.outline
        ]
        links = [
            (
                n,
                reader.get_destination_page_number(
                    reader.named_destinations[annot.get_object()["/Dest"]]
                ),
            )
            for n, page in enumerate(reader.pages)
            for annot in page.get("/Annots") or ()
        ]
        return pages, outline, links

    assert read(sliced) == read(whole)
    assert len(read(whole)[2]) == 8


def test_a_worker_that_dies_fails_the_build_saying_why(tmp_path):
    """A worker killed while it reads its part (as the kernel kills one out of memory) is a
    RenderError naming the likely causes, not BrokenProcessPool's traceback."""
    import os
    import signal
    import threading

    from reportbook.pdf.render import RenderError
    from reportbook.pdf.typeset import runner

    pipe = tmp_path / "part.html"  # a worker reading it waits for what is never written
    os.mkfifo(pipe)
    other = tmp_path / "other.html"
    other.write_text("<html lang='en'><body><p>Text.</p></body></html>", "utf-8")

    def kill_the_reader() -> None:
        with pipe.open("wb"):  # returns once the worker has opened the pipe to read it
            for fd in Path("/proc").glob("[0-9]*/fd/*"):
                try:
                    if os.readlink(fd) == str(pipe) and int(fd.parts[2]) != os.getpid():
                        os.kill(int(fd.parts[2]), signal.SIGKILL)
                except (OSError, ValueError):
                    continue  # a process or descriptor gone meanwhile

    killer = threading.Thread(target=kill_the_reader, daemon=True)
    killer.start()
    jobs = [PartJob(pipe, tmp_path, None, "{page}"), PartJob(other, tmp_path, None, "{page}")]
    with (
        runner(1, 2) as run,
        pytest.raises(RenderError, match="ended without a result: out of memory"),
    ):
        run(jobs)
    killer.join(timeout=10)


def embedded_faces(pdf: Path) -> list[str]:
    """The faces embedded in the book, once for each subset: a slice or a part has its own."""
    import pikepdf

    with pikepdf.open(pdf) as book:
        return sorted(
            str(item.FontName).split("+")[-1]
            for item in book.objects
            if isinstance(item, pikepdf.Dictionary) and item.get("/Type") == "/FontDescriptor"
        )


def typeset_book_of(parts: list[Path], pdf: Path, monkeypatch, **options) -> None:
    """Typeset in this process, where SLICE_PAGES is patched: a worker would import it anew."""

    @contextmanager
    def here(jobs: int, parts: int):
        yield lambda batch: [typeset_part(job) for job in batch]

    monkeypatch.setattr("reportbook.pdf.typeset.runner", here)
    typeset_book(
        parts,
        pdf,
        root=pdf.parent,
        variant="pdf/ua-1",
        page_of="{page}",
        jobs=1,
        **{"log": lambda layout: None, **options},
    )


def test_a_book_of_one_part_is_written_whole_however_long(tmp_path, monkeypatch):
    monkeypatch.setattr("reportbook.pdf.render.SLICE_PAGES", 3)
    book = tmp_path / "book.pdf"
    typeset_book_of([four_chapters(tmp_path / "book.html")], book, monkeypatch)
    # One subset of each face, as WeasyPrint wrote it: no slices, no join.
    faces = embedded_faces(book)
    assert faces and len(faces) == len(set(faces))
    assert sorted(path.name for path in tmp_path.iterdir()) == ["book.html", "book.pdf"]


def test_a_long_part_of_a_book_in_parts_is_written_in_slices(tmp_path, monkeypatch):
    # The negative case: in a book of parts, the same eight pages are three slices, each
    # with its face subset, as the second part is (slices of about 3 pages).
    monkeypatch.setattr("reportbook.pdf.render.SLICE_PAGES", 3)
    book = tmp_path / "book.pdf"
    parts = [four_chapters(tmp_path / f"{n}.html", prefix=f"p{n}-") for n in range(2)]
    typeset_book_of(parts, book, monkeypatch)
    faces = embedded_faces(book)
    assert {faces.count(face) for face in faces} == {6}


def small_book(tmp_path: Path, chapters: int) -> Path:
    """A book of ``chapters`` one-page chapters, a contents listing them (its page numbers
    printed after each link, as the print CSS does), and an index of two entries."""
    entries = "".join(f'<li><a href="#c{n}">Chapter {n}</a></li>' for n in range(1, chapters + 1))
    body = "".join(
        f'<h1 id="c{n}">Chapter {n}</h1><p id="p{n}">Text {n}.</p>' for n in range(1, chapters + 1)
    )
    index = (
        '<section class="book-index" id="genindex" data-separator=", " data-range="–">'
        "<h1>Index</h1><ul><li>first"
        '<span class="index-pages"><a class="main" href="#p1" data-group="0"></a>'
        '<a href="#p2" data-group="1"></a></span></li><li>last<span class="index-pages">'
        f'<a href="#p{chapters}" data-group="2"></a></span></li></ul></section>'
    )
    html = tmp_path / "book.html"
    html.write_text(
        "<!DOCTYPE html><html lang='en'><head><style>"
        "h1 { break-before: page } .book-index { break-before: page }"
        ' .contents a::after { content: " .. " attr(data-page) }'
        "</style></head><body>"
        f'<nav class="contents"><ul>{entries}</ul></nav><main>{body}</main>{index}</body></html>',
        encoding="utf-8",
    )
    return html


@pytest.mark.parametrize(
    ("chapters", "layouts"), [(7, ["book", "index"]), (12, ["book", "index", "book"])]
)
def test_the_numbers_printed_are_the_pages_laid_out_once_or_twice(tmp_path, chapters, layouts):
    """The contents, the index and the footers print the pages the chapters stand on. The
    placeholder is one digit here: with 7 chapters (9 pages) every number fits it, and the
    book is laid out once (its chapters, then its index alone); with 12, page 11 would not,
    and the whole book is laid out a second time, its numbers printed as text."""
    import pypdf
    from weasyprint import HTML

    from reportbook.pdf.typeset import typeset_book

    html, pdf = small_book(tmp_path, chapters), tmp_path / "book.pdf"
    made = []
    real = HTML.render

    def render(document, *args, **kwargs):
        made.append("index" if document.etree_element.find("body/main") is None else "book")
        return real(document, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(HTML, "render", render)
        typeset_book(
            [html],
            pdf,
            root=tmp_path,
            variant="pdf/ua-1",
            page_of="p. {page}/{pages}",
            jobs=1,
            log=lambda layout: None,
        )
    assert made == layouts
    pages = [page.extract_text() for page in pypdf.PdfReader(pdf).pages]
    total = chapters + 2  # the contents, the chapters, the index
    assert len(pages) == total
    contents = pages[0]
    for n in range(1, chapters + 1):
        assert f"Chapter {n} .. {n + 1}" in contents
        assert f"Text {n}." in pages[n]
    assert f"p. {total}/{total}" in pages[-1]
    assert f"first, 2, 3\nlast, {chapters + 1}" in pages[-1]


def mentions_book(tmp_path: Path, entries: int = 100, sections: int = 80) -> list[Path]:
    """A book in two parts: a chapter of short sections, all on its one page, and the index
    alone, each entry mentioned in every section (as pdf-index.html writes it). Printed, an
    entry's pages are "1"; estimated (a number for each section), they are 80 numbers."""
    style = "<style>html { font-size: 5pt } p { margin: 0 }</style>"
    chapter = "".join(f'<section><p id="m{n}">Mention {n}.</p></section>' for n in range(sections))
    links = "".join(f'<a href="#m{n}" data-group="{n}"></a>' for n in range(sections))
    items = "".join(
        f'<li>entry {n}<span class="index-pages">{links}</span></li>' for n in range(entries)
    )
    index = (
        '<section class="book-index" id="genindex" data-separator=", " data-range="–">'
        f"<ul>{items}</ul></section>"
    )
    parts = []
    for n, body in enumerate([f"<main>{chapter}</main>", index]):
        html = tmp_path / f"part-{n}.html"
        html.write_text(f"<html lang='en'><head>{style}</head><body>{body}</body></html>", "utf-8")
        parts.append(html)
    return parts


@pytest.mark.parametrize(("index_last", "layouts"), [(True, 4), (False, 6)])
def test_the_index_of_a_book_in_parts_is_counted_with_the_pages_it_lists(
    tmp_path, monkeypatch, index_last, layouts
):
    """Counted after the other parts, its page lists as they will be printed, the index
    takes the pages it is printed on, and every part is laid out twice. The negative case:
    estimated, it takes more pages while counting than printed, the page count every footer
    prints changes, and every part is laid out a third time."""
    import pypdf

    made: list[PartLayout] = []
    book = tmp_path / "book.pdf"
    typeset_book_of(
        mentions_book(tmp_path), book, monkeypatch, index_last=index_last, log=made.append
    )
    assert len(made) == layouts
    counted, printed = made[1].pages, made[-1].pages  # the index's
    assert (counted == printed == 1) if index_last else (counted > printed == 1)
    index = pypdf.PdfReader(book).pages[-1].extract_text()
    assert "entry 0, 1\n" in index and "entry 99, 1\n" in index
