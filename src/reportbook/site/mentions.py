"""Where the report mentions what its index lists.

Sphinx's index entries point only at the place of their ``index`` directive or glossary term
(sphinx-doc/sphinx#11814), so a person's entry would lead to the People appendix and never to
the chapters that talk about them. Here every ``{term}`` and every ``{ref}`` to a section of
an entry document (``report_index_entry_documents``: the People and Organisations appendices)
is a mention: it gets an anchor of its own, and the environment records it with the section
it stands in. ``genindex.book_index`` files each mention under the entry of the place it
refers to, so an entry's text, translated or not, is written once, where it is defined.
"""

from dataclasses import dataclass

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.environment.collectors import EnvironmentCollector
from sphinx.transforms import SphinxTransform
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.nodes import make_id

MENTION_CLASS = "index-mention"
# The roles that mention an entry: a glossary term, or a labelled section.
ROLES = {"term", "ref"}


@dataclass(frozen=True)
class Place:
    """Where an anchor stands: the ids and title of its innermost section, and whether that
    is the document's own (top) section."""

    section_ids: tuple[str, ...]
    section_title: str
    top: bool


@dataclass(frozen=True)
class Mention:
    anchor: str
    role: str  # "term" or "ref"
    target: str  # the glossary term or the label referred to
    place: Place | None = None


def place_of(node: nodes.Node) -> Place:
    section = node.parent
    while section is not None and not isinstance(section, nodes.section):
        section = section.parent
    if section is None:
        return Place((), "", True)
    title = section.next_node(nodes.title)
    return Place(
        tuple(section["ids"]),
        title.astext() if title is not None else "",
        isinstance(section.parent, nodes.document),
    )


def not_a_mention(node: nodes.Node) -> bool:
    """A term used to explain another term is a cross-reference between entries; a heading
    is copied into the contents, and an anchor with it."""
    parent = node.parent
    while parent is not None:
        if isinstance(parent, (addnodes.glossary, nodes.title)):
            return True
        parent = parent.parent
    return False


def definitions(env: BuildEnvironment, mention: Mention) -> list[tuple[str, str]]:
    """The (document, anchor) of each index entry the mention refers to."""
    std = env.domains.standard_domain
    if mention.role == "term":
        found = std.objects.get(("term", mention.target))
        if found is None:
            wanted = mention.target.lower()
            found = next(
                (
                    place
                    for (kind, name), place in std.objects.items()
                    if kind == "term" and name.lower() == wanted
                ),
                None,
            )
        return [found] if found else []
    docname, labelid, _title = std.labels.get(mention.target, ("", "", ""))
    if docname not in env.config.report_index_entry_documents:
        return []
    places = env.report_index_places.get(docname, {})
    return [(docname, anchor) for anchor, place in places.items() if labelid in place.section_ids]


class MarkMentions(SphinxTransform):
    """An anchor before each mention, carrying what it mentions. After the translation of
    the document (Locale, priority 20), so the anchors are in the text that is published."""

    default_priority = 870  # before doctree-read (880), where collectors read the document

    def apply(self, **kwargs) -> None:
        if self.env.docname in self.config.report_index_entry_documents:
            return  # the entries themselves, referring to each other
        for xref in list(self.document.findall(addnodes.pending_xref)):
            if xref.get("refdomain") != "std" or xref.get("reftype") not in ROLES:
                continue
            if not_a_mention(xref):
                continue
            anchor = make_id(self.env, self.document, "mention")
            target = nodes.target(
                "",
                "",
                ids=[anchor],
                classes=[MENTION_CLASS],
                mention_role=xref["reftype"],
                mention_target=xref["reftarget"],
            )
            self.document.note_explicit_target(target)
            xref.parent.insert(xref.parent.index(xref), target)


class AnchorTheLinks(SphinxPostTransform):
    """Once references are resolved, the anchor of a mention the index lists moves onto its
    link, and the anchor of any other reference goes: the page carries no empty element."""

    default_priority = 20  # after ReferencesResolver (10)

    def run(self, **kwargs) -> None:
        for target in list(self.document.findall(nodes.target)):
            if MENTION_CLASS not in target["classes"]:
                continue
            index = target.parent.index(target)
            following = target.parent[index + 1] if index + 1 < len(target.parent) else None
            mention = Mention(target["ids"][0], target["mention_role"], target["mention_target"])
            if not isinstance(following, nodes.Element):
                continue  # keep the anchor where it is
            if definitions(self.env, mention):
                following["ids"].extend(target["ids"])
            target.parent.remove(target)


class MentionCollector(EnvironmentCollector):
    """Per document: its mentions in reading order, and the place of each index entry's
    anchor (to find the entries a label's section defines)."""

    def clear_doc(self, app: Sphinx, env: BuildEnvironment, docname: str) -> None:
        env.report_mentions.pop(docname, None)
        env.report_index_places.pop(docname, None)

    def merge_other(self, app, env, docnames, other) -> None:
        for docname in docnames:
            env.report_mentions[docname] = other.report_mentions[docname]
            env.report_index_places[docname] = other.report_index_places[docname]

    def process_doc(self, app: Sphinx, doctree: nodes.document) -> None:
        env = app.env
        docname = env.docname
        env.report_mentions[docname] = [
            Mention(node["ids"][0], node["mention_role"], node["mention_target"], place_of(node))
            for node in doctree.findall(nodes.target)
            if MENTION_CLASS in node["classes"]
        ]
        places = {}
        for index in doctree.findall(addnodes.index):
            for _type, _value, target_id, _main, _key in index["entries"]:
                if target_id:
                    places[target_id] = place_of(index)
        env.report_index_places[docname] = places


def init_env(app: Sphinx) -> None:
    for name in ("report_mentions", "report_index_places"):
        if not hasattr(app.env, name):
            setattr(app.env, name, {})


def setup(app: Sphinx) -> dict:
    """An extension of its own: the site's index and the ``pdf`` builder's both read it."""
    setup_mentions(app)
    return {"parallel_read_safe": True, "parallel_write_safe": True}


def setup_mentions(app: Sphinx) -> None:
    app.setup_extension("reportbook.config")  # report_index_entry_documents
    app.connect("builder-inited", init_env)
    app.add_transform(MarkMentions)
    app.add_post_transform(AnchorTheLinks)
    app.add_env_collector(MentionCollector)
