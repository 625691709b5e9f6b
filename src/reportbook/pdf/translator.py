"""HTML for print: section ids on headings, no per-document anchors (see links.py)."""

from docutils import nodes
from sphinx.writers.html5 import HTML5Translator


class BookTranslator(HTML5Translator):
    def visit_start_of_file(self, node: nodes.Element) -> None:
        # The single-page translator writes a <span id="document-…"> here; the book's links
        # point at each document's first heading instead (see links.py).
        self.docnames.append(node["docname"])

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
