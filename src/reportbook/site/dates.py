"""Dates the toolchain writes, in the page's language (Babel, with the language's locale).

``report_date`` (ISO, from conf.py) becomes ``report_date_text`` in every page's template
context, and MyST text can say ``{reportdate}`long``` (or ``short``, ``medium``, ``full``).
"""

from datetime import date

from babel.dates import format_date
from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxRole

from ..languages import get_language

logger = logging.getLogger(__name__)
FORMATS = ("short", "medium", "long", "full")


def date_text(iso: str, language: str, style: str = "long") -> str:
    return format_date(
        date.fromisoformat(iso), format=style, locale=get_language(language).babel_locale
    )


class ReportDate(SphinxRole):
    """``{reportdate}`long``` → the report's date, spelled in the document's language."""

    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        style = self.text.strip() or "long"
        if style not in FORMATS or not self.config.report_date:
            problem = (
                f"unknown date format {style!r}, use one of {', '.join(FORMATS)}"
                if style not in FORMATS
                else "report_date is not set in conf.py"
            )
            logger.warning(
                "reportdate: %s",
                problem,
                location=self.get_location(),
                type="reportbook",
                subtype="date",
            )
            return [nodes.problematic(self.rawtext, self.rawtext)], []
        return [
            nodes.inline(
                self.rawtext,
                date_text(self.config.report_date, self.config.language, style),
                classes=["report-date"],
            )
        ], []


def page_date(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    if app.config.report_date:
        context["report_date"] = app.config.report_date
        context["report_date_text"] = date_text(app.config.report_date, app.config.language)


def setup_dates(app: Sphinx) -> None:
    app.add_role("reportdate", ReportDate())
    app.connect("html-page-context", page_date)
