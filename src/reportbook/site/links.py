"""Links every HTML page carries: the same page in the other languages, and the book's PDF
and EPUB.

The site is laid out as ``<root>/<language>/<page>.html`` with the books in ``<root>/pdf/``
and ``<root>/epub/``,
so every link is relative and the site works from any path.
"""

from pathlib import Path
from posixpath import relpath

from sphinx.application import Sphinx
from sphinx.config import Config

from ..config import epub_name, pdf_name
from ..languages import get_language
from .status import PAGENAME as STATUS_PAGE

# Pages that only a translated language has: their switcher leads to the other home page.
ONE_LANGUAGE_PAGES = {STATUS_PAGE}

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"


def site_root(pagename: str) -> str:
    """Relative path from a page of one language to the site root holding all languages."""
    return "../" * (pagename.count("/") + 1)


def add_paths(app: Sphinx, config: Config) -> None:
    # Our templates come after the project's own, so the project can still override them.
    # New lists, not append: a value conf.py leaves unset is Sphinx's default list, shared by
    # every build in the process, so the e-book built after the site had the templates twice
    # and took its settings for changed (.buildinfo.bak).
    config.templates_path = [*config.templates_path, str(TEMPLATES)]
    config.html_static_path = [*config.html_static_path, str(STATIC)]


def language_links(languages, target: str, folder: str) -> list[dict]:
    """The language switcher's entries: ``target`` (a page's URI) in each language's site,
    relative to the page's ``folder`` under the site root."""
    return [
        {
            "code": lang.code,
            "tag": lang.tag,
            "name": lang.name,
            "url": relpath(f"{lang.code}/{target}", folder),
        }
        for lang in languages
    ]


def page_links(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    builder = app.builder
    if builder.format != "html" or builder.name not in {"html", "dirhtml"}:
        return
    config = app.config
    here = get_language(config.language)
    root = site_root(pagename)
    shared = pagename not in ONE_LANGUAGE_PAGES
    target = builder.get_target_uri(pagename if shared else config.root_doc)
    context["report_lang_tag"] = here.tag
    context["report_labels"] = here.labels
    context["report_pdf_url"] = root + "pdf/" + pdf_name(config.report_slug, here.code)
    context["report_epub_url"] = root + "epub/" + epub_name(config.report_slug, here.code)
    context["report_bilingual_url"] = root + "bilingual/" + target
    others = [get_language(code) for code in config.report_languages if code != here.code]
    context["report_translations"] = language_links(
        others, target, f"{here.code}/{Path(pagename).parent}"
    )


def setup_links(app: Sphinx) -> None:
    app.connect("config-inited", add_paths)
    app.connect("html-page-context", page_links)
    app.add_css_file("report.css")
