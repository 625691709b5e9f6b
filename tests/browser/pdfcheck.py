"""A downloaded book: a PDF whose catalog and first page are in the expected language."""

import io
import re

from pypdf import PdfReader
from pypdf.errors import PdfReadError

CJK = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_TITLE_WORDS = ("Alliance", "Garment")


def pdf_problems(data: bytes, tag: str) -> list[str]:
    if not data.startswith(b"%PDF-"):
        return [f"not a PDF (starts with {data[:8]!r})"]
    try:
        reader = PdfReader(io.BytesIO(data))
        lang = str(reader.trailer["/Root"].get("/Lang", ""))
        first = reader.pages[0].extract_text() if reader.pages else ""
    except (PdfReadError, KeyError, ValueError) as error:
        return [f"unreadable PDF: {error}"]
    problems = []
    # The language must match; a region or script subtag may differ (zh-CN, zh-Hans).
    if lang.lower().split("-")[0] != tag.lower().split("-")[0]:
        problems.append(f"/Lang is {lang!r}, expected {tag!r}")
    if tag.startswith("zh"):
        if len(CJK.findall(first)) < 4:
            problems.append(f"first page has no Chinese text: {first[:80]!r}")
    elif not all(word in first for word in ENGLISH_TITLE_WORDS):
        problems.append(f"first page lacks the title words {ENGLISH_TITLE_WORDS}: {first[:80]!r}")
    return problems
