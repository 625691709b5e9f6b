"""Numbers of the source must appear in the translation, in any rendering, in order."""

import pytest

from i18n_support import lint_one
from reportbook.i18n.lint.numerals import number_problems, reader


def missing_numbers(source: str, translation: str) -> list[str]:
    found = number_problems(reader("en").read(source), reader("zh_CN", "en").read(translation))
    return [p.removeprefix("number ").removesuffix(" of the source is missing") for p in found]


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("4 million members", "400万会员"),
        ("4.2 million members", "420万会员"),
        ("1.2 billion yuan", "12亿元"),
        ("3,000 firms", "3000家企业"),
        ("nearly 3,000 firms", "近3000家企业"),
        ("nine universities", "9所大学"),
        ("nine universities", "九所大学"),
        ("147 firms", "147家企业"),
        ("147 firms", "一百四十七家企业"),
        ("established in 2016", "成立于2016年"),
        ("on 9 March 2025", "于2025年3月9日"),
        ("the 14th Five-Year Plan", "“十四五”规划"),
        ("the 14th Five-Year Plan", "第十四个五年规划"),
        ("twenty-one members", "二十一名成员"),
        ("over the past decade", "过去十年来"),
        ("a 12.5% rise", "增长１２.５%"),  # full-width digits
    ],
)
def test_renderings_that_match(source, translation):
    assert missing_numbers(source, translation) == []


@pytest.mark.parametrize(
    ("source", "translation", "missing"),
    [
        ("nearly 3,000 firms", "近300家企业", ["3000"]),
        ("established in 2016", "成立于2015年", ["year 2016"]),
        ("4 million members", "40万会员", ["4000000"]),
        ("nine universities", "多所大学", ["9"]),
    ],
)
def test_dropped_or_changed_numbers(source, translation, missing):
    assert missing_numbers(source, translation) == missing


def test_number_dropped_in_a_catalog(tmp_path):
    assert lint_one(tmp_path, "In 2016, nearly 3,000 firms joined.", "2016年，许多企业加入。") == [
        "page.po:9: [number] number 3000 of the source is missing"
    ]


def test_numbers_inside_links_and_code_are_not_text(tmp_path):
    msgid = "See [the 2024 report](https://example.org/r/2024) and `v2`."
    assert lint_one(tmp_path, msgid, "见[2024年报告](https://example.org/r/2024)和`v2`。") == []
