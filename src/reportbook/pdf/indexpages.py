"""The page numbers of an index entry, as a back-of-book index prints them.

The index template writes one link for each place an entry stands: its definition and each
mention. Once the pages are known (render.py gives every link ``data-page``), each entry's
links become its pages, each once, in order, consecutive pages joined as a range (23–25), the
definition's page set apart and in bold. The book's index is laid out once the pages of the
rest are known (alone, last: once.py in a book of one part, typeset.py in one of parts). An
index laid out before them is an estimate: a mention stands for its section (``data-group``),
one number a section about as many as the pages will give.

The separators (", " before each page or range, "–" inside a range) are text between the
links, taken from the index section's ``data-separator`` and ``data-range`` (the language's
labels). Drawn as ``::before`` content, each was a box and a style of its own, a third of
the layout's memory in a long book's index, and WeasyPrint set lines of them too long for
their column.
"""

from dataclasses import dataclass

INDEX_CLASS = "book-index"  # the index section (pdf-index.html)
PAGES_CLASS = "index-pages"
RANGE_CLASS = "index-range"
MAIN_CLASS = "main"
SEPARATOR = "data-separator"  # on the index section: before each page or range
RANGE = "data-range"  # on the index section: between a range's first and last page


@dataclass(frozen=True)
class Run:
    first: int
    last: int
    main: bool = False


def page_runs(pages: list[tuple[int, bool]]) -> list[Run]:
    """``(page, is_definition)`` pairs as runs: each page once, in order, consecutive
    mention pages joined, a definition's page its own run (and no mention's too)."""
    mains = {page for page, main in pages if main}
    runs: list[Run] = []
    for page in sorted({page for page, main in pages if not main} - mains):
        if runs and runs[-1].last == page - 1:
            runs[-1] = Run(runs[-1].first, page)
        else:
            runs.append(Run(page, page))
    return sorted([*runs, *(Run(page, page, True) for page in mains)], key=lambda run: run.first)


def classes(element) -> list[str]:
    return (element.get("class") or "").split()


def collapse(element, counting: bool, placeholder: str = "00") -> None:
    """Each entry's links in ``element`` (an lxml/ElementTree tree) become its pages."""
    for index in [node for node in element.iter() if INDEX_CLASS in classes(node)]:
        separator, dash = index.get(SEPARATOR, ""), index.get(RANGE, "")
        for pages in [node for node in index.iter("span") if PAGES_CLASS in classes(node)]:
            links = [child for child in pages if child.tag == "a"]
            for child in list(pages):
                pages.remove(child)
            items = estimate(links, placeholder) if counting else numbered(pages, links, dash)
            pages.text = separator if items else None
            for item in items:
                item.tail = separator
                pages.append(item)
            if items:
                items[-1].tail = None


def estimate(links: list, placeholder: str) -> list:
    """One link for each definition and each section mentioned, while pages are counted."""
    seen, kept = set(), []
    for link in links:
        group = None if MAIN_CLASS in classes(link) else link.get("data-group")
        if group is None or group not in seen:
            seen.add(group)
            link.text = placeholder
            kept.append(link)
    return kept


def numbered(parent, links: list, dash: str) -> list:
    """The links of each page once, consecutive ones as a range (a ``span`` of two)."""
    first_link: dict[int, object] = {}
    found = []
    for link in links:
        page = (link.get("data-page") or "").strip()  # without render.py's padding
        if not page.isdigit():
            continue  # a target the book does not have: the builder has warned
        main = MAIN_CLASS in classes(link)
        found.append((int(page), main))
        if main or int(page) not in first_link:
            first_link[int(page)] = link
    items = []
    for run in page_runs(found):
        start = first_link[run.first]
        start.text = str(run.first)
        if run.first == run.last:
            items.append(start)
            continue
        end = first_link[run.last]
        end.text, end.tail = str(run.last), None
        span = parent.makeelement("span", {"class": RANGE_CLASS})
        start.tail = dash
        span.extend([start, end])
        items.append(span)
    return items
