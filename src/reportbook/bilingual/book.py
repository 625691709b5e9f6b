"""The ``bilingual-pdf`` builder: the bilingual edition as a book, by the ``pdf`` builder.

Same doctrees as the bilingual HTML edition (the same transforms pair each message with its
source), same typesetting, cover, contents, outline and index as the one-language books; its
own print style for the pairs, and the name ``<slug>-bilingual.pdf``.
"""

import re
from dataclasses import replace
from pathlib import Path

from ..languages import get_language, source_language
from ..pdf.builder import PDFBuilder, phrase_tag
from ..pdf.styles import css_content, quoted_page_before
from ..pdf.xrefs import ApplyPageReferences, MarkPageReferences
from .pairs import BOOK

STATIC = Path(__file__).parent / "static"
SEPARATOR = re.compile(r"</span> / <span lang=")
EDITION = "bilingual"  # the book's name in place of a language code


class BilingualPDFBuilder(PDFBuilder):
    name = BOOK

    def init(self) -> None:
        super().init()
        # Beside the translated language's own book in the same outdir: a folder of its own.
        self.html_dir = Path(self.outdir) / "_html" / EDITION
        self._static_dir = self.html_dir / "_static"
        self._images_dir = self.html_dir / "_images"
        self._downloads_dir = self.html_dir / "_downloads"

    @property
    def pdf_path(self) -> Path:
        return Path(self.outdir) / f"{self.config.report_slug}-{EDITION}.pdf"

    def book_context(self, book) -> dict:
        """On the cover and in the contents, each title's translation on a line of its own:
        a long title and its translation on one line would leave no room for the leader."""
        context = super().book_context(book)
        context["title_html"] = on_two_lines(context["title_html"])
        context["toc"] = [replace(e, title=on_two_lines(e.title)) for e in context["toc"]]
        return context

    def language_css(self) -> str:
        return (
            super().language_css()
            + self.page_reference_css()
            + (STATIC / "bilingual-print.css").read_text("utf-8")
        )

    def page_reference_css(self) -> str:
        """The source side's "(see p. N)" in the source's language. The book's language is
        the translation's, so the English column would otherwise read "（见第 5 页）". Only the
        source side gets a rule: the translation's would match through ``<html lang>`` too,
        and being later, win in the English column as well."""
        source = get_language(source_language())
        side = f"[lang]:lang({phrase_tag(source, self.text_languages())})"
        figures = source.pdf.reference_figures
        rules = [
            f"{side} {selector} {{ content: "
            f"{css_content(source.labels[label], page='attr(data-page)')}; "
            f"font-variant-numeric: {figures}; }}"
            for selector, label in (
                ("a.xref-page::after", "pdf_see_page"),
                ("a.xref-page.xref-in-brackets::after", "pdf_see_page_inside"),
            )
        ]
        # A quoted title's page before it, and the separator between two such titles, are
        # the translation's (xrefs.py); the source side prints its own, or none.
        before = quoted_page_before(source.labels)
        rules += [
            f"{side} a.xref-page.xref-quoted::before {{ "
            f"content: {before['see_page_before'] or 'none'}; font-variant-numeric: {figures}; }}",
            f"{side} .xref-separator::before {{ content: {before['title_separator'] or 'none'}; }}",
        ]
        if before["see_page_before"]:
            rules.append(f"{side} a.xref-page.xref-quoted::after {{ content: none; }}")
        return "\n" + "\n".join(rules) + "\n"


def on_two_lines(title_html: str) -> str:
    """``<span lang=..>English</span> / <span lang=..>中文</span>`` (see pairs.py): the
    separator becomes a line break."""
    return SEPARATOR.sub("</span><br><span lang=", title_html, count=1)


class BookPageReferences(MarkPageReferences):
    """The one-language books' page numbers after cross-references, in this book too."""

    builders = (BOOK,)


class BookApplyPageReferences(ApplyPageReferences):
    builders = (BOOK,)
