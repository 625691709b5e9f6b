"""A translated doctree node against its source node: what a translation may change.

An allowlist: the translated node has the same elements in the same order, each with the same
attributes, except the few that hold text (``TEXT_ATTRIBUTES``); it adds no id, and no class
beyond ``language-<tag>`` (a span marking text in another language, which may wrap text
anywhere). Its text adds no control or format character, none of a bidi class, none of a
Unicode block the language does not list and no letter outside its characters
(``bidi_classes``, ``blocks``, ``characters``). Text is all a translator changes, and the
writers escape text.
"""

import unicodedata
from collections import deque
from itertools import islice

from docutils import nodes
from sphinx import addnodes

from .lint.bidi import reordering
from .lint.blocks import describe as describe_block
from .lint.blocks import foreign
from .lint.checks import (
    REFUSED_CATEGORIES,
    as_written_problems,
    blank_reference,
    check_character_references,
    index_change,
    numref_fields,
    shows_nothing,
)
from .lint.markup import language_classes

# Attributes that hold text a reader sees, or bookkeeping that names no target.
TEXT_ATTRIBUTES = {"alt", "title", "reftitle", "caption", "name", "explanation", "content"}
# Text attributes Sphinx's Locale sets to the msgstr as written (never read as MyST), as it
# does a toctree entry's title: where the source's text has no markup, the translation's may
# have none either, not even a language span (lint.checks.check_plain_text).
AS_WRITTEN_ATTRIBUTES = {"alt", "caption", "content"}
IGNORED_ATTRIBUTES = {
    "translated",
    "translatable",
    "names",
    "dupnames",
    "backrefs",
    "refexplicit",
    "rawcaption",
    "rawentries",
    "raw_entries",
}
# Elements whose text is markup or code for another program: it must stay as the source has it.
VERBATIM = (nodes.raw, nodes.math, nodes.math_block)
MAX_PROBLEMS = 10  # reported per message
ORDINARY_WHITESPACE = {"\n", "\t"}
REFUSED_TEXT = "control, format or right-to-left characters in the translation"
FOREIGN_TEXT = (
    "characters of a Unicode block the language does not list, of its look-alikes or not among "
    "its characters, or combining marks it does not list, in the translation"
)


def allowed_classes() -> set[str]:
    return set(language_classes())


def _kind(node: nodes.Node) -> str:
    return "text" if isinstance(node, nodes.Text) else node.tagname


def _check_of(node: nodes.Element) -> str:
    """The check a node of this kind falls under, so messages name what was attempted."""
    if isinstance(node, nodes.raw):
        return "html"
    if isinstance(node, addnodes.index):
        return "index"
    if isinstance(node, addnodes.download_reference):
        return "download"
    if isinstance(node, (nodes.image, nodes.figure)):
        return "image"
    if isinstance(node, (nodes.reference, addnodes.pending_xref, nodes.target)):
        return "link"
    return "structure"


def _is_language_span(node: nodes.Node, allowed: set[str]) -> bool:
    if not isinstance(node, nodes.inline) or not node.get("classes"):
        return False
    rest = {k: v for k, v in node.attributes.items() if v and k not in IGNORED_ATTRIBUTES}
    return set(rest) == {"classes"} and set(node["classes"]) <= allowed


def _elements(node: nodes.Element, allowed: set[str]) -> list[nodes.Element]:
    """The element children, language spans opened up: they wrap text only, and one language
    marks as foreign what the other does not."""
    found = []
    for child in node.children:
        if isinstance(child, nodes.Text):
            continue
        if _is_language_span(child, allowed):
            found += _elements(child, allowed)
        else:
            found.append(child)
    return found


def _entries_targets(node: nodes.Element, name: str):
    """Index and toctree entries without their text: what they point at."""
    entries = node.get(name) or []
    if isinstance(node, addnodes.index):
        return [(kind, target, main, category) for kind, _text, target, main, category in entries]
    return [entry[1:] for entry in entries]


def _refused_characters(text: str, source_text: str, lang: str | None) -> list[str]:
    """Characters the source lacks that hide text (controls, format characters) or reorder it
    (a bidi class the language does not allow: a Hebrew letter in Chinese text)."""
    in_source = set(source_text)
    bad = {
        ch
        for ch in set(text)
        if ch not in ORDINARY_WHITESPACE
        and unicodedata.category(ch) in REFUSED_CATEGORIES
        and ch not in in_source
    }
    bad.update(reordering(text, source_text, lang))
    return sorted(bad)


def _character_problems(text: str, source_text: str, lang: str | None) -> list[tuple[str, str]]:
    """The characters the translation may not add, as the guard's findings: those that hide or
    reorder text, then those of a block ``lang`` does not list, among its look-alikes or not
    among its characters (``blocks``, ``look_alikes``, ``characters``: a letter that looks like
    a digit or a numeral), each character under one."""
    problems = []
    refused = _refused_characters(text, source_text, lang)
    if refused:
        codes = ", ".join(f"U+{ord(ch):04X}" for ch in refused)
        problems.append(("character", f"{REFUSED_TEXT}: {codes}"))
    others = [describe_block(ch) for ch in foreign(text, source_text, lang) if ch not in refused]
    if others:
        problems.append(("character", f"{FOREIGN_TEXT}: {'; '.join(others)}"))
    return problems


def _compare_attributes(source: nodes.Element, new: nodes.Element, allowed: set[str]):
    for name in sorted(set(source.attributes) | set(new.attributes)):
        if name in IGNORED_ATTRIBUTES or name in TEXT_ATTRIBUTES:
            continue
        old, now = source.get(name), new.get(name)
        if name == "ids":
            for added in [i for i in now or [] if i not in (old or [])]:
                yield "id", f"the translation adds the id {added!r}"
        elif name == "classes":
            for added in [c for c in now or [] if c not in (old or []) and c not in allowed]:
                yield "class", f"the translation adds the class {added!r}"
        elif name == "entries":
            if _entries_targets(source, name) != _entries_targets(new, name):
                yield (
                    _check_of(new),
                    (
                        f"the translation changes what the {new.tagname} entries point at or "
                        "their category (a term's ' : ' starts a category)"
                    ),
                )
            elif isinstance(new, addnodes.index):  # a glossary term's, an {index} role's
                for (_, old_text, *_), (_, new_text, *_) in zip(old, now, strict=True):
                    if reason := index_change(old_text, new_text):
                        yield (
                            "index",
                            f"the translation {new_text!r} of the index entry {old_text!r} "
                            f"{reason}",
                        )
        elif (old or None) != (now or None):
            yield (
                _check_of(new),
                (f"the translation changes {name} of {new.tagname} from {old!r} to {now!r}"),
            )


def _signature(node: nodes.Element, allowed: set[str]) -> tuple:
    """What must match for two elements to pair: type and every non-text attribute."""
    kept = []
    for name in sorted(node.attributes):
        if name in IGNORED_ATTRIBUTES or name in TEXT_ATTRIBUTES or not node[name]:
            continue
        value = node[name]
        if name == "classes":
            value = sorted(set(value) - allowed)
        elif name == "entries":
            value = _entries_targets(node, name)
        kept.append((name, repr(value)))
    return (type(node), tuple(kept))


def _compare(source: nodes.Element, new: nodes.Element, allowed: set[str]):
    """Pair the children by signature, in any order (word order differs between languages,
    and references move with it), then compare each pair; report what has no partner."""
    yield from _compare_attributes(source, new, allowed)
    if isinstance(new, VERBATIM) and new.astext() != source.astext():
        yield _check_of(new), f"the translation changes the content of {new.tagname}"
    if _blank(new) and not _blank(source):
        role = f"{{{new['reftype']}}}`{new.get('reftarget', '')}`"
        yield "link", blank_reference(role, new.astext())
    if new.get("reftype") == "numref" and _numref_fields(new) != _numref_fields(source):
        yield "link", "the translation changes the number placeholder of a {numref} title"
    # Linear in the number of children, however many a hostile msgstr has.
    by_signature: dict[tuple, deque[nodes.Element]] = {}
    for old in _elements(source, allowed):
        by_signature.setdefault(_signature(old, allowed), deque()).append(old)
    extra = []
    for now in _elements(new, allowed):
        partners = by_signature.get(_signature(now, allowed))
        if partners:
            yield from _compare(partners.popleft(), now, allowed)
        else:
            extra.append(now)
    unpaired = [old for olds in by_signature.values() for old in olds]
    for now in extra:
        same_type = next((o for o in unpaired if type(o) is type(now)), None)
        if same_type is not None:
            unpaired.remove(same_type)
            yield from _compare_attributes(same_type, now, allowed)
        elif now.get("ids"):
            yield "id", f"the translation adds the id {now['ids'][0]!r}"
        elif set(now.get("classes", [])) - allowed:
            yield "class", f"the translation adds the class {now['classes'][0]!r}"
        else:
            target = now.get("refuri") or now.get("reftarget") or now.get("uri") or ""
            shown = f" ({target!r})" if target else ""
            yield _check_of(now), f"the translation adds {now.tagname}{shown}"
    for missing in unpaired:
        yield _check_of(missing), f"the translation drops the source's {missing.tagname}"


def _blank(node: nodes.Element) -> bool:
    """A cross-reference with a text of its own that shows nothing: a blank link."""
    explicit = isinstance(node, addnodes.pending_xref) and node.get("refexplicit")
    return bool(explicit) and shows_nothing(node.astext())


def _numref_fields(node: nodes.Element) -> list[str]:
    """The fields Sphinx fills with the number in a {numref} title (format text for Python)."""
    return numref_fields(node.astext() if node.get("refexplicit") else None)


def _texts(node: nodes.Element) -> list[str]:
    """The text of a node and of its text attributes."""
    found = [node.astext()]
    for element in node.findall(nodes.Element):
        found += [str(element[name]) for name in TEXT_ATTRIBUTES if element.get(name)]
        for name in ("entries",):
            found += [
                str(entry[1] if isinstance(element, addnodes.index) else entry[0])
                for entry in element.get(name) or []
                if entry
            ]
    return found


def compare_nodes(
    source: nodes.Element, new: nodes.Element, lang: str | None = None
) -> list[tuple[str, str]]:
    """Every way ``new`` differs from ``source`` beyond its text, as (check, message); its
    characters are judged as ``lang``'s (``bidi_classes``)."""
    allowed = allowed_classes()
    source_text = "".join(_texts(source))
    problems = list(islice(_compare(source, new, allowed), MAX_PROBLEMS + 1))
    for name in sorted(AS_WRITTEN_ATTRIBUTES):  # the node's own message, as written
        if source.get(name) != new.get(name):
            problems += as_written_problems(str(source.get(name) or ""), str(new.get(name) or ""))
    if isinstance(new, addnodes.toctree):  # the entries' own titles ("Title <doc>")
        entries = zip(source.get("entries") or [], new.get("entries") or [], strict=False)
        for (old, _), (now, _) in entries:
            if old and old != now:
                problems += as_written_problems(old, now or "")
    if len(problems) > MAX_PROBLEMS:  # a hostile msgstr can have thousands; a few say enough
        problems[MAX_PROBLEMS:] = [("structure", "and more differences of the same message")]
    problems += _character_problems("".join(_texts(new)), source_text, lang)
    return problems


def compare_index_entries(
    source: list, new: list, lang: str | None = None
) -> list[tuple[str, str]]:
    """A directive's index entries as Sphinx's Locale transform translated them, part by part
    (``gettext_additional_targets``), against the source's. Each stays one text a part: a
    ';' in a translated part would add a level to the index, a blank part would leave an
    entry Sphinx cannot read. Each part is published as written: it may not add what MyST
    reads otherwise (``check_plain_text``), which the linter would not have read."""
    problems = []
    for (kind, old, *rest), (new_kind, now, *new_rest) in zip(source, new, strict=True):
        if (kind, rest[:2]) != (new_kind, new_rest[:2]):
            problems.append(("index", "the translation changes what an index entry points at"))
            continue
        parts, translated = old.split(";"), now.split(";")  # Locale joins the parts with ';'
        if references := list(check_character_references(old, now)):
            problems += references  # each ends in ';': named for what it is, not as a level
        elif len(translated) != len(parts) or not all(part.strip() for part in translated):
            problems.append(
                (
                    "index",
                    f"the translation of the index entry {old!r} must be one text a part, "
                    "without ';'",
                )
            )
        else:  # each part is published as written, never read as MyST
            for part, now_part in zip(parts, translated, strict=True):
                if reason := index_change(part.strip(), now_part.strip()):
                    problems.append(
                        (
                            "index",
                            f"the translation {now_part.strip()!r} of the index entry's "
                            f"part {part.strip()!r} {reason}",
                        )
                    )
                problems += as_written_problems(part.strip(), now_part.strip())
        problems += _character_problems(now, old, lang)
    return problems


def _index_texts(node: nodes.Element) -> list[str]:
    return [entry[1] for index in node.findall(addnodes.index) for entry in index["entries"]]


def revert(node: nodes.Element, source: nodes.Element, std, docname: str) -> None:
    """Give ``node`` back its source content: a refused translation is not published."""
    if isinstance(node, nodes.term):
        # Sphinx registered the translated term as a glossary entry; take that back.
        kept = {text.lower() for text in _index_texts(source)}
        for text in _index_texts(node):
            if text.lower() not in kept and std._terms.get(text.lower(), ("",))[0] == docname:
                std._terms.pop(text.lower())
                std.objects.pop(("term", text), None)
    node.children = []
    node.extend(child.deepcopy() for child in source.children)
    for name, value in source.attributes.items():
        node[name] = value
    node["translated"] = False
