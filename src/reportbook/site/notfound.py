"""``404.html`` in each language's site.

A server shows its 404 page at whatever address was asked for, at any depth, so the page can
rely on no relative path. It is self-contained: inline CSS, the favicon inlined as a data URL,
no theme assets. Its links are root-relative (``/<language>/index.html``, right for a site at
the server's root); a small inline script corrects them for a site served under a path prefix
by finding the language's folder in the requested address. No ``<base>`` element, which would
change every link's meaning for one that is not the page's own.
"""

from pathlib import Path
from urllib.parse import quote

from sphinx.application import Sphinx

from ..languages import get_language

PAGENAME = "404"
TEMPLATE = "report-404.html"


def favicon_data_url(app: Sphinx) -> str:
    favicon = app.config.html_favicon
    if not favicon or "://" in favicon or not favicon.endswith(".svg"):
        return ""
    path = Path(app.confdir, favicon)
    return "data:image/svg+xml," + quote(path.read_text("utf-8")) if path.is_file() else ""


def not_found_page(app: Sphinx):
    if app.builder.name not in {"html", "dirhtml"}:
        return
    config = app.config
    here = get_language(config.language)
    root = config.root_doc
    site_title = app.env.titles[root].astext() if root in app.env.titles else config.project
    languages = [here] + [
        get_language(code) for code in config.report_languages if code != here.code
    ]
    context = {
        "lang_tag": here.tag,
        "labels": here.labels,
        "site_title": site_title,
        "inline_favicon": favicon_data_url(app),  # not "favicon_url": Sphinx rewrites that one
        "homes": [
            {
                "code": lang.code,
                "tag": lang.tag,
                "name": lang.name,
                "href": f"/{lang.code}/{root}.html",
            }
            for lang in languages
        ],
        "root_page": f"{root}.html",
    }
    yield PAGENAME, context, TEMPLATE


def setup_notfound(app: Sphinx) -> None:
    app.connect("html-collect-pages", not_found_page)
