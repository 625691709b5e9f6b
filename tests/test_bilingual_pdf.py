"""The bilingual book: the structural checks every book passes (qpdf, fonts, outline,
contents page numbers, links, tags), and both languages on its pages."""

import re
import subprocess
from pathlib import Path

import pypdf
import pytest

from conftest import report_build
from reportbook.languages import get_language
from test_pdf_checks import (
    contents_mismatches,
    font_problems,
    link_problems,
    outline,
    page_footer,
    page_texts,
    text_in_top_margin,
)
from test_pdf_report import first_heading, toctree_documents

pytestmark = pytest.mark.slow
# A part caption of the contents: "Appendices / 附录", its separator read as a space.
PART = r"[A-Z][a-z]+(?: [a-z]+)*(?: [^ .\d]{1,6})?"


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    build = tmp_path_factory.mktemp("bilingual-pdf")
    report_build(build, "--languages", "zh_CN", "--builders", "bilingual-pdf")
    return build / "pdf" / "garment-alliance-2025-bilingual.pdf"


@pytest.fixture(scope="module")
def reader(book) -> pypdf.PdfReader:
    return pypdf.PdfReader(book)


@pytest.fixture(scope="module")
def texts(book) -> list[str]:
    # A heading prints its English above its Chinese; the contents say "English / 中文".
    return [text.replace(" / ", " ") for text in page_texts(book)]


def test_qpdf_check_is_clean(book):
    result = subprocess.run(["qpdf", "--check", str(book)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stdout + result.stderr


def test_fonts_embedded_and_subset_and_links_land(reader):
    assert font_problems(reader) == []
    assert link_problems(reader) == []


def test_pairs_stay_inside_the_page(book):
    """A pair split over two pages printed its second half over the running header."""
    assert text_in_top_margin(book) == []


def test_tagged(reader):
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in root


def test_outline_names_each_chapter_in_both_languages(reader):
    chapters = [title for level, title, _ in outline(reader) if level == 1]
    assert len(chapters) == len(toctree_documents()) + 1  # and the index
    for doc, title in zip(toctree_documents(), chapters, strict=False):
        assert first_heading(doc).split()[-1] in title, title
        assert re.search(r"[\u4e00-\u9fff]", title), title


def test_contents_page_numbers_are_the_headings_pages(texts):
    labels = get_language("zh_CN").labels
    footer = page_footer(labels)

    def skip(line: str) -> bool:  # the footer, and the part captions of the contents
        return bool(re.fullmatch(footer, line) or re.fullmatch(PART, line)) or len(line) <= 4

    assert contents_mismatches(texts, labels["pdf_contents"], skip) == []


def test_pages_hold_both_languages_and_references_print_pages(texts):
    body = texts[4:]
    both = [t for t in body if re.search(r"[\u4e00-\u9fff]", t) and re.search(r"\bthe\b", t)]
    assert len(both) > len(body) * 0.8
    assert len(re.findall("见第", "\n".join(body))) > 30


def test_each_column_prints_its_own_languages_page_references(texts):
    """The English column says "(see p. 5)", the Chinese one "（见第 5 页）": the book's
    language alone would print the Chinese label in both."""
    body = "\n".join(texts[4:])
    assert len(re.findall(r"\(see\s+p\.\s*\d+\)|,\s*p\.\s*\d+\)", body)) > 30
    assert len(re.findall("见第", body)) > 30
