"""The ``pdf`` builder: Sphinx's single-page HTML build with print templates and CSS, checked
(links, fonts, size) and typeset by WeasyPrint into ``<outdir>/<report_slug>-<language>.pdf``.
"""

import logging as std_logging
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.builders.singlehtml import SingleFileHTMLBuilder
from sphinx.locale import _, __
from sphinx.util import logging
from sphinx.util.display import progress_message

from ..config import pdf_name
from ..languages import get_language, load_languages
from ..site.dates import date_text
from ..site.genindex import book_index
from . import glyphs
from .book import inline_html, reshape, toc_entries
from .errors import PdfError
from .fonts import ROLES, faces, preflight, require_figures
from .forked import run_forked
from .freshness import book_inputs, newer_than_all
from .limits import check_limits
from .links import DOC_PREFIX, BookIds
from .styles import css_content, font_list, quoted_page_before
from .translator import BookTranslator
from .typeset import plan_parts, typeset_book

logger = logging.getLogger(__name__)

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
# Ids the print template adds around the body; a source id with the same name is renamed.
TEMPLATE_IDS = {"genindex", "book-cover", "book-contents"}


class PDFBuilder(SingleFileHTMLBuilder):
    """A book typeset by WeasyPrint from the whole document tree on one page."""

    name = "pdf"
    format = "html"  # the doctree is written as HTML first, like the singlehtml builder
    epilog = __("The PDF book is in %(outdir)s.")
    default_translator_class = BookTranslator
    search = False
    add_permalinks = False
    copysource = False
    allow_parallel = False
    html_scaled_image_link = False  # a link to the image file would put a file:// URL in the PDF

    def init(self) -> None:
        # WeasyPrint is not imported here: the Sphinx process would hold its ~27 MiB while
        # the book is typeset by workers. render.py checks pdf_variant against it.
        super().init()
        self.language = get_language(self.config.language)
        # Each language's intermediate HTML in its own folder: both books share one outdir.
        self.html_dir = Path(self.outdir) / "_html" / self.language.code
        self._static_dir = self.html_dir / "_static"
        self._images_dir = self.html_dir / "_images"
        self._downloads_dir = self.html_dir / "_downloads"
        self.imgpath = "_images"
        self.book_written = False  # set when this run assembles the book; else finish() skips
        self.failed = False  # set when what the book needs is missing; finish() skips then too

    def init_templates(self) -> None:
        # Only the print templates, not the screen theme.
        self.theme = None
        self.theme_options = {}
        self.create_template_bridge()
        self.templates.init(self, dirs=[str(TEMPLATES)])

    def get_target_uri(self, docname: str, typ: str | None = None) -> str:
        if docname == "genindex":
            return "#genindex"  # the index is the book's last chapter
        return super().get_target_uri(docname, typ)

    @property
    def pdf_path(self) -> Path:
        return Path(self.outdir) / pdf_name(self.config.report_slug, self.language.code)

    def get_outdated_docs(self) -> str | list[str]:
        """Nothing, when the PDF is newer than everything it is made from; Sphinx still writes
        the book if reading finds a document changed (``write_documents`` then runs)."""
        inputs = book_inputs(
            doctreedir=Path(self.doctreedir),
            docnames=self.env.found_docs,
            srcdir=Path(self.srcdir),
            confdir=self.confdir,
            locale_dirs=self.config.locale_dirs,
            language=self.config.language,
        )
        if newer_than_all(self.pdf_path, inputs):
            return []
        return "all documents"

    def write_documents(self, _docnames) -> None:
        lacking = preflight(self.text_languages())
        if lacking:
            self.fail(lacking)
            return
        self.book_written = True
        try:
            # In a child process: see forked.py. What it leaves is files, and the parts' paths.
            self.book_parts, self.index_last = run_forked(self.write_book)
        except PdfError as error:  # the user's to fix: no crash report
            self.fail(str(error))

    def fail(self, message: str) -> None:
        """Stop with one clear paragraph; the build then fails (see ``failed_status``)."""
        logger.error(message, type="pdf")
        self.failed = True

    def write_book(self) -> tuple[list[Path], bool]:
        """The book's HTML, images and style sheets; the HTML files to typeset, and whether
        the last is the index alone."""
        # The doctrees Sphinx kept from reading, for writers that write page by page; the book
        # is assembled from the pickled ones, and holding both would double the peak.
        getattr(self.env, "_write_doc_doctree_cache", {}).clear()
        self.prepare_writing(self.env.all_docs.keys())
        root_doc = self.config.root_doc
        with progress_message(__("assembling the book")):
            tree = self.assemble_doctree()
            book = reshape(tree, self.env.get_doctree(root_doc))
            self.ids = BookIds()
            self.ids.extra = set(TEMPLATE_IDS)
            self.ids.assign(tree, root_doc)
            self.ids.rewrite(tree, root_doc)
            self.secnumbers, self.fignumbers = self.book_numbers()
            check_limits(tree, root_doc, self.config.pdf_max_depth, self.config.pdf_max_chars)
        with progress_message(__("checking fonts")):
            for language in self.text_languages():
                for role in ROLES:
                    faces(language, role)
            require_figures(self.language)
            glyphs.require_glyphs(glyphs.find_missing(tree, self.language, root_doc))
        with progress_message(__("writing the book's HTML")):
            self.write_doc_serialized(root_doc, tree)
            self.current_docname = root_doc
            tree.settings = self.docsettings
            items = self.item_html(tree)
            context = self.book_context(book)
            glyphs.require_glyphs(glyphs.check_text(self.template_texts(context), self.language))
            self.html_dir.mkdir(parents=True, exist_ok=True)
            parts = self.write_parts(context, items)
        self.copy_image_files()
        self._static_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(STATIC / "print.css", self._static_dir / "print.css")
        (self._static_dir / "language.css").write_text(self.language_css(), encoding="utf-8")
        return parts

    def item_html(self, tree: nodes.document) -> list[str]:
        """The HTML of each top-level item (front matter, chapters), by one translator."""
        visitor = self.create_translator(tree, self)
        items = []
        for child in tree.children:
            start = len(visitor.body)
            child.walkabout(visitor)
            items.append("".join(visitor.body[start:]))
        return items

    def write_parts(self, context: dict, items: list[str]) -> tuple[list[Path], bool]:
        """``book.html``, the whole book; and, when it is longer than ``pdf_part_size``, the
        parts to typeset, cut between chapters: the first with the cover and contents, the
        last the index alone (typeset.py counts it after the others). Returns the files to
        typeset and whether the last is the index alone."""
        cover = self.templates.render("pdf-cover.html", context)
        index = self.templates.render("pdf-index.html", context)
        items = [cover, *items, index]

        def page(name: str, chosen: list[int]) -> Path:
            path = self.html_dir / name
            path.write_text(
                self.templates.render(
                    "pdf-book.html",
                    {
                        **context,
                        "cover_html": cover if 0 in chosen else "",
                        "body": "".join(items[i] for i in chosen if 0 < i < len(items) - 1),
                        "index_html": index if len(items) - 1 in chosen else "",
                    },
                ),
                encoding="utf-8",
            )
            return path

        whole = page("book.html", list(range(len(items))))
        for stale in self.html_dir.glob("book-part-*.html"):
            stale.unlink()
        parts = plan_parts(list(map(len, items)), self.config.pdf_part_size)
        if len(parts) == 1:
            return [whole], False
        last = len(items) - 1
        if context["index"] and parts[-1] != [last]:
            parts[-1].remove(last)
            parts.append([last])
        files = [page(f"book-part-{n:03}.html", chosen) for n, chosen in enumerate(parts)]
        return files, bool(context["index"])

    def text_languages(self):
        """The book's language and every language a phrase may be marked with."""
        return [
            self.language,
            *(lang for lang in load_languages().values() if lang is not self.language),
        ]

    def book_numbers(self):
        """Section and figure numbers keyed by the book-wide ids (see links.py)."""
        secnumbers = {}
        for docname, numbers in self.env.toc_secnumbers.items():
            for anchor, number in numbers.items():
                # anchor is "" for a document's first heading, else "#id"
                new = self.ids.resolve(f"{DOC_PREFIX}{docname}{anchor}", docname)
                if new:
                    secnumbers[new] = number
        fignumbers: dict[str, dict[str, tuple[int, ...]]] = {}
        for docname, by_type in self.env.toc_fignumbers.items():
            for figtype, numbers in by_type.items():
                for id_, number in numbers.items():
                    new = self.ids.ids.get((docname, id_))
                    if new:
                        fignumbers.setdefault(figtype, {})[new] = number
        return secnumbers, fignumbers

    def book_context(self, book) -> dict:
        config, language = self.config, self.language
        labels = language.labels
        title = config.pdf_title or book.title_text or config.project
        title_html = self.render_title(book.title) if book.title and not config.pdf_title else title
        when = source_date()
        return {
            **self.globalcontext,
            "lang_tag": language.tag,
            "labels": labels,
            "title": title,
            "title_html": title_html,
            "subtitle": translated(config.report_subtitle),
            "date": self.format_report_date(),
            "place": translated(config.report_place),
            "source": translated(config.report_source),
            "language_name": language.name,
            "author": config.pdf_author,
            "subject": translated(config.pdf_subject),
            "keywords": ", ".join(config.pdf_keywords),
            "created": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "toc": toc_entries(book, self.secnumbers, config.pdf_toc_depth),
            "index": self.index_entries(),
        }

    def render_title(self, title: nodes.title) -> str:
        return inline_html(title)

    def format_report_date(self) -> str:
        if not self.config.report_date:
            return ""
        return date_text(self.config.report_date, self.language.code, self.language.pdf.date_format)

    def index_entries(self) -> list:
        """The book's index (site/genindex.py) with each link pointed at its book-wide id:
        every place an entry stands, for render.py to print as pages."""
        root = self.config.root_doc
        sections: dict[str, int] = {}  # a short name for each section, to group links by
        return [
            {
                "letter": letter,
                "entries": [self.index_row(entry, root, sections) for entry in entries],
            }
            for letter, entries in book_index(self)
        ]

    def index_row(self, entry, root: str, sections: dict[str, int]) -> dict:
        links = []
        for link in entry.links:
            target = self.ids.resolve(link.uri, root)
            if target is None:
                logger.warning(
                    "index entry link %s points to nothing in the book",
                    link.uri,
                    type="pdf",
                    subtype="link",
                )
                continue
            group = sections.setdefault(link.section_uri, len(sections))
            links.append({"href": target, "main": link.main, "group": group})
        return {
            "name": entry.name,
            "links": links,
            "subitems": [self.index_row(sub, root, sections) for sub in entry.subentries],
        }

    def template_texts(self, context: dict):
        for key in ("title", "subtitle", "date", "place", "source", "language_name"):
            yield f"cover {key}", context[key]
        for key, value in context["labels"].items():
            yield f"label {key}", value

    def language_css(self) -> str:
        languages = self.text_languages()
        pdf = self.language.pdf
        return self.templates.render(
            "pdf-language.css",
            {
                "paper": self.config.pdf_paper_size,
                "pdf": pdf,
                "body_fonts": font_list(pdf.body_fonts),
                "heading_fonts": font_list(pdf.heading_fonts),
                "mono_fonts": font_list(pdf.mono_fonts),
                "page_number_fonts": font_list(pdf.page_number_fonts),
                "phrases": [
                    {
                        "tag": phrase_tag(lang, languages),
                        "body_fonts": font_list(lang.pdf.body_fonts),
                        "heading_fonts": font_list(lang.pdf.heading_fonts),
                        "mono_fonts": font_list(lang.pdf.mono_fonts),
                        "emphasis_style": lang.pdf.emphasis_style,
                        "emphasis_weight": lang.pdf.emphasis_weight,
                    }
                    for lang in languages
                ],
                # render.py gives each link the page of its target
                "see_page_inside": css_content(
                    self.language.labels["pdf_see_page_inside"], page="attr(data-page)"
                ),
                "see_page": css_content(
                    self.language.labels["pdf_see_page"], page="attr(data-page)"
                ),
                **quoted_page_before(self.language.labels),
            },
        )

    def finish(self) -> None:
        if self.failed:
            return
        if not self.book_written:
            logger.info(__("%s is up to date"), self.pdf_path.name)
            return
        with progress_message(__("typesetting %s") % self.pdf_path.name):
            try:
                typeset_book(
                    self.book_parts,
                    self.pdf_path,
                    root=self.html_dir,
                    variant=self.config.pdf_variant,
                    page_of=self.language.labels["pdf_page_of"],
                    jobs=self.config.pdf_jobs or len(os.sched_getaffinity(0)),
                    log=WeasyPrintLog(),
                    remembered=self.html_dir / "page-numbers.json",
                    pad=self.language.pdf.pad_page_numbers,
                    centred=tuple(
                        lang.primary_subtag
                        for lang in self.text_languages()
                        if lang.pdf.centre_page_numbers
                    ),
                    index_last=self.index_last,
                )
            except PdfError as error:  # refused files, WeasyPrint's errors: the user's to fix
                self.fail(str(error))


class WeasyPrintLog:
    """WeasyPrint's messages from every layout into Sphinx's log, each once: warnings as
    Sphinx warnings (so -W covers them), the rest as verbose output."""

    def __init__(self) -> None:
        self.seen: set[tuple[int, str]] = set()

    def __call__(self, layout) -> None:
        for level, message in layout.log:
            if level < std_logging.WARNING:
                logger.verbose("WeasyPrint: %s", message)
            elif (level, message) not in self.seen:
                self.seen.add((level, message))
                logger.warning("WeasyPrint: %s", message, type="pdf", subtype="weasyprint")


def phrase_tag(language, languages) -> str:
    """``zh`` rather than ``zh-CN`` when no other language shares the primary subtag, so a
    phrase tagged just ``zh`` is set in the right faces too."""
    same = [lang for lang in languages if lang.primary_subtag == language.primary_subtag]
    return language.tag.split("-")[0] if len(same) == 1 else language.tag


def translated(text: str) -> str:
    """A configured text through the project's Sphinx catalog (``sphinx.po`` in
    ``locale_dirs``), as Sphinx itself translates its labels."""
    return str(_(text)) if text else ""


def source_date() -> datetime:
    """Reproducible builds: the date comes from SOURCE_DATE_EPOCH when it is set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    return datetime.now(tz=UTC).replace(microsecond=0)


def failed_status(app: Sphinx, _exception) -> None:
    """A book that could not be made fails the build, with or without -W."""
    if isinstance(app.builder, PDFBuilder) and app.builder.failed:
        app.statuscode = 1


def setup_builder(app: Sphinx) -> None:
    app.setup_extension("sphinx.builders.singlehtml")
    app.add_builder(PDFBuilder)
    app.connect("build-finished", failed_status)
