"""Checks over a built PDF, and proof that each check can fail.

The checks are plain functions over the PDF's extracted text and objects, so the real report's
tests (test_pdf_report.py) and the small roots (test_pdf_builder.py) share them.
"""

import re
from pathlib import Path

import pdfplumber
import pypdf
import pytest

LEADER = re.compile(r"^(?P<title>.*?)\s*(?:\.\s*){3,}\s*(?P<page>\d+)\s*$")
NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?\s+")


def page_footer(labels: dict[str, str]) -> str:
    """A regular expression for the language's running footer ("Page 3 of 40",
    "第 3 页，共 40 页")."""
    return (
        re.escape(labels["pdf_page_of"])
        .replace(r"\{page\}", r"\d+")
        .replace(r"\{pages\}", r"\d+")
        .replace(r"\ ", r"\s*")
        .replace("\u00a0", r"\s*")  # "第 3 页": extracted as a space, or none
    )


PRINT_CSS = Path(__file__).parent.parent / "src/reportbook/pdf/static/print.css"
MM = 72 / 25.4


def top_margin() -> float:
    """The page's top margin in points, as print.css sets it (``@page { margin: 24mm ...``)."""
    match = re.search(r"@page\s*\{\s*margin:\s*([\d.]+)mm", PRINT_CSS.read_text("utf-8"))
    return float(match[1]) * MM


def text_in_top_margin(pdf: Path) -> list[str]:
    """Pages where the top margin holds more than the running header: text of another size
    there is body text that overflowed its page (and is printed over the header)."""
    problems = []
    with pdfplumber.open(pdf) as document:
        for number, page in enumerate(document.pages, 1):
            chars = [c for c in page.chars if c["top"] < top_margin() and c["text"].strip()]
            sizes = {round(c["size"], 1) for c in chars}
            if len(sizes) > 1:
                text = "".join(c["text"] for c in chars)
                problems.append(
                    f"p. {number}: {len(sizes)} sizes of text in the top margin: {text[:60]}"
                )
    return problems


def page_texts(pdf: Path) -> list[str]:
    with pdfplumber.open(pdf) as document:
        return [page.extract_text() or "" for page in document.pages]


# A line break between two Chinese characters is no space: Chinese has none between words.
CJK_GAP = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uff00-\uffef])")


def normal(title: str) -> str:
    """A heading without its number, whitespace collapsed."""
    return CJK_GAP.sub("", NUMBER.sub("", " ".join(title.split())).strip())


def captions(root: Path) -> set[str]:
    """The part captions of a book's contents: its toctrees' captions, as the sources give
    them (the contents print them as written, on lines of their own)."""
    index = (root / "index.md").read_text("utf-8")
    return set(re.findall(r"^:caption:\s*(.+?)\s*$", index, re.MULTILINE))


def footer_or_caption(root: Path, footer: str = r"Page \d+ of \d+"):
    """``skip`` for ``contents_entries``: a line that is the page footer or a part caption."""
    parts = captions(root)
    return lambda line: bool(re.fullmatch(footer, line)) or line in parts


def contents_entries(
    texts: list[str], heading: str, skip=lambda line: False
) -> list[tuple[str, int, int]]:
    """(title, printed page, contents page) of each entry of the contents, which begin on the
    page whose first line is ``heading`` and go on while pages hold dot-leader lines.
    ``skip`` tells lines that are no part of an entry (part captions, the page footer)."""
    start = next(i for i, text in enumerate(texts) if text.strip().startswith(heading))
    entries, pending = [], ""
    for index in range(start, len(texts)):
        lines = texts[index].splitlines()
        found = False
        for line in lines:
            match = LEADER.match(line)
            if skip(line.strip()):
                continue
            if match:
                entries.append(
                    (normal(pending + " " + match["title"]), int(match["page"]), index + 1)
                )
                pending, found = "", True
            elif found or index > start or line.strip() != heading:
                pending = (pending + " " + line).strip() if found or entries else ""
        if not found:
            break
    return entries


def heading_page(texts: list[str], title: str, after: int) -> int | None:
    """The first page after ``after`` where the title stands as whole lines of its own."""
    wanted = normal(title)
    for index in range(after, len(texts)):
        lines = [" ".join(line.split()) for line in texts[index].splitlines()]
        for i in range(len(lines)):
            for j in range(i + 1, min(i + 5, len(lines)) + 1):
                if normal(" ".join(lines[i:j])) == wanted:
                    return index + 1
    return None


def contents_mismatches(texts: list[str], heading: str, skip=lambda line: False) -> list[str]:
    entries = contents_entries(texts, heading, skip)
    assert entries, "no contents entries found"
    # Headings come in the order of the contents: look for each from where the last stood,
    # so two sections of the same name are told apart.
    cursor = max(page for _, _, page in entries)
    problems = []
    for title, printed, _ in entries:
        actual = heading_page(texts, title, cursor)
        if actual is not None:
            cursor = actual - 1
        if actual != printed:
            problems.append(f"{title!r}: contents say p. {printed}, the heading is on {actual}")
    return problems


def outline(reader: pypdf.PdfReader) -> list[tuple[int, str, int]]:
    """(level, title, page) of every bookmark, in order."""
    result = []

    def walk(items, level):
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                result.append((level, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 1)
    return result


def link_problems(reader: pypdf.PdfReader) -> list[str]:
    """Internal links whose destination does not exist."""
    names = reader.named_destinations
    problems = []
    for number, page in enumerate(reader.pages, 1):
        for annot in page.get("/Annots") or ():
            annot = annot.get_object()
            if annot.get("/Subtype") != "/Link":
                continue
            action = annot.get("/A")
            dest = annot.get("/Dest")
            if action is not None:
                action = action.get_object()
                if action.get("/S") == "/URI":
                    uri = str(action["/URI"])
                    if not re.match(r"^(https?|mailto):", uri):
                        problems.append(f"p. {number}: link to {uri}")
                    continue
                dest = action.get("/D")
            if dest is None:
                problems.append(f"p. {number}: link without destination")
            elif isinstance(dest, (str, pypdf.generic.TextStringObject)) and str(dest) not in names:
                problems.append(f"p. {number}: link to missing destination {dest}")
    return problems


def font_problems(reader: pypdf.PdfReader) -> list[str]:
    """Fonts not embedded, or embedded whole instead of subset."""
    problems, seen = [], set()
    for page in reader.pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for font in fonts.values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            targets = [d.get_object() for d in descendants] if descendants else [font]
            for target in targets:
                name = str(target.get("/BaseFont"))
                if name in seen:
                    continue
                seen.add(name)
                descriptor = target.get("/FontDescriptor")
                descriptor = descriptor.get_object() if descriptor else {}
                if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                    problems.append(f"{name}: not embedded")
                if not re.match(r"^/[A-Z]{6}\+", name):
                    problems.append(f"{name}: not subset")
    assert seen, "no fonts found"
    return problems


# The checks themselves, on made-up input: each can fail.

CONTENTS = """Contents
1 Opening ................ 3
1.1 Purpose of the
meeting .................. 3
2 Closing ................ 4"""


def test_contents_check_passes_on_right_numbers():
    texts = ["Cover", CONTENTS, "1. Opening\n1.1. Purpose of the meeting\ntext", "2. Closing\n"]
    assert contents_entries(texts, "Contents") == [
        ("Opening", 3, 2),
        ("Purpose of the meeting", 3, 2),
        ("Closing", 4, 2),
    ]
    assert contents_mismatches(texts, "Contents") == []


def test_contents_check_fails_on_a_wrong_number():
    texts = ["Cover", CONTENTS, "1. Opening\ntext", "1.1. Purpose of the meeting\n2. Closing"]
    problems = contents_mismatches(texts, "Contents")
    assert problems == ["'Purpose of the meeting': contents say p. 3, the heading is on 4"]


def test_heading_found_only_as_whole_lines():
    texts = ["see also Opening of the meeting (see p. 3) here", "Opening of the\nmeeting"]
    assert heading_page(texts, "1 Opening of the meeting", 0) == 2


def test_pdf_checks_fail_on_a_bad_pdf(tmp_path):
    """A PDF with a link to a missing destination and a font that is not embedded."""
    writer = pypdf.PdfWriter()
    page = writer.add_blank_page(200, 200)
    font = pypdf.generic.DictionaryObject(
        {
            pypdf.generic.NameObject("/Type"): pypdf.generic.NameObject("/Font"),
            pypdf.generic.NameObject("/Subtype"): pypdf.generic.NameObject("/Type1"),
            pypdf.generic.NameObject("/BaseFont"): pypdf.generic.NameObject("/Helvetica"),
        }
    )
    page[pypdf.generic.NameObject("/Resources")] = pypdf.generic.DictionaryObject(
        {
            pypdf.generic.NameObject("/Font"): pypdf.generic.DictionaryObject(
                {pypdf.generic.NameObject("/F1"): writer._add_object(font)}
            )
        }
    )
    link = pypdf.generic.DictionaryObject(
        {
            pypdf.generic.NameObject("/Type"): pypdf.generic.NameObject("/Annot"),
            pypdf.generic.NameObject("/Subtype"): pypdf.generic.NameObject("/Link"),
            pypdf.generic.NameObject("/Rect"): pypdf.generic.ArrayObject(
                [pypdf.generic.NumberObject(n) for n in (0, 0, 10, 10)]
            ),
            pypdf.generic.NameObject("/Dest"): pypdf.generic.TextStringObject("nowhere"),
        }
    )
    page[pypdf.generic.NameObject("/Annots")] = pypdf.generic.ArrayObject(
        [writer._add_object(link)]
    )
    path = tmp_path / "bad.pdf"
    writer.write(path)
    reader = pypdf.PdfReader(path)
    assert link_problems(reader) == ["p. 1: link to missing destination nowhere"]
    assert font_problems(reader) == ["/Helvetica: not embedded", "/Helvetica: not subset"]


def test_top_margin_check_fails_on_text_over_the_header(tmp_path):
    """A running header alone passes; a line of body text in the margin beside it fails."""
    from weasyprint import HTML

    margin = top_margin() / MM
    page = (
        f"<style>@page {{ margin: {margin}mm 20mm; "
        "@top-center { content: 'Header'; font-size: 8pt } }</style>"
    )
    body = "<p style='font-size: 10pt'>Body</p>"
    good, bad = tmp_path / "good.pdf", tmp_path / "bad.pdf"
    HTML(string=page + body).write_pdf(good)
    overflow = "<p style='font-size: 10pt; position: absolute; top: -15mm'>Overflow</p>"
    HTML(string=page + body + overflow).write_pdf(bad)
    assert text_in_top_margin(good) == []
    assert len(text_in_top_margin(bad)) == 1


if __name__ == "__main__":  # python tests/test_pdf_checks.py BOOK.pdf [HEADING [SOURCE]]
    import sys

    texts = page_texts(Path(sys.argv[1]))
    heading = sys.argv[2] if len(sys.argv) > 2 else "Contents"
    skip = footer_or_caption(Path(sys.argv[3]) if len(sys.argv) > 3 else Path("source"))
    print("\n".join(contents_mismatches(texts, heading, skip)) or "contents: all right")
    pytest.main  # noqa: B018
