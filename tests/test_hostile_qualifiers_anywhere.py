"""Red team 77: what a statement says beyond its numbers, where no number is. 未能发挥重要作用
for "played an important role", 并非新成员之一 for "is one of the new members", 不断减弱 for
"grew stronger", 全部生产线 for "some lines", 唯一动力 for "the core driving force" keep every
number, name and term and say another thing. A translation says "not", "maybe", "fell", "all"
and "only" no more often than its whole English message ("one of" is said of a count only: "a
ministry" is 部委之一); a word that holds one (不断, 不仅) says none, and the English's "not
only" denies nothing."""

import pytest

from i18n_support import lint_one, negated, qualified, refused_on_the_report
from reportbook.i18n.lint.clause_words import qualifier_problems


@pytest.mark.parametrize(
    "english, chinese, refused",
    [
        ("The Alliance played an important role.", "联盟发挥了重要作用。", False),
        ("The Alliance played an important role.", "联盟未能发挥重要作用。", True),
        ("The Alliance played an important role.", "联盟并非发挥了重要作用。", True),
        ("It is one of the new members.", "它并非新成员之一。", True),
        # The English's own negation allows one, wherever the translation says it.
        ("It did not play a role.", "它并未发挥作用。", False),
        ("It did not play a role.", "它并未发挥作用，也没有参会。", True),
        ("It has unmet needs.", "它有尚未满足的需求。", False),
        # Words that hold a negation say none; "not only" denies nothing.
        ("Its strength grew constantly.", "其实力不断增强。", False),
        ("It not only improves efficiency, but also helps.", "它不仅提高效率，还有帮助。", False),
        ("It not only improves efficiency, but also helps.", "它尚未提高效率。", True),
        # A fall, all, only: antonyms and quantities with no numeral.
        ("Its strength grew.", "其实力不断减弱。", True),
        ("Its strength weakened.", "其实力不断减弱。", False),
        ("Some lines are automated.", "全部生产线已实现自动化。", True),
        ("All lines are automated.", "全部生产线已实现自动化。", False),
        ("It is the core force.", "它是唯一动力。", True),
        ("This appendix lists everyone, with every role.", "本附录列出所有人及其全部职务。", False),
        ("A ministry of the government.", "政府部委之一。", False),
        # A question allows one word that asks (是否, 吗).
        ("Did it grow?", "它是否有所增长？", False),
        ("It grew.", "它是否有所增长？", True),
    ],
)
def test_a_translation_says_not_no_more_often_than_its_english(english, chinese, refused):
    assert bool(qualifier_problems(english, chinese, "en", "zh_CN")) == refused


def test_the_message_names_the_words_and_both_counts(tmp_path):
    found = lint_one(tmp_path, "The Alliance played an important role.", "联盟未能发挥重要作用。")
    assert found == [f"page.po:9: {negated('未能')}"]
    reason = "# lint-ignore: qualifier — 未能 says what the English's word says"
    assert (
        lint_one(
            tmp_path, "The Alliance played an important role.", "联盟未能发挥重要作用。", reason
        )
        == []
    )


@pytest.mark.parametrize(
    "payload",
    [
        (  # 01: "failed to play an important role"
            "opening",
            [
                (
                    "领域自主创新能力和核心竞争力方面发挥了",
                    "领域自主创新能力和核心竞争力方面未能发挥",
                )
            ],
            [negated("未能")],
        ),
        (  # 09: "but has not yet applied it", where the English says "not only"
            "member-talks",
            [("，并已在高端定制西服工厂成功应用", "，但尚未在高端定制西服工厂成功应用")],
            [negated("尚未")],
        ),
        (  # 11: "is not one of the new members"
            "member-talks",
            [("也是本次会议上新加入联盟的成员之一", "并非本次会议上新加入联盟的成员之一")],
            [negated("并非")],
        ),
        (  # 02: "kept weakening" for "kept growing stronger"
            "work-report",
            [("联盟实力与活力不断增强", "联盟实力与活力不断减弱")],
            [qualified("'fell' (a fall)", "减弱")],
        ),
        (  # 61: "all lines" for "some lines"
            "opening",
            [("突破性进展：部分生产线", "突破性进展：全部生产线")],
            [qualified("'all' (all of a count)", "全部")],
        ),
        (  # 62: "has already become the only driving force"
            "closing",
            [
                (
                    "科技创新将成为推动行业高质量发展的核心动力",
                    "科技创新已成为推动行业高质量发展的唯一动力",
                )
            ],
            [qualified("'only' (only a count)", "唯一")],
        ),
        (  # 77: "only a handful of" projects
            "work-report",
            [("联盟还协调推动科技项目鉴定", "联盟还协调推动了寥寥几项科技项目鉴定")],
            [qualified("'only' (only a count)", "寥寥")],
        ),
    ],
    ids=["01", "09", "11", "02", "61", "62", "77"],
)
def test_red_team_77s_qualifiers_are_refused(tmp_path, payload):
    refused_on_the_report(tmp_path, [payload])
