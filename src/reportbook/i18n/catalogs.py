"""Where catalogs live, how they are read (after strict validation) and written (atomically)."""

import io
import os
import tempfile
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po, unescape


def approving(catalog: Catalog | None, msgid: str) -> Message | None:
    """The message that gives ``msgid`` its approved form (a glossary term's, a name's): the
    one Sphinx publishes, a plain msgid translated and not fuzzy. A plural entry or one with a
    msgctxt is never published (the checks refuse it as ``template``), so it approves nothing."""
    message = catalog.get(msgid) if catalog is not None else None
    if (
        message is not None
        and isinstance(message.id, str)
        and isinstance(message.string, str)
        and message.string  # a blank one approves, to be refused as blank (prepare.py)
        and not message.context
        and not message.fuzzy
    ):
        return message
    return None


def awaiting(catalog: Catalog | None, msgid: str) -> bool:
    """Whether ``catalog``, read, holds no plain translation of ``msgid`` for ``approving``
    to find: none, an empty one or a fuzzy one, so an approved form (a name's, a term's) is
    still to come. A plural entry is refused in its own catalog, which says why."""
    if catalog is None or approving(catalog, msgid):
        return False
    entry = catalog.get(msgid)
    return entry is None or not isinstance(entry.id, (list, tuple))


def catalog_dir(locales: Path, lang: str) -> Path:
    return Path(locales) / lang / "LC_MESSAGES"


def linked_folder(locales: Path, lang: str) -> Path | None:
    """The language's folder or its LC_MESSAGES where one is a symbolic link: its catalogs
    would be read, and written, wherever it leads (a link to / walked the file system)."""
    for folder in (Path(locales) / lang, catalog_dir(locales, lang)):
        if folder.is_symlink():
            return folder
    return None


def find_catalogs(locales: Path, lang: str) -> list[Path]:
    """Every .po of a language, sorted; subfolders hold pages in subfolders of source/.
    A link is listed too, for validation to refuse it if it leads out of locales/, and a
    linked language or LC_MESSAGES folder is listed alone, unwalked. These are
    all the build reads of locales/: what else is there is neither checked nor hashed nor
    copied. A folder the system cannot open (its path over PATH_MAX) is passed over, as it
    would be by any reader; validation refuses a path far shorter (validate.MAX_PATH_BYTES)."""
    if linked := linked_folder(locales, lang):
        return [linked]  # for validation to refuse, unwalked
    found = []
    for folder, dirs, files in os.walk(catalog_dir(locales, lang)):  # links are not followed
        # A folder named like a catalog is listed, for validation to refuse: its catalogs
        # would be copied into a folder the build takes for a catalog (notes.po/extra.po).
        named = [name for name in dirs if name.endswith((".po", ".mo"))]
        found += [Path(folder, name) for name in named]
        links = [name for name in dirs if os.path.islink(os.path.join(folder, name))]
        found += [Path(folder, n) for n in [*files, *links] if n.endswith(".po") and n not in named]
        dirs[:] = [name for name in dirs if name not in named]
    return sorted(found)


def find_languages(locales: Path) -> list[str]:
    return sorted(p.name for p in Path(locales).iterdir() if (p / "LC_MESSAGES").is_dir())


def domain_of(path: Path, root: Path) -> str:
    """The gettext domain (Sphinx docname) a catalog belongs to: 'chapters/intro'."""
    return Path(path).relative_to(root).with_suffix("").as_posix()


def load_catalog(path: Path, lang: str | None = None) -> Catalog:
    """Read a catalog that has already passed validate.validate_file.

    abort_invalid makes Babel raise rather than skip what it cannot parse, as a second guard.
    Babel does not read ``#|`` (previous msgid) lines, so they are read here.
    """
    data = Path(path).read_bytes()
    catalog = read_po(io.BytesIO(data), locale=lang, abort_invalid=True)
    previous = previous_ids(data.decode("utf-8"))
    for message in [*catalog, *catalog.obsolete.values()]:
        # Babel takes "#| ..." for a translator comment "| ..."; it is the previous msgid
        message.user_comments = [c for c in message.user_comments if not c.startswith("|")]
        if message.lineno in previous:
            message.previous_id = previous[message.lineno]
    return catalog


def po_lines(text: str) -> list[str]:
    """A catalog's lines as msgfmt and Babel count them, at line feeds only: str.splitlines
    breaks at U+2028, U+0085 and others too, and named a later line (red team 39)."""
    lines = text.split("\n")
    if lines and not lines[-1]:
        lines.pop()
    return [line.removesuffix("\r") for line in lines]


def previous_ids(text: str) -> dict[int, list[str]]:
    """Line of an entry's ``msgid`` → its ``#| msgid`` (and ``#| msgid_plural``) strings."""
    found: dict[int, list[str]] = {}
    pending: list[list[str]] = []
    for number, line in enumerate(po_lines(text), 1):
        if line.startswith(("#| msgid ", "#| msgid_plural ")):
            pending.append([line.split(" ", 2)[2].strip()])
        elif line.startswith('#| "') and pending:
            pending[-1].append(line[3:].strip())
        elif line.startswith("msgid ") and pending:
            found[number] = ["".join(unescape(part) for part in parts) for parts in pending]
            pending = []
        elif not line.startswith("#") and line.strip():
            pending = []
    return found


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside the target, then rename: readers never see half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
