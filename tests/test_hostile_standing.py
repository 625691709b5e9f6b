"""A person's standing is the English's (red team 76 rows 04-06, 10, 14): a word anywhere in a
message that says a person is dead (蒋衡杰生前提出), left office (杜岩冰在离任前表示), holds an
honorary post (系荣誉职务), runs an office for another (并主持全面工作) or succeeded another
(后由副主任韩晶接任) changes what the report says of that person while every name, office and
number stays. A translation states each kind no more often than its English does."""

import pytest

from i18n_support import STANDINGS, refused_on_the_report, standing
from reportbook.i18n.lint.checks import compare
from reportbook.i18n.lint.quantities import standing_problems


@pytest.mark.parametrize(
    "english, chinese, refused",
    [
        ("Jiang Hengjie proposed three directions.", "蒋衡杰提出三大方向。", []),
        ("Jiang Hengjie proposed three directions.", "蒋衡杰生前提出三大方向。", ["deceased"]),
        (
            "The late Jiang Hengjie proposed three directions.",
            "已故的蒋衡杰生前提出三大方向。",
            ["deceased"],
        ),
        ("The late Jiang Hengjie proposed three directions.", "已故的蒋衡杰提出三大方向。", []),
        ("Du Yanbing said.", "杜岩冰在离任前表示。", ["former"]),
        ("Du Yanbing, before she retired, said.", "杜岩冰在离任前表示。", []),
        ("Feng Dehu is its President.", "冯德虎任会长，系荣誉职务。", ["honorary"]),
        ("Feng Dehu is its honorary President.", "冯德虎任会长，系荣誉职务。", []),
        ("Han Jing is Deputy Director.", "韩晶任副主任并主持全面工作。", ["acting"]),
        ("Han Jing is Deputy Director and runs the office.", "韩晶任副主任并主持全面工作。", []),
        ("Du directs it.", "由杜岩冰任主任，后由副主任韩晶接任。", ["succession"]),
        ("Du directed it; Han succeeded her.", "由杜岩冰任主任，后由副主任韩晶接任。", []),
        # Two kinds in one message are each named.
        ("Du said.", "已故的杜岩冰在离任前表示。", ["deceased", "former"]),
        # Words that hold one and state no standing: a distributor, 前言 and 原文 are free.
        ("Its distributors grew.", "其代理商有所增加。", []),
        ("The foreword quotes the original.", "前言引用原文。", []),
        ("It is better than ever before.", "比以前任何时候都好。", []),
        # "She" of a man the English calls "he" (red team 77 row 07); of a woman, as often.
        ("He said the Alliance grew.", "她表示联盟有所发展。", ["she"]),
        ("Han Jing said she agreed.", "韩晶表示她同意。", []),
        ("Du said.", "此前任会长杜岩冰表示。", ["former"]),
        # A word the English keeps in a phrase marked as English counts as the English's own.
        ("Chen spoke.", "陈大鹏（[the late]{.language-en}）发言。", ["deceased"]),
    ],
)
def test_a_translation_states_no_standing_its_english_does_not(english, chinese, refused):
    found = standing_problems(english, chinese, "en", "zh_CN")
    assert [p.split(" (")[0].removeprefix("the translation says ") for p in found] == [
        STANDINGS[k].split(" (")[0] for k in refused
    ]


def test_the_message_names_the_word_and_both_counts():
    found = compare(
        "Jiang Hengjie proposed three directions.",
        "蒋衡杰生前提出三大方向。",
        lang="zh_CN",
        source_lang="en",
    )
    assert standing("deceased", 1, "生前", 0) in [f"[{kind}] {text}" for kind, text in found]


ORGANISATIONS_WORK_OFFICE = "任主任，{ref}`韩晶 <person-han-jing>`任副主任。"


@pytest.mark.parametrize(
    "payload",
    [
        (  # 04: "the late Jiang proposed"
            "editorial-note",
            [("蒋衡杰提出的三大方向", "蒋衡杰生前提出的三大方向")],
            [standing("deceased", 1, "生前", 0)],
        ),
        (  # 05: "Du said before leaving office"
            "work-report",
            [("最后，杜岩冰表示", "最后，杜岩冰在离任前表示")],
            [standing("former", 1, "离任", 0)],
        ),
        (  # 06: "Feng is its President, an honorary post"
            "organisations",
            [("`任会长。见于", "`任会长，系荣誉职务。见于")],
            [standing("honorary", 1, "荣誉职务", 0)],
        ),
        (  # 10: "Han is Deputy Director and runs the office"
            "organisations",
            [(ORGANISATIONS_WORK_OFFICE, ORGANISATIONS_WORK_OFFICE[:-1] + "并主持全面工作。")],
            [standing("acting", 1, "主持全面工作", 0)],
        ),
        (  # 14: "Du was Director; later Deputy Director Han succeeded her"
            "organisations",
            [
                (
                    ORGANISATIONS_WORK_OFFICE,
                    "任主任，后由副主任{ref}`韩晶 <person-han-jing>`接任。",
                )
            ],
            [standing("succession", 1, "接任", 0)],
        ),
    ],
    ids=["04", "05", "06", "10", "14"],
)
def test_red_team_76s_standings_are_refused(tmp_path, payload):
    refused_on_the_report(tmp_path, [payload])
