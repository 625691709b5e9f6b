"""Typeset one part of the book with WeasyPrint: lay it out, and write it when asked.

This runs in a worker process when the book has several parts, so it takes and returns only
plain data: WeasyPrint's log comes back as messages for the builder to put in Sphinx's log,
and anything WeasyPrint reports as an error, any refused URL, any attachment, is raised.
"""

import logging
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import jinja2

from . import indexpages
from .errors import PdfError
from .fonts import require_harfbuzz_subset
from .styles import css_content, css_string

WEASYPRINT_LOGGERS = ("weasyprint", "weasyprint.progress")
LINK_SCHEME = "reportbook-anchor:"  # a link to another part; join.py makes it a GoTo again
# As wide as a lining tabular figure (in Noto Serif and Sans exactly; their old-style ones
# are 0.02 em wider): pads a short page number to the placeholder's width.
FIGURE_SPACE = "\u2007"
# No space is half a figure wide: a no-break space (0.26 em in Noto Serif, whose figures are
# 0.559) on each side of a centred number comes within 0.04 em of one figure space, which
# fill.TOLERANCE allows.
HALF_FIGURE_SPACE = "\u00a0"
REFERENCE_CLASS = "xref-page"  # a link that prints its page after it (xrefs.py)
SIDES_CSS = Path(__file__).parent / "templates" / "pdf-sides.css"
# WeasyPrint builds a document's whole PDF in memory before it writes a byte: about 3 MiB a
# page of a long contents, where every pair of leader dots is a box and a tag. A part of a
# book in parts longer than this is written in slices of pages, joined afterwards like parts.
SLICE_PAGES = 45


class RenderError(PdfError):
    category = "PDF rendering error"


@dataclass
class Numbering:
    """What a part prints that depends on the others: page numbers, and where it starts."""

    first_page: int
    total: int
    pages: dict[str, int]  # id -> page in the whole book


@dataclass
class PartJob:
    html: Path
    root: Path  # the only folder WeasyPrint may read from
    variant: str | None
    page_of: str  # the footer label, "Page {page} of {pages}"
    # None: a first layout with placeholders; written (``pdf``), its numbers are filled in
    # once counted (once.py), else it only counts the pages.
    numbering: Numbering | None = None
    pdf: Path | None = None  # where to write the part; None: lay out only
    # Printed where a page number will stand while pages are counted; a printed number is
    # padded to its width, so that both layouts break lines and pages alike.
    placeholder: str = "00"
    # Whether a short number is padded (figure spaces): not where the book's figures are not
    # as wide as a figure space.
    pad: bool = True
    # The languages (primary subtags, "zh") whose cross-references centre a short number in
    # the placeholder's room, and so the footers if the book is in one of them.
    centred: tuple[str, ...] = ()
    # Whether a part longer than SLICE_PAGES is written in slices: only in a book of parts,
    # which is joined anyway. A book of one part is short enough to be written whole, and
    # needs no join.
    sliced: bool = False


@dataclass
class PartLayout:
    pages: int
    anchors: dict[str, int]  # id -> page within the part, from 0
    log: list[tuple[int, str]] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)  # the PDFs written, in order
    targets: set[str] = field(default_factory=set)  # the ids its links point to


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[tuple[int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.levelno, record.getMessage()))

    @property
    def errors(self) -> list[str]:
        return [message for level, message in self.records if level >= logging.ERROR]


@contextmanager
def weasyprint_log():
    handler = Collect()
    saved = []
    for name in WEASYPRINT_LOGGERS:
        log = logging.getLogger(name)
        saved.append((log, log.level, log.propagate))
        log.addHandler(handler)
        log.setLevel(logging.DEBUG if name.endswith("progress") else logging.INFO)
        log.propagate = False
    try:
        yield handler
    finally:
        for log, level, propagate in saved:
            log.removeHandler(handler)
            log.setLevel(level)
            log.propagate = propagate


def refuse_attachments(element) -> None:
    """``rel=attachment`` would embed a file in the PDF; the book embeds nothing."""
    for node in element.iter():
        if "attachment" in (node.get("rel") or "").lower().split():
            raise RenderError(f"refused attachment {node.get('href')!r}: the PDF embeds no files")


def number_links(
    element,
    numbering: Numbering | None,
    placeholder: str = "00",
    pad: bool = True,
    own: set[str] | None = None,
    centred: tuple[str, ...] = (),
) -> set[str]:
    """Give every internal link the page of its target, for the CSS to print
    (``attr(data-page)``); a link to another part becomes a ``reportbook-anchor:`` URI.
    A number shorter than the placeholder is padded with figure spaces: "p. 5" takes the
    room "p. 00" took while the pages were counted, so the line and page breaks found then
    hold, and the book is not laid out a third time. ``own``: the ids of the document
    typeset, if not all in ``element``; ``centred``: see ``PartJob``. Returns the ids
    linked to."""
    if own is None:
        own = ids(element)
    centre = centred_links(element, centred)
    targets = set()
    for link in element.iter("a"):
        href = link.get("href") or ""
        if not href.startswith("#"):
            continue
        target = href[1:]
        targets.add(target)
        if numbering is None:
            link.set("data-page", placeholder)
        elif target in numbering.pages:
            number = page_number(numbering.pages[target], placeholder, pad, link in centre)
            link.set("data-page", number)
        if target not in own:
            link.set("href", LINK_SCHEME + target)
    return targets


def ids(element) -> set[str]:
    return {node.get("id") for node in element.iter() if node.get("id")}


def centred_links(element, centred: tuple[str, ...]) -> set:
    """The cross-references in ``element`` whose language (their nearest ``lang``'s primary
    subtag) centres a short page number: in the bilingual book, the Chinese column's, not the
    English one's "(see p.  5)". The contents' numbers stand in a column: never centred."""
    found = set()
    stack = [(element, "")]
    while stack and centred:
        node, language = stack.pop()
        language = (node.get("lang") or language).split("-")[0].lower()
        if node.tag == "a" and REFERENCE_CLASS in (node.get("class") or "").split():
            if language in centred:
                found.add(node)
        stack.extend((child, language) for child in node)
    return found


def centres(element, centred: tuple[str, ...]) -> bool:
    """Whether the book (its root's ``lang``) centres a short number, as in its footers."""
    return (element.get("lang") or "").split("-")[0].lower() in centred


def page_number(page: int, placeholder: str, pad: bool, centre: bool = False) -> str:
    """A page number as printed, padded to the placeholder's width if the language pads:
    figure spaces before it, or (``centre``) as many on each side, one figure's pad split
    into two half-figure spaces."""
    number = str(page)
    short = len(placeholder) - len(number)
    if not pad or short <= 0:
        return number
    if not centre:
        return FIGURE_SPACE * short + number
    side = FIGURE_SPACE * (short // 2) + HALF_FIGURE_SPACE * (short % 2)
    return side + number + side


def sides_css(job: PartJob, first: int | None = None) -> str:
    """The page number the part starts at (``first``, else its numbering's), and which of its
    pages are left-hand pages: its first page is a left-hand one when the book numbers it
    even. The footer prints the placeholder for the page count until it is known."""
    numbering = job.numbering
    first = first or (numbering.first_page if numbering else 1)
    total = css_string(str(numbering.total)) if numbering else css_string(job.placeholder)
    verso, recto = ("left", "right") if first % 2 else ("right", "left")
    # A Jinja template, as the builder's others; its values are numbers, page sides and CSS
    # strings made here, so nothing needs escaping.
    return jinja2.Template(SIDES_CSS.read_text("utf-8")).render(
        first=first,
        verso=verso,
        recto=recto,
        page_of=css_content(job.page_of, page="counter(page)", pages=total),
    )


def add_style(element, css: str) -> None:
    """An author style sheet, last in the head: style sheets given to ``render`` would be the
    user's, which the print CSS overrides."""
    head = element.find("head")
    style = head.makeelement("style", {})
    style.text = css
    head.append(style)


def check_variant(variant: str | None) -> None:
    from weasyprint.pdf import VARIANTS

    if variant not in (None, *VARIANTS):
        raise RenderError(
            f"pdf_variant {variant!r}: this WeasyPrint offers {', '.join(sorted(VARIANTS))}"
        )


@contextmanager
def typesetting(variant: str | None):
    """WeasyPrint's log collected, and what it reports as an error raised as a RenderError."""
    from weasyprint.urls import FatalURLFetchingError

    require_harfbuzz_subset()
    check_variant(variant)
    with weasyprint_log() as log:
        try:
            yield log
        except FatalURLFetchingError as error:
            raise RenderError(str(error.__cause__ or error)) from None
        except RecursionError:
            raise RenderError(
                "the book is nested too deeply for WeasyPrint's layout; "
                "lower pdf_max_depth or flatten the source"
            ) from None
    if log.errors:
        raise RenderError("WeasyPrint: " + "\n".join(log.errors))


def load(job: PartJob):
    """The part's HTML as WeasyPrint parses it, refused if it would attach a file."""
    # WeasyPrint is imported only when a book is made: it costs every other build ~0.7 s.
    from weasyprint import HTML

    from .fetcher import BuildOnlyFetcher

    html = HTML(filename=job.html, url_fetcher=BuildOnlyFetcher(job.root))
    refuse_attachments(html.etree_element)
    return html


def prepare(element, job: PartJob, own: set[str] | None = None) -> set[str]:
    """Number the links, collapse the index, add the sides; returns the ids linked to.
    ``own``: the ids of the document typeset, if not all in ``element``."""
    targets = number_links(element, job.numbering, job.placeholder, job.pad, own, job.centred)
    indexpages.collapse(element, job.numbering is None, job.placeholder)
    add_style(element, sides_css(job))
    return targets


def lay_out(html, variant: str | None, log: Collect):
    """WeasyPrint's layout of the HTML: a Document, its pages laid out, nothing written."""
    document = html.render(pdf_variant=variant)
    if document.metadata.attachments:
        raise RenderError("refused attachments: the PDF embeds no files")
    if log.errors:
        raise RenderError("WeasyPrint: " + "\n".join(log.errors))
    return document


def first_pages(pages) -> dict[str, int]:
    """The page (from 0) each id first stands on."""
    anchors: dict[str, int] = {}
    for number, page in enumerate(pages):
        for anchor in page.anchors:
            anchors.setdefault(anchor, number)
    return anchors


def typeset_part(job: PartJob) -> PartLayout:
    if job.numbering is None and job.pdf is not None:
        from .once import typeset_once  # one layout, its numbers filled in

        return typeset_once(job)
    with typesetting(job.variant) as log:
        html = load(job)
        targets = prepare(html.etree_element, job)
        document = lay_out(html, job.variant, log)
        files = [] if job.pdf is None else write_slices(document, job)
    return PartLayout(len(document.pages), first_pages(document.pages), log.records, files, targets)


def slices(pages) -> list[range]:
    """The runs of pages to write one at a time: none longer than SLICE_PAGES if it can be
    helped, as even as may be, each starting where the next bookmark is a top-level one (or
    none follows), so that the slices' outlines put together are the part's."""
    count = len(pages)
    top = min((level for page in pages for level, *_ in page.bookmarks), default=1)
    may_start = [False] * count
    following = None  # the level of the first bookmark on or after the page
    for number in reversed(range(count)):
        if pages[number].bookmarks:
            following = pages[number].bookmarks[0][0]
        may_start[number] = following in (None, top)
    starts = [0]
    while count - starts[-1] > SLICE_PAGES:
        rest = count - starts[-1]
        aim = starts[-1] + -(-rest // -(-rest // SLICE_PAGES))  # the rest cut evenly
        start = next((page for page in range(aim, count) if may_start[page]), None)
        if start is None:
            break
        starts.append(start)
    return [range(start, end) for start, end in zip(starts, [*starts[1:], count], strict=True)]


def write_slices(document, job: PartJob) -> list[Path]:
    """Write the document at ``job.pdf``, or in slices beside it if the job says so; return
    the files written. A link to an id in another slice goes by name, as between parts."""
    pdf, variant = job.pdf, job.variant
    runs = slices(document.pages) if job.sliced else [range(len(document.pages))]
    if len(runs) == 1:
        document.write_pdf(pdf, pdf_variant=variant, pdf_identifier=True, attachments=None)
        return [pdf]
    # An element over several pages is an anchor on each; the first is the one that counts,
    # and a later one would name the same id again in another slice.
    seen: set[str] = set()
    for page in document.pages:
        for anchor in [anchor for anchor in page.anchors if anchor in seen]:
            del page.anchors[anchor]
        seen.update(page.anchors)
    files = []
    for number, run in enumerate(runs):
        pages = document.pages[run.start : run.stop]
        here = {anchor for page in pages for anchor in page.anchors}
        for page in pages:
            page.links = [
                ("external", LINK_SCHEME + quote(target, safe=""), *rest)
                if kind == "internal" and target not in here
                else (kind, target, *rest)
                for kind, target, *rest in page.links
            ]
        path = pdf.with_name(f"{pdf.name.removesuffix('.part')}.{number}.part")
        document.copy(pages).write_pdf(
            path, pdf_variant=variant, pdf_identifier=True, attachments=None
        )
        files.append(path)
    return files
