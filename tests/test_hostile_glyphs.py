"""A character the books' fonts cannot print: 鿰 (U+9FF0), an ideograph of an allowed block
that Noto Serif CJK SC lacks, passed `check` and the HTML build, then stopped the Chinese and
bilingual books in the PDF step, which names the page, not the catalog (red team 17, #12).
The linter refuses it at the catalog's line, with the fonts the PDF step reads; a character
the source has may stay, and a phrase marked as another language is judged by its faces.
鿰 is outside the characters a Chinese translation may use (zh_CN-characters.txt) and is
refused as that first; the glyph check is shown on ⁃ (U+2043), which the table does not
govern and Noto Serif CJK SC lacks."""

import os
import shutil
import subprocess
import sys

import pytest
from docutils import nodes

from conftest import LOCALES, SOURCE
from i18n_support import cli, entry, lint_one, po_text, write_po
from reportbook.i18n.lint import compare
from reportbook.languages import get_language, load_languages, parse_languages
from reportbook.pdf.glyphs import find_missing, role_coverage

# The red team's message (opening.po), and its payload.
MSGID = (
    "Looking ahead, Jiang Hengjie proposed 3 major directions ({numref}`Table %s "
    "<tbl-key-figures>`):"
)
HONEST = "展望未来，蒋衡杰提出了三大方向（见{numref}`表%s <tbl-key-figures>`）："
RED_TEAM = "展望鿰未来，蒋衡杰提出了三大方向（见{numref}`表%s <tbl-key-figures>`）："
PAYLOAD = "展望⁃未来，蒋衡杰提出了三大方向（见{numref}`表%s <tbl-key-figures>`）："
REFUSED = (
    "[glyph] U+2043 '⁃' (HYPHEN BULLET) is not in the source, and no font of "
    "the zh_CN text and heading stacks (Noto Serif CJK SC) has it: the zh_CN book and the "
    "bilingual book would not build; write the text without it, or ask for a font that has "
    "it to be added to the zh_CN stacks in languages.toml"
)


def test_the_red_team_payload_is_refused_at_the_catalogs_line(tmp_path):
    found = lint_one(tmp_path, MSGID, RED_TEAM)
    assert [f[:32] for f in found] == ["page.po:9: [block] U+9FF0 (CJK U"]
    assert lint_one(tmp_path, MSGID, PAYLOAD) == [f"page.po:9: {REFUSED}"]


def test_check_names_the_real_catalogs_line(tmp_path):
    # 02-missing-glyph-pdf.patch's place, on a copy of the report's catalogs.
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES, locales)
    opening = locales / "zh_CN" / "LC_MESSAGES" / "opening.po"
    text = opening.read_text("utf-8")
    assert text.count(f'msgstr "{HONEST}"') == 1
    opening.write_text(text.replace(f'msgstr "{HONEST}"', f'msgstr "{PAYLOAD}"'), "utf-8")
    line = text[: text.index("Looking ahead, Jiang Hengjie")].count("\n")  # msgid ""'s line
    result = cli("check", "--locales", locales, "--source", SOURCE)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{opening}:{line}: {REFUSED}",
        "check failed: 1 problem(s)",
    ]


def test_honest_chinese_passes(tmp_path):
    assert lint_one(tmp_path, MSGID, HONEST) == []


def test_a_character_of_the_source_may_stay(tmp_path):
    # The English discusses the character: it is not the translator's doing.
    msgid = "The mark ⁃ is a hyphen bullet."
    assert lint_one(tmp_path, msgid, "符号⁃是连字符项目符号。") == []
    # Only that one: another of the fonts' gap is refused.
    found = lint_one(tmp_path, msgid, "符号⁃‽是连字符项目符号。")
    assert [p[:32] for p in found] == ["page.po:9: [glyph] U+203D '‽' (I"]


def test_the_check_cannot_be_silenced(tmp_path):
    found = lint_one(tmp_path, MSGID, PAYLOAD, "# lint-ignore: glyph — a rare name")
    assert found == [
        f"page.po:10: {REFUSED}",
        "page.po:10: [lint-ignore] check glyph cannot be silenced (only added-number, name, "
        "number, order, qualifier, term, untranslated can)",
    ]


def test_a_phrase_marked_as_english_is_judged_by_the_english_faces(tmp_path):
    # U+201B: Noto Serif and Noto Sans have it, Noto Serif CJK SC does not; the book sets a
    # phrase marked {.language-en} in the English faces.
    msgid = "He wrote it with a reversed quote."
    assert lint_one(tmp_path, msgid, "他用[‛reversed’]{.language-en}引号写的。") == []
    assert lint_one(tmp_path, msgid, "他用‛反转’引号写的。") == [
        "page.po:9: [glyph] U+201B '‛' (SINGLE HIGH-REVERSED-9 QUOTATION MARK) is not in the "
        "source, and no font of the zh_CN text and heading stacks (Noto Serif CJK SC) has it: "
        "the zh_CN book and the bilingual book would not build; write the text without it, or "
        "ask for a font that has it to be added to the zh_CN stacks in languages.toml"
    ]
    # A mark does not hide a character no face has, nor one the language may not use.
    found = lint_one(tmp_path, msgid, "他用[‛鿰’]{.language-en}引号写的。")
    assert [f[:32] for f in found] == [
        "page.po:9: [block] U+9FF0 (CJK U",
        "page.po:9: [marked-language] '‛鿰",  # and a Chinese letter is no English
    ]


def test_the_linter_and_the_pdf_step_agree_on_a_marked_phrase():
    chinese = get_language("zh_CN")

    def missing(*children):
        tree = nodes.section("", nodes.paragraph("", "", *children))
        return [m.char for m in find_missing(tree, chinese, "index")]

    marked = nodes.inline("", "", nodes.Text("‛reversed’"), classes=["language-en"])
    assert missing(nodes.Text("他用"), marked) == []
    assert missing(nodes.Text("他用‛反转’")) == ["‛"]


# A language whose body faces have Chinese and whose heading faces do not.
MADE_UP = """
[xx]
tag = "xx"
name = "Made-up"
babel_locale = "el"

[xx.pdf]
body_fonts = ["Noto Serif CJK SC"]
heading_fonts = ["Noto Sans"]
mono_fonts = ["DejaVu Sans Mono"]

[xx.lint]
bidi_classes = ["L", "EN", "ES", "ET", "CS", "NSM", "BN", "B", "S", "WS", "ON"]
blocks = ["Basic Latin", "CJK Unified Ideographs"]
"""


@pytest.fixture
def made_up(monkeypatch):
    monkeypatch.setitem(load_languages(), "xx", parse_languages(MADE_UP)["xx"])
    role_coverage.cache_clear()
    yield "xx"
    role_coverage.cache_clear()  # its faces were cached under "xx"


def test_a_character_the_heading_faces_lack_is_refused(made_up):
    # The linter cannot know whether a message is a paragraph or a title: a character in the
    # body's faces alone (the union of the stacks) would stop the book as a heading.
    assert compare("Members met.", "成员开会.", lang=made_up, glyphs=True) == [
        (
            "glyph",
            f"U+{ord(ch):04X} {ch!r} (CJK UNIFIED IDEOGRAPH-{ord(ch):04X}) is not in the source, "
            "and no font of the xx heading stack (Noto Sans) (the message may be a title or a "
            "caption) has it: the xx book and the bilingual book would not build; write the "
            "text without it, or ask for a font that has it to be added to the xx stacks in "
            "languages.toml",
        )
        for ch in sorted("成员开会")
    ]
    assert compare("Members met.", "Members met, again.", lang=made_up, glyphs=True) == []


def test_a_missing_font_is_the_systems_explanation_not_a_traceback(tmp_path):
    # fontconfig with no fonts at all: the families of languages.toml are not installed.
    empty = tmp_path / "fonts.conf"
    empty.write_text('<?xml version="1.0"?>\n<fontconfig></fontconfig>\n', "utf-8")
    po = write_po(tmp_path / "locales", "page", po_text(entry(MSGID, HONEST)))
    result = subprocess.run(
        [sys.executable, "-m", "reportbook.i18n", "check", "--locales", tmp_path / "locales"],
        capture_output=True,
        text=True,
        env={**os.environ, "FONTCONFIG_FILE": str(empty)},
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"{po}:9: [glyph] cannot check which characters the zh_CN books can print: The PDF "
        "needs what this system lacks: the font 'Noto Serif CJK SC' (en body text, zh_CN body "
        "text, zh_CN heading text). Install it as root, then run again: apt-get install -y "
        "--no-install-recommends fonts-noto-cjk",
        "check failed: 1 problem(s)",
    ]
