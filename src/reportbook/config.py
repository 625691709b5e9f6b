"""The project's own configuration values, declared once and validated on ``config-inited``."""

import re

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.errors import ConfigError

from .languages import load_languages

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


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
    app.add_config_value(
        "report_slug",
        "report",
        "env",
        types=frozenset({str}),
        description="file-name stem of the published PDFs",
    )
    app.add_config_value(
        "report_languages",
        ["en"],
        "env",
        types=frozenset({list, tuple}),
        description="every language the report is published in",
    )
    app.add_config_value("report_subtitle", "", "env", types=frozenset({str}))
    app.add_config_value(
        "report_date",
        "",
        "env",
        types=frozenset({str}),
        description="ISO date of the event the report covers",
    )
    app.add_config_value("report_place", "", "env", types=frozenset({str}))
    app.add_config_value("report_source", "", "env", types=frozenset({str}))
    app.add_config_value(
        "report_preview_prefixes",
        [],
        "html",
        types=frozenset({list, tuple}),
        description="label prefixes of the sections whose links show a preview, as terms do",
    )
    app.connect("config-inited", validate_config, priority=100)


def validate_config(app: Sphinx, config: Config) -> None:
    if not SLUG.match(config.report_slug):
        raise ConfigError(
            f"report_slug {config.report_slug!r}: use lowercase letters, digits and '-'"
        )
    known = load_languages()
    for lang in [*config.report_languages, config.language]:
        if lang not in known:
            raise ConfigError(
                f"language {lang!r} has no settings in reportbook/data/languages.toml "
                f"(known: {', '.join(sorted(known))})"
            )
    if config.report_date and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", config.report_date):
        raise ConfigError(f"report_date {config.report_date!r}: write it as YYYY-MM-DD")
