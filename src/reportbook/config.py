"""The project's own configuration values (``report_*``), declared once in ``ReportConfig`` and
validated on ``config-inited``."""

import re
from dataclasses import dataclass

from sphinx.application import Sphinx
from sphinx.config import Config

from .languages import LanguagesError, load_languages
from .typedconfig import ConfigRefused, check, confval, log_error, matches, refuse, register

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def known_languages(codes) -> None:
    known = load_languages()
    for code in codes:
        if code not in known:
            raise ValueError(
                f"{code!r} has no settings in reportbook/data/languages.toml "
                f"(known: {', '.join(sorted(known))})"
            )


@dataclass(frozen=True, kw_only=True)
class ReportConfig:
    report_slug: str = confval(
        "report",
        "file-name stem of the published books",
        matches(SLUG, "use lowercase letters, digits and '-'"),
    )
    report_languages: tuple[str, ...] = confval(
        ["en"], "every language the report is published in", known_languages
    )
    report_subtitle: str = confval("", "the subtitle on the books' covers")
    report_date: str = confval(
        "",
        "ISO date of the event the report covers",
        matches(ISO_DATE, "write it as YYYY-MM-DD", optional=True),
    )
    report_place: str = confval("", "where the event took place, on the books' covers")
    report_source: str = confval("", "who publishes the report, on the books' covers")
    report_preview_prefixes: tuple[str, ...] = confval(
        [],
        "label prefixes of the sections whose links show a preview, as terms do",
        rebuild="html",
    )
    report_index_entry_documents: tuple[str, ...] = confval(
        [],
        "documents whose sections are index entries (People, Organisations): a {ref} to one "
        "is indexed as a mention of its entry (site/mentions.py)",
    )
    report_reviewed: str = confval(
        "",
        "folder, relative to the sources, of the records of reviewed translations (<lang>.txt): "
        "set, a build publishes only the translations a maintainer approved (i18n/review.py); "
        "read by the catalog tools as a literal string",
    )
    report_catalog_dir: str = confval(
        "", "where the .po files are, for fuzzy counts (default: locale_dirs)"
    )


def pdf_name(slug: str, language: str) -> str:
    """The published book's file name: ``<report_slug>-<language>.pdf``."""
    return f"{slug}-{language}.pdf"


def epub_name(slug: str, language: str) -> str:
    """The published e-book's file name: ``<report_slug>-<language>.epub``."""
    return f"{slug}-{language}.epub"


def setup(app: Sphinx) -> dict:
    """An extension of its own, so that every part of the toolchain that reads these values
    (the site, the ``pdf`` builder when it is loaded alone) can set it up: once."""
    setup_config(app)
    return {"parallel_read_safe": True, "parallel_write_safe": True}


def setup_config(app: Sphinx) -> None:
    register(app, ReportConfig)
    app.connect("config-inited", validate_config, priority=100)


def validate_config(app: Sphinx, config: Config) -> None:
    try:
        load_languages()
    except LanguagesError as error:
        log_error(error.location, error.problem)
        raise ConfigRefused from None
    try:
        known_languages([config.language])  # Sphinx's own value: the book's language
    except ValueError as problem:
        refuse(app, config, "language", config.language, str(problem))
        raise ConfigRefused from None
    check(app, config, ReportConfig)
