"""Red team 77: "not" where no number is. 未能发挥重要作用 for "played an important role",
并非新成员之一 for "is one of the new members", 但尚未成功应用 for "has applied it successfully"
keep every number, name and term and say the opposite. A translation says "not" no more often
than its whole English message; a word that holds one (不断, 不仅) says none, and the English's
"not only" denies nothing."""

import pytest

from i18n_support import lint_one, negated, refused_on_the_report
from reportbook.i18n.lint.clause_words import negation_problems


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
    ],
)
def test_a_translation_says_not_no_more_often_than_its_english(english, chinese, refused):
    assert bool(negation_problems(english, chinese, "en", "zh_CN")) == refused


def test_the_message_names_the_words_and_both_counts(tmp_path):
    found = lint_one(tmp_path, "The Alliance played an important role.", "联盟未能发挥重要作用。")
    assert found == [f"page.po:9: {negated('未能')}"]
    reason = "# lint-ignore: negation — 未能 says what the English's word says"
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
    ],
    ids=["01", "09", "11"],
)
def test_red_team_77s_negations_are_refused(tmp_path, payload):
    refused_on_the_report(tmp_path, [payload])
