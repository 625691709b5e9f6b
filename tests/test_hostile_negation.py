"""Red team 52 row 09: a statement negated. 并未增长至76家 for "grew to 76" keeps every number in
order and says the opposite. A clause with a number the source states says "not" no more often
than the English message; a word that holds a negation (不断, 不仅) says none."""

import pytest

from i18n_support import lint_one, refused_on_the_report

GREW = "It grew from the initial 24 to 76."


def negated(words: str, times: int = 1, source: int = 0) -> str:
    return (
        f"[number] the translation says 'not' ({words}) {times} time(s) in clauses with the "
        f"source's numbers, the source {source}: a negated statement says the opposite; write "
        "what the English says"
    )


@pytest.mark.parametrize(
    ("msgid", "msgstr", "said"),
    [
        (GREW, "由最初的24家并未增长至76家。", negated("并未")),
        (GREW, "由最初的24家没有增长至76家。", negated("没有")),
        (GREW, "由最初的24家未增长至76家。", negated("未")),
        ("It ran more than 30 projects.", "它未能实施30余项项目。", negated("未能")),
        # One "not" of the English allows one: not two.
        (
            "It did not grow from 24 to 76.",
            "它并未由24家增长，也没有增至76家。",
            negated("并未, 没有", 2, 1),
        ),
    ],
)
def test_a_negated_statement_of_a_number_is_refused(tmp_path, msgid, msgstr, said):
    found = " ".join(lint_one(tmp_path, msgid, msgstr))
    assert f"page.po:9: {said}" in found, found


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (GREW, "由最初的24家不断增长至76家。"),  # 不断 "constantly" holds no "not"
        ("It did not grow from 24 to 76.", "它并未由24家增长至76家。"),
        ("Membership stayed unchanged at 76.", "成员数量保持76家不变。"),
        # A negation with no stated number in its clause is the reviewer's: "left out".
        ("What was left out of the 12 pages", "未收录的内容：共12页"),
    ],
)
def test_the_englishs_own_negations_pass(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


def test_the_red_teams_negation_is_refused_on_the_report(tmp_path):
    refused_on_the_report(
        tmp_path,
        [("work-report", [("24家增长至76家", "24家并未增长至76家")], [negated("并未")])],
    )
