"""A rebuild with nothing changed typesets nothing; a change to anything the book is made from
typesets it again."""

import os
import shutil
from io import StringIO
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from sphinx.testing.util import SphinxTestApp

from reportbook.pdf import freshness

EPOCH = "1741478400"


@pytest.fixture
def book(rootdir, tmp_path, monkeypatch):
    """A copy of the basic root with a compiled catalog, and a builder whose typesetting is
    counted (and stubbed: the test is about whether it runs)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    srcdir = tmp_path / "src"
    shutil.copytree(rootdir / "test-pdf-basic", srcdir)
    messages = srcdir / "locales" / "en" / "LC_MESSAGES"
    messages.mkdir(parents=True)
    with open(messages / "index.mo", "wb") as mo:
        write_mo(mo, Catalog(locale="en"))
    renders = []

    def typeset(parts, pdf_path, **options):
        renders.append(pdf_path)
        pdf_path.write_bytes(b"%PDF-stub")

    monkeypatch.setattr("reportbook.pdf.builder.typeset_book", typeset)

    def build() -> int:
        before = len(renders)
        app = SphinxTestApp(
            "pdf", srcdir=srcdir, builddir=tmp_path / "build", status=StringIO(), warning=StringIO()
        )
        try:
            app.build()
        finally:
            app.cleanup()
        assert not app._warning.getvalue()
        return len(renders) - before

    assert build() == 1
    pdf = tmp_path / "build" / "pdf" / "tiny-book-en.pdf"
    assert pdf.is_file()
    return build, srcdir, pdf


def test_nothing_changed_nothing_typeset(book):
    build, _, pdf = book
    written = pdf.stat().st_mtime_ns
    assert build() == 0
    assert build() == 0
    assert pdf.stat().st_mtime_ns == written


def newer(path: Path, than: Path) -> tuple[int, int]:
    """Make ``path`` newer than ``than``; return its old (atime, mtime) to put back."""
    old = path.stat()
    stamp = than.stat().st_mtime_ns + 1000  # just after: the next PDF is newer again
    os.utime(path, ns=(stamp, stamp))
    return old.st_atime_ns, old.st_mtime_ns


PACKAGE = Path(freshness.__file__).parent


@pytest.mark.parametrize(
    "changed",
    [
        "src/conf.py",
        "src/locales/en/LC_MESSAGES/index.mo",
        "package/templates/pdf-book.html",
        "package/templates/pdf-language.css",
        "package/static/print.css",
        "package/../data/languages.toml",
    ],
)
def test_a_changed_input_is_typeset_again(book, changed):
    build, srcdir, pdf = book
    base, _, rel = changed.partition("/")
    path = (srcdir if base == "src" else PACKAGE) / rel
    saved = newer(path, pdf)
    try:
        assert build() == 1
    finally:
        if base == "package":
            os.utime(path, ns=saved)  # only the time was changed: put it back
    assert build() == 0


def test_a_changed_document_is_typeset_again(book):
    build, srcdir, _ = book
    page = srcdir / "two.md"
    page.write_text(page.read_text("utf-8") + "\nOne more sentence.\n", "utf-8")
    assert build() == 1
    assert build() == 0


def test_a_missing_pdf_is_typeset_again(book):
    build, _, pdf = book
    pdf.unlink()
    assert build() == 1
