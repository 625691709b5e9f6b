"""Bring a language's catalogs up to date with the .pot templates without losing any work.

Babel does the merge (Catalog.update keeps translator comments and moves removed messages to
the obsolete section) and the writing; this module adds what it lacks: strict validation first
(a broken catalog is never rewritten), our own fuzzy matcher, revival of obsolete messages that
come back, ``#|`` lines that read back (and stay on entries still fuzzy), the translator's own
header kept as it was, and no write at all when nothing changed.
"""

import io
import re
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import normalize, read_po, write_po

from .catalogs import catalog_dir, linked_folder, load_catalog, write_atomic
from .fuzzy import DEFAULT, Matcher
from .problems import CatalogError
from .validate import validate_file

GUESSED_FLAGS = {"python-format", "python-brace-format"}
WIDTH = 76  # Babel's and sphinx-intl's default, so either tool rewrites a file the same way
UNBROKEN = "\ue000"  # a private-use character stands for a space while Babel writes
POT_DATE = re.compile(r'^"POT-Creation-Date: [^"\\]*\\n"$', re.M)


def update_catalogs(
    lang: str, pot_dir: Path, locales: Path, matcher: Matcher = DEFAULT
) -> dict[str, list[str]]:
    """Update or create ``locales/<lang>/LC_MESSAGES/<domain>.po`` for every .pot.

    Returns the domains by outcome: {"create": [...], "update": [...], "unchanged": [...],
    "refused": [...]}. Raises CatalogError after the pass if any catalog was refused.
    """
    pot_dir = Path(pot_dir)
    if linked := linked_folder(locales, lang):  # its catalogs would be written where it leads
        raise CatalogError(validate_file(linked, lang))
    done: dict[str, list[str]] = {"create": [], "update": [], "unchanged": [], "refused": []}
    problems = []
    for pot in sorted(pot_dir.rglob("*.pot")):
        domain = pot.relative_to(pot_dir).with_suffix("").as_posix()
        po = catalog_dir(locales, lang) / f"{domain}.po"
        try:
            done[update_catalog(po, pot, lang, matcher)].append(domain)
        except CatalogError as err:
            done["refused"].append(domain)
            problems += err.problems
    if problems:
        raise CatalogError(problems)
    return done


def update_catalog(po: Path, pot: Path, lang: str, matcher: Matcher = DEFAULT) -> str:
    """'create', 'update' or 'unchanged'; CatalogError (and no write) if ``po`` is invalid."""
    template = _read_template(pot)
    if not po.exists():
        write_atomic(po, new_catalog(template, lang))
        return "create"
    problems = validate_file(po, lang)
    if problems:
        raise CatalogError(problems)
    original = po.read_bytes()
    before = render(load_catalog(po, lang), original)
    catalog = merge(load_catalog(po, lang), template, matcher)
    after = render(catalog, original)
    if after == before:
        return "unchanged"
    write_atomic(po, _set_pot_date(after, _pot_date(pot.read_bytes())))
    return "update"


def _read_template(pot: Path) -> Catalog:
    with open(pot, "rb") as f:
        return read_po(f, abort_invalid=True)


def new_catalog(template: Catalog, lang: str) -> bytes:
    catalog = Catalog(
        locale=lang,
        project=template.project,
        version=template.version,
        creation_date=template.creation_date,
        fuzzy=False,
    )
    catalog.update(template, no_fuzzy_matching=True)
    return _write(catalog)


def merge(catalog: Catalog, template: Catalog, matcher: Matcher) -> Catalog:
    """``catalog`` updated from ``template`` in place; every msgstr it had survives somewhere."""
    wanted = {_key(m) for m in template if m.id}
    for key in [k for k in catalog.obsolete if k in wanted and k not in catalog]:
        message = catalog.obsolete.pop(key)  # a message came back: revive its entry
        catalog[message.id] = message
    before = {_key(m): m for m in catalog if m.id}
    old_obsolete = set(catalog.obsolete)
    catalog.update(template, no_fuzzy_matching=True, update_creation_date=False)
    removed = {k: m for k, m in catalog.obsolete.items() if k not in old_obsolete}

    for message in catalog:
        old = before.get(_key(message))
        if old is not None and message.fuzzy and not message.previous_id:
            message.previous_id = old.previous_id  # Babel drops #| from unchanged fuzzy entries

    candidates = {_text(m.id): k for k, m in removed.items() if m.string}
    inherited = set()
    for message in catalog:
        if not message.id or message.string or _key(message) in before:
            continue
        best = matcher.best(_text(message.id), list(candidates))
        if best is not None:
            old = removed[candidates[best]]
            message.string = old.string
            message.flags.add("fuzzy")
            message.previous_id = [old.id] if isinstance(old.id, str) else list(old.id)
            message.user_comments = list(old.user_comments)
            inherited.add(candidates[best])
    for key, message in removed.items():
        # obsolete entries keep translations; one with nothing in it, or now inherited, goes
        if key in inherited or not (message.string or message.user_comments):
            del catalog.obsolete[key]
    return catalog


def _key(message):
    return (message.id, message.context) if message.context else message.id


def _text(msgid) -> str:
    return msgid if isinstance(msgid, str) else msgid[0]


def _write(catalog: Catalog) -> bytes:
    messages = [*catalog, *catalog.obsolete.values()]
    kept = [m.user_comments for m in messages]
    for message in messages:
        # Babel guesses these flags from "%" and "{" in a msgid; MyST roles are not formats
        message.flags -= GUESSED_FLAGS
        # Babel wraps comments at spaces ("Co.,\n# Ltd."); a translator's comment stays a line
        message.user_comments = [c.replace(" ", UNBROKEN) for c in message.user_comments]
    buf = io.BytesIO()
    try:
        write_po(buf, catalog, width=WIDTH, ignore_obsolete=False)
    finally:
        for message, comments in zip(messages, kept, strict=True):
            message.user_comments = comments
    data = buf.getvalue().replace(UNBROKEN.encode("utf-8"), b" ")
    return _add_previous(data, catalog)


def _add_previous(data: bytes, catalog: Catalog) -> bytes:
    """Insert ``#|`` lines as msgmerge writes them.

    Babel's ``include_previous`` wraps an already wrapped msgid as one comment, which no reader
    can parse back for long messages; so the lines are written here, entry by entry (Babel
    writes one entry per message, in catalog order, separated by blank lines).
    """
    head, *entries = data.decode("utf-8").split("\n\n")
    messages = [m for m in catalog if m.id]
    for i, message in enumerate(messages):
        if message.previous_id and i < len(entries):
            ids = ["msgid", "msgid_plural"]
            lines = [
                f"#| {line}"
                for kw, text in zip(ids, message.previous_id, strict=False)
                for line in f"{kw} {normalize(text, width=WIDTH)}".split("\n")
            ]
            entry = entries[i].split("\n")
            at = next(n for n, line in enumerate(entry) if line.startswith(("msgid ", "msgctxt ")))
            entries[i] = "\n".join(entry[:at] + lines + entry[at:])
    return "\n\n".join([head, *entries]).encode("utf-8")


def header_block(data: bytes) -> bytes:
    """The header comments and header entry, verbatim, up to (not including) the blank line."""
    lines = data.split(b"\n")
    i = 0
    while i < len(lines) and (not lines[i].strip() or lines[i].startswith(b"#")):
        i += 1
    i += 1  # msgid ""
    while i < len(lines) and lines[i].startswith(b'"'):
        i += 1
    i += 1  # msgstr ""
    while i < len(lines) and lines[i].startswith(b'"'):
        i += 1
    return b"\n".join(lines[:i])


def render(catalog: Catalog, original: bytes) -> bytes:
    """The catalog as Babel writes it, with the translator's own header kept as it was."""
    body = _write(catalog).split(b"\n\n", 1)
    return header_block(original) + (b"\n\n" + body[1] if len(body) > 1 else b"\n")


def _pot_date(pot: bytes) -> bytes | None:
    m = POT_DATE.search(pot.decode("utf-8"))
    return m.group().encode("utf-8") if m else None


def _set_pot_date(po: bytes, line: bytes | None) -> bytes:
    if line is None:
        return po
    head = header_block(po)
    new_head = POT_DATE.sub(lambda _: line.decode("utf-8"), head.decode("utf-8"), count=1)
    return new_head.encode("utf-8") + po[len(head) :]
