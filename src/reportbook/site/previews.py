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
import unicodedata
from pathlib import Path

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx

from .shorten import shorten

DATA = "report-previews-data.js"
CACHE = "report-previews.json"
LONGEST = 420  # characters of an entry shown, its "…" included; a popup is a glimpse
SPACES = re.compile(r"\s+")
# Characters of a script written without spaces (Chinese, Japanese): two of them in adjoining
# paragraphs or list items are joined with none, as the page shows each.
CJK = re.compile(r"[\u3000-\u9fff]")


def _numeral(ch: str) -> bool:
    """A digit or numeral of any script (２, 七, 十, 万): Unicode gives it a value; and 两,
    the other two, which it gives none."""
    return unicodedata.numeric(ch, None) is not None or ch == "两"


def _joined(before: str, after: str) -> str:
    """What joins two blocks' texts: nothing between two Chinese characters, unless either is
    a numeral (二十 and 四 joined would read 二十四); a space otherwise."""
    cjk = CJK.match(before) and CJK.match(after)
    return (
        "" if cjk and not (_numeral(before) or _numeral(after) or "两" in before + after) else " "
    )


def plain(parts) -> str:
    """An entry's blocks as one line, each block's own spaces kept as its page shows them (a
    space between two numerals is what keeps them apart)."""
    text = ""
    for block in filter(None, (SPACES.sub(" ", part.astext()).strip() for part in parts)):
        text += (_joined(text[-1], block[0]) if text else "") + block
    return shorten(text, LONGEST)


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
