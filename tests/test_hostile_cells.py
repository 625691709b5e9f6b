"""Red team 65 rows 27 and 28: a table's cell is a number alone ("24", "10 years"), and its
translation said more of it: 目前24家 ("currently 24") and 最初76家 ("initially 76") traded the
times of two rows, and 过去10年 made a forecast's "10 years" the past. A cell's translation is
the number with at most its unit, measure word or counted noun."""

import pytest

from i18n_support import lint_one, refused_on_the_report


def more(msgid: str, words: str) -> str:
    return (
        f"[number] {msgid!r} is a number alone (a table's cell): its translation is the number, "
        f"with at most its unit or measure word (10年, 76家); {words!r} says more of it than the "
        "English does"
    )


@pytest.mark.parametrize(
    ("msgid", "msgstr", "words"),
    [
        ("24", "目前24家", "目前"),
        ("76", "最初76家", "最初"),
        ("10 years", "过去10年", "过去"),
        ("5 years", "5年后", "年后"),
        ("2016", "2016年（所谓）", "年所谓"),
        ("14th", "“十四五”时期", "时期"),
    ],
)
def test_a_cell_that_says_more_is_refused(tmp_path, msgid, msgstr, words):
    found = lint_one(tmp_path, msgid, msgstr)
    assert f"page.po:9: {more(msgid, words)}" in found, found


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("24", "24"),
        ("24", "24家"),
        ("10 years", "10年"),
        ("2016", "2016年"),
        ("3,000", "3000人次"),
        ("400 million", "4亿"),
        # Not a cell: a sentence's words are the other checks'.
        ("24 members joined.", "目前24家成员单位加入。"),
    ],
)
def test_a_cell_with_its_unit_passes(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


def test_the_red_teams_cells_are_refused_on_the_report(tmp_path):
    refused_on_the_report(
        tmp_path, [("key-figures", [("10年", "过去10年")], [more("10 years", "过去")])]
    )
