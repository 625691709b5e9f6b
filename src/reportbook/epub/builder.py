"""The ``epub`` builder: Sphinx's EPUB 3 builder with the report's metadata and cover, the
index in the navigation, and a reproducible container.

Both languages' books share one output folder, so each language's pages are written in a
folder of its own (``<outdir>/_xhtml/<language>``) and only the ``.epub`` lands in ``outdir``.
Nothing here sets a configuration value that the HTML and PDF builds read: they share the
language's doctrees, and a changed value would make each build re-read every document.
"""

import html
import os
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.builders.epub3 import Epub3Builder
from sphinx.config import Config
from sphinx.locale import _, __
from sphinx.util import logging

from ..config import epub_name
from ..languages import get_language
from ..site.dates import date_text
from ..site.links import TEMPLATES as SITE_TEMPLATES
from .package import content_identifier, write_epub

logger = logging.getLogger(__name__)

TEMPLATES = Path(__file__).parent / "templates"
COVER = "cover"  # the cover page's name, written as cover.xhtml
INDEX = "genindex"
# The site's own screen files (header bar, sidebar, menu, dark mode, previews): nothing to
# style or run in an e-book, and newer CSS than EPUB readers (and epubcheck) accept.
SITE_STATIC = Path(__file__).parent.parent / "site" / "static"
IDENTIFIER_ID = "report-id"  # the XML id of the package's unique identifier
# Sphinx's own records in the pages' folder, not part of the book: the settings the pages were
# written with, and the previous ones, kept when they differ (every catalog change: see
# i18n/compiledstate.py).
BOOKKEEPING = (".buildinfo", ".buildinfo.bak")


class ReportEpubBuilder(Epub3Builder):
    """One language's report as an EPUB 3 book."""

    name = "epub"
    epilog = __("The EPUB book is in %(outdir)s.")

    def init(self) -> None:
        self.language = get_language(self.config.language)
        self.book_dir = Path(self.outdir)
        self.outdir = self.book_dir / "_xhtml" / self.language.code
        self.outdir.mkdir(parents=True, exist_ok=True)
        self._static_dir = self.outdir / "_static"
        self._sources_dir = self.outdir / "_sources"
        self._downloads_dir = self.outdir / "_downloads"
        self._images_dir = self.outdir / "_images"
        super().init()

    @property
    def epub_path(self) -> Path:
        return self.book_dir / epub_name(self.config.report_slug, self.language.code)

    def init_templates(self) -> None:
        # The site's templates expect the site's page context (switcher, PDF link): the book
        # takes the EPUB theme with only its own templates in front of it.
        configured = self.config.templates_path
        self.config.templates_path = [
            *(p for p in configured if Path(p) != SITE_TEMPLATES),
            str(TEMPLATES),
        ]
        try:
            super().init_templates()
        finally:
            self.config.templates_path = configured

    def init_css_files(self) -> None:
        super().init_css_files()
        self.add_css_file("report-epub.css")

    def add_css_file(self, filename: str, **kwargs) -> None:
        if not (SITE_STATIC / filename).is_file():
            super().add_css_file(filename, **kwargs)

    def add_js_file(self, filename: str | None, **kwargs) -> None:
        if not filename or not (SITE_STATIC / filename).is_file():
            super().add_js_file(filename, **kwargs)

    def language_css(self) -> str:
        fonts = [*self.language.pdf.body_fonts, "serif"]
        return ", ".join(f'"{f}"' if f != "serif" else f for f in fonts)

    def copy_static_files(self) -> None:
        super().copy_static_files()
        css = (TEMPLATES / "report-epub.css").read_text("utf-8")
        css = css.replace("BODY_FONTS", self.language_css())
        (self._static_dir / "report-epub.css").write_text(css, "utf-8")
        for name in SITE_STATIC.iterdir():
            (self._static_dir / name.name).unlink(missing_ok=True)

    # --- the book's metadata: the same as the PDF's ---

    def book_title(self) -> str:
        title = self.config.pdf_title or self.env.titles[self.config.root_doc].astext()
        return title or self.config.project

    def content_metadata(self) -> dict:
        metadata = super().content_metadata()
        metadata["title"] = html.escape(self.book_title())
        metadata["author"] = html.escape(self.config.pdf_author)
        metadata["publisher"] = html.escape(self.config.pdf_author)
        metadata["contributor"] = html.escape(self.config.pdf_author)
        metadata["copyright"] = html.escape(str(_(self.config.copyright)))
        metadata["description"] = html.escape(translated(self.config.report_subtitle))
        metadata["lang"] = html.escape(self.language.tag)
        metadata["uid"] = IDENTIFIER_ID
        metadata["id"] = html.escape(self.identifier)
        return metadata

    def toc_metadata(self, level: int, navpoints) -> dict:
        metadata = super().toc_metadata(level, navpoints)
        metadata["uid"] = html.escape(self.identifier)
        metadata["title"] = html.escape(self.book_title())
        return metadata

    def navigation_doc_metadata(self, navlist) -> dict:
        metadata = super().navigation_doc_metadata(navlist)
        metadata["lang"] = html.escape(self.language.tag)
        metadata["toc_locale"] = html.escape(self.language.labels["pdf_contents"])
        return metadata

    # --- the cover first, the index last, in the reading order and the navigation ---

    def toc_add_files(self, refnodes: list[dict]) -> None:
        super().toc_add_files(refnodes)
        labels = self.language.labels
        refnodes.insert(
            0, {"level": 1, "refuri": COVER + self.out_suffix, "text": labels["epub_cover"]}
        )
        if self.use_index:
            refnodes.append(
                {"level": 1, "refuri": INDEX + self.out_suffix, "text": labels["pdf_index"]}
            )

    def build_content(self) -> None:
        # Sphinx puts the index in the spine itself; listed twice, it would be read twice.
        index = [node for node in self.refnodes if node["refuri"] == INDEX + self.out_suffix]
        self.refnodes = [node for node in self.refnodes if node not in index]
        super().build_content()
        self.refnodes += index

    def write_cover(self) -> None:
        config, language = self.config, self.language
        labels = language.labels
        facts = [
            (
                labels["pdf_date"],
                date_text(config.report_date, language.code) if config.report_date else "",
            ),
            (labels["pdf_place"], translated(config.report_place)),
            (labels["pdf_source"], translated(config.report_source)),
            (labels["pdf_language"], language.name),
        ]
        self.handle_page(
            COVER,
            {
                "title": self.book_title(),
                "subtitle": translated(config.report_subtitle),
                "facts": [(term, value) for term, value in facts if value],
                "cover_label": labels["epub_cover"],
            },
            "report-epub-cover.html",
        )

    def handle_finish(self) -> None:
        self.write_cover()
        pages = [
            str(path.relative_to(self.outdir))
            for path in sorted(self.outdir.rglob("*"))
            if path.is_file() and path.suffix != ".epub" and path.name not in BOOKKEEPING
        ]
        self.identifier = content_identifier(
            self.outdir,
            [name for name in pages if name not in GENERATED],
            f"{self.config.report_slug}/{self.language.code}",
        )
        super().handle_finish()

    def build_epub(self) -> None:
        logger.info(__("writing %s"), self.epub_path.name)
        names = ["content.opf", "toc.ncx", "nav.xhtml", *self.files]
        write_epub(self.epub_path, self.outdir, names, source_epoch())


# The files handle_finish writes after the identifier is computed: they contain it.
GENERATED = {"content.opf", "toc.ncx", "nav.xhtml", "mimetype", "META-INF/container.xml"}


def translated(text: str) -> str:
    """A configured text through the project's Sphinx catalog, as the PDF translates it."""
    return str(_(text)) if text else ""


def source_epoch() -> int:
    return int(os.environ.get("SOURCE_DATE_EPOCH", "0"))


def leave_out_bookkeeping(app: Sphinx, config: Config) -> None:
    """Sphinx packs every file of the pages' folder but those it lists and these. Set for
    every builder alike: the value is one the language's shared doctrees were read with."""
    config.epub_exclude_files = [*config.epub_exclude_files, *BOOKKEEPING]


def setup_epub(app: Sphinx) -> None:
    app.setup_extension("sphinx.builders.epub3")
    app.add_builder(ReportEpubBuilder, override=True)
    app.connect("config-inited", leave_out_bookkeeping)
