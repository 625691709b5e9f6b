"""The English book of the real report: outline, contents, links, fonts, metadata, and that
two builds are byte-identical."""

import re
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pypdf
import pytest

from conftest import SOURCE, TEST_EPOCH, build_or_fail
from reportbook.languages import get_language
from test_pdf_checks import (
    contents_mismatches,
    font_problems,
    footer_or_caption,
    link_problems,
    outline,
    page_texts,
)

pytestmark = pytest.mark.slow
SLUG = "garment-alliance-2025"


# The report is one part by default; cut small, it is typeset in parts and joined.
# An entry's pages in the index: "Jiang Hengjie, 6, 9, 13, 24" (two columns run on one line).
PAGE_LIST = r"{}, ((?:\d+(?:–\d+)?, )*\d+(?:–\d+)?)"
IN_PARTS = ("-D", "pdf_part_size=40000", "-D", "pdf_jobs=2")


def build_book(base: Path, extra: tuple[str, ...] = ()) -> Path:
    build_or_fail("pdf", base / "pdf", base / "doctrees", extra=extra)
    return base / "pdf" / f"{SLUG}-en.pdf"


@pytest.fixture(scope="session")
def whole_pdf(tmp_path_factory) -> Path:
    """The English book, built once per session as the project builds it (-W -n)."""
    return build_book(tmp_path_factory.mktemp("report-pdf"))


@pytest.fixture(scope="session")
def parted_pdf(tmp_path_factory) -> Path:
    """The same book typeset in parts, side by side, and joined."""
    return build_book(tmp_path_factory.mktemp("report-pdf-parts"), IN_PARTS)


@pytest.fixture(scope="session", params=["whole", "parted"])
def report_pdf(request) -> Path:
    return request.getfixturevalue(f"{request.param}_pdf")


@pytest.fixture(scope="module")
def reader(report_pdf) -> pypdf.PdfReader:
    return pypdf.PdfReader(report_pdf)


@pytest.fixture(scope="module")
def texts(report_pdf) -> list[str]:
    return page_texts(report_pdf)


def toctree_documents() -> list[str]:
    """The root document's toctree entries, in order."""
    text = (SOURCE / "index.md").read_text("utf-8")
    docs = []
    for block in re.findall(r":::\{toctree\}\n(.*?)\n:::", text, re.S):
        docs += [
            line.strip()
            for line in block.splitlines()
            if line.strip() and not line.strip().startswith(":")
        ]
    return docs


def first_heading(docname: str) -> str:
    text = (SOURCE / f"{docname}.md").read_text("utf-8")
    return re.search(r"^# (.+)$", text, re.M)[1].strip()


def plain(title: str) -> str:
    return re.sub(r"^[\d.]+\s*", "", title).replace("’", "'")


def skip_line(line: str) -> bool:
    """Lines of the contents pages that are no entry: the footer and the part captions."""
    labels = get_language("en").labels
    footer = (
        re.escape(labels["pdf_page_of"]).replace(r"\{page\}", r"\d+").replace(r"\{pages\}", r"\d+")
    )
    return footer_or_caption(SOURCE, footer)(line)


def test_outline_is_the_chapters_then_the_index(reader):
    marks = outline(reader)
    chapters = [plain(title) for level, title, _ in marks if level == 1]
    expected = [plain(first_heading(doc)) for doc in toctree_documents()] + ["Index"]
    assert chapters == expected
    assert sum(1 for level, _, _ in marks if level == 2) >= 10


def test_outline_pages_follow_the_book(reader):
    pages = [page for _, _, page in outline(reader)]
    assert pages == sorted(pages)


def test_contents_page_numbers_are_the_headings_pages(texts):
    assert contents_mismatches(texts, get_language("en").labels["pdf_contents"], skip_line) == []


def test_contents_and_outline_agree(texts, reader):
    marks = outline(reader)
    # every outline entry is in the contents with the same page
    contents = "\n".join(texts[1:4])
    for _, title, page in marks:
        assert re.search(
            re.escape(plain(title).split()[-1]) + r"[\s.]*\.{3,}\s*" + str(page),
            contents.replace("’", "'"),
        ), title


def test_every_link_lands(reader):
    assert link_problems(reader) == []
    links = sum(
        1
        for page in reader.pages
        for annot in page.get("/Annots") or ()
        if annot.get_object().get("/Subtype") == "/Link"
    )
    assert links > 100


def test_cross_references_print_their_page(texts):
    body = "\n".join(texts[4:])
    assert len(re.findall(r"\(see p\.\s\d+\)", body)) > 50


def test_every_font_embedded_and_subset(reader):
    assert font_problems(reader) == []


def test_qpdf_check_is_clean(report_pdf):
    result = subprocess.run(["qpdf", "--check", str(report_pdf)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stdout + result.stderr


def test_metadata_and_language(reader):
    info = reader.metadata
    assert info["/Title"] == first_heading("index")
    assert info["/Author"] == "China Garment Association"
    assert info["/Subject"]
    stamp = (
        "D:"
        + __import__("datetime")
        .datetime.fromtimestamp(int(TEST_EPOCH), __import__("datetime").UTC)
        .strftime("%Y%m%d%H%M%S")
        + "Z"
    )
    assert info["/CreationDate"] == stamp and info["/ModDate"] == stamp
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en"
    assert root["/MarkInfo"]["/Marked"]
    assert b"pdfuaid" in root["/Metadata"].get_object().get_data()


def test_cover_and_chapter_pages(texts):
    assert "9 March 2025" in texts[0]
    assert "Linping, Hangzhou" in texts[0]
    assert "Page" not in texts[0]
    assert re.search(r"Page \d+ of \d+", texts[4])


def test_the_index_gives_every_page_that_mentions_a_person(texts, reader):
    """Jiang Hengjie is mentioned in three chapters and defined in the People appendix: the
    index prints one page in each of those chapters, each naming him, and the People page."""
    index = "\n".join(text for text in texts if text.startswith("Index"))
    pages = [
        int(page) for page in re.search(PAGE_LIST.format("Jiang Hengjie"), index)[1].split(", ")
    ]
    starts = {plain(title): page for level, title, page in outline(reader) if level == 1}
    order = sorted(starts.values())

    def chapter(page: int) -> str:
        first = max(start for start in order if start <= page)
        return next(title for title, start in starts.items() if start == first)

    expected = [
        plain(first_heading(doc)) for doc in ("opening", "work-report", "keynote", "people")
    ]
    assert [chapter(page) for page in pages] == expected
    assert all("Jiang Hengjie" in texts[page - 1] for page in pages)
    assert len(set(pages)) == len(pages) == 4


def digit_widths(pages) -> dict[str, set[float]]:
    """The widths each digit is set at in the body face's regular, over the pages."""
    widths: dict[str, set[float]] = {}
    for page in pages:
        for char in page.chars:
            if char["text"].isdigit() and char["fontname"].endswith("+Noto-Serif"):
                widths.setdefault(char["text"], set()).add(round(char["width"] / char["size"], 3))
    return widths


def test_figures_are_old_style_in_text_and_tabular_in_the_index(report_pdf, texts):
    """Proportional (old-style) figures in running text, one width in the index's columns."""
    first_chapter = next(n for n, text in enumerate(texts) if text.startswith("1.\nOpening"))
    with pdfplumber.open(report_pdf) as pdf:
        text = digit_widths(pdf.pages[first_chapter : first_chapter + 3])
        index = digit_widths(pdf.pages[-2:])
    assert text["1"] != text["0"], text  # proportional: a 1 is narrower than a 0
    assert len(set().union(*index.values())) == 1, index  # tabular: every digit as wide


def test_the_book_in_parts_reads_as_the_whole(whole_pdf, parted_pdf):
    parts = sorted(parted_pdf.parent.glob("_html/en/book-part-*.html"))
    assert len(parts) >= 3
    assert page_texts(parted_pdf) == page_texts(whole_pdf)
    assert outline(pypdf.PdfReader(parted_pdf)) == outline(pypdf.PdfReader(whole_pdf))


def test_two_builds_are_identical(report_pdf, request, tmp_path):
    extra = IN_PARTS if "parted" in request.node.callspec.id else ()
    again = build_book(tmp_path, extra)
    assert again.read_bytes() == report_pdf.read_bytes()
    assert (
        shutil.which("cmp") is None
        or subprocess.run(["cmp", str(report_pdf), str(again)]).returncode == 0
    )


def test_nothing_written_in_source(report_pdf):
    out = subprocess.run(
        ["git", "status", "--porcelain", "--ignored", "--", str(SOURCE)],
        capture_output=True,
        text=True,
        cwd=SOURCE.parent,
    ).stdout
    assert "_build" not in out and ".pdf" not in out


def test_no_part_files_are_left_beside_the_book(report_pdf):
    assert [path.name for path in report_pdf.parent.iterdir() if path.suffix == ".part"] == []
