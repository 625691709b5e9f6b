"""Hostile catalogs that crashed the checker (red team 28): each is refused as findings at
its file:line; and a check that still raises is one [internal] finding, never a traceback."""

import pytest

from i18n_support import HEADER, check_with, entry, lint_one, po_text, real_catalogs_pass, write_po
from reportbook.i18n import cli, prepare
from reportbook.i18n import lint as lint_package

LONG_S_BLOCK = (
    "[block] U+017F (LATIN SMALL LETTER LONG S, block Latin Extended-A) is not in the source "
    "and may not be in a zh_CN translation: the language's translations use no character of "
    "its block (a letter that looks like a digit or a numeral reads as a number the checks do "
    "not read)"
)


def test_a_scale_word_run_into_a_chinese_scale(tmp_path):
    # 01: "million万" was read as one scale word, letter by letter (KeyError: 'm').
    found, where = check_with(tmp_path, {"key-figures": ("超过400万", "超过4 million万")})
    assert found == [
        f"{where['key-figures']}: [added-number] number 40000000000 is not in the source",
        f"{where['key-figures']}: [number] number 4000000 of the source is missing",
        "check failed: 2 problem(s)",
    ]


def test_a_decimal_reference_of_thousands_of_digits(tmp_path):
    # 02: html.unescape's int() refuses more than 4,300 digits (ValueError).
    msgid = "The meeting closed. " * 80
    found = lint_one(tmp_path, msgid, "会议闭幕&#" + "1" * 4400 + ";")
    assert found == [
        "page.po:9: [number] '#11111111111111111111111111111111111111…': '#' (U+0023 NUMBER "
        "SIGN) next to the number may change what it says, and the checker does not read it: "
        "write the number as the source does",
        "page.po:9: [number] '111111111111111111111111111111111111111…': a number of more than "
        "18 digits, or of 10^18 or more, is larger than any a report states, and the checker "
        "does not read it: write the number as the source does",
    ]


def test_a_reference_of_thousands_of_zeros_does_not_crash_the_builds_guard():
    # Review: the bound counted only significant digits, but int() reads the zeros too, and
    # the guard's safety checks (check_urls among them) ran outside the linter's net.
    from reportbook.i18n.lint.checks import SAFETY_CHECKS, compare

    hostile = "会议闭幕&#" + "0" * 5000 + "106;avascript:x"
    found = compare("See. " * 400, hostile, lang="zh_CN", source_lang="en", only=SAFETY_CHECKS)
    assert ("url-scheme", "javascript: URLs are not allowed in translations") in found


def test_a_long_reference_with_zeros_still_names_its_character(tmp_path):
    # The negative case of 02's bound: &#0000000106; is "j", as MyST decodes it.
    found = lint_one(tmp_path, "See.", "见&#0000000106;avascript:x")
    assert "page.po:9: [url-scheme] javascript: URLs are not allowed in translations" in found


@pytest.mark.parametrize(
    ("msgid", "msgstr", "found"),
    [
        # 06: re.I matches ſ as s and ı, İ as i, but str.lower() keeps them: the tables'
        # lookups raised ValueError or KeyError. Read as matched, each is refused by its block.
        ("Six members.", "ſix名会员。", [LONG_S_BLOCK]),
        ("Twenty-six members.", "twenty-ſix名会员。", [LONG_S_BLOCK]),
        ("First.", "firſt。", [LONG_S_BLOCK]),
        ("Six thousand members.", "6 thouſand名会员。", [LONG_S_BLOCK]),
        (
            "4 million",
            "4 mıllıon",
            [
                "[block] U+0131 (LATIN SMALL LETTER DOTLESS I, block Latin Extended-A) is not "
                "in the source and may not be in a zh_CN translation: the language's "
                "translations use no character of its block (a letter that looks like a digit "
                "or a numeral reads as a number the checks do not read)"
            ],
        ),
        (
            "4 million",
            "4 MİLLİON",
            [
                "[block] U+0130 (LATIN CAPITAL LETTER I WITH DOT ABOVE, block Latin Extended-A) "
                "is not in the source and may not be in a zh_CN translation: the language's "
                "translations use no character of its block (a letter that looks like a digit "
                "or a numeral reads as a number the checks do not read)"
            ],
        ),
        (
            "Opening of the meeting",
            "会议开幕（9 ſeptember 2025）",
            ["[added-number] number 2025-09-09 is not in the source", LONG_S_BLOCK],
        ),
    ],
)
def test_letters_a_case_insensitive_pattern_equates_with_ascii(tmp_path, msgid, msgstr, found):
    assert lint_one(tmp_path, msgid, msgstr) == [f"page.po:9: {f}" for f in found]


def test_a_labelled_heading_translated_as_punctuation(tmp_path):
    # 08: _shortens read the last letter of an empty title (IndexError).
    found, where = check_with(tmp_path, {"people": ("人物", "（）")})
    assert (
        f"{where['people']}: [title] the heading's title '（）' has no letter or digit: the "
        "references to it would show only that; translate the title" in found
    )
    assert found[-1] == f"check failed: {len(found) - 1} problem(s)"
    assert not any("Traceback" in line for line in found)


def test_a_check_that_raises_refuses_its_message(tmp_path, monkeypatch, capsys):
    def broken(msgid, msgstr, *args, **kwargs):
        if msgid == "Bye":
            raise KeyError("m")
        return []

    monkeypatch.setattr(lint_package, "compare", broken)
    po = write_po(tmp_path, "page", po_text(entry("Hello", "你好"), entry("Bye", "再见")))
    assert cli.main(["check", "--locales", str(tmp_path)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"{po}:12: [internal] the checks failed on this message (KeyError: 'm'); please report "
        "it; the message is refused",
        "check failed: 1 problem(s)",
    ]


def test_a_check_across_catalogs_that_raises_refuses_the_language(tmp_path, monkeypatch, capsys):
    def broken(*args):
        raise IndexError("string index out of range")

    monkeypatch.setattr(prepare, "_same_titles", broken)
    write_po(tmp_path, "page", po_text(entry("Hello", "你好"), header=HEADER))
    assert cli.main(["check", "--locales", str(tmp_path)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"{tmp_path / 'zh_CN' / 'LC_MESSAGES'}:1: [internal] the checks failed across the "
        "zh_CN catalogs, in broken (IndexError: string index out of range); please report "
        "it; "
        "the language is refused",
        "check failed: 1 problem(s)",
    ]


@pytest.mark.parametrize("base", ["NameBase", "TermBase"])
def test_approved_forms_that_cannot_be_read_refuse_the_language(
    tmp_path, monkeypatch, capsys, base
):
    # The name and term bases are built from the catalogs, hostile input as every check's.
    def broken(*args):
        raise ValueError("unreadable")

    kind = getattr(prepare, base)
    reader = "from_source" if base == "NameBase" else "from_glossary"
    monkeypatch.setattr(kind, reader, broken)
    write_po(tmp_path, "page", po_text(entry("Hello", "你好"), header=HEADER))
    assert cli.main(["check", "--locales", str(tmp_path)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"{tmp_path / 'zh_CN' / 'LC_MESSAGES'}:1: [internal] the checks failed reading the "
        "zh_CN catalogs' approved names and terms (ValueError: unreadable); please report it; "
        "the language is refused",
        "check failed: 1 problem(s)",
    ]


def test_the_report_catalogs_pass():
    real_catalogs_pass()
