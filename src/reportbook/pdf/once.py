"""Typeset a book of one part in one layout: lay it out with placeholders, fill in the numbers.

The book is laid out once, printing a placeholder ("00") wherever a page number goes. That
layout finds the page of every id; the numbers are then printed into the laid-out text where
the placeholders stand (fill.py), padded to the placeholder's width so that nothing moves,
and the PDF is written from that same layout.

The index is the exception: its page lists ("4, 7–9") can only be written once the pages are
known, and their length decides its lines. It is the book's last section and starts a page,
so it is left out of that layout and laid out after it, alone (the book's head and the
index), its page lists written; its pages follow the book's (``Document.copy``, WeasyPrint's
way of putting documents' pages together), and the footers' page count is filled in last.

Where a number cannot be filled in, the book is laid out a second time, its numbers printed
as text, as typeset.py did for every book before (and still does for a book in parts): when a
number would not take its placeholder's room (a language that does not pad its numbers; a
book with more pages than its placeholder has digits for), or the index does not start a
page, or moved an id a link prints the page of. The layout returned then has written
nothing, and counts the pages (the index's included) for the second layout. The Chinese book
is laid out once too: its page numbers are set in Noto Serif's tabular figures, a short one
centred in the placeholder's room ("第 8 页" as wide as "第 12 页"; languages.toml).

Measured on the report (alternating runs, CPU medians; docs/performance.md, "One layout"):
its clean English PDF build takes 0.73x the time two layouts took, and the PDF step 1.43x
one bare WeasyPrint render of the same HTML (1.94x before). Filling in the 215 numbers
takes about 0.15 s; the index alone (2 of 41 pages, two balanced columns) about half the time
of the other 39 pages' layout.
"""

import copy
from dataclasses import dataclass, field

from . import indexpages
from .fill import Misfit, fill_footers, fill_links
from .render import (
    Numbering,
    PartJob,
    PartLayout,
    add_style,
    centred_links,
    centres,
    first_pages,
    ids,
    lay_out,
    load,
    number_links,
    page_number,
    prepare,
    sides_css,
    typesetting,
    write_slices,
)
from .styles import label_text

DOCTYPE = "<!DOCTYPE html>\n"  # without it, the index alone would be laid out in quirks mode


def last_index(element):
    """The book's index, if it is the last thing in the body (pdf-book.html puts it there)."""
    body = element.find("body")
    last = body[-1] if body is not None and len(body) else None
    if last is not None and indexpages.INDEX_CLASS in indexpages.classes(last):
        return last
    return None


@dataclass
class Index:
    """A document of the book's index alone: the book's head, and a body of the index as it
    stood in the book, before its page lists were written."""

    alone: object
    id: str | None
    own: set[str]  # the book's ids, the index's among them
    targets: set[str] = field(default_factory=set)  # the ids its links point to

    @classmethod
    def take(cls, element) -> "Index | None":
        """The book's index, taken out of the book (``element``)."""
        index = last_index(element)
        if index is None:
            return None
        own = ids(element)
        body = element.find("body")
        body.remove(index)
        root = element.makeelement(element.tag, dict(element.attrib))
        root.append(copy.deepcopy(element.find("head")))
        root.append(body.makeelement(body.tag, dict(body.attrib)))
        root[-1].append(index)
        return cls(root, index.get("id"), own)

    def html(self, numbering: Numbering, job: PartJob) -> str:
        """The index alone, with its page lists, as an HTML document."""
        from xml.etree import ElementTree

        self.targets = number_links(
            self.alone, numbering, job.placeholder, job.pad, self.own, job.centred
        )
        indexpages.collapse(self.alone, False, job.placeholder)
        add_style(self.alone, sides_css(job, first=numbering.first_page))
        return DOCTYPE + ElementTree.tostring(self.alone, encoding="unicode", method="html")

    def starts_page(self, document) -> bool:
        """Whether the index breaks before it to a new page, left- or right-hand alike, as
        it would in the book (laid out alone, it starts one anyway)."""
        from .fill import boxes

        laid_out = (
            box
            for box in boxes(document.pages[0]._page_box)
            if box.element is not None and indexpages.INDEX_CLASS in indexpages.classes(box.element)
        )
        first = next(laid_out, None)
        return first is not None and first.style["break_before"] == "page"


def with_index(document, index: Index | None, pages: dict[str, int], job: PartJob, log):
    """The book's pages followed by its index's, laid out alone with the page numbers
    ``pages`` (ids to pages from 1); and the index's document, which holds its fonts until the
    book is written, or None if the book has no index."""
    from weasyprint import HTML

    if index is None:
        return document, None
    start = len(document.pages)
    alone = HTML(
        string=index.html(Numbering(start + 1, 0, pages), job),  # its count: filled in
        base_url=str(job.html),
        url_fetcher=document.url_fetcher,
    )
    index_document = lay_out(alone, job.variant, log)
    return document.copy(document.pages + index_document.pages), index_document


def typeset_once(job: PartJob) -> PartLayout:
    """Lay the part out once, fill in its page numbers and write it (``job.pdf``). When the
    numbers cannot be filled in (see the module's docstring), nothing is written: the layout
    returned is a count of the pages, for a second layout to print the numbers."""
    with typesetting(job.variant) as log:
        html = load(job)
        index = Index.take(html.etree_element)
        targets = prepare(html.etree_element, job, index.own if index else None)
        centre = centred_links(html.etree_element, job.centred)
        document = lay_out(html, job.variant, log)
        pages = {anchor: page + 1 for anchor, page in first_pages(document.pages).items()}
        if index is not None and index.id:
            pages[index.id] = len(document.pages) + 1  # where it will start
        # Unused but kept: the index's document holds its fonts until the book is written.
        document, index_document = with_index(document, index, pages, job, log)
        anchors = first_pages(document.pages)
        if index is not None:
            targets |= index.targets
        counted = PartLayout(len(document.pages), anchors, log.records, targets=targets)
        if index_document is not None and not index.starts_page(index_document):
            return counted
        if any(pages.get(target) != page_or_none(anchors, target) for target in targets):
            return counted  # the index moved an id a link prints the page of
        try:
            fill_links(
                document.pages,
                job.placeholder,
                lambda link: link_number(link, pages, job, link in centre),
            )
            fill_footers(
                document.pages,
                job.placeholder,
                lambda page, count: label_text(job.page_of, page=str(page), pages=count),
                page_number(
                    len(document.pages),
                    job.placeholder,
                    job.pad,
                    centres(html.etree_element, job.centred),
                ),
            )
        except Misfit:
            return counted
        counted.files = write_slices(document, job)
    return counted


def page_or_none(anchors: dict[str, int], target: str) -> int | None:
    return anchors[target] + 1 if target in anchors else None


def link_number(link, pages: dict[str, int], job: PartJob, centre: bool) -> str | None:
    """The page number a link prints after it, as the second layout would have printed it."""
    target = (link.get("href") or "").removeprefix("#")
    if target not in pages:
        return None
    return page_number(pages[target], job.placeholder, job.pad, centre)
