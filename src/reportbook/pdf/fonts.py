"""The fonts the book is set in: found through fontconfig as WeasyPrint finds them, their
character maps and figure styles read with fontTools, and the HarfBuzz subsetter WeasyPrint
needs."""

import subprocess
from dataclasses import dataclass
from functools import cache

from sphinx.errors import SphinxError

from ..languages import Language

ROLES = ("body", "heading", "mono")
# font-variant-numeric keywords and the OpenType feature each one asks the face for.
FIGURE_FEATURES = {
    "oldstyle-nums": "onum",
    "lining-nums": "lnum",
    "proportional-nums": "pnum",
    "tabular-nums": "tnum",
}
# Each figure setting of languages.toml, and the roles whose faces set those figures.
FIGURE_SETTINGS = {
    "text_figures": ("body",),
    "table_figures": ("body", "heading"),
    "reference_figures": ("body",),
}


class FontError(SphinxError):
    category = "PDF font error"


@dataclass(frozen=True)
class Face:
    family: str
    path: str
    index: int


@cache
def match(family: str) -> Face | None:
    """The face fontconfig gives for a family, or None when it would substitute another."""
    try:
        out = subprocess.run(
            ["fc-match", "-f", "%{family}\t%{file}\t%{index}", family],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError) as error:
        raise FontError(f"cannot run fc-match (apt-get install fontconfig): {error}") from None
    families, path, index = out.split("\t")
    if family.lower() not in (name.strip().lower() for name in families.split(",")):
        return None
    return Face(family, path, int(index or 0))


@cache
def charmap(face: Face) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    font = TTFont(face.path, fontNumber=face.index, lazy=True)
    try:
        return frozenset(font.getBestCmap() or ())
    finally:
        font.close()


@cache
def layout_features(face: Face) -> frozenset[str]:
    """The OpenType substitution features the face has (``onum``, ``tnum``, ...)."""
    from fontTools.ttLib import TTFont

    font = TTFont(face.path, fontNumber=face.index, lazy=True)
    try:
        if "GSUB" not in font or font["GSUB"].table.FeatureList is None:
            return frozenset()
        return frozenset(
            record.FeatureTag for record in font["GSUB"].table.FeatureList.FeatureRecord
        )
    finally:
        font.close()


def require_figures(language: Language) -> None:
    """WeasyPrint ignores a figure style the face cannot give: say so instead."""
    for setting, roles in FIGURE_SETTINGS.items():
        value = language.pdf.get(setting, "normal")
        for keyword in value.split():
            if keyword == "normal":
                continue
            feature = FIGURE_FEATURES.get(keyword)
            if feature is None:
                known = ", ".join(["normal", *FIGURE_FEATURES])
                raise FontError(
                    f"languages.toml, {language.code}: {setting} = {value!r}: "
                    f"unknown {keyword!r} (known: {known})"
                )
            for role in roles:
                face = faces(language, role)[0]
                if feature not in layout_features(face):
                    raise FontError(
                        f"languages.toml, {language.code}: {setting} asks for {keyword}, but "
                        f"{face.family!r} ({role} text) has no {feature!r} figures; choose a "
                        f'face that has them, or set {setting} = "normal"'
                    )


def stack(language: Language, role: str) -> list[str]:
    return list(language.pdf.get(f"{role}_fonts", ()))


def faces(language: Language, role: str) -> list[Face]:
    """The installed faces of a language's stack for a role; a missing family is an error."""
    found = []
    packages = language.pdf.get("packages", {})
    for family in stack(language, role):
        face = match(family)
        if face is None:
            package = packages.get(family)
            hint = f": apt-get install {package}" if package else ""
            raise FontError(f"font {family!r} ({language.code} {role} text) is not installed{hint}")
        found.append(face)
    return found


def coverage(language: Language, role: str) -> frozenset[int]:
    """Every character some font of the stack has."""
    return frozenset().union(*(charmap(face) for face in faces(language, role)))


def require_harfbuzz_subset() -> None:
    """WeasyPrint quietly falls back to fontTools (about 15 times slower on CJK) without it.

    Same test as WeasyPrint's own (weasyprint/pdf/fonts.py): the library loaded and
    HarfBuzz at least 4.1.0.
    """
    from weasyprint.text.ffi import harfbuzz, harfbuzz_subset

    usable = harfbuzz_subset is not None and harfbuzz.hb_version_atleast(4, 1, 0)
    if usable:
        try:
            harfbuzz_subset.hb_subset_or_fail  # noqa: B018  the function WeasyPrint calls
        except AttributeError:
            usable = False
    if not usable:
        raise FontError(
            "WeasyPrint cannot use the HarfBuzz subsetter (libharfbuzz-subset "
            ">= 4.1.0); install it: apt-get install libharfbuzz-subset0"
        )
