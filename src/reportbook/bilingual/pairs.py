"""Each translatable block, paired with its translation, straight from the catalog.

Before Sphinx's Locale transform replaces a message's text with its translation, ``KeepSource``
copies the node as the source wrote it: a block (paragraph, list item text, table cell text,
glossary definition) is put in a ``bilingual-pair`` container beside the node Locale then
translates in place; an inline-level node (a heading, a glossary term, a caption) keeps the
copy inside itself. ``MarkPairs`` then gives each side its ``lang`` and marks a pair whose
message is untranslated or fuzzy. Only the ``bilingual`` and ``bilingual-pdf`` builders do
any of this.
"""

import unicodedata
from hashlib import sha1

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms import SphinxTransform
from sphinx.util.nodes import extract_messages

from ..languages import get_language, source_language
from ..site.status import fuzzy_messages

BUILDER = "bilingual"
BOOK = "bilingual-pdf"
BUILDERS = {BUILDER, BOOK}  # the builders whose doctrees pair the messages
PAIR = "bilingual-pair"
SOURCE = "bilingual-source"
TARGET = "bilingual-target"
STATUS = {"untranslated": "bilingual-untranslated", "fuzzy": "bilingual-fuzzy"}
# A pair one side of which is longer than about a column of a page (in ems: a Chinese letter
# is one, a Latin letter half): printed one side above the other, which pages break as text.
# WeasyPrint lays a grid it may not break and that is taller than a page out again and again
# (red team 45: a 2,550-letter pair, within the length limits, took minutes). The report's
# longest side is 674 letters of Chinese.
LONG = "bilingual-long"
COLUMN_EMS = 800
BADGE = "bilingual-status"  # the visible word "untranslated" or "fuzzy" after such a block
COPY = "report_source_copy"  # the attribute an inline-level node keeps its source copy in
MSGID = "report_msgid"
# Messages that are an attribute of a node (a toctree's caption, an image's text alternative):
# both languages in the one attribute.
ATTRIBUTE_MESSAGES = {addnodes.toctree: "caption", nodes.image: "alt"}
# Nodes that are themselves inline content of their parent: paired inside, not beside.
INLINE_LEVEL = (nodes.title, nodes.term, nodes.caption, nodes.rubric, nodes.field_name)


def ems(node: nodes.Node) -> float:
    """About how wide the node's text is set on one line, in ems."""
    return sum(1 if unicodedata.east_asian_width(ch) in "WF" else 0.5 for ch in node.astext())


def message_class(msgid: str) -> str:
    """A class naming the catalog message a pair shows, so that a translator (or a test) can
    find a message's place on the page."""
    return "bilingual-msg-" + sha1(msgid.encode()).hexdigest()[:12]


def source_copy(node: nodes.Element) -> nodes.Element:
    """The node as written, without what must stay unique in the page: ids, targets, index
    entries (the translated side keeps them, so links and the index lead to one place)."""
    copy = node.deepcopy()
    for child in list(copy.findall(lambda n: isinstance(n, (nodes.target, addnodes.index)))):
        child.parent.remove(child)
    for element in copy.findall(nodes.Element):
        element["ids"] = []
        element["names"] = []
    copy["translatable"] = False  # Locale must leave the copy in the source language
    return copy


class KeepSource(SphinxTransform):
    default_priority = 15  # before Locale (20) translates the nodes in place

    def apply(self, **kwargs) -> None:
        for node, msg in list(extract_messages(self.document)):
            if isinstance(node, tuple(ATTRIBUTE_MESSAGES)):
                node[MSGID] = msg
                continue
            if not isinstance(node, nodes.TextElement) or node.parent is None:
                continue
            copy = source_copy(node)
            node[MSGID] = msg  # after copying: the copy is no message of its own
            if isinstance(node, INLINE_LEVEL):
                node[COPY] = copy
                node["classes"].append(message_class(msg))
                continue
            copy["classes"].append(SOURCE)
            pair = nodes.container(classes=[PAIR, message_class(msg)])
            node.replace_self(pair)
            pair += [copy, node]


class MarkPairs(SphinxTransform):
    default_priority = 35  # after Locale (20) and MarkUntranslated (30)

    def apply(self, **kwargs) -> None:
        source = get_language(source_language()).tag
        target = get_language(self.config.language).tag
        fuzzy = self.fuzzy_messages()
        labels = get_language(self.config.language).labels
        for node in self.document.findall(lambda n: isinstance(n, tuple(ATTRIBUTE_MESSAGES))):
            msg = node.attributes.pop(MSGID, None)
            attribute = ATTRIBUTE_MESSAGES[type(node)]
            if msg is not None and node.get(attribute) not in (None, msg):  # translated
                node[attribute] = f"{msg} / {node[attribute]}"
        for node in list(self.document.findall(nodes.TextElement)):
            msg = node.get(MSGID)
            if msg is None:
                continue
            status = None
            if not node.get("translated"):
                status = "fuzzy" if msg in fuzzy else "untranslated"
            side = [TARGET, f"language-{target if status is None else source}"]
            if status:
                side.append(STATUS[status])
            copy = node.attributes.pop(COPY, None)
            if copy is None:  # a block: the pair container holds both sides
                node["classes"] = [c for c in node["classes"] if not c.startswith("language-")]
                node["classes"] += side
                if status:
                    node.parent["classes"].append(STATUS[status])
                    node += nodes.inline("", labels[f"bilingual_{status}"], classes=[BADGE])
                if max(map(ems, node.parent.children)) > COLUMN_EMS:
                    node.parent["classes"].append(LONG)
                node.parent.children[0]["classes"].append(f"language-{source}")
            else:  # a heading or term: both texts inside it
                translated = nodes.inline("", "", *node.children, classes=side)
                original = nodes.inline(
                    "", "", *copy.children, classes=[SOURCE, f"language-{source}"]
                )
                node.children = []
                node += [original, nodes.inline("", " / ", classes=["bilingual-sep"]), translated]
                node["classes"] = [c for c in node["classes"] if not c.startswith("language-")]
                node["classes"] = [c for c in node["classes"] if c != "report-untranslated"]
                if status:
                    node["classes"].append(STATUS[status])

    def fuzzy_messages(self) -> set[str]:
        """The page catalog's fuzzy msgids with a text, counted as the status page counts
        them (one with no text is untranslated: red team 39)."""
        return fuzzy_messages(self.env, self.env.current_document.docname)
