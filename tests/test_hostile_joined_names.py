"""Red team 58: a person's full name joined to a letter names another person and still holds
the approved form ({ref}`陈大鹏程 <person-chen-dapeng>`, "Chen Dapengcheng"). A letter beside a
full name passes only as a word of its own: one of ``name_neighbours`` (陈大鹏在, 由陈大鹏), or
where a word begins after the name (陈大鹏表示) or ends before it (会长陈大鹏)."""

import pytest

from i18n_support import refused_on_the_report, report_names, unframed
from reportbook.i18n.lint.joined import name_joined_problems


def joined(name: str, written: str) -> str:
    return (
        f"the name {name!r} is joined to a letter ({written}) that reads as part of it: "
        "another person's name; put a word or punctuation beside the name"
    )


@pytest.fixture(scope="module")
def names():
    return report_names()


@pytest.mark.parametrize(
    ("shown", "name", "written"),
    [
        ("陈大鹏程作总结讲话。", "陈大鹏", "陈大鹏程"),
        ("由陈大鹏程主持。", "陈大鹏", "陈大鹏程"),
        ("韩晶晶表示，", "韩晶", "韩晶晶"),  # a two-letter name, its letter doubled
        ("黄海涛指出，", "黄海", "黄海涛"),
        ("小蒋衡杰在致辞中表示，", "蒋衡杰", "小蒋衡杰"),  # a letter before
        ("程陈大鹏作总结讲话。", "陈大鹏", "程陈大鹏"),
    ],
)
def test_a_letter_joined_to_a_full_name_is_refused(names, shown, name, written):
    assert name_joined_problems(shown, names, "zh_CN") == [joined(name, written)]


@pytest.mark.parametrize(
    "shown",
    [
        "陈大鹏作总结讲话。",  # 作: a word of its own
        "闻力生在主旨报告中表示，",  # 生在 is a word, and not this one's
        "陈大鹏所回顾的联盟",
        "陈大鹏表示，",  # a word begins after it
        "会长陈大鹏，",  # and one ends before it
        "致辞人陈大鹏，",  # a role jieba does not hold: its 人 is a word of its own
        "报告人闻力生指出，",
        "并非刘正安。",
        "据陈大鹏介绍，",
        "陈大鹏",
        "（陈大鹏）",
    ],
)
def test_a_full_name_beside_a_word_passes(names, shown):
    assert name_joined_problems(shown, names, "zh_CN") == []


def test_an_organisations_name_is_not_judged_so(names):
    # 联盟年会上, "at the annual meeting": a name of a thing is followed by words of its own.
    assert name_joined_problems("在联盟年会上，", names, "zh_CN") == []


def test_the_red_teams_joined_name_is_refused_on_the_report(tmp_path):
    refused_on_the_report(
        tmp_path,
        [
            (
                "closing",
                [("陈大鹏作总结讲话", "陈大鹏程作总结讲话")],
                # the letter also stands after the name whose title is before it
                [
                    "[name] " + joined("陈大鹏", "陈大鹏程"),
                    unframed("陈大鹏", "person-chen-dapeng", None, "程作总结讲话"),
                ],
            ),
        ],
    )
