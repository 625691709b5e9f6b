"""The ``pdf_*`` configuration values: declared once with their types, validated on
``config-inited``."""

import re

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.errors import ConfigError

# WeasyPrint's variants (weasyprint.pdf.VARIANTS), listed here so that validating the
# configuration does not import WeasyPrint into every build; render.py checks the installed
# WeasyPrint's list, and a test that the two agree.
VARIANTS = frozenset(
    {
        "pdf/a-1a",
        "pdf/a-1b",
        "pdf/a-2a",
        "pdf/a-2b",
        "pdf/a-2u",
        "pdf/a-3a",
        "pdf/a-3b",
        "pdf/a-3u",
        "pdf/a-4e",
        "pdf/a-4f",
        "pdf/a-4u",
        "pdf/ua-1",
        "pdf/ua-2",
        "pdf/x-1a",
        "pdf/x-3",
        "pdf/x-4",
        "pdf/x-5g",
        "debug",
    }
)
PAPER = re.compile(r"^(A[3-6]|B5|letter|legal)( (portrait|landscape))?$")


def setup_pdf_config(app: Sphinx) -> None:
    add = app.add_config_value
    add(
        "pdf_variant",
        "pdf/ua-1",
        "env",
        types=frozenset({str, type(None)}),
        description="WeasyPrint PDF variant (pdf/ua-1 makes a tagged, accessible PDF); None: plain",
    )
    add(
        "pdf_paper_size",
        "A4",
        "env",
        types=frozenset({str}),
        description="CSS page size, e.g. 'A4' or 'letter landscape'",
    )
    add(
        "pdf_title",
        lambda config: None,
        "env",
        types=frozenset({str, type(None)}),
        description="the book's title; None: the root document's first heading (translated)",
    )
    add("pdf_author", lambda config: config.author, "env", types=frozenset({str}))
    add("pdf_subject", lambda config: config.report_subtitle, "env", types=frozenset({str}))
    add("pdf_keywords", [], "env", types=frozenset({list, tuple}))
    add(
        "pdf_toc_depth",
        2,
        "env",
        types=frozenset({int}),
        description="heading levels in the contents and the PDF outline (1-3)",
    )
    add(
        "pdf_max_depth",
        40,
        "env",
        types=frozenset({int}),
        description="deepest element nesting accepted before rendering",
    )
    add(
        "pdf_max_chars",
        20_000_000,
        "env",
        types=frozenset({int}),
        description="largest amount of text accepted before rendering",
    )
    add(
        "pdf_part_size",
        180_000,  # the report (about 155,000 in English, with the index's links) stays one document
        "env",
        types=frozenset({int}),
        description="characters of HTML typeset as one part; a longer book is cut between "
        "chapters into parts typeset one by one (memory) and side by side (pdf_jobs)",
    )
    add(
        "pdf_jobs",
        1,
        "",  # how fast, not what: no rebuild when it changes
        types=frozenset({int}),
        description="worker processes typesetting a book's parts side by side; 0: one per CPU "
        "(faster, but each holds a part in memory)",
    )
    app.connect("config-inited", validate_pdf_config, priority=110)


def validate_pdf_config(app: Sphinx, config: Config) -> None:
    if config.pdf_variant is not None and config.pdf_variant not in VARIANTS:
        raise ConfigError(
            f"pdf_variant {config.pdf_variant!r}: choose one of "
            f"{', '.join(sorted(VARIANTS))} or None"
        )
    if not PAPER.match(config.pdf_paper_size):
        raise ConfigError(
            f"pdf_paper_size {config.pdf_paper_size!r}: use e.g. 'A4' or 'letter landscape'"
        )
    if not 1 <= config.pdf_toc_depth <= 3:
        raise ConfigError(f"pdf_toc_depth {config.pdf_toc_depth}: use 1, 2 or 3")
    for name in ("pdf_max_depth", "pdf_max_chars", "pdf_part_size"):
        if config[name] < 1:
            raise ConfigError(f"{name} must be a positive number")
    if config.pdf_jobs < 0:
        raise ConfigError("pdf_jobs: a number of processes, or 0 for one per CPU")
    if not all(isinstance(word, str) for word in config.pdf_keywords):
        raise ConfigError("pdf_keywords: a list of strings")
