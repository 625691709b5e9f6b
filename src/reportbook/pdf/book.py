"""The book's shape, taken from the assembled doctree: the title for the cover, the root
document's own text as front matter, one chapter per document of the root toctrees, and the
entries of the contents."""

import html
from dataclasses import dataclass, field

from docutils import nodes
from sphinx import addnodes

LANGUAGE_CLASS = "language-"


@dataclass
class TocEntry:
    level: int
    anchor: str
    title: str  # HTML
    number: str = ""
    part: str = ""  # the caption of the toctree that starts here, if any


@dataclass
class Book:
    title: nodes.title | None
    title_text: str
    chapters: list[addnodes.start_of_file] = field(default_factory=list)
    parts: dict[str, str] = field(default_factory=dict)  # first docname of a part -> caption


def toctree_captions(root_tree: nodes.document) -> dict[str, str]:
    """The caption of the toctree that lists each document first (``Report``, ``Appendices``)."""
    first: dict[str, str] = {}
    for toctree in root_tree.findall(addnodes.toctree):
        if toctree.get("caption") and toctree["includefiles"]:
            first[str(toctree["includefiles"][0])] = toctree["caption"]
    return first


def reshape(tree: nodes.document, root_tree: nodes.document) -> Book:
    """Lift the chapters to the top of the tree so each is a top-level section (an h1).

    What the root document says besides its title and toctrees stays in front, as a
    container carrying the root section's ids so links to the root document still land.
    """
    root = tree.next_node(nodes.section)
    if root is None:
        return Book(title=None, title_text="", chapters=[])
    title = root.next_node(nodes.title) if root.children else None
    front: list[nodes.Node] = []
    for child in tree.children:
        if child is not root:
            front.append(child)
            continue
        for grandchild in root.children:
            if grandchild is title:
                continue
            if not list(grandchild.findall(addnodes.start_of_file)):
                front.append(grandchild)
    chapters = [sof for sof in root.findall(addnodes.start_of_file) if outermost(sof)]
    book = Book(
        title=title.deepcopy() if title else None,
        title_text=title.astext() if title else "",
        chapters=chapters,
        parts=toctree_captions(root_tree),
    )
    new_children: list[nodes.Node] = []
    if front:
        container = nodes.container("", *front, classes=["book-front"], ids=list(root["ids"]))
        new_children.append(container)
    for sof in chapters:
        for section in sof.children:
            if isinstance(section, nodes.section):
                section["classes"].append("chapter")
        new_children.append(sof)
    tree.children = []
    tree.extend(new_children)
    return book


def outermost(sof: addnodes.start_of_file) -> bool:
    parent = sof.parent
    while parent is not None:
        if isinstance(parent, addnodes.start_of_file):
            return False
        parent = parent.parent
    return True


def inline_html(node: nodes.Node) -> str:
    """A title as HTML without links: text, and spans for phrases in another language."""
    if isinstance(node, nodes.Text):
        return html.escape(node.astext())
    inner = "".join(inline_html(child) for child in node.children)
    if isinstance(node, nodes.Element):
        for cls in node.get("classes", ()):
            if cls.startswith(LANGUAGE_CLASS):
                return f'<span lang="{html.escape(cls[len(LANGUAGE_CLASS) :])}">{inner}</span>'
    return inner


def toc_entries(book: Book, secnumbers: dict[str, tuple[int, ...]], depth: int) -> list[TocEntry]:
    entries: list[TocEntry] = []

    def visit(section: nodes.section, level: int, part: str) -> None:
        if not section["ids"] or not section.children:
            return
        anchor = section["ids"][0]
        number = ".".join(map(str, secnumbers.get("#" + anchor, ())))
        entries.append(TocEntry(level, anchor, inline_html(section[0]), number, part))
        if level < depth:
            for child in child_sections(section):
                visit(child, level + 1, "")

    for sof in book.chapters:
        part = book.parts.get(sof["docname"], "")
        for child in child_sections(sof):
            visit(child, 1, part)
            part = ""
    return entries


def child_sections(node: nodes.Element):
    """Sections directly below a node, looking through documents inlined there."""
    for child in node.children:
        if isinstance(child, nodes.section):
            yield child
        elif isinstance(child, addnodes.start_of_file):
            yield from child_sections(child)
