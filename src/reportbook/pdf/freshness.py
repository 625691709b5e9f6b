"""Whether the book must be typeset again: a rebuild with nothing changed runs no WeasyPrint.

The book is up to date when its PDF is newer than every file it is made from: the doctree of
each document read (Sphinx rewrites it whenever the document, or something it includes,
changes), the print templates and CSS, languages.toml, the language's compiled catalogs, and
conf.py. Whether Sphinx read anything again this time is the builder's part (see
``PDFBuilder.write_documents``).
"""

from collections.abc import Iterable, Iterator
from importlib.resources import files
from pathlib import Path

PRINT_FILES = Path(__file__).parent


def book_inputs(
    *,
    doctreedir: Path,
    docnames: Iterable[str],
    srcdir: Path,
    confdir: Path | None,
    locale_dirs: Iterable[str],
    language: str | None,
) -> Iterator[Path]:
    """Every file the book depends on besides the Python code."""
    for docname in docnames:
        yield Path(doctreedir) / f"{docname}.doctree"
    for folder in ("templates", "static"):
        yield from sorted(path for path in (PRINT_FILES / folder).rglob("*") if path.is_file())
    yield Path(str(files("reportbook").joinpath("data/languages.toml")))
    if confdir is not None:
        yield Path(confdir) / "conf.py"
    if language:
        for locale_dir in locale_dirs:
            messages = Path(srcdir, locale_dir, language, "LC_MESSAGES")
            if messages.is_dir():
                yield from sorted(messages.rglob("*.mo"))


def newer_than_all(output: Path, inputs: Iterable[Path]) -> bool:
    """True if ``output`` exists and no input is newer (a missing input counts as newer)."""
    try:
        built = output.stat().st_mtime_ns
    except OSError:
        return False
    for path in inputs:
        try:
            if path.stat().st_mtime_ns > built:
                return False
        except OSError:
            return False
    return True
