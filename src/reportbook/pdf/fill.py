"""Print the page numbers into a book already laid out, where its placeholders stand.

The book is laid out once with a placeholder ("00") wherever a page number goes: in the
contents and beside a cross-reference (the CSS's ``attr(data-page)`` after a link, a text box
of the ``a::after`` pseudo-element; before a quoted title in Chinese, of ``a::before``), and
in the footer's "page N of M" (a text box of a page margin). Once the pages are known, each
placeholder is replaced in its text box: the text and the text of its Pango layout, which
WeasyPrint shapes again when it draws the box, so the glyphs printed are the number's.
Nothing moves: a number padded to the placeholder's width takes the room the placeholder
took. The Chinese book's numbers too: they are set in a Latin face's tabular figures
(``page_number_fonts`` in languages.toml), as the CJK face's are proportional.

A number that would not take that room (wider than the placeholder, or narrower by more
than TOLERANCE: a language that does not pad, or whose page-number face has no figures of
one width; a book longer than its placeholder counted) is not printed there: ``fill`` raises
``Misfit``, and the book is laid out again with the numbers as text instead, as it was
before one layout sufficed.
"""

from collections.abc import Callable, Iterator

# How far a number's width may differ from its placeholder's: old-style tabular figures (Noto
# Serif's) are 0.02 em wider than the figure space a short number is padded with, and the two
# no-break spaces that centre a Chinese one (render.HALF_FIGURE_SPACE) 0.04 em narrower.
TOLERANCE = 0.05  # em


class Misfit(Exception):
    """A page number would not fit where its placeholder stood."""


def boxes(box) -> Iterator:
    yield box
    for child in getattr(box, "children", None) or ():
        yield from boxes(child)


def width(text: str, style) -> float:
    """The text's width in the box's style, as WeasyPrint measures a line."""
    from weasyprint.text.line_break import create_layout, line_size

    layout = create_layout(text, style, None, None, 0)
    line, _ = layout.get_first_line()
    measured, _ = line_size(line, style)
    layout.deactivate()
    return measured


def replace(box, old: str, new: str) -> None:
    """``old`` becomes ``new`` in the text box, if it takes the same room."""
    text = box.text.replace(old, new)
    difference = width(text, box.style) - width(box.text, box.style)
    if abs(difference) > TOLERANCE * box.style["font_size"]:
        raise Misfit(f"{new.strip()!r} is not as wide as {old!r} in {box.text!r}")
    box.text = text
    box.pango_layout.text = box.pango_layout.text.replace(old, new)


def fill_links(pages, placeholder: str, link_number: Callable[[object], str | None]) -> int:
    """Print each link's page beside it in ``pages`` (WeasyPrint's ``Document.pages``):
    ``link_number`` of the link's element, where the CSS printed the placeholder. Returns how
    many were filled; raises Misfit, the pages half filled, if a number would not fit."""
    from weasyprint.formatting_structure.boxes import TextBox

    filled = 0
    for page in pages:
        for box in boxes(page._page_box):
            if (
                isinstance(box, TextBox)
                and (box.element_tag or "").endswith(("::after", "::before"))
                and placeholder in box.text
            ):
                number = link_number(box.element)
                if number is None or box.text.count(placeholder) != 1:
                    raise Misfit(f"no page number for {box.text!r}")
                replace(box, placeholder, number)
                filled += 1
    return filled


def fill_footers(pages, placeholder: str, footer: Callable[[int, str], str], total: str) -> int:
    """Print the page count in each footer of ``pages``, the book's first page first:
    ``footer(page, pages)`` is a footer's text. Returns how many were filled; raises Misfit
    if the count would not fit, or a footer printed the placeholder otherwise than counted
    (split over two lines, say)."""
    from weasyprint.formatting_structure.boxes import MarginBox, TextBox

    filled = 0
    for number, page in enumerate(pages, start=1):
        counted, printed = footer(number, placeholder), footer(number, total)
        margins = [box for box in page._page_box.children if isinstance(box, MarginBox)]
        texts = [box for margin in margins for box in boxes(margin) if isinstance(box, TextBox)]
        footers = [box for box in texts if box.text == counted]
        if not footers and any(placeholder in box.text for box in texts):
            raise Misfit(f"page {number}'s footer is not {counted!r}")
        for box in footers:
            replace(box, counted, printed)
        filled += len(footers)
    return filled
