"""The translation linter: every msgstr compared with its msgid, MyST-aware, with a term base."""

from pathlib import Path

from babel.messages.catalog import Catalog, Message

from ..problems import Problem
from .checks import ALL_CHECKS, SAFETY_CHECKS, compare
from .exceptions import IGNORABLE, parse_exceptions
from .termbase import GLOSSARY_DOMAIN, TermBase

__all__ = [
    "ALL_CHECKS",
    "IGNORABLE",
    "SAFETY_CHECKS",
    "TermBase",
    "compare",
    "lint_catalog",
    "published_messages",
    "exceptions_of",
    "GLOSSARY_DOMAIN",
]


def published_messages(catalog: Catalog) -> list[Message]:
    """The messages a build uses: translated, not fuzzy, not the header, not obsolete."""
    return [m for m in catalog if _published(m)]


def _published(message: Message) -> bool:
    strings = message.string if isinstance(message.string, (list, tuple)) else [message.string]
    return bool(message.id) and any(strings) and not message.fuzzy


def _pairs(message: Message) -> list[tuple[str, str]]:
    if isinstance(message.id, (list, tuple)):  # plural forms: each against the plural msgid
        ids = list(message.id)
        return [(ids[min(i, len(ids) - 1)], s) for i, s in enumerate(message.string) if s]
    return [(message.id, message.string)]


def lint_catalog(path: Path, catalog: Catalog, termbase: TermBase | None = None) -> list[Problem]:
    problems = []
    for message in catalog:
        if not message.id:
            continue
        excepted, errors = parse_exceptions(message.user_comments)
        problems += [Problem(path, message.lineno, "lint-ignore", e) for e in errors]
        if not _published(message):
            continue
        silenced = set().union(*(e.checks for e in excepted))
        for msgid, msgstr in _pairs(message):
            for check, text in compare(msgid, msgstr, termbase):
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
