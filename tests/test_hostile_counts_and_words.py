"""Red team 47: counts, spans of time and listed words that state a number the English does
not, each refused at its line, and the honest forms beside them passing."""

import pytest

from i18n_support import lint_one

FOUNDED = "The Alliance was founded in 2016."
MET = "The meeting was held on 9 March 2025."
SAID = "He spoke at length."


@pytest.mark.parametrize(
    ("msgid", "msgstr", "said"),
    [
        # Rows 3, 4: 两 before 个 and a measure of time or size is a span, a fact.
        (FOUNDED, "联盟成立于2016年后两个年头。", "[added-number] number 2 is not in the source"),
        (SAID, "报告历时两个小时。", "[added-number] number 2 is not in the source"),
        (SAID, "会议结束两个星期后他发言。", "[added-number] number 2 is not in the source"),
        (SAID, "营收增速年均提高两个点。", "[added-number] number 2 is not in the source"),
        (SAID, "实现两位数提升。", "[added-number] number 2 is not in the source"),
        # Row 5: 一 is "a" before a measure of time, not after a date's "after", nor in 周年.
        (FOUNDED, "联盟成立于2016年后一年。", "[added-number] number 1 is not in the source"),
        (SAID, "联盟成立一周年纪念活动。", "[added-number] number 1 is not in the source"),
        # Row 8: "each" in other words between an added 两 and the number it counts.
        ("The initial 24.", "两批均为24家。", "[number] '两批均为24': the added 2 counts"),
        ("The initial 24.", "两批都是24家。", "[number] '两批都是24': the added 2 counts"),
        ("The initial 24.", "两批分别有24家。", "[number] '两批分别有24': the added 2 counts"),
        # Row 9: calendars the list missed.
        (MET, "会议于老历2025年3月9日召开。", "[number] '老历' names a calendar"),
        (MET, "会议于伊历2025年3月9日召开。", "[number] '伊历' names a calendar"),
        # Row 10: classical ages.
        (SAID, "已届鲐背之年的他发言。", "[number] '鲐背' states a number"),
        (SAID, "年届天命之年的他发言。", "[number] '天命' states a number"),
        # Row 11: the first holder of a post.
        (SAID, "中国服装协会首任会长发言。", "[added-number] number 1 is not in the source"),
        (SAID, "初任会长发言。", "[added-number] number 1 is not in the source"),
        # Row 12: an idiom does not swallow the numeral of a weekday or an ordinal.
        (MET, "会议于2025年3月9日星期一举行。", "[added-number] number 1 is not in the source"),
        (SAID, "自周一起他发言。", "[added-number] number 1 is not in the source"),
        # Row 13: an hour after more times of day.
        (SAID, "午后一点，他发言。", "[number] '午后一点' states a number"),
        (SAID, "会议于夜间一点进入尾声。", "[number] '夜间一点' states a number"),
        # Row 14: counting from the end.
        (
            "It is the first direction.",
            "这是倒着数第一大方向。",
            "[number] '倒着数第一': '倒着数第'",
        ),
        ("It is the second.", "这是从后数第二个。", "[number] '从后数第二': '从后数第'"),
        # Rows 16, 17: 成 right after a numeral reads as tenths first.
        ("4 members spoke.", "四成员工先后发言。", "[number] '四成': '成' changes"),
        ("4 of them are private.", "其中四成为民营企业。", "[number] '四成': '成' changes"),
        # 两成员 reads as two members to most readers, and as 20% of them to some: a count
        # takes its measure word (两名成员).
        ("Two members joined.", "两成员加入。", "[number] '两成': '成' changes"),
    ],
)
def test_a_number_stated_in_other_words_is_refused(tmp_path, msgid, msgstr, said):
    found = " ".join(lint_one(tmp_path, msgid, msgstr))
    assert f"page.po:9: {said}" in found, found


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("We reviewed the year's work.", "回顾一年的工作。"),
        ("It took an hour.", "报告历时一个小时。"),
        ("The two batches.", "两个批次。"),
        ("The first batch had 24 firms.", "首批均为24家。"),
        ("A batch had 24 firms.", "一批企业都是24家。"),
        ("Two batches had 24 firms each.", "两批均为24家。"),
        ("It was the 10th anniversary.", "联盟成立10周年。"),
        ("It is the first step.", "这是第一步。"),
        ("It is a step further.", "这是进一步的工作。"),
        ("They work together.", "他们一起工作。"),
        ("The representatives met together.", "代表一起开会。"),
        ("It has 4 members.", "它有四名成员。"),
        ("It completed 10 items.", "它完成十项工作。"),
        ("It was founded on 9 March 2025.", "联盟于2025年3月9日成立。"),
        ("Two members joined.", "两名成员加入。"),
        ("See page 14.", "见第14页。"),
        ("The twenty-first meeting.", "第二十一次会议。"),
        ("It is the first president.", "他是首任会长。"),
    ],
)
def test_the_honest_forms_beside_them_pass(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


ORDINAL = (
    "page.po:9: [number] number {value} is an ordinal in the translation (第{value}, {value}号: a "
    "place)"
)


@pytest.mark.parametrize(
    ("msgid", "msgstr", "value"),
    [
        # Row 1: a count of the English's made a place.
        ("4 member units spoke.", "第4家联盟成员单位的代表先后发言。", "4"),
        ("The next 5 years are key.", "第五年将是关键阶段。", "5"),
        ("It is the first of 2 units.", "这是第二家单位。", "2"),
    ],
)
def test_a_count_written_as_an_ordinal_is_refused(tmp_path, msgid, msgstr, value):
    found = lint_one(tmp_path, msgid, msgstr)
    assert any(f.startswith(ORDINAL.format(value=value)) for f in found), found


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("It is the 4th unit.", "这是第4家单位。"),
        ("It is the fourth unit.", "这是第四家单位。"),
        ("See Part 4.", "见第4部分。"),
        ("The 14th Five-Year Plan.", "第十四个五年规划。"),
        ("Firstly, it grew.", "第一，联盟发展壮大。"),
        ("4 member units spoke.", "4家联盟成员单位的代表先后发言。"),
    ],
)
def test_an_ordinal_of_the_english_may_be_written_after_di(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []
