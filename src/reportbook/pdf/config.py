"""The ``pdf_*`` configuration values, declared once in ``PdfConfig`` and validated on
``config-inited``."""

import re
from dataclasses import dataclass

from sphinx.application import Sphinx
from sphinx.config import Config

from ..typedconfig import at_least, check, confval, matches, one_of, register

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
PAPER = re.compile(r"(A[3-6]|B5|letter|legal)( (portrait|landscape))?")


POSITIVE = "must be a positive number"


@dataclass(frozen=True, kw_only=True)
class PdfConfig:
    pdf_variant: str | None = confval(
        "pdf/ua-1",
        "WeasyPrint PDF variant (pdf/ua-1 makes a tagged, accessible PDF); None: plain",
        one_of(VARIANTS, hint=f"choose one of {', '.join(sorted(VARIANTS))} or None"),
    )
    pdf_paper_size: str = confval(
        "A4",
        "CSS page size, e.g. 'A4' or 'letter landscape'",
        matches(PAPER, "use e.g. 'A4' or 'letter landscape'"),
    )
    pdf_title: str | None = confval(
        None, "the book's title; None: the root document's first heading (translated)"
    )
    pdf_author: str = confval(lambda config: config.author, "the PDF's author; default: author")
    pdf_subject: str = confval(
        lambda config: config.report_subtitle, "the PDF's subject; default: report_subtitle"
    )
    pdf_keywords: tuple[str, ...] = confval([], "the PDF's keywords")
    pdf_toc_depth: int = confval(
        2,
        "heading levels in the contents and the PDF outline (1-3)",
        one_of({1, 2, 3}, hint="use 1, 2 or 3"),
    )
    pdf_max_depth: int = confval(
        40, "deepest element nesting accepted before rendering", at_least(1, POSITIVE)
    )
    pdf_max_chars: int = confval(
        20_000_000, "largest amount of text accepted before rendering", at_least(1, POSITIVE)
    )
    pdf_part_size: int = confval(
        180_000,  # the report (about 155,000 in English, with the index's links) stays one document
        "characters of HTML typeset as one part; a longer book is cut between chapters into "
        "parts typeset one by one (memory) and side by side (pdf_jobs)",
        at_least(1, POSITIVE),
    )
    pdf_jobs: int = confval(
        1,
        "worker processes typesetting a book's parts side by side; 0: one per CPU "
        "(faster, but each holds a part in memory)",
        at_least(0, "a number of processes, or 0 for one per CPU"),
        rebuild="",  # how fast, not what: no rebuild when it changes
    )


def setup_pdf_config(app: Sphinx) -> None:
    register(app, PdfConfig)
    app.connect("config-inited", validate_pdf_config, priority=110)


def validate_pdf_config(app: Sphinx, config: Config) -> None:
    check(app, config, PdfConfig)
