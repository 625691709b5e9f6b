"""Text a translated site shows in the source language, marked as such.

Sphinx's Locale transform sets ``node['translated']`` on every message it looks up; a message
with no translation (missing, empty, or fuzzy, which the compiled catalog leaves out) stays in
the source language, and a page without a catalog is not looked up at all. We give each such
node the source language's ``lang`` (docutils writes a ``language-<tag>`` class as ``lang``)
and, on the HTML site, a short notice after each such paragraph, in the page's language.
"""

from weakref import WeakKeyDictionary

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.transforms import SphinxTransform
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.nodes import extract_messages

from ..languages import get_language, source_language

MARK = "report-untranslated"
NOTICE = "report-untranslated-notice"
# Each image's alt text before Locale replaced it; not a node attribute, which the
# translation boundary (i18n/doctree.py) would take for one the translation added.
SOURCE_ALT: WeakKeyDictionary = WeakKeyDictionary()


def translating(config: Config) -> bool:
    return config.language != source_language()


def in_source_language(node: nodes.Element) -> bool:
    # Locale translates a toctree's caption and an image's alt text without setting
    # 'translated'; what changed tells. (An image's alt before Locale: RememberSourceAlt.)
    # A msgstr equal to its msgid ("Report" for "Report") changes nothing, and Locale marks it
    # 'translated', as for a paragraph: the catalog translated it so, and `stats` counts it.
    if node.get("translated"):
        return False
    if isinstance(node, addnodes.toctree):
        return node.get("caption") == node.get("rawcaption")
    if isinstance(node, nodes.image):
        return node.get("alt") == SOURCE_ALT.get(node)
    return True


class RememberSourceAlt(SphinxTransform):
    default_priority = 19  # before Locale (20) replaces the alt text

    def apply(self, **kwargs) -> None:
        if translating(self.config):
            for image in self.document.findall(nodes.image):
                SOURCE_ALT[image] = image.get("alt")


class MarkUntranslated(SphinxTransform):
    default_priority = 30  # after Locale (20) has set node['translated']

    def apply(self, **kwargs) -> None:
        if not translating(self.config):
            return
        lang_class = "language-" + get_language(source_language()).tag
        for node, _msg in extract_messages(self.document):
            if isinstance(node, nodes.TextElement) and in_source_language(node):
                node["classes"] += [cls for cls in (lang_class, MARK) if cls not in node["classes"]]


class AddUntranslatedNotice(SphinxPostTransform):
    """After each untranslated paragraph, a small notice; the site's search does not index it."""

    default_priority = 900
    builders = ("html", "dirhtml")

    def run(self, **kwargs) -> None:
        here = get_language(self.config.language)
        for paragraph in self.document.findall(nodes.paragraph):
            if MARK in paragraph["classes"]:
                paragraph += nodes.inline(
                    "",
                    here.labels["untranslated"],
                    classes=[NOTICE, "no-search", "language-" + here.tag],
                )


def setup_untranslated(app: Sphinx) -> None:
    app.add_transform(RememberSourceAlt)
    app.add_transform(MarkUntranslated)
    app.add_post_transform(AddUntranslatedNotice)
