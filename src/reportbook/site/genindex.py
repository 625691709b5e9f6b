"""The book's index, for the site's index page and the PDF: Sphinx's index entries, each
with the mentions of what it defines (``mentions.py``), in the order of the book's language.

Sphinx files index entries under their first character and sorts them by code point, so a
Chinese index would get one heading per character in an arbitrary order. Here entries are
filed under the letter the language's collation gives (the pinyin initial for Chinese) and
sorted by its spelling (the pinyin), as the glossary is. An entry's first link is its
definition; its mentions follow in the order of the book.
"""

from dataclasses import dataclass, field

from sphinx.application import Sphinx
from sphinx.builders import Builder
from sphinx.config import Config
from sphinx.environment import BuildEnvironment
from sphinx.environment.adapters.indexentries import IndexEntries
from sphinx.locale import _
from sphinx.util import logging

from ..languages import LANGUAGES_FILE, get_language
from ..typedconfig import ConfigRefused, log_error, refuse
from .collation import check, initial, sort_key
from .mentions import Place, definitions

logger = logging.getLogger(__name__)

INDEX_PAGES = {"genindex", "genindex-all"}


@dataclass
class IndexLink:
    uri: str  # the anchor: an index directive's, a glossary term's or a mention's
    section_uri: str  # the section it stands in
    where: str  # that section, as a reader finds it: "1.3 Address by Jiang Hengjie"
    docname: str
    main: bool = False  # the definition


@dataclass
class IndexEntry:
    name: str
    links: list[IndexLink] = field(default_factory=list)
    subentries: list["IndexEntry"] = field(default_factory=list)
    category: str | None = None

    @property
    def places(self) -> list[IndexLink]:
        """The links after the first (the definition, if there is one), one a section, in the
        order of the book: the site's index lists these by their sections' titles."""
        seen = {link.section_uri for link in self.links[:1]}
        unique = []
        for link in self.links[1:]:
            if link.section_uri not in seen:
                seen.add(link.section_uri)
                unique.append(link)
        return unique


def reading_order(env: BuildEnvironment) -> list[str]:
    """The documents as the book prints them: the root's toctrees, depth first."""
    order: list[str] = []
    stack = [env.config.root_doc]
    while stack:
        docname = stack.pop()
        if docname in order or docname not in env.all_docs:
            continue
        order.append(docname)
        stack.extend(reversed(env.toctree_includes.get(docname, [])))
    return order + sorted(set(env.all_docs) - set(order))


class Linker:
    """URIs and reader-facing places of anchors, as one builder writes them."""

    def __init__(self, builder: Builder) -> None:
        self.builder = builder
        self.env = builder.env
        self.doc_uris: dict[str, str] = {}

    def doc_uri(self, docname: str) -> str:
        if docname not in self.doc_uris:
            self.doc_uris[docname] = self.builder.get_relative_uri("genindex", docname)
        return self.doc_uris[docname]

    def link(self, docname: str, anchor: str, place: Place | None, main: bool) -> IndexLink:
        uri = f"{self.doc_uri(docname)}#{anchor}"
        if place is None or place.top or not place.section_ids:
            section_uri = self.doc_uri(docname)
        else:
            section_uri = f"{self.doc_uri(docname)}#{place.section_ids[0]}"
        return IndexLink(uri, section_uri, self.where(docname, place), docname, main)

    def where(self, docname: str, place: Place | None) -> str:
        title = self.env.titles[docname].astext() if docname in self.env.titles else docname
        if place is None or not place.section_ids:
            return title
        key = "" if place.top else f"#{place.section_ids[0]}"
        number = self.env.toc_secnumbers.get(docname, {}).get(key)
        if number:
            return f"{'.'.join(map(str, number))} {place.section_title}"
        return title if place.top else f"{title} › {place.section_title}"


def book_index(builder: Builder) -> list[tuple[str, list[IndexEntry]]]:
    """The index as the builder links it, grouped and sorted in the language's order."""
    env = builder.env
    linker = Linker(builder)
    anchors = {}  # a Sphinx index link -> (document, anchor)
    for docname, entries in env.domains.index_domain.entries.items():
        for _type, _value, target_id, _main, _key in entries:
            anchors[f"{linker.doc_uri(docname)}#{target_id}"] = (docname, target_id)

    holders: dict[str, list[IndexEntry]] = {}  # an anchor's URI -> the entries it links

    def convert(name, links, category=None, subitems=()) -> IndexEntry:
        entry = IndexEntry(name, category=category)
        for main, uri in links:
            docname, anchor = anchors.get(uri, ("", ""))
            place = env.report_index_places.get(docname, {}).get(anchor)
            if not docname:
                entry.links.append(IndexLink(uri, uri, uri, "", bool(main)))
                continue
            entry.links.append(linker.link(docname, anchor, place, bool(main)))
            holders.setdefault(entry.links[-1].uri, []).append(entry)
        entry.subentries = [convert(sub, sublinks) for sub, sublinks in subitems]
        return entry

    entries = [
        convert(name, links, category, subitems)
        for _letter, group in IndexEntries(env).create_index(builder)
        for name, (links, subitems, category) in group
    ]
    order = reading_order(env)
    for docname in order:
        for mention in env.report_mentions.get(docname, ()):
            for defined_in, anchor in definitions(env, mention):
                uri = f"{linker.doc_uri(defined_in)}#{anchor}"
                for entry in holders.get(uri, ()):
                    for link in entry.links:
                        link.main = link.main or link.uri == uri
                    entry.links.append(linker.link(docname, mention.anchor, mention.place, False))
    position = {docname: n for n, docname in enumerate(order)}
    for entry in walk(entries):
        # the definitions first, then the mentions in the order of the book
        entry.links.sort(key=lambda link: (not link.main, position.get(link.docname, -1)))
    collation = get_language(env.config.language).collation
    return regroup(entries, collation, _("Symbols"))


def walk(entries: list[IndexEntry]):
    for entry in entries:
        yield entry
        yield from walk(entry.subentries)


def regroup(entries: list[IndexEntry], collation: str, symbols: str) -> list:
    """``[(heading, [entry, ...]), ...]``: under the letter the collation files each entry
    (an explicit category keeps its own heading), symbols first, sorted by spelling."""
    by_heading: dict[str, list[IndexEntry]] = {}
    for entry in entries:
        entry.subentries.sort(key=lambda sub: sort_key(sub.name, collation))
        heading = entry.category or initial(entry.name, collation) or symbols
        by_heading.setdefault(heading, []).append(entry)
    order = sorted(
        by_heading, key=lambda heading: (heading != symbols, sort_key(heading, collation))
    )
    return [
        (heading, sorted(by_heading[heading], key=lambda entry: sort_key(entry.name, collation)))
        for heading in order
    ]


def index_context(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    if pagename in INDEX_PAGES and "genindexentries" in context:
        context["report_index"] = book_index(app.builder)


def check_config(app: Sphinx, config: Config) -> None:
    collation = get_language(config.language).collation
    try:
        check(collation)
    except ValueError as error:
        log_error(str(LANGUAGES_FILE), f"[{config.language}] collation: {error}")
        raise ConfigRefused from None
    if config.html_split_index:
        # One page per heading, each written by Sphinx's own template with its own order.
        refuse(app, config, "html_split_index", True, "the report's index is one page")
        raise ConfigRefused


def check_entry_documents(app: Sphinx, env: BuildEnvironment) -> None:
    for docname in env.config.report_index_entry_documents:
        if docname not in env.found_docs:
            logger.warning(
                "report_index_entry_documents: there is no document %r", docname, type="report"
            )


def setup_genindex(app: Sphinx) -> None:
    app.setup_extension("reportbook.site.mentions")
    app.connect("config-inited", check_config)
    app.connect("env-check-consistency", check_entry_documents)
    app.connect("html-page-context", index_context)
