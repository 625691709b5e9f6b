"""Compile catalogs to fresh .mo files in the build tree (never into locales/)."""

import io
import shutil
from pathlib import Path

from babel.messages.mofile import write_mo

from .catalogs import catalog_dir, domain_of, find_catalogs, load_catalog, write_atomic
from .problems import CatalogError, Problem, shown_path
from .review import compiled, digest


def _write_if_changed(path: Path, data: bytes) -> bool:
    """Leave an identical file untouched: its age tells Sphinx whether pages must be re-read."""
    if path.exists() and path.read_bytes() == data:
        return False
    write_atomic(path, data)  # temp file + rename: never a truncated file
    return True


def compile_catalogs(
    lang: str, locales: Path, out: Path, reviewed: set[str] | None = None
) -> list[Path]:
    """Write ``out/<lang>/LC_MESSAGES/<domain>.mo`` for every catalog; remove stale ones.

    Call only on catalogs that passed validation and the linter (see prepare). Fuzzy entries
    are left out, as msgfmt does, so a build falls back to English for them; with
    ``reviewed`` (review.py's record), so is every translation whose digest it lacks.

    The checked ``.po`` is copied beside its ``.mo``: Sphinx finds a language's catalogs by
    their ``.po`` files and only then records each page's ``.mo`` as a dependency, so without
    the copy a changed translation would not rebuild its page. The ``.mo`` is written after
    the ``.po``, so Sphinx sees it as up to date and never compiles one of its own.
    """
    source_root, target_root = catalog_dir(locales, lang), catalog_dir(out, lang)
    kept = []
    for po in find_catalogs(locales, lang):
        buf = io.BytesIO()
        domain = domain_of(po, source_root)
        catalog = load_catalog(po, lang)
        if reviewed is not None:
            for message in catalog:
                if compiled(message) and digest(domain, message) not in reviewed:
                    message.flags.add("fuzzy")  # awaiting review: left out, as fuzzy ones are
        write_mo(buf, catalog, use_fuzzy=False)
        mo, copy = target_root / f"{domain}.mo", target_root / f"{domain}.po"
        checked = po.read_bytes()  # read and checked already: only the writing may fail here
        try:
            if _write_if_changed(copy, checked) or not mo.exists():
                write_atomic(mo, buf.getvalue())
            else:
                _write_if_changed(mo, buf.getvalue())
        except OSError as error:  # the checks bound the path; the build's folder may not fit
            message = f"cannot be compiled under {shown_path(target_root)}/: {error.strerror}"
            raise CatalogError([Problem(po, 1, "file-name", message)]) from None
        kept += [mo, copy]
    if target_root.is_dir():
        found = {*target_root.rglob("*.mo"), *target_root.rglob("*.po")}
        for path in found - set(kept):
            if path.is_dir():  # a folder named like a catalog, left by an older build
                shutil.rmtree(path)
            elif path.exists():  # gone with a folder removed before it
                path.unlink()  # a page that lost its catalog must not keep an old translation
    return [path for path in kept if path.suffix == ".mo"]
