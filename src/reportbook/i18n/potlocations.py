"""Templates name their sources the same wherever a build writes them.

Sphinx writes each ``#: file:line`` location relative to the output directory, so the same
sources built into two places give different ``.pot`` files, and a translator's catalog
would point at paths that exist only on one machine. We write every location relative to
the project's conventional ``build/gettext`` folder (beside ``source/``), as ``nox -s gettext``
does anyway; then any build of the same commit writes the same templates.
"""

import os
from pathlib import Path

from sphinx.application import Sphinx

LOCATION = "#: "


def canonical_dir(srcdir: Path) -> Path:
    return Path(srcdir).resolve().parent / "build" / "gettext"


def rewrite_locations(text: str, outdir: Path, canonical: Path) -> str:
    lines = []
    for line in text.splitlines(keepends=True):
        if line.startswith(LOCATION) and ":" in line[len(LOCATION) :]:
            path, _, number = line[len(LOCATION) :].rstrip("\n").rpartition(":")
            absolute = (outdir / path).resolve()
            line = f"{LOCATION}{Path(os.path.relpath(absolute, canonical)).as_posix()}:{number}\n"
        lines.append(line)
    return "".join(lines)


def stable_locations(app: Sphinx, exception: Exception | None) -> None:
    if exception or app.builder.name != "gettext":
        return
    outdir, canonical = Path(app.outdir).resolve(), canonical_dir(app.srcdir)
    if outdir == canonical:
        return
    for pot in outdir.rglob("*.pot"):
        text = pot.read_text("utf-8")
        fixed = rewrite_locations(text, pot.parent, canonical)
        if fixed != text:
            pot.write_text(fixed, "utf-8")


def setup_pot_locations(app: Sphinx) -> None:
    app.connect("build-finished", stable_locations)
