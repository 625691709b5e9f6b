"""Per-language settings (fonts, typography, labels) kept as data in ``data/languages.toml``."""

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files


@dataclass(frozen=True)
class Language:
    code: str  # Sphinx's code, e.g. "zh_CN"
    tag: str  # BCP 47 tag for lang attributes, e.g. "zh-CN"
    name: str  # the language's name in itself, for the switcher
    babel_locale: str
    source: bool = False  # the sources are written in it; the others come from catalogs
    collation: str = "alphabetical"  # how sorted lists (glossary, index) order this language
    plural_forms: str | None = None  # the Plural-Forms header its catalogs must have
    pdf: dict = field(default_factory=dict)  # fonts and typography for the book
    labels: dict = field(default_factory=dict)  # short interface texts the toolchain prints
    numerals: dict = field(default_factory=dict)  # how numbers are written, for the linter
    lint: dict = field(default_factory=dict)  # what the linter requires of approved forms

    @property
    def primary_subtag(self) -> str:
        """The tag's language part, lowercase (``zh`` of ``zh-CN``), to match tags by it."""
        return self.tag.split("-")[0].lower()


@cache
def load_languages() -> dict[str, Language]:
    data = tomllib.loads(files("reportbook").joinpath("data/languages.toml").read_text("utf-8"))
    return {
        code: Language(
            code=code,
            tag=entry["tag"],
            name=entry["name"],
            babel_locale=entry["babel_locale"],
            source=entry.get("source", False),
            pdf=entry.get("pdf", {}),
            collation=entry.get("collation", "alphabetical"),
            plural_forms=entry.get("plural_forms"),
            labels=entry.get("labels", {}),
            numerals=entry.get("numerals", {}),
            lint=entry.get("lint", {}),
        )
        for code, entry in data.items()
    }


def source_language() -> str:
    """The language the sources are written in (``source = true`` in its table)."""
    (code,) = [code for code, language in load_languages().items() if language.source]
    return code


def get_language(code: str) -> Language:
    return load_languages()[code]
