"""Which letters of a language look like its numerals in the book's fonts: the survey that the
look-alike lists (``look_alike_numerals`` and ``unlike_numerals`` of ``[<lang>.lint]``) are
reviewed against.

The look-alike list was made by eye, and each outside review found a letter it lacked (丏, 弋,
仡, 丸, 甘). So the fonts are asked instead: every letter of the language's table
(``characters``) is drawn in each face of the language's font stacks that has the numerals,
and compared with each numeral (its digits, units and scales, and the table's letters the
Unicode database gives a numeric value: 廿, 卅, 壹, 仟), in two ways. In outline, large: two
glyphs are close when each one's ink lies within a stroke's width of the other's, both as
drawn in the em square and with each glyph's box scaled to a square, and neither has far more
ink than the other (丸 and 九, 壬 and 千). At text size, 16 pixels an em as a page shows them:
how much of their grey they share (丙 and 两, near alike only when small). The letters closest
to each numeral in either way must each be decided by a maintainer: listed as a look-alike, or
as unlike.

A glyph comparison finds what a reader confuses at a glance, not everything: 白 for 百 is a
part of the numeral, drawn larger, and stays on the list by eye.

    python -m reportbook.i18n.lint.survey zh_CN [--sheet survey.png]

prints the undecided letters, and draws each numeral with its closest letters for review.
"""

import argparse
import sys
import unicodedata
from dataclasses import dataclass
from functools import cache, partial

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageStat

from ...languages import Language, load_languages
from ...pdf.fonts import Face, charmap, match
from ...system import FONT_ROLES
from .blocks import allowed_letters

SIZE = 40  # pixels an em in outline: a stroke is 2 to 3 pixels wide
TEXT_SIZE = 16  # pixels an em at text size: a page's body text
STROKE = 3  # a pixel square of this side: the tolerance, about a stroke's width
INK = 1.67  # neither glyph may have more than this times the other's ink
CLOSEST = 30  # the letters a survey lists for each numeral
MUST_DECIDE = 24  # of them, the ones a maintainer must have decided (the rest: a margin
# for another FreeType's rasterising, which may reorder the last few)


@dataclass(frozen=True)
class Glyph:
    ink: Image.Image  # one bit a pixel, as 0/255
    near: Image.Image  # the ink grown by a stroke's width
    amount: float  # how much ink


def numerals(language: Language) -> str:
    """The letters of the language a reader reads as numerals: its digits, units and scales,
    and the letters of its table that Unicode gives a numeric value (廿 20, 卅 30, 壹 1, 仟
    1000), which the checker refuses by that value (numerals.py). A letter that looks like one
    of them is read as a word by the checker and as the number by a reader (甘 for 廿, as 干
    for 千), so it is surveyed as much."""
    table = language.numerals
    valued = [ch for ch in letters(language) if unicodedata.numeric(ch, None) is not None]
    return "".join(
        dict.fromkeys(
            [*table.get("digits", {}), *table.get("units", {}), *table.get("scales", {}), *valued]
        )
    )


def letters(language: Language) -> str:
    """The letters of the language's table (``characters`` of ``[<lang>.lint]``), as the
    linter reads the table (blocks.py), in code-point order."""
    table = allowed_letters(language.code)
    return "".join(sorted(table[1])) if table else ""


def faces(language: Language, needed: str) -> list[tuple[str, int]]:
    """The font files (path, face index) of the language's stacks, as the PDF builder finds
    them (no substitute fontconfig would give for a missing family), that draw every letter
    of ``needed``: a face without the numerals draws a box for each, and boxes are all
    alike."""
    return [(face.path, face.index) for face in _faces(language.code, needed)]


@cache
def _faces(code: str, needed: str) -> tuple[Face, ...]:
    found: dict[tuple[str, int], Face] = {}
    for role in FONT_ROLES:
        for family in load_languages()[code].pdf.fonts(role):
            face = match(family)
            if face and set(map(ord, needed)) <= charmap(face):
                found.setdefault((face.path, face.index), face)
    return tuple(found.values())


def _canvas(font: ImageFont.FreeTypeFont, ch: str) -> Image.Image | None:
    """``ch`` drawn in grey with room around it, or None if it has no ink."""
    size = int(font.size)
    canvas = Image.new("L", (size * 2, size * 2), 0)
    ImageDraw.Draw(canvas).text((size // 2, size // 2), ch, font=font, fill=255)
    return canvas if canvas.getbbox() else None


def em_square(font: ImageFont.FreeTypeFont, ch: str) -> Image.Image | None:
    """``ch`` drawn in grey in its em square, or None if it has no ink."""
    canvas, size = _canvas(font, ch), int(font.size)
    ascent = size // 8  # Pillow draws from the ascender line, above the em square
    box = (size // 2, size // 2 - ascent, size * 3 // 2, size * 3 // 2 - ascent)
    return canvas.crop(box) if canvas else None


def draw(font: ImageFont.FreeTypeFont, ch: str, boxed: bool) -> Glyph | None:
    """``ch`` in outline: in the em square, or (``boxed``) its ink's box scaled to a square."""
    if not boxed:
        canvas = em_square(font, ch)
    elif canvas := _canvas(font, ch):
        box = canvas.getbbox()
        side = max(box[2] - box[0], box[3] - box[1])
        left, top = (box[0] + box[2] - side) // 2, (box[1] + box[3] - side) // 2
        canvas = canvas.crop((left, top, left + side, top + side)).resize((SIZE, SIZE))
    if canvas is None:
        return None
    ink = canvas.point(lambda v: 255 if v > 100 else 0)
    return Glyph(ink, ink.filter(ImageFilter.MaxFilter(STROKE)), ImageStat.Stat(ink).sum[0])


def closeness(a: Glyph, b: Glyph) -> float:
    """How much of each glyph's ink lies within a stroke of the other's, the lesser share:
    1 for glyphs alike up to a stroke's width; 0 when one has far more ink."""
    if not a.amount or not b.amount or max(a.amount, b.amount) > INK * min(a.amount, b.amount):
        return 0.0

    def share(ink: Glyph, near: Glyph) -> float:
        return ImageStat.Stat(ImageChops.darker(ink.ink, near.near)).sum[0] / ink.amount

    return min(share(a, b), share(b, a))


def shared_grey(a: Image.Image, b: Image.Image) -> float:
    """At text size: the grey two glyphs share, of the grey either has (1 for the same)."""
    both = ImageStat.Stat(ImageChops.darker(a, b)).sum[0]
    either = ImageStat.Stat(ImageChops.lighter(a, b)).sum[0]
    return both / either if either else 0.0


OUTLINE = (SIZE, (partial(draw, boxed=False), partial(draw, boxed=True)), closeness)
AT_TEXT_SIZE = (TEXT_SIZE, (em_square,), shared_grey)


# Two letters look alike where, in outline, one of the book's faces draws each within a
# stroke of the other: 未 末 0.98, 入 人 0.95, 己 已 0.94, 日 曰 0.85; 开 闭 0.64, 产 作 0.66.
LOOK_ALIKE = 0.85


@cache
def look_alike(lang: str, a: str, b: str) -> bool:
    """``a`` and ``b`` look alike in the book's faces for ``lang``; where no face draws both
    (no fonts), taken to (the caller refuses what it cannot tell apart)."""
    if a > b:
        return look_alike(lang, b, a)
    language = load_languages().get(lang)
    found = faces(language, a + b) if language else []
    if not found:
        return True
    for path, index in found:
        font = _font(path, index)
        for boxed in (False, True):
            glyphs = draw(font, a, boxed), draw(font, b, boxed)
            if None not in glyphs and closeness(*glyphs) >= LOOK_ALIKE:
                return True
    return False


@cache
def _font(path: str, index: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, SIZE, index=index)


def ranking(language: Language, look=OUTLINE) -> dict[str, list[str]]:
    """Each numeral with the table's letters, the closest first, in one way of looking (a
    size, the ways to draw a glyph, and how to compare two)."""
    size, drawings, compare = look
    targets = numerals(language)
    best: dict[str, dict[str, float]] = {n: {} for n in targets}
    for face in _faces(language.code, targets):
        font = ImageFont.truetype(face.path, size, index=face.index)
        cmap = charmap(face)
        for drawing in drawings:
            drawn = {n: drawing(font, n) for n in targets}
            for ch in letters(language):
                glyph = drawing(font, ch) if ord(ch) in cmap and ch not in targets else None
                if glyph is None:
                    continue
                for n, numeral in drawn.items():
                    score = compare(glyph, numeral)
                    if score > best[n].get(ch, 0.0):
                        best[n][ch] = score
    return {n: sorted(scores, key=lambda c: (-scores[c], c)) for n, scores in best.items()}


def survey(language: Language, count: int = CLOSEST) -> dict[str, dict[str, int]]:
    """Each numeral with the letters among the ``count`` closest to it in either way of
    looking, each with its best rank (0 the closest)."""
    found: dict[str, dict[str, int]] = {}
    for look in (OUTLINE, AT_TEXT_SIZE):
        for n, closest in ranking(language, look).items():
            ranks = found.setdefault(n, {})
            for rank, ch in enumerate(closest[:count]):
                ranks[ch] = min(rank, ranks.get(ch, rank))
    return {
        n: dict(sorted(ranks.items(), key=lambda r: (r[1], r[0]))) for n, ranks in found.items()
    }


def undecided(found: dict[str, dict[str, int]], language: Language) -> dict[str, list[str]]:
    """Of each numeral's closest letters (those ranked under ``MUST_DECIDE`` in either way),
    those the language neither lists as a look-alike nor as unlike."""
    decided = set(language.lint.look_alike_numerals) | set(language.lint.unlike_numerals)
    left = {
        n: [c for c, rank in ranks.items() if rank < MUST_DECIDE and c not in decided]
        for n, ranks in found.items()
    }
    return {n: chars for n, chars in left.items() if chars}


def sheet(found: dict[str, dict[str, int]], language: Language, path: str) -> None:
    """Each numeral (red) with its closest letters, the look-alikes in blue, the undecided
    ones framed: what a maintainer looks at to decide."""
    face = faces(language, numerals(language))[0]
    font = ImageFont.truetype(face[0], SIZE, index=face[1])
    cell = SIZE + 4
    width = max(map(len, found.values()), default=0) + 2
    image = Image.new("RGB", (width * cell, len(found) * cell), "white")
    pen = ImageDraw.Draw(image)
    alike = language.lint.look_alike_numerals
    unlike = set(language.lint.unlike_numerals)
    for row, (numeral, closest) in enumerate(found.items()):
        top = row * cell
        pen.text((2, top), numeral, font=font, fill="red")
        for column, ch in enumerate(closest, 2):
            pen.text((column * cell, top), ch, font=font, fill="blue" if ch in alike else "black")
            if ch not in alike and ch not in unlike:
                pen.rectangle(
                    (column * cell, top, column * cell + cell - 2, top + cell - 2),
                    outline="orange",
                    width=2,
                )
    image.save(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m reportbook.i18n.lint.survey", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("language", help="a language code of languages.toml, e.g. zh_CN")
    parser.add_argument("--sheet", metavar="PNG", help="draw the survey into this image")
    args = parser.parse_args(argv)
    language = load_languages().get(args.language)
    if language is None or not numerals(language) or not letters(language):
        print(f"survey: {args.language} lists no numerals or no table of letters", file=sys.stderr)
        return 2
    if not faces(language, numerals(language)):
        print(
            f"survey: no installed face of {args.language}'s font stacks draws its numerals "
            "(python -m reportbook.system install build)",
            file=sys.stderr,
        )
        return 2
    found = survey(language)
    if args.sheet:
        sheet(found, language, args.sheet)
    left = undecided(found, language)
    for numeral, chars in left.items():
        print(f"{numeral}: {' '.join(chars)}")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
