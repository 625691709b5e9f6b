"""What every build runs first: validate, lint, then compile (or refuse to publish)."""

from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog

from .catalogs import catalog_dir, find_catalogs, load_catalog
from .compile import compile_catalogs
from .lint import GLOSSARY_DOMAIN, TermBase, lint_catalog
from .problems import CatalogError, Problem
from .stats import Counts, catalog_counts, total
from .validate import validate_file


@dataclass
class Checked:
    catalogs: dict[Path, Catalog]  # the catalogs that passed strict validation, read
    problems: list[Problem]


def default_source(locales: Path) -> Path:
    return Path(locales).resolve().parent / "source"


def check_language(lang: str, locales: Path, source: Path | None = None) -> Checked:
    """Strict validation of every catalog, then the linter over those that are readable."""
    catalogs, problems = {}, []
    for po in find_catalogs(locales, lang):
        found = validate_file(po, lang)
        if found:
            problems += found
        else:
            catalogs[po] = load_catalog(po, lang)
    glossary_po = catalog_dir(locales, lang) / f"{GLOSSARY_DOMAIN}.po"
    source = Path(source) if source else default_source(locales)
    termbase = TermBase.from_glossary(source / f"{GLOSSARY_DOMAIN}.md", catalogs.get(glossary_po))
    for po, catalog in catalogs.items():
        problems += lint_catalog(po, catalog, termbase)
    return Checked(catalogs, sorted(problems))


def read_valid(lang: str, locales: Path) -> dict[Path, Catalog]:
    """Every catalog of ``lang``, read only after it passed validation; else CatalogError."""
    problems, catalogs = [], {}
    for po in find_catalogs(locales, lang):
        found = validate_file(po, lang)
        problems += found
        if not found:
            catalogs[po] = load_catalog(po, lang)
    if problems:
        raise CatalogError(problems)
    return catalogs


@dataclass
class Prepared:
    compiled: list[Path]
    counts: Counts  # the language's total: fuzzy and untranslated fall back to English


def prepare(lang: str, locales: Path, out: Path, source: Path | None = None) -> Prepared:
    checked = check_language(lang, locales, source)
    if checked.problems:
        raise CatalogError(checked.problems)
    compiled = compile_catalogs(lang, locales, out)
    return Prepared(compiled, total(lang, catalog_counts(lang, locales, checked.catalogs)))
