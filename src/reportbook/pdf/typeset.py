"""Typeset the book in parts and print its page numbers without WeasyPrint's re-layouts.

A long book is cut into parts at chapter boundaries, each typeset as its own WeasyPrint
document, in worker processes: memory is bounded by the largest part, and parts can run side
by side (pdf_jobs). Every page number the book prints (contents, "see p. N", index, "page N
of M") is written into the HTML as text. A book of one part is laid out once, printing a
placeholder as wide as the numbers will be, and the numbers are filled into that layout
(once.py). A book in parts, or one whose numbers would not fit their placeholders, takes two:
a first layout of every part counts the pages and finds each id's page, a second prints the
numbers (padded to the placeholder's width) and writes the PDF. The index of a book in parts
is a part of its own, counted last, with its page lists printed from the other parts' pages:
their length decides its own, and so the page count every footer prints. Were a page number
to move all the same, the layouts would disagree, and the parts are typeset again until they
agree. A rebuild of a book in parts takes the last build's numbers as its first guess instead
of counting, checked the same way. In a book of parts, a part longer than render.SLICE_PAGES
is written in slices of pages, and the parts' and slices' PDFs are then joined (join.py).
"""

import glob
import json
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from ..lifeline import die_with_build
from .render import Numbering, PartJob, PartLayout, RenderError, typeset_part

MAX_PRINTS = 3  # printing passes before giving up on page numbers that keep moving
# About as many characters of HTML as a page holds (the report: 3,100 in Chinese, 3,800 in
# English, 4,100 in the bilingual book; 4,300 in the 10x book): a first guess of how many
# digits the book's page numbers have. Too few, and a number will not fit its placeholder (a
# second layout); too many, and every page number is padded by a figure's width, a gap on both
# sides of a Chinese one ("第  7  页"): the bilingual book's 75 pages were guessed at 155.
CHARS_PER_PAGE = 3500

Runner = Callable[[list[PartJob]], list[PartLayout]]
WORKER_DIED = (
    "a worker typesetting the book's parts ended without a result: out of memory (lower "
    "pdf_part_size or pdf_jobs), or Sphinx was started from a script without "
    "'if __name__ == \"__main__\":', which every worker runs again on start"
)


def plan_parts(sizes: list[int], limit: int) -> list[list[int]]:
    """Consecutive items grouped into as few parts as keep each within ``limit`` characters;
    an item larger than that is a part of its own."""
    parts: list[list[int]] = []
    size = 0
    for item, item_size in enumerate(sizes):
        if not parts or size + item_size > limit:
            parts.append([])
            size = 0
        parts[-1].append(item)
        size += item_size
    return parts


def placeholder(parts: list[Path]) -> str:
    """Zeros as many as the digits the book's page numbers will likely have: printed while
    the pages are counted, they take about the room the numbers will, so that the second
    layout agrees with the first (the check would catch it if not, at the cost of a third)."""
    chars = sum(len(part.read_text("utf-8")) for part in parts)
    return "0" * len(str(max(1, chars // CHARS_PER_PAGE)))


def numbering(layouts: list[PartLayout]) -> list[Numbering]:
    """Each part's first page, the book's page count, and the page of every id."""
    pages: dict[str, int] = {}
    firsts = []
    first = 1
    for layout in layouts:
        firsts.append(first)
        for anchor, page in layout.anchors.items():
            pages.setdefault(anchor, first + page)
        first += layout.pages
    return [Numbering(start, first - 1, pages) for start in firsts]


def what_prints(numbers: list[Numbering], layouts: list[PartLayout]) -> list[tuple]:
    """What the parts print of their numbering: where each starts, the page count, and the
    page of every id a link points to. An id nothing links to (an index letter's, say) may
    move from one layout to the next without a page number changing."""
    targets = set().union(*(layout.targets for layout in layouts))
    return [
        (part.first_page, part.total, {target: part.pages.get(target) for target in targets})
        for part in numbers
    ]


def recall(path: Path | None, parts: int) -> list[PartLayout] | None:
    """The pages and ids of each part as the last build left them, if it had as many parts."""
    if path is None:
        return None
    try:
        saved = json.loads(path.read_text("utf-8"))
        layouts = [PartLayout(int(part["pages"]), dict(part["anchors"])) for part in saved]
    except (OSError, ValueError, TypeError, KeyError):
        return None  # none yet, or not ours: the pages are counted, as on a first build
    return layouts if len(layouts) == parts else None


def remember(path: Path, layouts: list[PartLayout]) -> None:
    parts = [{"pages": layout.pages, "anchors": layout.anchors} for layout in layouts]
    path.write_text(json.dumps(parts, ensure_ascii=False, sort_keys=True), "utf-8")


@contextmanager
def runner(jobs: int, parts: int) -> Iterator[Runner]:
    """Parts typeset in this process when there is one, else in ``jobs`` workers, a fresh
    one for each part: WeasyPrint's memory grows from one document to the next. Workers
    are forked from a server that has imported WeasyPrint once (spawning each would import
    it again, ~2 s a part); never from the Sphinx process, whose memory they would share
    and count."""
    if parts == 1:
        yield lambda batch: [typeset_part(job) for job in batch]
        return
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        # serverlife: the server and its workers end with the build, even mid-start.
        preload = [f"{__package__}.serverlife", typeset_part.__module__, "weasyprint"]
        context.set_forkserver_preload(preload)
    pool = ProcessPoolExecutor(
        max_workers=min(jobs, parts),
        mp_context=context,
        max_tasks_per_child=1,
        initializer=die_with_build,
        initargs=(os.getpid(),),
    )

    def run(batch: list[PartJob]) -> list[PartLayout]:
        try:
            return list(pool.map(typeset_part, batch))
        except BrokenProcessPool:
            raise RenderError(WORKER_DIED) from None

    try:
        yield run
    except BaseException:
        # Interrupted or failed: the workers stop now, not when their part is done. The pool
        # is shut first, so that it starts no worker in place of one that ends.
        workers = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in workers:
            process.terminate()
        for process in workers:
            process.join()
        raise
    pool.shutdown(wait=True)


def print_numbers(
    run: Runner,
    jobs_for: Callable[[list[Numbering]], list[PartJob]],
    numbers: list[Numbering],
    prints: int,
    log: Callable[[PartLayout], None],
) -> list[PartLayout]:
    """Lay the parts out with their numbers as text and write them, again while a number
    printed moved."""
    for _ in range(prints):
        printed = run(jobs_for(numbers))
        for layout in printed:
            log(layout)
        settled = numbering(printed)
        if what_prints(settled, printed) == what_prints(numbers, printed):
            return printed
        numbers = settled
    raise RenderError(f"page numbers still moved after {prints} layouts of the book")


def counted_after(job: PartJob, counted: list[PartLayout]) -> PartJob:
    """The job counting the index's pages: laid out with its page lists, as printed, from the
    pages of the parts before it. An estimate would not do: the length of the lists decides
    the index's, and a page count off by one is every footer printed again."""
    before = numbering(counted)[-1]
    # Its footers print the pages before it as the count, not yet known: they take no room
    # from the text, and this layout is not written.
    return replace(job, numbering=Numbering(before.total + 1, before.total, before.pages))


def typeset_book(
    parts: list[Path],
    pdf: Path,
    *,
    root: Path,
    variant: str | None,
    page_of: str,
    jobs: int,
    log: Callable[[PartLayout], None],
    remembered: Path | None = None,
    pad: bool = True,
    centred: tuple[str, ...] = (),
    index_last: bool = False,
) -> None:
    """Typeset the parts (HTML files) into ``pdf``; ``log`` gets each layout's messages.
    ``remembered`` keeps each part's pages and ids from one build to the next: the last
    build's numbers are the first guess, so that an edit is typeset once, not counted first.
    ``pad`` and ``centred``: how a short page number is padded (see ``PartJob``);
    ``index_last``: the last part is the book's index alone, counted after the others."""
    outputs = [pdf.with_name(f"{pdf.name}.{n}.part") for n in range(len(parts))]
    leftovers = f"{glob.escape(pdf.name)}.*.part"  # parts, and their slices (render.py)
    try:
        with runner(jobs, len(parts)) as run:
            # Also the width printed numbers are padded to, clean build or not: a rebuild
            # prints what a clean build of the same HTML does.
            width = placeholder(parts)
            # One part: laid out once and written, its numbers filled in (once.py), unless
            # they would not fit. Several: counted first, or the last build's count recalled.
            once = len(parts) == 1
            counted = None if once else recall(remembered, len(parts))
            prints = MAX_PRINTS + (counted is not None)  # a guess takes one print more
            if counted is None:
                counting = [
                    PartJob(
                        html,
                        root,
                        variant,
                        page_of,
                        pdf=outputs[n] if once else None,
                        placeholder=width,
                        pad=pad,
                        centred=centred,
                    )
                    for n, html in enumerate(parts)
                ]
                if index_last and not once:
                    counted = run(counting[:-1])
                    counted += run([counted_after(counting[-1], counted)])
                else:
                    counted = run(counting)
                for layout in counted:
                    log(layout)
            printed = counted
            if not all(layout.files for layout in counted):  # counted, not yet printed

                def printing(numbers: list[Numbering]) -> list[PartJob]:
                    return [
                        PartJob(
                            html,
                            root,
                            variant,
                            page_of,
                            numbers[n],
                            outputs[n],
                            placeholder=width,
                            pad=pad,
                            centred=centred,
                            sliced=len(parts) > 1,
                        )
                        for n, html in enumerate(parts)
                    ]

                printed = print_numbers(run, printing, numbering(counted), prints, log)
        if remembered is not None:
            remember(remembered, printed)
        files = [file for layout in printed for file in layout.files]
        if len(files) == 1:
            # Written aside, then moved: a half-written PDF must not pass for an up-to-date one.
            files[0].replace(pdf)
        else:
            from .join import join_parts  # pikepdf, only for a book in parts

            join_parts(files, pdf)
    finally:
        for leftover in pdf.parent.glob(leftovers):
            leftover.unlink()
