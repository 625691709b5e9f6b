"""Which links print their page: "(see p. N)" follows a real cross-reference only, after the
quotation marks around it; in a language that sets a quoted title's page before it, before
the opening mark (见第 8 页“协同研发平台”一节).

A real cross-reference is one whose text Sphinx generated from its target: ``{ref}`` without
text of its own (the section title), ``{doc}`` without text (the document title), and
``{numref}`` (the figure or table number). A glossary ``{term}`` or a ``{ref}`` with its own
text (a name linking to its entry under People or Organisations) stays a plain link: a page
number after every such name would clutter the text, and each is a forward page number
WeasyPrint must lay the book out again to fill in.

Sphinx replaces each ``pending_xref`` by a new ``reference`` and forgets whether the text was
explicit, so the choice is made on the pending node (before resolution) and carried over it
by a wrapper, which is unwrapped into a class on the resolved link afterwards.
"""

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.transforms.post_transforms import SphinxPostTransform

XREF_PAGE = "xref-page"  # the print CSS adds "(see p. N)" after these links
IN_BRACKETS = "xref-in-brackets"  # ... or ", p. N" when the link already stands in brackets
OPENING, CLOSING = "(（[", ")）]"
# A title quoted around a link keeps its page outside the quotes: 'see “Detail”, p. 8', not
# 'see “Detail, p. 8”'; the quotes move into the link, which is marked XREF_QUOTED. The print
# CSS prints its page after the closing mark (::after), or, where the language says so
# (languages.toml, pdf_see_page_before_title), before the opening one (::before): a Chinese
# title is followed by the word it names, 见“协同研发平台”一节, which a page after the quotes
# would split, “协同研发平台”，第 8 页一节.
XREF_QUOTED = "xref-quoted"
# Between two quoted titles side by side (见于“出席人员与会议主持”“曹学军致辞”两节), an empty
# span: the CSS of a language printing each one's page before it prints a separator there
# (GB/T 15834—2011 4.5.3.5: quotes in a list take no 顿号, unless something stands between).
TITLE_SEPARATOR = "xref-separator"
QUOTES = {"“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", "«": "»", '"': '"'}
GENERATED_TEXT = {"ref", "doc"}  # their text is the target's title unless given explicitly
ALWAYS_NUMBERED = {"numref"}  # the text is the target's number, whatever the template


class page_reference(nodes.inline):
    """Carries the choice across reference resolution; never written out."""


def in_brackets(node: nodes.Node) -> bool:
    """Whether the text of the node's paragraph before it leaves a bracket open."""
    block = node.parent
    while isinstance(block, nodes.Inline) and block.parent is not None:
        block = block.parent
    depth = 0
    for text in block.findall(nodes.Text):
        if any(ancestor is node for ancestor in _ancestors(text)):
            break  # reached the reference itself
        depth += sum(text.count(c) for c in OPENING) - sum(text.count(c) for c in CLOSING)
    return depth > 0


def _ancestors(node: nodes.Node):
    while node is not None:
        yield node
        node = node.parent


def prints_page(node: addnodes.pending_xref) -> bool:
    if node.get("refdomain") != "std":
        return False
    reftype = node.get("reftype")
    return reftype in ALWAYS_NUMBERED or (reftype in GENERATED_TEXT and not node.get("refexplicit"))


def in_own_numbering(node: nodes.Node) -> bool:
    """Inside the contents, a title, or the glossary, which print no "see p."."""
    parent = node.parent
    while parent is not None:
        if isinstance(parent, (addnodes.glossary, nodes.title, addnodes.toctree)):
            return True
        if isinstance(parent, nodes.topic) and "contents" in parent["classes"]:
            return True
        parent = parent.parent
    return False


class MarkPageReferences(SphinxPostTransform):
    """Before resolution: wrap each cross-reference whose text Sphinx generates."""

    builders = ("pdf",)
    default_priority = 8  # before MyST's (9) and Sphinx's (10) reference resolvers

    def run(self, **kwargs) -> None:
        for node in list(self.document.findall(addnodes.pending_xref)):
            if prints_page(node) and not in_own_numbering(node):
                wrapper = page_reference("", "", node.deepcopy())
                wrapper["bracketed"] = in_brackets(node)
                node.replace_self(wrapper)


class ApplyPageReferences(SphinxPostTransform):
    """After resolution: the wrapped link gets the class; the wrapper goes."""

    builders = ("pdf",)
    default_priority = 15

    def run(self, **kwargs) -> None:
        for wrapper in list(self.document.findall(page_reference)):
            for link in wrapper.findall(nodes.reference):
                if link.get("refid") or link.get("refuri", "").startswith("#"):
                    link["classes"].append(XREF_PAGE)
                    if wrapper.get("bracketed"):
                        link["classes"].append(IN_BRACKETS)
                    if take_quotes_in(wrapper, link):
                        link["classes"].append(XREF_QUOTED)
                        mark_side_by_side(wrapper)
                break
            wrapper.replace_self(wrapper.children)


def mark_side_by_side(wrapper: nodes.Element) -> None:
    """Put a TITLE_SEPARATOR before ``wrapper`` if a quoted cross-reference stands right
    before it, nothing between the closing mark and the opening one (both taken in)."""
    parent = wrapper.parent
    at = next(i for i, child in enumerate(parent.children) if child is wrapper)
    before = at - 1
    while before >= 0 and (
        (isinstance(parent[before], nodes.Text) and not len(parent[before]))  # a Node is true
        or (isinstance(parent[before], nodes.target) and not parent[before].children)
    ):
        before -= 1  # the empty text left where the quotes were, an index mention's anchor
    if before < 0 or not isinstance(parent[before], nodes.Element):
        return
    previous = next(iter(parent[before].findall(nodes.reference)), None)
    if previous is not None and XREF_QUOTED in previous["classes"]:
        parent.insert(at, nodes.inline("", "", classes=[TITLE_SEPARATOR]))


def take_quotes_in(wrapper: nodes.Element, link: nodes.reference) -> bool:
    """Move the quotation marks that enclose ``wrapper`` (its only content the link) into the
    link, so the page the print CSS adds after it follows the closing mark, or the one it
    adds before it precedes the opening one. Whether there were such marks."""
    parent = wrapper.parent
    at = next(i for i, child in enumerate(parent.children) if child is wrapper)
    first = at - 1
    while first >= 0 and isinstance(parent[first], nodes.target) and not parent[first].children:
        first -= 1  # an index mention's anchor before the link (site/mentions.py)
    before = parent[first] if first >= 0 else None
    after = parent[at + 1] if at + 1 < len(parent) else None
    # len: a docutils Text is true however empty (a Node), and before[-1] would fail
    if not (isinstance(before, nodes.Text) and isinstance(after, nodes.Text) and len(before)):
        return False
    closing = QUOTES.get(before[-1])
    if closing is None or not after.startswith(closing):
        return False
    parent[first] = nodes.Text(before[:-1])  # by place: equal Text nodes compare equal
    parent[at + 1] = nodes.Text(after[len(closing) :])
    link.insert(0, nodes.Text(before[-1]))
    link.append(nodes.Text(closing))
    return True


def setup_xrefs(app: Sphinx) -> None:
    app.add_post_transform(MarkPageReferences)
    app.add_post_transform(ApplyPageReferences)
