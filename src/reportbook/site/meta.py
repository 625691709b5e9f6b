"""Each page's ``<title>`` and ``<meta name="description">``, in the page's language.

The description is the page's first paragraph, from its (translated) doctree, trimmed. The
titles conf.py sets (``html_title``, ``html_short_title``) are English text that no catalog
translates, so a translated site names itself by its home page's translated title instead.
"""

from docutils import nodes
from sphinx.application import Sphinx

from .untranslated import translating

LIMIT = 160  # characters; about what search engines show


def visible_text(node: nodes.Node) -> str:
    """The node's text without what the site marks as not part of it (our notices)."""
    if isinstance(node, nodes.Text):
        return node.astext()
    if isinstance(node, nodes.Element) and "no-search" in node["classes"]:
        return ""
    return "".join(visible_text(child) for child in node.children)


def trim(text: str, limit: int = LIMIT) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    # Cut at a word boundary when the text has spaces (English); Chinese can break anywhere.
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:，、；：") + "…"


def description(doctree: nodes.document) -> str:
    if any(meta.get("name") == "description" for meta in doctree.findall(nodes.meta)):
        return ""  # the page sets its own
    for paragraph in doctree.findall(nodes.paragraph):
        if text := trim(visible_text(paragraph)):
            return text
    return ""


def page_meta(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    if doctree is not None and (text := description(doctree)):
        context["report_description"] = text
    root = app.config.root_doc
    if translating(app.config) and root in app.env.titles:
        site_title = app.env.titles[root].astext()
        context["docstitle"] = context["shorttitle"] = site_title


def setup_meta(app: Sphinx) -> None:
    app.connect("html-page-context", page_meta)
