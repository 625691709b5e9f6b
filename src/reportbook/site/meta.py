"""Each page's ``<title>`` and ``<meta name="description">``, in the page's language.

The description is the page's first paragraph, from its (translated) doctree, shortened as a
preview is (``shorten.py``: never inside a number). Pages built without a doctree (the index,
search, 404 and translation-status pages) are described by a label of the page's language
(``data/languages.toml``) followed by the site's title. The titles conf.py sets
(``html_title``, ``html_short_title``) are English text that no catalog translates, so a
translated site names itself by its home page's translated title instead.
"""

from docutils import nodes
from sphinx.application import Sphinx

from ..languages import get_language
from .notfound import PAGENAME as NOT_FOUND_PAGE
from .shorten import shorten
from .status import PAGENAME as STATUS_PAGE
from .untranslated import translating

LIMIT = 160  # characters; about what search engines show
# Generated pages (no doctree) and the label that says what each is.
GENERATED_PAGES = {
    "genindex": "description_index",
    "search": "description_search",
    NOT_FOUND_PAGE: "description_not_found",
    STATUS_PAGE: "description_status",
}


def visible_text(node: nodes.Node) -> str:
    """The node's text without what the site marks as not part of it (our notices)."""
    if isinstance(node, nodes.Text):
        return node.astext()
    if isinstance(node, nodes.Element) and "no-search" in node["classes"]:
        return ""
    return "".join(visible_text(child) for child in node.children)


def trim(text: str, limit: int = LIMIT) -> str:
    return shorten(" ".join(text.split()), limit)


def description(doctree: nodes.document) -> str:
    if any(meta.get("name") == "description" for meta in doctree.findall(nodes.meta)):
        return ""  # the page sets its own
    for paragraph in doctree.findall(nodes.paragraph):
        if text := trim(visible_text(paragraph)):
            return text
    return ""


def generated_description(labels: dict, pagename: str, site_title: str) -> str:
    """What a generated page is, and the site it belongs to; empty for any other page."""
    key = GENERATED_PAGES.get(pagename)
    if key is None or key not in labels:
        return ""
    text = labels[key]
    if site_title:
        text = labels.get("described_page", "{text}").format(text=text, site=site_title)
    return trim(text)


def page_meta(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    root = app.config.root_doc
    if translating(app.config) and root in app.env.titles:
        site_title = app.env.titles[root].astext()
        context["docstitle"] = context["shorttitle"] = site_title
    if doctree is not None:
        text = description(doctree)
    else:
        labels = get_language(app.config.language).labels
        site_title = context.get("docstitle") or app.config.project
        text = generated_description(labels, pagename, site_title)
    if text:
        context["report_description"] = text


def setup_meta(app: Sphinx) -> None:
    app.connect("html-page-context", page_meta)
