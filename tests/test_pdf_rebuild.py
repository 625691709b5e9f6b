"""A rebuild with nothing changed typesets nothing; a change to anything the book is made from
typesets it again."""

import os
import re
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


@pytest.fixture
def layouts(monkeypatch):
    """Each WeasyPrint layout made, as ("book", pages) or ("index", pages): the book (without
    its index when it is laid out once), or its index alone (once.py)."""
    from weasyprint import HTML

    made = []
    real = HTML.render

    def render(html, *args, **kwargs):
        document = real(html, *args, **kwargs)
        body = html.etree_element.find("body")
        alone = [child.get("class") for child in body] == ["book-index"]
        made.append(("index" if alone else "book", len(document.pages)))
        return document

    monkeypatch.setattr(HTML, "render", render)
    return made


def test_a_book_is_laid_out_once_clean_or_edited(rootdir, tmp_path, monkeypatch, layouts):
    """A clean build lays the book out once: its chapters, then its index alone, with its
    page lists; so does a rebuild after an edit, and it writes the very PDF a clean build of
    the edited source does. When a number would not fit where its placeholder stood (here:
    none may differ in width at all), the whole book is laid out a second time, its numbers
    printed as text, and the PDF is the same."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    srcdir = tmp_path / "src"
    shutil.copytree(rootdir / "test-pdf-basic", srcdir)

    def build(builddir: Path) -> bytes:
        layouts.clear()
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
    pages = layouts[0][1]
    assert layouts == [("book", pages), ("index", 1)]
    page = srcdir / "two.md"
    page.write_text(page.read_text("utf-8") + "\nOne more sentence.\n", "utf-8")
    edited = build(tmp_path / "build")
    assert layouts == [("book", pages), ("index", 1)]
    assert build(tmp_path / "clean") == edited

    monkeypatch.setattr("reportbook.pdf.fill.TOLERANCE", -1.0)
    assert build(tmp_path / "twice") == edited
    assert layouts == [("book", pages), ("index", 1), ("book", pages + 1)]


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_clean_build_of_the_report_lays_it_out_once(tmp_path, monkeypatch, layouts, language):
    """The report is laid out once with "00" for every page number, the numbers printed
    into that layout, and its index after it, alone, its page lists written: no page is laid
    out twice. Every number fits: "p. 5" is padded to the room "p. 00" took, and in Chinese
    "第 5 页" is centred in the room of "第 00 页" (languages.toml, centre_page_numbers)."""
    import pypdf

    from conftest import LOCALES, SOURCE
    from reportbook.i18n.cli import main as i18n

    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    overrides = {"language": language, "nitpicky": True}
    if language != "en":
        compiled = tmp_path / "locale"
        assert i18n(["prepare", language, "--locales", str(LOCALES), "--out", str(compiled)]) == 0
        overrides["locale_dirs"] = [str(compiled)]
    app = SphinxTestApp(
        "pdf",
        srcdir=SOURCE,
        builddir=tmp_path,
        confoverrides=overrides,
        status=StringIO(),
        warning=StringIO(),
    )
    try:
        app.build()
    finally:
        app.cleanup()
    assert not app._warning.getvalue()
    (book, pages), (index, index_pages) = layouts
    assert (book, index) == ("book", "index")
    assert pages > 30 and index_pages <= 3
    if language == "zh_CN":
        (pdf,) = (tmp_path / "pdf").glob("*.pdf")
        text = "".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
        space = "\u00a0"  # the labels' spacing; a one-digit number has as much again
        assert re.search(f"（见第{space * 2}[1-9]{space * 2}页）", text)
        assert re.search(f"（见第{space}[1-9][0-9]{space}页）", text)
        assert not re.search(r"第\s*[0-9]+页|第[0-9]+\s*页", text)  # never spaced on one side


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
