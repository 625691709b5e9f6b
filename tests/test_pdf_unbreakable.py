"""A run no line may break stays on the page. A translation can join every character with a
no-break space (U+202F): such a run cannot wrap, and the page's edge cut it off, numbers and
all, in a paragraph and in a table cell, whose column pushed the other columns off the page."""

import shutil
from pathlib import Path

import pdfplumber
from weasyprint import HTML

from conftest import sphinx_build
from i18n_support import ROOTS

JOIN = "\u202f"  # narrow no-break space: white space no line may break at
PARAGRAPH = "The alliance grew from 24 to 76 members in ten years of intelligent manufacturing."
TRANSLATION = "联盟成员单位在智能制造的十年间由24家增长至76家，" * 3
TABLE = """
:::{list-table} Members
:header-rows: 1

* - What
  - Figure
* - Members of the alliance when it was founded, by the report's count of them
  - 24
:::
"""
CELL = "联盟成立之初的成员单位数量，按报告的统计口径计算，包括全部会员" * 2


def joined(text: str) -> str:
    """Every character joined to the next by a no-break space, the digits kept together."""
    out = text[0]
    for before, ch in zip(text, text[1:], strict=False):
        out += ch if before.isdigit() and ch.isdigit() else JOIN + ch
    return out


def off_the_page(pdf: Path) -> list[str]:
    """Each page's characters that stand outside it, which no reader sees."""
    found = []
    with pdfplumber.open(pdf) as document:
        for number, page in enumerate(document.pages, 1):
            outside = [c["text"] for c in page.chars if c["x0"] < 0 or c["x1"] > float(page.width)]
            if outside:
                found.append(f"page {number}: {''.join(outside)[:40]}")
    return found


def test_a_run_no_line_may_break_stays_on_the_page(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(ROOTS / "test-site-zh", root)
    index = root / "index.md"
    first = (
        "The alliance met in Linping to review a year of intelligent manufacturing in the "
        "garment industry."
    )
    index.write_text(index.read_text("utf-8").replace(first, PARAGRAPH) + TABLE, "utf-8")
    po = root / "locales" / "zh_CN" / "LC_MESSAGES" / "index.po"
    text = po.read_text("utf-8").replace(first, PARAGRAPH)
    text = text.replace("联盟在临平召开会议，回顾服装行业智能制造的一年。", joined(TRANSLATION))
    extra = [
        ("Members", "成员单位"),
        ("What", "事项"),
        ("Figure", "数字"),
        (
            "Members of the alliance when it was founded, by the report's count of them",
            joined(CELL),
        ),
    ]
    text += "".join(f'\nmsgid "{msgid}"\nmsgstr "{msgstr}"\n' for msgid, msgstr in extra)
    po.write_text(text, "utf-8")
    out = tmp_path / "pdf"
    result = sphinx_build("pdf", out, tmp_path / "doctrees", language="zh_CN", source=root)
    assert result.returncode == 0, result.stderr
    (pdf,) = out.glob("*.pdf")
    assert off_the_page(pdf) == []
    with pdfplumber.open(pdf) as document:
        shown = "".join((page.extract_text() or "") for page in document.pages)
    shown = shown.replace(JOIN, "").replace(" ", "").replace("\n", "")
    assert TRANSLATION.replace("，", "") in shown.replace("，", "")  # every word, on the page
    assert "成员单位" in shown and "24" in shown


def test_the_check_finds_text_off_the_page(tmp_path):
    """The negative: the same run, with lines not allowed to break inside it, runs off."""
    pdf = tmp_path / "run.pdf"
    style = "<style>@page { size: A5 } p { overflow-wrap: normal }</style>"
    HTML(string=f"{style}<p lang='zh'>{joined(TRANSLATION)}</p>").write_pdf(pdf)
    assert off_the_page(pdf) != []
    HTML(string=f"<p lang='zh'>{TRANSLATION}</p>").write_pdf(pdf)
    assert off_the_page(pdf) == []
