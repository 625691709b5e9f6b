"""Compile catalogs to fresh .mo files in the build tree (never into locales/)."""

import io
from pathlib import Path

from babel.messages.mofile import write_mo

from .catalogs import catalog_dir, domain_of, find_catalogs, load_catalog, write_atomic


def compile_catalogs(lang: str, locales: Path, out: Path) -> list[Path]:
    """Write ``out/<lang>/LC_MESSAGES/<domain>.mo`` for every catalog; remove stale ones.

    Call only on catalogs that passed validation and the linter (see prepare). Fuzzy entries
    are left out, as msgfmt does, so a build falls back to English for them.
    """
    source_root, target_root = catalog_dir(locales, lang), catalog_dir(out, lang)
    written = []
    for po in find_catalogs(locales, lang):
        buf = io.BytesIO()
        write_mo(buf, load_catalog(po, lang), use_fuzzy=False)
        mo = target_root / f"{domain_of(po, source_root)}.mo"
        write_atomic(mo, buf.getvalue())  # temp file + rename: never a truncated .mo
        written.append(mo)
    if target_root.is_dir():
        for stale in set(target_root.rglob("*.mo")) - set(written):
            stale.unlink()  # a page that lost its catalog must not keep an old translation
    return written
