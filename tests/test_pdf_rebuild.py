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


def test_an_edit_is_typeset_once_with_the_last_builds_numbers(rootdir, tmp_path, monkeypatch):
    """Real typesetting: the first build counts the pages, then prints them (two layouts);
    after an edit the last build's numbers are the first guess (one layout), and the PDF is
    the very one a clean build of the edited source makes."""
    from reportbook.pdf import typeset

    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    layouts = []
    real = typeset.typeset_part

    def counted(job):
        layouts.append(job.numbering is not None)  # False: counting, True: printing
        return real(job)

    monkeypatch.setattr(typeset, "typeset_part", counted)
    srcdir = tmp_path / "src"
    shutil.copytree(rootdir / "test-pdf-basic", srcdir)

    def build(builddir: Path) -> bytes:
        app = SphinxTestApp(
            "pdf", srcdir=srcdir, builddir=builddir, status=StringIO(), warning=StringIO()
        )
        try:
            app.build()
        finally:
            app.cleanup()
        assert not app._warning.getvalue()
        return (builddir / "pdf" / "tiny-book-en.pdf").read_bytes()

    build(tmp_path / "build")
    assert layouts == [False, True]
    page = srcdir / "two.md"
    page.write_text(page.read_text("utf-8") + "\nOne more sentence.\n", "utf-8")
    layouts.clear()
    edited = build(tmp_path / "build")
    assert layouts == [True]
    layouts.clear()
    assert build(tmp_path / "clean") == edited
    assert layouts == [False, True]


@pytest.mark.slow
def test_a_clean_build_of_the_report_lays_it_out_twice(tmp_path, monkeypatch):
    """The report's first layout prints "00" for every page number and its second the numbers:
    "p. 5" must take the room "p. 00" took (a People appendix full of early pages moved a
    page break, and cost a third layout), so that the pages counted are the pages printed."""
    from conftest import SOURCE
    from reportbook.pdf import typeset

    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    layouts = []
    real = typeset.typeset_part

    def counted(job):
        layout = real(job)
        layouts.append((job.numbering is not None, layout.pages, layout.anchors))
        return layout

    monkeypatch.setattr(typeset, "typeset_part", counted)
    app = SphinxTestApp(
        "pdf",
        srcdir=SOURCE,
        builddir=tmp_path,
        confoverrides={"language": "en", "nitpicky": True},
        status=StringIO(),
        warning=StringIO(),
    )
    try:
        app.build()
    finally:
        app.cleanup()
    assert not app._warning.getvalue()
    assert [printing for printing, *_ in layouts] == [False, True]
    (_, pages, counting), (_, printed_pages, printed) = layouts
    assert printed_pages == pages > 30
    assert printed == counting  # every id on the page it was counted on


def test_the_remembered_numbers_are_only_a_guess(tmp_path):
    from reportbook.pdf.render import PartLayout
    from reportbook.pdf.typeset import recall, remember

    path = tmp_path / "page-numbers.json"
    assert recall(path, 1) is None  # no build yet
    layouts = [PartLayout(3, {"cover": 0, "café": 2}), PartLayout(5, {"index": 4})]
    remember(path, layouts)
    assert recall(path, 2) == layouts
    assert recall(path, 3) is None  # the book is cut differently now
    assert recall(None, 2) is None
    path.write_text('[{"pages": 3}]', "utf-8")
    assert recall(path, 1) is None  # not ours, or broken: count the pages
    path.write_text("{", "utf-8")
    assert recall(path, 1) is None
