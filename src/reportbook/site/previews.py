"""Previews of glossary terms, people and organisations, built into the site.

Hovering over, focusing or tapping a link to a glossary term or to an entry of the People or
Organisations appendix shows the entry's text in a small popup (static/report-previews.js).
The texts come from the doctrees as plain text, when each page is written, into
``_static/report-previews-data.js``: a script, not JSON to fetch, so the previews work
offline and from files opened directly. Pages written in an earlier build keep their entries
through a cache beside the doctrees, so an incremental build still has every preview.
"""

import json
import re
from collections.abc import Iterator
from pathlib import Path

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx

from .shorten import shorten

DATA = "report-previews-data.js"
CACHE = "report-previews.json"
LONGEST = 420  # characters of an entry shown, its "…" included; a popup is a glimpse
SPACES = re.compile(r"\s+")


def _blocks(parts) -> Iterator[str]:
    """The texts of an entry's blocks (paragraphs, list items' paragraphs, table cells), each
    with its spaces as its page shows them; not comments or targets, which print nothing."""
    for part in parts:
        for node in part.findall(nodes.TextElement):
            if not isinstance(node, (nodes.Inline, nodes.Invisible)):
                yield SPACES.sub(" ", node.astext()).strip()


def plain(parts) -> str:
    """An entry's blocks, each on a line of its own as its page shows it apart: two blocks'
    edges joined would read as words neither has (年逾古 + 稀 is 古稀, "past seventy";
    二十 + 四 is 二十四: red teams 13, 42)."""
    return shorten("\n".join(filter(None, _blocks(parts))), LONGEST)


def glossary_entries(doctree: nodes.document):
    for glossary in doctree.findall(addnodes.glossary):
        for item in glossary.findall(nodes.definition_list_item):
            terms = [child for child in item.children if isinstance(child, nodes.term)]
            definitions = [child for child in item.children if isinstance(child, nodes.definition)]
            text = plain(definitions)
            for term in terms:
                title = "".join(
                    child.astext()
                    for child in term.children
                    if not isinstance(child, addnodes.index)
                )
                for node_id in term["ids"]:
                    yield node_id, title.strip(), text


def section_entries(doctree: nodes.document, prefixes: tuple[str, ...]):
    """Sections labelled with one of the prefixes: their title and their own text (not the
    text of their subsections, nor index entries and targets, which print nothing)."""
    for section in doctree.findall(nodes.section):
        ids = [node_id for node_id in section["ids"] if node_id.startswith(prefixes)]
        if not ids or not isinstance(section[0], nodes.title):
            continue
        body = [
            child
            for child in section.children[1:]
            if not isinstance(child, (nodes.section, nodes.target, addnodes.index))
        ]
        for node_id in ids:
            yield node_id, section[0].astext(), plain(body)


def wanted(app: Sphinx) -> bool:
    return app.builder.format == "html" and app.builder.name in {"html", "dirhtml"}


def collect(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    if not wanted(app):
        return
    uri = app.builder.get_target_uri(docname)
    prefixes = tuple(app.config.report_preview_prefixes)
    entries = {
        f"{uri}#{node_id}": {"title": title, "text": text}
        for found in (glossary_entries(doctree), section_entries(doctree, prefixes))
        for node_id, title, text in found
        if text
    }
    written = app.builder.__dict__.setdefault("_report_previews", {})
    written[docname] = entries


def write_data(app: Sphinx, exception) -> None:
    if exception or not wanted(app):
        return
    cache = Path(app.doctreedir) / CACHE
    try:
        by_page = json.loads(cache.read_text("utf-8"))
    except (OSError, ValueError):
        by_page = {}
    by_page.update(getattr(app.builder, "_report_previews", {}))
    by_page = {doc: entries for doc, entries in by_page.items() if doc in app.env.all_docs}
    cache.write_text(json.dumps(by_page, ensure_ascii=False, sort_keys=True), "utf-8")
    previews = {key: entry for entries in by_page.values() for key, entry in entries.items()}
    data = json.dumps(previews, sort_keys=True, separators=(",", ":"))
    static = Path(app.outdir) / "_static"
    static.mkdir(parents=True, exist_ok=True)
    (static / DATA).write_text(f"window.reportPreviews = {data};\n", "utf-8")


def setup_previews(app: Sphinx) -> None:
    app.connect("doctree-resolved", collect)
    app.connect("build-finished", write_data)
    app.add_js_file(DATA)
    app.add_js_file("report-previews.js")
