"""The msgids of every page's template: what Sphinx's gettext build extracts from the sources.

A catalog may hold messages its page no longer has (a sentence edited in the sources, until
``nox -s update`` makes the old one obsolete) or never had (one a translator added). Python's
gettext loads them, but no page looks them up, so they are counted neither as translated
nor at all: a language's counts are its templates' messages.
"""

import subprocess
import sys
import tempfile
from pathlib import Path

from babel.messages.pofile import read_po

from .problems import CatalogError, Problem


def page_templates(source: Path) -> dict[str, set[str]] | None:
    """Domain → the msgids of its template; None where ``source`` is no Sphinx project
    (catalogs checked on their own, as in the tests' small roots)."""
    source = Path(source)
    if not (source / "conf.py").is_file():
        return None
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "pot"
        # A process of its own: Sphinx keeps translators and settings in module state, which
        # would leak into the language's own build run after this in the same process.
        # Quiet: the build after this reports the sources' problems.
        gettext = [sys.executable, "-m", "sphinx", "-b", "gettext", "-Q", "-d", f"{tmp}/doctrees"]
        done = subprocess.run([*gettext, str(source), str(out)], capture_output=True, check=False)
        if done.returncode:
            raise CatalogError(
                [
                    Problem(
                        source / "conf.py",
                        1,
                        "template",
                        "the sources did not build with Sphinx's gettext builder, so the "
                        "catalogs cannot be counted against their pages; `nox -s gettext` "
                        "shows why",
                    )
                ]
            )
        return {
            pot.relative_to(out).with_suffix("").as_posix(): _msgids(pot)
            for pot in out.rglob("*.pot")
        }


def _msgids(pot: Path) -> set[str]:
    with open(pot, "rb") as f:
        return {m.id for m in read_po(f) if m.id and isinstance(m.id, str) and not m.context}


def template_of(templates: dict[str, set[str]] | None, domain: str) -> set[str] | None:
    """A page's msgids (empty for a catalog with no page), or None with no templates known."""
    return None if templates is None else templates.get(domain, set())
