"""Typeset the book's HTML with WeasyPrint: its log goes into Sphinx's, and any error it
reports, any refused URL, any attachment, fails the build."""

import logging
from contextlib import contextmanager
from pathlib import Path

from sphinx.errors import SphinxError
from sphinx.util import logging as sphinx_logging

from .fonts import require_harfbuzz_subset

logger = sphinx_logging.getLogger(__name__)
WEASYPRINT_LOGGERS = ("weasyprint", "weasyprint.progress")


class RenderError(SphinxError):
    category = "PDF rendering error"


class ToSphinx(logging.Handler):
    """Warnings become Sphinx warnings (so -W covers them); errors are kept to fail the build."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.errors: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if record.levelno >= logging.ERROR:
            self.errors.append(message)
        elif record.levelno >= logging.WARNING:
            logger.warning("WeasyPrint: %s", message, type="pdf", subtype="weasyprint")
        else:
            logger.verbose("WeasyPrint: %s", message)


@contextmanager
def weasyprint_log():
    handler = ToSphinx()
    saved = []
    for name in WEASYPRINT_LOGGERS:
        log = logging.getLogger(name)
        saved.append((log, log.level, log.propagate))
        log.addHandler(handler)
        log.setLevel(logging.DEBUG if name.endswith("progress") else logging.INFO)
        log.propagate = False
    try:
        yield handler
    finally:
        for log, level, propagate in saved:
            log.removeHandler(handler)
            log.setLevel(level)
            log.propagate = propagate


def refuse_attachments(html) -> None:
    """``rel=attachment`` would embed a file in the PDF; the book embeds nothing."""
    for element in html.etree_element.iter():
        if "attachment" in (element.get("rel") or "").lower().split():
            raise RenderError(
                f"refused attachment {element.get('href')!r}: the PDF embeds no files"
            )


def render_pdf(html_path: Path, pdf_path: Path, root: Path, variant: str | None) -> None:
    # WeasyPrint is imported only when a book is made: it costs every other build ~0.7 s.
    from weasyprint import HTML
    from weasyprint.urls import FatalURLFetchingError

    from .fetcher import BuildOnlyFetcher

    require_harfbuzz_subset()
    fetcher = BuildOnlyFetcher(root)
    with weasyprint_log() as log:
        try:
            html = HTML(filename=html_path, url_fetcher=fetcher)
            refuse_attachments(html)
            document = html.render(pdf_variant=variant)
            if document.metadata.attachments:
                raise RenderError("refused attachments: the PDF embeds no files")
            if log.errors:
                raise RenderError("WeasyPrint: " + "\n".join(log.errors))
            # Written aside, then moved: a half-written PDF must not pass for an up-to-date one.
            partial = pdf_path.with_name(pdf_path.name + ".part")
            document.write_pdf(partial, pdf_variant=variant, pdf_identifier=True, attachments=None)
            partial.replace(pdf_path)
        except FatalURLFetchingError as error:
            raise RenderError(str(error.__cause__ or error)) from None
        except RecursionError:
            raise RenderError(
                "the book is nested too deeply for WeasyPrint's layout; "
                "lower pdf_max_depth or flatten the source"
            ) from None
    if log.errors:
        pdf_path.unlink(missing_ok=True)
        raise RenderError("WeasyPrint: " + "\n".join(log.errors))
