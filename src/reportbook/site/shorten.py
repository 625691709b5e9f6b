"""A text shortened for a glimpse: a page's description (``meta.py``), a preview's text
(``previews.py``).

It ends at its last space or Chinese pause near the limit, or at the limit, and never inside a
number as the translation checks read one, in any of the project's languages
(``NumberReader.spans``): 为实现20… for 2035, 增至七十… for 七十六, 3… for 3 000 or 3，000, and
180多… for 180多万 would state numbers no check read.
"""

import re

from ..i18n.lint.numerals import reader
from ..languages import load_languages

# Where a shortened text may end: after a space or a Chinese pause.
BREAKS = re.compile(r"[\s，。、；：！？）」』”]")
TRAILING = " ,;:，、；："  # dropped before the "…"
ELLIPSIS = "…"


def shorten(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` characters, its "…" included when it is cut."""
    if len(text) <= limit:
        return text
    room = limit - len(ELLIPSIS)
    numbers = [span for span in reader(*load_languages()).spans(text) if span[0] < room]

    def clear(end: int) -> int:
        """``end``, or the start of the number it would cut."""
        return next((start for start, stop in numbers if start < end < stop), end)

    breaks = [m.end() for m in BREAKS.finditer(text, room * 2 // 3, room)]
    end = next((end for end in reversed(breaks) if clear(end) == end), clear(room))
    return text[:end].rstrip(TRAILING) + ELLIPSIS
