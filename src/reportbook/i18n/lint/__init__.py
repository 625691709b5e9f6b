"""The translation linter: every msgstr compared with its msgid, MyST-aware, with a term base."""

from pathlib import Path

from babel.messages.catalog import Catalog, Message

from ...languages import source_language
from ...pdf.fonts import FontError
from ..problems import CatalogError, Problem, internal_problem
from .checks import ALL_CHECKS, SAFETY_CHECKS, compare
from .exceptions import IGNORABLE, parse_exceptions
from .markup import DEFAULT_SETTINGS, Settings, project_settings
from .names import NAME_DOMAINS, NameBase
from .termbase import GLOSSARY_DOMAIN, TermBase

__all__ = [
    "ALL_CHECKS",
    "IGNORABLE",
    "SAFETY_CHECKS",
    "NAME_DOMAINS",
    "NameBase",
    "TermBase",
    "compare",
    "lint_catalog",
    "exceptions_of",
    "project_settings",
    "GLOSSARY_DOMAIN",
]


def _published(message: Message) -> bool:
    strings = message.string if isinstance(message.string, (list, tuple)) else [message.string]
    return bool(message.id) and any(strings) and not message.fuzzy


def _pairs(message: Message) -> list[tuple[str, str]]:
    if isinstance(message.id, (list, tuple)):  # plural forms: each against the plural msgid
        ids = list(message.id)
        return [(ids[min(i, len(ids) - 1)], s) for i, s in enumerate(message.string) if s]
    return [(message.id, message.string)]


def lint_catalog(
    path: Path,
    catalog: Catalog,
    termbase: TermBase | None = None,
    names: NameBase | None = None,
    settings: Settings = DEFAULT_SETTINGS,
    plain: bool = False,
    page: set[str] | None = None,
) -> list[Problem]:
    """Every problem of every published message; numbers are read as the catalog's language
    (its ``Language``, checked by validation) and the source language write them. A ``plain``
    catalog's messages (the interface texts of sphinx.po) are published as written, never read
    as MyST: the checks read them as written. The glyph check reads the language's book
    fonts: a family not installed is a CatalogError, the system's own explanation. With
    ``page`` (the msgids of the catalog's page), a message of no page is never published, and
    not read."""
    lang = catalog.locale_identifier
    problems = []
    for message in catalog:
        if not message.id:
            continue
        excepted, errors = parse_exceptions(message.user_comments)
        problems += [Problem(path, message.lineno, "lint-ignore", e) for e in errors]
        if not _published(message) or (page is not None and message.id not in page):
            continue
        silenced = set().union(*(e.checks for e in excepted))
        for msgid, msgstr in _pairs(message):
            try:
                found = compare(
                    msgid,
                    msgstr,
                    termbase,
                    lang=lang,
                    source_lang=source_language(),
                    settings=settings,
                    names=names,
                    plain=plain,
                    glyphs=True,
                )
            except FontError as error:  # nothing can be checked: say what to install
                why = f"cannot check which characters the {lang} books can print: {error}"
                raise CatalogError([Problem(path, message.lineno, "glyph", why)]) from None
            except (
                Exception
            ) as error:  # a crash the checks did not foresee: refused, not a traceback
                problems.append(internal_problem(path, message.lineno, error))
                continue
            for check, text in found:
                if check not in silenced:
                    problems.append(Problem(path, message.lineno, check, text))
    return problems


def exceptions_of(path: Path, catalog: Catalog) -> list[tuple[Problem, str]]:
    """Each recorded exception as (where and which check, reason), for stats to list."""
    found = []
    for message in catalog:
        excepted, _ = parse_exceptions(message.user_comments)
        for exc in excepted:
            for check in sorted(exc.checks):
                found.append(
                    (Problem(path, message.lineno, check, _short_id(message.id)), exc.reason)
                )
    return found


def _short_id(msgid) -> str:
    text = " ".join(str(msgid if isinstance(msgid, str) else msgid[0]).split())
    return text if len(text) <= 50 else text[:49] + "…"
