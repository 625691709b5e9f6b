"""The EPUB books of the real report: valid (epubcheck), complete, described, reproducible."""

import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

from conftest import SOURCE, report_build
from reportbook.epub.package import content_identifier

pytestmark = pytest.mark.slow
SLUG = "garment-alliance-2025"
NS = {
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "x": "http://www.w3.org/1999/xhtml",
}
LANGUAGES = {"en": "en", "zh_CN": "zh-CN"}


def build_epubs(build: Path) -> Path:
    """Both languages' EPUBs, as ``nox -s epub`` builds them."""
    report_build(build, "--builders", "epub")
    return build / "epub"


@pytest.fixture(scope="module")
def books(tmp_path_factory) -> Path:
    return build_epubs(tmp_path_factory.mktemp("epub"))


def epubcheck(book: Path) -> subprocess.CompletedProcess:
    # Debian installs epubcheck as an executable jar, which runs only where binfmt is set up.
    found = shutil.which("epubcheck")
    if not found or not shutil.which("java"):
        pytest.fail("the EPUB checks need java and epubcheck (Debian: epubcheck)", pytrace=False)
    jar = Path(found).resolve()
    command = ["java", "-jar", str(jar)] if jar.suffix == ".jar" else [str(jar)]
    return subprocess.run([*command, "--failonwarnings", str(book)], capture_output=True, text=True)


def read(book: Path, name: str) -> ElementTree.Element:
    with zipfile.ZipFile(book) as archive:
        return ElementTree.fromstring(archive.read(name))


@pytest.mark.parametrize("language", LANGUAGES)
def test_epubcheck_finds_no_error_and_no_warning(books, language):
    result = epubcheck(books / f"{SLUG}-{language}.epub")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 fatals / 0 errors / 0 warnings" in result.stdout


def test_epubcheck_fails_a_broken_book(books, tmp_path):
    broken = tmp_path / "broken.epub"
    with (
        zipfile.ZipFile(books / f"{SLUG}-en.epub") as good,
        zipfile.ZipFile(broken, "w") as bad,
    ):
        for item in good.infolist():
            if item.filename != "cover.xhtml":  # listed in the manifest, now missing
                bad.writestr(item, good.read(item.filename))
    result = epubcheck(broken)
    assert result.returncode != 0
    assert "cover.xhtml" in result.stdout + result.stderr


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_book_is_described_like_the_pdf(books, language):
    opf = read(books / f"{SLUG}-{language}.epub", "content.opf")
    meta = opf.find("opf:metadata", NS)
    assert meta.findtext("dc:language", namespaces=NS) == LANGUAGES[language]
    assert meta.findtext("dc:creator", namespaces=NS) == "China Garment Association"
    assert meta.findtext("dc:date", namespaces=NS) == "2025-03-09T00:00:00Z"  # TEST_EPOCH
    assert meta.findtext("dc:identifier", namespaces=NS).startswith("urn:uuid:")
    # The title is the report's home page heading, as on the PDF's cover.
    home = read(books / f"{SLUG}-{language}.epub", "index.xhtml")
    heading = "".join(home.find(".//x:h1", NS).itertext()).strip()
    assert meta.findtext("dc:title", namespaces=NS) == heading


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_cover_opens_the_book_and_the_navigation_lists_every_chapter(books, language):
    book = books / f"{SLUG}-{language}.epub"
    opf = read(book, "content.opf")
    hrefs = {item.get("id"): item.get("href") for item in opf.iterfind(".//opf:item", NS)}
    spine = [hrefs[ref.get("idref")] for ref in opf.iterfind(".//opf:itemref", NS)]
    assert spine[0] == "cover.xhtml"
    assert len(spine) == len(set(spine)), "a page is in the reading order twice"
    nav = read(book, "nav.xhtml")
    top = [a.get("href") for a in nav.iterfind("x:body/x:nav/x:ol/x:li/x:a", NS)]
    chapters = {f"{path.stem}.xhtml" for path in SOURCE.glob("*.md")}
    assert set(top) == chapters | {"cover.xhtml", "genindex.xhtml"}
    assert top[0] == "cover.xhtml" and top[-1] == "genindex.xhtml"


def test_links_glossary_and_index_lead_somewhere_in_the_book(books):
    with zipfile.ZipFile(books / f"{SLUG}-zh_CN.epub") as archive:
        pages = {n: archive.read(n) for n in archive.namelist() if n.endswith(".xhtml")}
    ids = {
        name: {e.get("id") for e in ElementTree.fromstring(text).iter() if e.get("id")}
        for name, text in pages.items()
    }
    broken, kinds = [], set()
    for name, text in pages.items():
        for a in ElementTree.fromstring(text).iterfind(".//x:a[@href]", NS):
            href = a.get("href")
            if href.startswith(("http:", "https:", "mailto:")):
                continue
            page, _, anchor = href.partition("#")
            page = page or name
            if page not in pages or (anchor and anchor not in ids[page]):
                broken.append(f"{name}: {href}")
            kinds.add(page if page in {"glossary.xhtml", "genindex.xhtml"} else "other")
    assert broken == []
    assert {"glossary.xhtml", "other"} <= kinds  # term links and cross-references exist
    index = ElementTree.fromstring(pages["genindex.xhtml"])
    index_links = [a.get("href") for a in index.iterfind(".//x:li/x:a", NS)]
    assert len(index_links) > 20  # every entry's link was checked above


def test_two_builds_are_byte_identical(books, tmp_path):
    again = build_epubs(tmp_path)
    for language in LANGUAGES:
        name = f"{SLUG}-{language}.epub"
        assert (again / name).read_bytes() == (books / name).read_bytes(), name


def test_the_identifier_changes_with_the_content(tmp_path):
    (tmp_path / "page.xhtml").write_text("one", "utf-8")
    first = content_identifier(tmp_path, ["page.xhtml"], "report/en")
    assert content_identifier(tmp_path, ["page.xhtml"], "report/en") == first
    assert content_identifier(tmp_path, ["page.xhtml"], "report/zh_CN") != first
    (tmp_path / "page.xhtml").write_text("two", "utf-8")
    assert content_identifier(tmp_path, ["page.xhtml"], "report/en") != first
