"""Every builder writes every page again when the catalogs changed since it last wrote them.

Sphinx re-reads a page when its compiled catalog is newer than the page's doctree (the
``.mo`` is one of the page's dependencies). But a language's site and e-book share their
doctrees, and each builder decides which pages to write by its own output: the builder
that runs first after a catalog change re-reads the page, and a builder run later finds
nothing to re-read and no newer source, so it keeps the pages it wrote from the old
catalogs. Those include a page whose own catalog did not change but that shows the changed
one's title (in its contents or sidebar), and every page when an interface text
(``sphinx.po``) changed.

The HTML builders (the site, the e-book, the bilingual edition) record in each output
folder's ``.buildinfo`` the settings they wrote it with, and write every page when those
differ. The catalogs the build reads are one of these settings here: a digest of them
(``report_compiled_catalogs``). The ``pdf`` builders compare their book with the
``.mo`` files themselves (``pdf/freshness.py``).
"""

import hashlib
import os
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.config import Config

from ..uptodate import fingerprint

NAME = "report_compiled_catalogs"


def catalogs_digest(srcdir: Path, locale_dirs: list[str], language: str | None) -> str:
    """The catalogs Sphinx reads for ``language``: the ``.mo`` files, and the ``.po`` files it
    would compile them from if they were newer. Empty when there are none."""
    digest, found = hashlib.sha256(), False
    for number, folder in enumerate(locale_dirs if language else []):
        messages = Path(srcdir, folder, language, "LC_MESSAGES")
        for path in sorted(messages.rglob("*")) if messages.is_dir() else []:
            if path.suffix in {".mo", ".po"}:
                found = True
                # Its name in the folder, not the build's path: the same catalogs built in
                # another folder are the same settings.
                name = os.fsencode(path.relative_to(messages))
                digest.update(f"{number}/".encode() + name + b"\0")
                digest.update(fingerprint(path))
    return digest.hexdigest() if found else ""


def record_catalogs(app: Sphinx, config: Config) -> None:
    config[NAME] = catalogs_digest(Path(app.srcdir), config.locale_dirs, config.language)


def only_prepared_catalogs(app: Sphinx, config: Config) -> None:
    """Where only reviewed translations are published (``report_reviewed``), the ``.mo``
    files prepare compiled are the only catalogs: Sphinx, finding the ``.po`` copy beside one
    newer than it, would compile every translation in it."""
    if config.report_reviewed:
        config.gettext_auto_build = False


def setup_compiled_state(app: Sphinx) -> None:
    # "html": what the HTML builders' .buildinfo records; a change re-reads nothing.
    app.add_config_value(NAME, "", "html", types=frozenset({str}))
    app.connect("config-inited", record_catalogs)
    app.connect("config-inited", only_prepared_catalogs)
