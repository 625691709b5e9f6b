"""Sorted glossaries in the order of the page's language.

Sphinx sorts a ``:sorted:`` glossary after translation (``GlossarySorter``, priority 500), by
the code points of the translated terms: fine for English, arbitrary for Chinese, where a
reader expects pinyin order. This transform runs right after it and sorts the items again by
their terms with the language's collation.
"""

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform

from ..languages import get_language
from .collation import sort_key


class SortGlossaries(SphinxTransform):
    default_priority = 510  # after Locale (20) translates the terms and Sphinx's sort (500)

    def apply(self, **kwargs) -> None:
        collation = get_language(self.config.language).collation
        for glossary in self.document.findall(addnodes.glossary):
            if not glossary.get("sorted"):
                continue
            for dlist in glossary.findall(nodes.definition_list):
                items = [
                    child
                    for child in dlist.children
                    if isinstance(child, nodes.definition_list_item)
                ]
                items.sort(key=lambda item: sort_key(first_term(item), collation))
                dlist.children = []  # re-attach in the new order
                dlist.extend(items)


def first_term(item: nodes.definition_list_item) -> str:
    term = next(item.findall(nodes.term), None)
    return term.astext() if term is not None else ""


def setup_glossary(app: Sphinx) -> None:
    app.add_transform(SortGlossaries)
