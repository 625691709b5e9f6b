"""Red team 18, row 04: zeros after a numeral of units, dropped by the number reader. 七十六〇〇
was read as 76, 二十四〇〇 as 24, 十〇 as 10 and 一千〇〇〇 as 1000: a reader sees 76 followed by
zeros (7600) where the checker read the English's 76. In a numeral of units a zero holds a
place only between a unit above ten and a digit (一百零五); any other shows numerals side by
side and is refused, naming it. Honest zeros read as before: 一百零五 is 105, 二〇二五年 a year."""

import pytest

from i18n_support import check_with, lint_one, real_catalogs_pass
from reportbook.i18n.lint.numerals import Year, reader

ZH = reader("zh_CN", "en", translation=True)  # as the linter reads a translation


def no_place(span: str, zero: str = "〇") -> str:
    name = "U+3007 IDEOGRAPHIC NUMBER ZERO" if zero == "〇" else "U+96F6 CJK UNIFIED IDEOGRAPH-96F6"
    return (
        f"[number] '{span}': '{zero}' ({name}) holds no place here (a zero stands between a "
        "unit above ten and a digit: 一百零五 is 105), so the numerals stand side by side, "
        "which a reader reads as one number (七十六〇〇 looks like 7600) and the checker does "
        "not: write the number in digits, or as one numeral with its units"
    )


@pytest.mark.parametrize(
    ("msgid", "msgstr", "span", "zero"),
    [
        # The red team's, and the same with 零 and with the zeros elsewhere in the numeral.
        ("It grew from 24 to 76 members.", "由二十四家增至七十六〇〇家。", "七十六〇〇", "〇"),
        ("It grew from 24 to 76 members.", "由二十四〇〇家增至七十六家。", "二十四〇〇", "〇"),
        ("It grew from 24 to 76 members.", "由二十四家增至七十六零零家。", "七十六零零", "零"),
        ("Ten years.", "十〇年。", "十〇", "〇"),
        ("1,000 firms.", "一千〇〇〇家。", "一千〇〇〇", "〇"),
        ("300 firms.", "三百〇家。", "三百〇", "〇"),
        ("10,000 firms.", "一万零家。", "一万零", "零"),
        ("15 firms.", "十〇五家。", "十〇五", "〇"),  # after 十 a zero holds no place
        ("105 firms.", "一百〇〇五家。", "一百〇〇五", "〇"),  # one zero holds the places
        # A zero after a digit, before a unit: 三〇万 was read as 3 and 10000.
        ("3 of 10,000 firms.", "三〇万家。", "三〇万", "〇"),
        ("76%", "百分之七十六〇〇。", "七十六〇〇", "〇"),
    ],
)
def test_a_zero_that_holds_no_place_is_refused(tmp_path, msgid, msgstr, span, zero):
    assert lint_one(tmp_path, msgid, msgstr) == [f"page.po:9: {no_place(span, zero)}"]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("105 firms.", "一百零五家。"),
        ("105 firms.", "一百〇五家。"),
        ("1,001 firms.", "一千零一家。"),
        ("1,010 firms.", "一千零一十家。"),
        ("2,016 years.", "两千零一十六年。"),  # a count of years
        ("100,005 yuan.", "十万〇五元。"),
        ("105 million yuan.", "一亿零五百万元。"),
        ("In 2025.", "二〇二五年。"),  # digits alone, read digit by digit
        ("Code 10.", "代码一〇。"),
        ("0.5", "零点五。"),
        ("10,000 retailers.", "一万零售商。"),  # 零售 is a word (zero_words)
        ("76 retailers.", "七十六零售商。"),
        # Where a numeral would start, too: 零售 was read as 0, an added number.
        ("The retailers.", "零售商。"),
        ("76 retailers.", "76零售商。"),
        ("Zero emissions.", "零排放。"),
        ("76 members.", "七十六家成员。"),
    ],
)
def test_honest_zeros_pass(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


def test_honest_zeros_are_read_as_before():
    assert ZH.read("一百零五、一千零一、二〇二五年、十万〇五、零点五") == [
        "105",
        "1001",
        Year("2025"),
        "100005",
        "0.5",
    ]


def test_the_red_team_s_zeros_are_refused(tmp_path):
    found, where = check_with(
        tmp_path,
        {
            "organisations": ("由24家增至76家", "由二十四家增至七十六〇〇家"),
            "work-report": ("由最初的24家增长至76家", "由最初的二十四家增长至七十六〇〇家"),
        },
    )
    assert found == [
        f"{where['organisations']}: {no_place('七十六〇〇')}",
        f"{where['work-report']}: {no_place('七十六〇〇')}",
        "check failed: 2 problem(s)",
    ]


def test_real_catalogs_pass():
    real_catalogs_pass()
