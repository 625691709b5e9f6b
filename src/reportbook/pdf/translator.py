"""HTML for print: cross-references marked so the print CSS can add their page number."""

from docutils import nodes
from sphinx import addnodes
from sphinx.writers.html5 import HTML5Translator

XREF_PAGE = "xref-page"  # the print CSS adds "(see p. N)" after these links


def is_cross_reference(node: nodes.reference) -> bool:
    """An in-book link a reader may want to follow on paper.

    Not the contents or a ``contents`` topic (they print their own numbers), not a term
    linked from inside the glossary itself, not footnote or image links.
    """
    if not (node.get("refid") or node.get("refuri", "").startswith("#")):
        return False
    if node.next_node(nodes.image) is not None:
        return False
    parent = node.parent
    while parent is not None:
        if isinstance(parent, addnodes.glossary):
            return False
        if isinstance(parent, nodes.topic) and "contents" in parent["classes"]:
            return False
        if isinstance(parent, (nodes.title, addnodes.toctree)):
            return False
        parent = parent.parent
    return True


class BookTranslator(HTML5Translator):
    def visit_start_of_file(self, node: nodes.Element) -> None:
        # The single-page translator writes a <span id="document-…"> here; the book's links
        # point at each document's first heading instead (see links.py).
        self.docnames.append(node["docname"])

    def visit_reference(self, node: nodes.Element) -> None:
        if is_cross_reference(node) and XREF_PAGE not in node["classes"]:
            node["classes"].append(XREF_PAGE)
        super().visit_reference(node)

    # A section's ids go on its heading, not on <section>: a section can begin at the foot of
    # one page while its heading is pushed to the next (break-after: avoid), and the contents,
    # the outline and every "see p." must give the page of the heading.
    def visit_section(self, node: nodes.Element) -> None:
        ids, node["ids"] = node["ids"], []
        try:
            super().visit_section(node)
        finally:
            node["ids"] = ids

    def section_title_tags(self, node: nodes.Element):
        own = node["ids"]
        node["ids"] = [*node.parent["ids"], *own]
        try:
            return super().section_title_tags(node)
        finally:
            node["ids"] = own
