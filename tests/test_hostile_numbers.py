"""Numbers are compared in order, and read as numerals, not idioms; reading is linear. A
translation adds no number but those its language needs (一 and 两 in Chinese)."""

from i18n_support import cli, entry, lint_one, po_text, real_catalogs_pass, write_po
from reportbook.i18n.lint.numerals import may_add, reader

ZH = reader("zh_CN", "en", translation=True)  # as the linter reads a translation


def test_swapped_numbers_fail(tmp_path):
    msgid = "Membership grew from 24 to 76."
    assert lint_one(tmp_path, msgid, "会员从76家增至24家。") == [
        "page.po:9: [number] numbers in another order: the source reads 24, 76; "
        "the translation reads 76, 24"
    ]


def test_swapped_numbers_fail_with_an_added_one(tmp_path):
    # 一 may be added; the order of the source's numbers is still the source's. (Not 一倍多,
    # "more than doubled": 倍 changes the number it touches; test_hostile_numbers_words.)
    msgid = "Membership grew from 24 to 76."
    assert lint_one(tmp_path, msgid, "会员从76家增至24家，新增一批企业。") == [
        "page.po:9: [number] numbers in another order: the source reads 24, 76; "
        "the translation reads 76, 24, 1"
    ]


def test_an_added_number_fails(tmp_path):
    # "In recent years" gives no number: "过去8年" tells the reader a fact the English does not.
    msgid = "In recent years the Alliance has grown quickly."
    assert lint_one(tmp_path, msgid, "过去8年，联盟发展迅速。") == [
        "page.po:9: [added-number] number 8 is not in the source"
    ]
    assert lint_one(tmp_path, msgid, "过去八年，联盟发展迅速。") == [
        "page.po:9: [added-number] number 8 is not in the source"
    ]
    assert lint_one(tmp_path, msgid, "近年来，联盟发展迅速。") == []


def test_a_number_stated_more_often_than_in_the_source_fails(tmp_path):
    assert lint_one(tmp_path, "Firms in 24 cities joined.", "24个城市的24家企业加入。") == [
        "page.po:9: [added-number] number 24 is in the translation 2 times, in the source 1"
    ]


def test_a_decade_is_ten_years(tmp_path):
    # "decade" is a number word of the English data; "decades" is none.
    msgid = "The past decade was a critical period."
    assert lint_one(tmp_path, msgid, "过去十年是关键时期。") == []
    assert lint_one(tmp_path, msgid, "过去8年是关键时期。") == [
        "page.po:9: [added-number] number 8 is not in the source",
        "page.po:9: [number] number 10 of the source is missing",
    ]
    assert lint_one(tmp_path, "For decades the industry grew.", "多年来，行业不断发展。") == []


def test_one_and_two_may_be_added(tmp_path):
    # Chinese counts with a measure word where English has an article, a plural or "both".
    msgid = "Members signed an agreement with both universities."
    assert lint_one(tmp_path, msgid, "成员单位与两所大学签署了一份协议。") == []
    # The allowance is the translation's language's data; the source language's adds nothing.
    assert may_add("zh_CN") == {"1", "2"}
    assert may_add("en") == frozenset()


ADDED_THREE = "See the opening, keynote and closing."
COUNTED = "见于开幕、主旨报告和闭幕三节。"
IGNORE_THREE = "# lint-ignore: added-number — 三节 counts the three sections listed"


def test_a_recorded_added_number_passes_and_stats_lists_it(tmp_path):
    assert lint_one(tmp_path, ADDED_THREE, COUNTED) == [
        "page.po:9: [added-number] number 3 is not in the source"
    ]
    assert lint_one(tmp_path, ADDED_THREE, COUNTED, IGNORE_THREE) == []
    po = write_po(tmp_path, "page", po_text(entry(ADDED_THREE, COUNTED, IGNORE_THREE)))
    result = cli("stats", "--locales", tmp_path)
    assert result.returncode == 0, result.stderr
    assert (
        f"{po}:10: [added-number] 'See the opening, keynote and closing.' — "
        "三节 counts the three sections listed"
    ) in result.stdout


def test_the_same_numbers_in_order_pass(tmp_path):
    assert lint_one(tmp_path, "Membership grew from 24 to 76.", "会员从24家增至76家。") == []


def test_years_and_dates_may_move(tmp_path):
    # Chinese puts the time first: a year or a date may move past other numbers, and a date
    # past a year (test_hostile_numbers_reading: years keep their order among themselves).
    msgid = "Membership grew to 76 in 2025, on 9 March 2025."
    assert lint_one(tmp_path, msgid, "2025年3月9日，2025年会员增至76家。") == []


def test_a_look_alike_digit_of_another_script_is_refused(tmp_path):
    # Bengali ৪ (U+09EA) is the digit 4 to Python and looks like an 8 to a reader of "2৪":
    # not read as a digit, and refused as a numeral the checker does not read (and as a
    # character of a block Chinese translations do not use). The digit 2 left is added:
    # the allowance for 2 is for the numeral 两, not for a digit.
    msgid = "The alliance has 24 members."
    assert lint_one(tmp_path, msgid, "联盟有2\u09ea名成员。") == [
        "page.po:9: [added-number] number 2 is not in the source",
        "page.po:9: [block] U+09EA (BENGALI DIGIT FOUR, block Bengali) is not in the source and "
        "may not be in a zh_CN translation: the language's translations use no character of its "
        "block (a letter that looks like a digit or a numeral reads as a number the checks do "
        "not read)",
        "page.po:9: [number] '৪' (U+09EA BENGALI DIGIT FOUR) is a numeral (4) the checker does "
        "not read: write the number in digits or in the language's numerals",
        "page.po:9: [number] number 24 of the source is missing",
    ]
    # Full-width digits look like the number they are, and are read as it.
    assert lint_one(tmp_path, msgid, "联盟有２４名成员。") == []


def test_an_idiom_is_not_a_number(tmp_path):
    msgid = "Over the past ten years the work was important."
    assert lint_one(tmp_path, msgid, "过去8年，这项工作十分重要。") == [
        "page.po:9: [added-number] number 8 is not in the source",
        "page.po:9: [number] number 10 of the source is missing",
    ]


def test_a_number_stated_too_rarely(tmp_path):
    assert lint_one(tmp_path, "In 24 cities, 24 firms.", "在24个城市，许多企业。") == [
        "page.po:9: [number] number 24 is in the source 2 times, in the translation 1"
    ]


def test_numerals_and_idioms():
    assert ZH.read("十分重要") == []
    assert ZH.read("一流企业，一体化，万一，十足") == []
    assert ZH.read("三十分钟") == ["30"]  # the 十分 of 三十分 is part of a numeral
    assert ZH.read("十万一千") == ["101000"]  # and 万一 inside a numeral is no idiom
    assert ZH.read("一百零五") == ["105"]
    assert ZH.read("“十四五”") == ["14", "5"]


def test_a_long_run_of_numerals_is_read_in_one_pass():
    # Each position used to be retried with every shorter run: cubic. A run of digits longer
    # than any number a report states is refused unread (test_hostile_numbers_large.py).
    assert ZH.read("十" + "一" * 50_000) == ["11"] + ["1"] * 49_999
    assert [u.kind for u in ZH.reading("九" * 10_000).unread] == ["large"]


def test_real_catalogs_pass():
    real_catalogs_pass()
