"""Issue 12: numerals touching with nothing between them. A number in digits with a unit or a
scale (3千, 5万) was read to its end and the numeral after it as another number: 3千五 as 3000
and 5 where a reader reads 3500 (as 三千五), 3千400万 as 3000 and 4000000 where a reader reads
34000000. Digits beside Chinese numerals were read the same way (7六 as 7 and 6, 十5 as 10
and 5). A translation could so show a number no check read, with the source's numbers
"found". Now they are numbers joined, refused with their span; honest forms read as before."""

import pytest

from i18n_support import check_with, lint_one, real_catalogs_pass, touching
from reportbook.i18n.lint.numerals import Year, reader

ZH = reader("zh_CN", "en", translation=True)  # as the linter reads a translation


# Each source states the numbers the checker used to read, so that the old reading passed.
@pytest.mark.parametrize(
    ("msgid", "msgstr", "span"),
    [
        # After a number in digits with a unit or a scale, a numeral touching it.
        ("3,000 firms, 5 of them new.", "3千五家。", "3千五"),  # 3500 to a reader
        ("3,000 and 500 firms.", "3千5百家。", "3千5百"),  # 3500
        ("30,000 and 5 firms.", "3万5家。", "3万5"),  # 35000
        ("20,000 and 5,000 firms.", "2万五千家。", "2万五千"),  # 25000
        ("3,000, 0 and 5 firms.", "3千零5家。", "3千零5"),  # 3005: one chain, refused once
        ("3,000 and 4 million.", "3千400万次。", "3千400万"),  # 34000000
        ("120 million and 50 million.", "1.2亿5千万元。", "1.2亿5千万"),  # 170000000
        ("50 and 5 firms.", "5十五家。", "5十五"),  # 55
        ("3,000 and 5 firms.", "３千５家。", "３千５"),  # full-width digits
        ("76% and 5", "百分之七十六5。", "百分之七十六5"),
        # Digits beside the language's numerals, in either order.
        ("10 and 5 firms.", "十5家。", "十5"),  # 15
        ("20 and 4 firms.", "二十4家。", "二十4"),  # 24
        ("7 and 6 firms.", "7六家。", "7六"),  # 76
        ("1 and 76 firms.", "一76家。", "一76"),  # 176
        ("76 and 0 firms.", "76〇家。", "76〇"),  # 760
        ("3 and 5,000 firms.", "3五千家。", "3五千"),  # 35000?
        ("3,000 and 5 firms.", "三千5家。", "三千5"),  # 3005? 3500?
        ("−10 and 5", "－十5。", "－十5"),
        ("202 and 5", "二〇二5年。", "二〇二5"),  # 2025
        # After a decimal point, the digits read one by one do not mix either.
        ("3.55", "3点5五。", "3点5五"),
        ("10.55", "十点五5。", "十点五5"),
    ],
)
def test_numbers_touching_are_refused(tmp_path, msgid, msgstr, span):
    assert lint_one(tmp_path, msgid, msgstr) == [f"page.po:9: {touching(span)}"]


def test_each_number_touching_is_refused_once(tmp_path):
    # Two numbers, two findings; a chain of three (3千5百6十) one.
    assert lint_one(tmp_path, "1, 76, 20 and 4", "一76家和二十4家。") == [
        f"page.po:9: {touching('一76')}",
        f"page.po:9: {touching('二十4')}",
    ]
    assert lint_one(tmp_path, "3,000, 500 and 60", "3千5百6十。") == [
        f"page.po:9: {touching('3千5百6十')}"
    ]


def test_numbers_touching_are_refused_where_the_source_states_the_whole(tmp_path):
    # The translation that says 3500 where the source does: write it whole.
    assert lint_one(tmp_path, "3,500 firms.", "3千五家。") == [
        "page.po:9: [added-number] number 3000 is not in the source",
        "page.po:9: [added-number] number 5 is not in the source",
        f"page.po:9: {touching('3千五')}",
        "page.po:9: [number] number 3500 of the source is missing",
    ]
    assert lint_one(tmp_path, "3,500 firms.", "3500家。") == []
    assert lint_one(tmp_path, "3,500 firms.", "三千五百家。") == []
    assert lint_one(tmp_path, "3,500 firms.", "三千五家。") == []


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("3,000 firms.", "3千家。"),
        ("50,000 firms.", "5万家。"),
        ("120 million yuan.", "1.2亿元。"),
        ("500 firms.", "5百家。"),
        ("50 firms.", "5十家。"),  # digits with a unit: 50, as 5百 is 500
        ("4 million.", "400万次。"),
        ("30 million yuan.", "3千万元。"),  # a scale after a unit multiplies: one number
        ("3 trillion yuan.", "3万亿元。"),
        ("1.8 million and more.", "180多万。"),
        ("76 firms.", "76家。"),
        ("On 9 March 2025.", "2025年3月9日。"),
        ("From 24 to 76.", "24至76。"),
        ("24 and 76.", "24、76。"),
        ("24 and 76.", "24，76。"),
        ("3,000 and 5 firms.", "3千家和5家。"),  # a word between keeps them apart
        ("3.5", "3点5。"),
        ("3.5", "3点五。"),  # the point between: one number
        ("10.5", "十点5。"),
        ("10.5", "十点五。"),
        ("In 2016.", "2016年。"),
        ("5 retailers.", "5零售商。"),  # 零售 is a word, no 0
        ("3,000 retailers.", "3千零售商。"),
        ("The retailers.", "零售商。"),
        ("Zero emissions.", "零排放。"),
        ("50,000 in case.", "5万一旦。"),  # 一旦 is an idiom
    ],
)
def test_honest_forms_pass(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


def test_honest_forms_are_read_as_before():
    assert ZH.read("3千家、5万、1.2亿、5百、5十、76家、2025年3月9日、24至76、零售商") == [
        "3000",
        "50000",
        "120000000",
        "500",
        "50",
        "76",
        "2025-03-09",
        "24",
        "76",
    ]
    assert ZH.read("2016年，3千零售商") == [Year("2016"), "3000"]


def test_the_touching_numbers_in_the_report_are_refused(tmp_path):
    # The work report states nearly 3,000 attendances and over 4 million exposures: joined,
    # a reader reads 34 million, and the old check found the source's two numbers.
    found, where = check_with(
        tmp_path,
        {
            "work-report": (
                "累计参会近3000人次，媒体曝光量超过400万次",
                "累计参会和媒体曝光量超过3千400万次",
            )
        },
    )
    assert found == [
        f"{where['work-report']}: {touching('3千400万')}",
        "check failed: 1 problem(s)",
    ]


def test_real_catalogs_pass():
    real_catalogs_pass()
