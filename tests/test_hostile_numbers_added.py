"""Red team 36, rows 1, 3, 7, 8 and 9: a numeral a translation adds must count something.

A translation may add 一 or 两 where English has an article, a plural or "both" (一家企业, 两个
版本). Anything else was allowed unless a listed word stood beside it: 乘以二 (times two), 后两
年 (two years after), 首届 (the first session), 排名一 (ranked first), 一层 (the ground floor),
注一 (note 1). Now an added numeral stands before a measure word (the language's
``measure_words``), or is part of a listed word; measures of time and place are not listed."""

import pytest

from i18n_support import lint_one

MEMBERS = "The Alliance has 76 members."


@pytest.mark.parametrize(
    ("msgid", "msgstr", "value"),
    [
        (MEMBERS, "联盟有76家成员，乘以二。", "2"),
        (MEMBERS, "联盟有76家成员，再加一。", "1"),
        ("It was founded in 2016.", "联盟成立于2016年后两年。", "2"),
        ("The annual meeting.", "联盟首届年会。", "1"),
        ("The annual meeting.", "联盟二届年会。", "2"),
        ("It won honours.", "全国排名一。", "1"),
        ("It won honours.", "位列二。", "2"),
        ("It met downstairs.", "在会场一层召开。", "1"),
        ("It met in spring.", "时值联盟成立两周年。", "2"),
        ("See the table.", "见注一。", "1"),
        ("See the table.", "见章节二。", "2"),
        # Row 5: the English's "one" (often no number, so not required) became 两.
        ("The names differ in only one character.", "两个名称只有两字之差。", "2"),
        ("It recorded only one event.", "只记述了两场活动。", "2"),
        # Red team 38, row 5: another 一 in the message, part of a word that says no "one".
        ("The name differs in only one character.", "这一名称只有两字之差。", "2"),
        ("It happened once.", "这一事件发生在两处。", "2"),
        ("It happened once.", "全国统一发生在两处。", "2"),
    ],
)
def test_an_added_numeral_that_counts_nothing_is_refused(tmp_path, msgid, msgstr, value):
    found = lint_one(tmp_path, msgid, msgstr)
    assert found == [f"page.po:9: [added-number] number {value} is not in the source"], found


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("A company joined.", "一家企业加入联盟。"),
        ("Both versions agree.", "两个版本一致。"),
        ("After a discussion.", "经过一番讨论。"),
        ("This body is the Association.", "这一机构即协会。"),
        ("Use the same name throughout.", "全文统一使用同一名称。"),
        ("They are all written alike.", "二者写法一律相同。"),
        ("A yearly meeting.", "一年一度的会议。"),
        ("First, he reviewed the work.", "他首先回顾了工作。"),
        ("The names differ by one letter.", "两个名称一字之差。"),
        ("It met to review its year's work.", "联盟开会，回顾一年的工作。"),  # 一 before 年: "a"
        ("One.", "一。"),  # the English's "one", read as it
        ("Both names are one body's.", "两个名称指同一机构。"),
        ("It uses one platform for both versions.", "它统一使用一个平台，两个版本。"),
    ],
)
def test_an_added_numeral_that_counts_or_is_part_of_a_word_passes(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []
