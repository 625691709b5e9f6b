"""Red team 18, row 02: a digit added beside a 两 the source's "two" stands for. The English
said "two parts of the meeting"; the translation kept 两个环节 and added 其中2家新成员未到场 ("2
of the new members were absent"). The checker counted the English "two" as the digit 2 and the
两 as a count a translation may add (may_add), so the added digit passed. Now a number of the
source's pairs with one of the translation's written as it is (a word with a numeral word,
digits with digits), in order, before one written otherwise: the digit is left over, and an
added digit is refused. Each payload fails with the exact finding; honest forms pass."""

import pytest

from i18n_support import check_with, lint_one, negated, real_catalogs_pass
from reportbook.i18n.lint.numerals import reader


def added_in_digits(value: int, times: int = 2, source: int = 1) -> str:
    return (
        f"page.po:9: [added-number] number {value} is in the translation {times} times, in the "
        f"source {source}: one is added in digits (the source's {value} pairs first with a "
        "number written as it is, a word with a numeral word, digits with digits; a "
        f"translation adds {value} only as a numeral word)"
    )


ABSENT = "，其中{}家新成员到场"  # "{} of the new members attended": a fact of no source


@pytest.mark.parametrize(
    ("msgid", "msgstr", "value"),
    [
        # The red team's, and the same with 1 for each word the English reads as 1 or 2.
        ("The chapter covers two parts of the meeting.", "本章记述会议的两个环节{}。", 2),
        ("The council met twice.", "理事会召开了两次会议{}。", 2),
        ("It is based on a single report.", "本文依据一篇报道{}。", 1),
        ("It is based on a single report.", "本文依据单篇报道{}。", 1),
        ("The first part of the meeting.", "会议的第一部分{}。", 1),
        ("He first noted the plan.", "他首先指出该计划{}。", 1),
        # In order: the source's 2 comes before its 3, where the translation has 两; the
        # digit 2 after the 3 is added.
        ("2 parts and 3 new members.", "两个环节和3家新成员{}。", 2),
    ],
)
def test_a_digit_added_beside_the_source_s_numeral_is_refused(tmp_path, msgid, msgstr, value):
    found = lint_one(tmp_path, msgid, msgstr.format(ABSENT.format(value)))
    assert found == [added_in_digits(value)]
    # Without the added digit, the translation passes.
    assert lint_one(tmp_path, msgid, msgstr.format("")) == []


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("The chapter covers two parts of the meeting.", "本章记述会议的两个环节。"),
        ("The chapter covers two parts of the meeting.", "本章记述会议的2个环节。"),  # digits
        ("The chapter covers 2 parts of the meeting.", "本章记述会议的两个环节。"),
        ("The chapter covers 2 parts of the meeting.", "本章记述会议的2个环节。"),
        # A 两 or 一 added as a count, as Chinese needs one (may_add).
        ("Both parts and the members.", "两个环节和一批成员。"),
        ("The chapter covers two parts of the meeting.", "本章记述会议的两个环节，两家到场。"),
        ("The chapter covers 2 parts of the meeting.", "本章记述会议的2个环节，两家到场。"),
        # In order, the source's "two" is the digit before the 3; the 两 after it is added.
        ("Two parts and 3 new members.", "2个环节和3家新成员，两家到场。"),
        # The source's "First" kept in English and glossed: 一级 restates it, 统一 adds a 一.
        (
            'Titles are consistent ("First-Level Inspector").',
            "职务统一（“First-Level Inspector”（一级巡视员））。",
        ),
    ],
)
def test_honest_numerals_and_counts_pass(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


def test_a_digit_for_the_source_s_digit_leaves_an_added_count_allowed(tmp_path):
    # The source's 2 in digits pairs with the translation's: the 两 left over is a count the
    # translation may add, as in 2个环节，其中两家 (what an added count counts is the
    # reviewer's: translating.md). Each reads the same to a reader and to the checker.
    msgid = "The chapter covers 2 parts of the meeting."
    assert lint_one(tmp_path, msgid, f"本章记述会议的两个环节{ABSENT.format(2)}。") == []
    assert lint_one(tmp_path, msgid, f"本章记述会议的2个环节{ABSENT.format('两')}。") == []


def test_a_digit_of_no_source_number_or_one_too_many_is_refused(tmp_path):
    assert lint_one(
        tmp_path, "One part of the meeting.", f"会议的一个环节{ABSENT.format(1)}。"
    ) == ["page.po:9: [added-number] number 1 is not in the source"]
    assert lint_one(tmp_path, "Two parts and 2 members.", "两个环节和2家成员，其中2家。") == [
        "page.po:9: [added-number] number 2 is in the translation 3 times, in the source 2: "
        "one is added in digits (the source's 2 pairs first with a number written as it is, "
        "a word with a numeral word, digits with digits; a translation adds 2 only as a "
        "numeral word)"
    ]


def test_numbers_out_of_order_are_refused_and_pair_by_value(tmp_path):
    # The swap is number's; added-number still pairs "two" with 两 and finds the digit.
    found = lint_one(tmp_path, "Two parts and 3 members.", "3家成员和两个环节，其中2家。")
    assert found == [
        added_in_digits(2),
        "page.po:9: [number] numbers in another order: the source reads 2, 3; the translation "
        "reads 3, 2, 2",
    ]


def test_how_each_number_is_written_is_read():
    zh = reader("zh_CN", "en", translation=True).reading(
        "两个环节、2家、第一、一至76家、十点五、首先"
    )
    assert list(zip(zh.values, zh.forms, strict=True)) == [
        ("2", "word"),
        ("2", "digits"),
        ("1", "place"),
        ("1", "numeral"),  # a range's end states a number
        ("76", "digits"),
        ("10.5", "numeral"),
        ("1", "word"),
    ]
    en = reader("en").reading("two parts, 2 members, the first, a single one, 9 March 2025")
    assert en.forms == ["word", "digits", "numeral", "word", "digits"]


def test_the_red_team_s_added_digit_is_refused(tmp_path):
    old = "环节之前进行，总结讲话"
    found, where = check_with(
        tmp_path, {"closing": (old, "环节之前进行，其中2家新成员未到场，总结讲话")}
    )
    assert found == [
        f"{where['closing']}: [added-number] number 2 is in the translation 2 times, in the "
        "source 1: one is added in digits (the source's 2 pairs first with a number written as "
        "it is, a word with a numeral word, digits with digits; a translation adds 2 only as a "
        "numeral word)",
        f"{where['closing']}: {negated('未')}",
        "check failed: 2 problem(s)",
    ]


def test_real_catalogs_pass():
    real_catalogs_pass()
