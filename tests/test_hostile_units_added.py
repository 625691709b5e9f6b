"""Red team 52 row 05: a unit the English does not give. 近3000小时 for "nearly 3,000 attendances"
and 400万美元 for "4 million exposures" keep every number, bound and order, and count hours and
dollars. A number the English gives no unit of time gets none (but "the past decade" is ten
years), and one the English message names no unit of measure for is given in none."""

import pytest

from i18n_support import lint_one, refused_on_the_report


def timed(value: str, unit: str) -> str:
    return (
        f"[number] number {value} counts {unit}s in the translation, and the source gives it no "
        "unit of time: write the number as the source counts it"
    )


def measured(value: str, unit: str) -> str:
    return (
        f"[number] number {value} is given in {unit} in the translation, and the English names "
        "no unit of measure: write the number as the source counts it"
    )


@pytest.mark.parametrize(
    ("msgid", "msgstr", "said"),
    [
        ("Nearly 3,000 attended.", "累计参会近3000小时。", timed("3000", "hour")),
        ("It has 30 members.", "它有30岁。", timed("30", "year")),
        ("It has 10 members.", "它有成员10年。", timed("10", "year")),
        ("Exposure passed 4 million.", "媒体曝光量超过400万美元。", measured("4000000", "美元")),
        ("It gathered 147 experts.", "它汇聚147公里专家。", measured("147", "公里")),
    ],
)
def test_a_unit_the_english_does_not_give_is_refused(tmp_path, msgid, msgstr, said):
    found = " ".join(lint_one(tmp_path, msgid, msgstr))
    assert f"page.po:9: {said}" in found, found


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("The past decade saw growth.", "过去十年，行业快速发展。"),
        ("Over the past 10 years, it grew.", "过去十年，联盟发展壮大。"),
        ("Nearly 3,000 attended.", "累计参会近3000人次。"),
        ("Exposure passed 4 million.", "媒体曝光量超过400万次。"),
        ("It invested 4 million yuan.", "它投资400万元。"),
        ("It was the 10th year.", "这是第10年。"),
        ("It is 30 years old.", "它已30岁。"),
    ],
)
def test_the_englishs_own_units_pass(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


def test_the_red_teams_units_are_refused_on_the_report(tmp_path):
    refused_on_the_report(
        tmp_path,
        [
            (
                "key-figures",
                [("近3000", "近3000小时")],
                [timed("3000", "hour")],
            ),
        ],
    )
