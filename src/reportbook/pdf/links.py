"""One book, one id space: fix the single-page build's links on the assembled doctree.

Sphinx's single-page builder inlines every document but keeps each document's ids, so two
documents can both have ``index-0``, and cross-references come out as ``#document-x#y``
(an open Sphinx bug). Here every id gets one book-wide name (unchanged where it is already
unique, otherwise prefixed with its document), and every internal reference is pointed at
that name, before the translator writes any HTML.
"""

import re
from collections.abc import Iterator

from docutils import nodes
from sphinx import addnodes
from sphinx.util import logging

logger = logging.getLogger(__name__)

DOC_PREFIX = "#document-"


def walk(tree: nodes.Node, root_doc: str) -> Iterator[tuple[nodes.Element, str]]:
    """Every element with the document it came from; iterative, so depth cannot overflow."""
    stack = [(tree, root_doc)]
    while stack:
        node, docname = stack.pop()
        if isinstance(node, addnodes.start_of_file):
            docname = node["docname"]
        yield node, docname
        stack.extend(
            (child, docname)
            for child in reversed(node.children)
            if isinstance(child, nodes.Element)
        )


class BookIds:
    """Where each (document, id) of the sources stands in the book."""

    def __init__(self) -> None:
        self.ids: dict[tuple[str, str], str] = {}
        self.doc_anchor: dict[str, str] = {}  # a document's first section
        self.extra: set[str] = set()  # ids the templates add (contents, index)

    def assign(self, tree: nodes.Node, root_doc: str) -> None:
        owners: dict[str, set[str]] = {}
        for node, docname in walk(tree, root_doc):
            for id_ in node.get("ids", ()):
                owners.setdefault(id_, set()).add(docname)
        taken = set(owners) | self.extra
        for node, docname in walk(tree, root_doc):
            for id_ in node.get("ids", ()):
                if (docname, id_) in self.ids:
                    continue
                new = id_
                if len(owners[id_]) > 1 or id_ in self.extra:
                    new = unique(f"{slug(docname)}--{id_}", taken)
                    taken.add(new)
                self.ids[docname, id_] = new
            if isinstance(node, nodes.section) and node["ids"]:
                self.doc_anchor.setdefault(docname, self.ids[docname, node["ids"][0]])

    def resolve(self, uri: str, docname: str) -> str | None:
        """The book-wide ``#id`` for an in-book URI, or None if it points nowhere."""
        if uri.startswith(DOC_PREFIX):
            target_doc, _, anchor = uri[len(DOC_PREFIX) :].partition("#")
        elif uri.startswith("#"):
            target_doc, anchor = docname, uri[1:]
        else:
            return None
        if anchor in self.extra:
            return "#" + anchor
        if not anchor:
            found = self.doc_anchor.get(target_doc)
        else:
            found = self.ids.get((target_doc, anchor))
        return "#" + found if found else None

    def rewrite(self, tree: nodes.Node, root_doc: str) -> None:
        for node, docname in walk(tree, root_doc):
            if node.get("ids"):
                node["ids"] = [self.ids[docname, id_] for id_ in node["ids"]]
            if node.get("backrefs"):
                node["backrefs"] = [self.ids.get((docname, id_), id_) for id_ in node["backrefs"]]
            if "refid" in node:
                new = self.ids.get((docname, node["refid"]))
                if new is None:
                    warn_unresolved(node, "#" + node["refid"], docname)
                else:
                    node["refid"] = new
            elif isinstance(node, nodes.reference) and node.get("refuri", "").startswith("#"):
                new = self.resolve(node["refuri"], docname)
                if new is None:
                    warn_unresolved(node, node["refuri"], docname)
                else:
                    node["refuri"] = new


def warn_unresolved(node: nodes.Element, uri: str, docname: str) -> None:
    logger.warning(
        "link %s points to nothing in the book",
        uri,
        location=(docname, node.line),
        type="pdf",
        subtype="link",
    )


def slug(docname: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", docname).strip("-").lower() or "doc"


def unique(candidate: str, taken: set[str]) -> str:
    new, n = candidate, 1
    while new in taken:
        n += 1
        new = f"{candidate}-{n}"
    return new
