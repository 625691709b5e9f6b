"""The whole book in every page's sidebar, and the neighbouring pages at the end of each page.

Themes that resolve the whole toctree for every page make a build quadratic in the book's
size. The book's contents are resolved and rendered once per build instead, as seen from the
root document; each page then gets that HTML with its own entry marked (``aria-current``) and
its own sections (the page-local contents Sphinx renders anyway) nested under it: a few string
operations per page.
"""

import re

from markupsafe import Markup
from sphinx.application import Sphinx
from sphinx.environment.adapters.toctree import global_toctree_for_doc
from sphinx.util.osutil import relative_uri

# A relative link of the rendered contents: not absolute, not a fragment of the page itself.
RELATIVE_HREF = re.compile(r'href="(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)')
# The page-local contents: one entry (the page's title) holding a list of its sections.
SECTIONS = re.compile(
    r"^\s*<ul>\s*<li><a [^>]*>.*?</a>(?P<sections><ul>.*</ul>)\s*</li>\s*</ul>\s*$", re.S
)


def book_contents(app: Sphinx) -> str:
    """The chapters and appendices as HTML, links relative to the root document; once a build."""
    builder = app.builder
    cached = getattr(builder, "_report_book_contents", None)
    if cached is None:
        tree = global_toctree_for_doc(
            app.env,
            app.config.root_doc,
            builder,
            tags=builder.tags,
            collapse=False,
            includehidden=True,
            maxdepth=1,
            titles_only=True,
        )
        cached = builder.render_partial(tree)["fragment"] if tree is not None else ""
        builder._report_book_contents = cached
    return cached


def contents_for(app: Sphinx, pagename: str, local_toc: str) -> str:
    """The book's contents as seen from ``pagename``, its entry marked and its sections open."""
    builder = app.builder
    html = book_contents(app)
    root = builder.get_target_uri(app.config.root_doc)
    to_root = relative_uri(builder.get_target_uri(pagename), root)
    prefix = to_root[: -len(root)] if to_root.endswith(root) else ""
    if prefix:
        html = RELATIVE_HREF.sub(f'href="{prefix}', html)
    link = f'<a class="reference internal" href="{prefix}{builder.get_target_uri(pagename)}">'
    start = html.find(link)
    if start < 0:
        return html  # a page outside the book's contents (index, search): nothing to mark
    end = html.index("</a>", start) + len("</a>")
    marked = link.replace(
        'class="reference internal"', 'class="reference internal current" aria-current="page"'
    )
    found = SECTIONS.match(local_toc or "")
    sections = found["sections"] if found else ""
    return html[:start] + marked + html[start + len(link) : end] + sections + html[end:]


def page_navigation(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    builder = app.builder
    if builder.format != "html" or builder.name not in {"html", "dirhtml", "bilingual"}:
        return
    # HTML that Sphinx rendered from the doctrees: Markup, so an autoescaping template keeps it.
    contents = contents_for(app, pagename, context.get("toc", ""))
    context["report_book_contents"] = Markup(contents)
    context["report_home_url"] = context["pathto"](app.config.root_doc)
    context["report_is_home"] = pagename == app.config.root_doc


def setup_navigation(app: Sphinx) -> None:
    app.connect("html-page-context", page_navigation)
    app.add_css_file("report-reader.css")
    app.add_js_file("report-menu.js")
    app.add_js_file("report-theme.js")
