"""The fonts the book is set in: found through fontconfig as WeasyPrint finds them, their
character maps and figure styles read with fontTools, and the HarfBuzz subsetter WeasyPrint
needs."""

from dataclasses import dataclass
from functools import cache

from .. import system
from ..languages import Language
from .errors import PdfError

ROLES = system.FONT_ROLES
# Checked before a book is typeset: the font look-up and the subsetter WeasyPrint needs.
PREFLIGHT = ("fc-match", "libharfbuzz-subset.so.0")
# font-variant-numeric keywords and the OpenType feature each one asks the face for.
FIGURE_FEATURES = {
    "oldstyle-nums": "onum",
    "lining-nums": "lnum",
    "proportional-nums": "pnum",
    "tabular-nums": "tnum",
}
# Each figure setting of languages.toml, and the roles whose faces set those figures. Page
# numbers are set in the page-number faces if the language names any, else in the body's.
FIGURE_SETTINGS = {
    "text_figures": ("body",),
    "table_figures": ("body", "heading"),
    "reference_figures": ("page_number",),
}


class FontError(PdfError):
    category = "PDF font error"


@dataclass(frozen=True)
class Face:
    family: str
    path: str
    index: int


@cache
def match(family: str) -> Face | None:
    """The face fontconfig gives for a family, or None when it would substitute another."""
    found = system.fontconfig_families(family)
    if found is None or not system.font_installed(family):
        return None
    return Face(family, found[1], found[2])


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
        value = getattr(language.pdf, setting)
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
                face = (faces(language, role) or faces(language, "body"))[0]
                if feature not in layout_features(face):
                    raise FontError(
                        f"languages.toml, {language.code}: {setting} asks for {keyword}, but "
                        f"{face.family!r} ({role.replace('_', ' ')} text) has no {feature!r} "
                        f'figures; choose a face that has them, or set {setting} = "normal"'
                    )


def stack(language: Language, role: str) -> list[str]:
    return list(language.pdf.fonts(role))


def faces(language: Language, role: str) -> list[Face]:
    """The installed faces of a language's stack for a role; a missing family is an error."""
    found = []
    for family in stack(language, role):
        face = match(family)
        if face is None:
            raise FontError(system.explain([system.font_need(family)], "PDF"))
        found.append(face)
    return found


def preflight(languages: list[Language]) -> str:
    """What the book's languages lack, as one paragraph (empty when nothing is missing):
    fonts as fontconfig finds them, and the HarfBuzz subsetter in ldconfig's cache."""
    families = {family for lang in languages for role in ROLES for family in stack(lang, role)}
    lacking = [need for need in system.font_needs() if need.name in families]
    lacking = [need for need in lacking if not system.present(need)]
    lacking += [
        need
        for need in system.needs("build")
        if need.kind != "font" and need.name in PREFLIGHT and not system.present(need)
    ]
    return system.explain(lacking, "PDF") if lacking else ""


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
