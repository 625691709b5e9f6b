"""Which letters of a language look like its numerals in the book's fonts: the survey that the
look-alike lists (``look_alike_numerals`` and ``unlike_numerals`` of ``[<lang>.lint]``) are
reviewed against.

The look-alike list was made by eye, and each outside review found a letter it lacked (丏, 弋,
仡, 丸). So the fonts are asked instead: every letter of the language's table
(``characters``) is drawn in each face of the language's font stacks that has the numerals,
and compared with each numeral. Two glyphs are close when each one's ink lies within a
stroke's width of the other's, both as drawn in the em square and with each glyph's box
scaled to a square, and neither has far more ink than the other. The letters closest to each
numeral must each be decided by a maintainer: listed as a look-alike, or as unlike.

A glyph comparison finds what a reader confuses at a glance (壬 and 千, 丸 and 九), not
everything: 白 for 百 is a part of the numeral, drawn larger, and stays on the list by eye.

    python -m reportbook.i18n.lint.survey zh_CN [--sheet survey.png]

prints the undecided letters, and draws each numeral with its closest letters for review.
"""

import argparse
import sys
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from fontTools.ttLib import TTFont
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageStat

from ...languages import Language, load_languages
from ...system import FONT_ROLES, fontconfig_families

SIZE = 40  # pixels an em: a stroke is 2 to 3 pixels wide
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
    """The language's numeral letters: its digits, units and scales."""
    table = language.numerals
    return "".join(
        dict.fromkeys([*table.get("digits", {}), *table.get("units", {}), *table.get("scales", {})])
    )


def letters(language: Language) -> str:
    """The letters of the language's table (``characters`` of ``[<lang>.lint]``)."""
    if not language.lint.characters:
        return ""
    text = files("reportbook").joinpath("data", language.lint.characters).read_text("utf-8")
    return "".join(line.strip() for line in text.splitlines() if line.strip()[:1] not in "#")


def faces(language: Language, needed: str) -> list[tuple[str, int]]:
    """The font files (path, face index) of the language's stacks that fontconfig resolves
    and that draw every letter of ``needed``: a face without the numerals draws a box for
    each, and boxes are all alike."""
    found = []
    for role in FONT_ROLES:
        for family in language.pdf.fonts(role):
            resolved = fontconfig_families(family)
            if resolved is None or not resolved[1]:
                continue
            face = (resolved[1], resolved[2])
            if face not in found and set(map(ord, needed)) <= _cmap(*face):
                found.append(face)
    return found


@cache
def _cmap(path: str, index: int) -> frozenset[int]:
    with TTFont(path, fontNumber=index, lazy=True) as font:
        return frozenset(font.getBestCmap())


def draw(font: ImageFont.FreeTypeFont, ch: str, boxed: bool) -> Glyph | None:
    """``ch`` in the em square, or (``boxed``) its ink's box scaled to a square."""
    canvas = Image.new("L", (SIZE * 2, SIZE * 2), 0)
    ImageDraw.Draw(canvas).text((SIZE // 2, SIZE // 2), ch, font=font, fill=255)
    box = canvas.getbbox()
    if box is None:
        return None
    if boxed:
        side = max(box[2] - box[0], box[3] - box[1])
        left, top = (box[0] + box[2] - side) // 2, (box[1] + box[3] - side) // 2
        canvas = canvas.crop((left, top, left + side, top + side)).resize((SIZE, SIZE))
    else:
        ascent = SIZE // 8  # Pillow draws from the ascender line, above the em square
        canvas = canvas.crop((SIZE // 2, SIZE // 2 - ascent, SIZE * 3 // 2, SIZE * 3 // 2 - ascent))
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


def survey(language: Language, count: int = CLOSEST) -> dict[str, list[str]]:
    """Each numeral with the ``count`` letters of the table closest to it in any face, the
    closest first."""
    targets = numerals(language)
    best: dict[str, dict[str, float]] = {n: {} for n in targets}
    for path, index in faces(language, targets):
        font = ImageFont.truetype(path, SIZE, index=index)
        cmap = _cmap(path, index)
        for boxed in (False, True):
            drawn = {n: draw(font, n, boxed) for n in targets}
            for ch in letters(language):
                glyph = draw(font, ch, boxed) if ord(ch) in cmap and ch not in targets else None
                if glyph is None:
                    continue
                for n, numeral in drawn.items():
                    score = closeness(glyph, numeral)
                    if score > best[n].get(ch, 0.0):
                        best[n][ch] = score
    return {n: sorted(scores, key=lambda c: (-scores[c], c))[:count] for n, scores in best.items()}


def undecided(found: dict[str, list[str]], language: Language) -> dict[str, list[str]]:
    """Of each numeral's closest letters (the first ``MUST_DECIDE``), those the language
    neither lists as a look-alike nor as unlike."""
    decided = set(language.lint.look_alike_numerals) | set(language.lint.unlike_numerals)
    left = {
        n: [c for c in closest[:MUST_DECIDE] if c not in decided] for n, closest in found.items()
    }
    return {n: chars for n, chars in left.items() if chars}


def sheet(found: dict[str, list[str]], language: Language, path: str) -> None:
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
