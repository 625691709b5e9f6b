"""A cross-reference to a heading shows that heading in the language of its own side.

Sphinx takes a ``{ref}``'s text from the heading's text, and in this edition a heading holds
both languages ("Closing summary / 总结讲话", see pairs.py), so every such link would read
both, in the English column and in the Chinese one. ``RecordTitles`` keeps each heading's
two texts once ``MarkPairs`` has paired them; after Sphinx has resolved the references, a link
whose text is a recorded heading keeps only the text of the side it stands in (its nearest
``language-*`` class).
"""

from pathlib import PurePosixPath

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.locale import _
from sphinx.transforms import SphinxTransform
from sphinx.transforms.post_transforms import SphinxPostTransform

from ..languages import get_language, source_language
from .pairs import BUILDERS, SOURCE

# The pages Sphinx makes, whose link text is its catalog's translation of these msgids (the
# std domain's labels "genindex", "modindex" and "search"), by the page a link leads to.
SPHINX_PAGES = {"genindex": "Index", "py-modindex": "Module Index", "search": "Search Page"}

TITLES = "reportbook_bilingual_titles"  # env: docname -> {both texts: {language tag: text}}


class RecordTitles(SphinxTransform):
    default_priority = 36  # after MarkPairs (35) has put both texts in each heading

    def apply(self, **kwargs) -> None:
        headings = {}
        for title in self.document.findall(nodes.title):
            sides = [child for child in title.children if isinstance(child, nodes.inline)]
            if len(sides) == 3 and SOURCE in sides[0]["classes"]:
                # An untranslated heading has the source's language on both sides.
                texts = {side_language(side): side.astext() for side in (sides[2], sides[0])}
                headings[title.astext()] = texts
        titles = self.env.__dict__.setdefault(TITLES, {})
        titles[self.env.current_document.docname] = headings


def side_language(node: nodes.Node) -> str | None:
    """The language tag of the nearest enclosing side (``language-<tag>``)."""
    while node is not None:
        for name in node.get("classes", ()) if isinstance(node, nodes.Element) else ():
            if name.startswith("language-"):
                return name.removeprefix("language-")
        node = node.parent
    return None


class OneSideTitles(SphinxPostTransform):
    builders = tuple(BUILDERS)
    default_priority = 20  # after the references are resolved (10)

    def run(self, **kwargs) -> None:
        titles = {
            both: texts
            for headings in self.env.__dict__.get(TITLES, {}).values()
            for both, texts in headings.items()
        }
        source, target = get_language(source_language()).tag, get_language(self.config.language).tag
        pages = {page: {source: name, target: str(_(name))} for page, name in SPHINX_PAGES.items()}
        for link in self.document.findall(nodes.reference):
            # A link to a page Sphinx makes is known by where it leads, not by its text: a
            # translation of "Index" that is some heading's text must not retitle that link.
            page = pages.get(PurePosixPath(link.get("refuri", "").split("#")[0]).stem)
            if page is not None and link.astext() == page[target]:
                texts = page
            else:
                texts = titles.get(link.astext())
            if texts is None or len(link.children) != 1:
                continue
            text = texts.get(side_language(link)) or next(iter(texts.values()))
            holder = link.children[0]
            if isinstance(holder, nodes.Text):
                link.children[0].parent = None
                link.children = []
                link += nodes.Text(text)
            elif isinstance(holder, nodes.inline) and len(holder.children) == 1:
                holder.children = []
                holder += nodes.Text(text)


def purge(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    env.__dict__.get(TITLES, {}).pop(docname, None)


def merge(app: Sphinx, env: BuildEnvironment, docnames, other: BuildEnvironment) -> None:
    mine = env.__dict__.setdefault(TITLES, {})
    for docname in docnames:
        if docname in other.__dict__.get(TITLES, {}):
            mine[docname] = other.__dict__[TITLES][docname]


def setup_titles(app: Sphinx) -> None:
    app.add_post_transform(OneSideTitles)
    app.connect("env-purge-doc", purge)
    app.connect("env-merge-info", merge)
