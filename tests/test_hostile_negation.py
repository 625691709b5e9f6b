"""Red team 52 row 09 and red team 55: a statement negated, made a forecast or made a fall;
red team 64: a count made one of it (6个研发中心之一); red team 65: any of them in brackets
beside the number (76家（实则并未增长）), which end no clause.
并未增长至76家 for "grew to 76" keeps every number in order and says the opposite; so do 预计
("expected"), 未来十年 for "the past 10 years" and 减少至76家. A clause with a number the source
states says "not", "maybe" or "fell" no more often than the English clauses that state the same
numbers (red team 54: a "none" elsewhere in the English message allows none); a word that
holds a negation (不断, 不仅) says none."""

import pytest

from i18n_support import lint_one, refused_on_the_report

GREW = "It grew from the initial 24 to 76."


def negated(
    words: str, clause: str, values: str, times: int = 1, source: int = 0, says: str = "'not'"
) -> str:
    return (
        f"[number] the translation says {says} ({words}) in the clause '{clause}', {times} "
        f"time(s), the English clauses with its numbers ({values}) {source}: it says another "
        "thing of them; write what the English says"
    )


FORECAST, FALL = "'maybe' (a forecast)", "'fell' (a fall)"
ONE_OF = "'one of' (one of a count)"
ALL, ONLY = "'all' (all of a count)", "'only' (only a count)"
NEW_MEMBERS = "He presented licences to 4 new members."


@pytest.mark.parametrize(
    ("msgid", "msgstr", "said"),
    [
        (
            GREW,
            "由最初的24家并未增长至76家。",
            negated("并未", "由最初的24家并未增长至76家", "24, 76"),
        ),
        (
            GREW,
            "由最初的24家没有增长至76家。",
            negated("没有", "由最初的24家没有增长至76家", "24, 76"),
        ),
        (GREW, "由最初的24家未增长至76家。", negated("未", "由最初的24家未增长至76家", "24, 76")),
        (
            "It ran more than 30 projects.",
            "它未能实施30余项项目。",
            negated("未能", "它未能实施30余项项目", "30"),
        ),
        # One "not" of the English allows one: not two.
        (
            "It did not grow from 24 to 76.",
            "它并未没有由24家增长至76家。",
            negated("并未, 没有", "它并未没有由24家增长至76家", "24, 76", 2, 1),
        ),
        # Red team 54: a "none" in another English clause allows no "not" here; nor does a
        # word that denies or doubts (险些 "almost": it was not founded).
        (
            "It drafted 9 series of standards (for few people or none).",
            "它并未编制9个系列的标准（适用于很少的人或无人）。",
            negated("并未", "它并未编制9个系列的标准（适用于很少的人或无人）", "9"),
        ),
        (
            "It was established in 2016.",
            "它险些成立于2016年。",
            negated("险些", "它险些成立于2016年", "2016"),
        ),
        # Red team 56: a question, a condition and a claim make a fact a "maybe" or deny it.
        (
            GREW,
            "由最初的24家增长至76家了吗？",
            negated("吗", "由最初的24家增长至76家了吗", "24, 76", says=FORECAST),
        ),
        (
            GREW,
            "如果由最初的24家增长至76家。",
            negated("如果", "如果由最初的24家增长至76家", "24, 76", says=FORECAST),
        ),
        (
            GREW,
            "联盟自称由最初的24家增长至76家。",
            negated("自称", "联盟自称由最初的24家增长至76家", "24, 76"),
        ),
        # Red team 55: a fact made a forecast, a past made a future, a growth made a fall.
        (
            GREW,
            "由最初的24家预计增长至76家。",
            negated("预计", "由最初的24家预计增长至76家", "24, 76", says=FORECAST),
        ),
        (
            "Over the past 10 years, it grew.",
            "未来十年，它不断发展。",
            negated("未来", "未来十年", "10", says=FORECAST),
        ),
        (
            GREW,
            "由最初的24家减少至76家。",
            negated("减少", "由最初的24家减少至76家", "24, 76", says=FALL),
        ),
        # Red team 64: 6 centres made one of 6.
        (
            "It set up 6 R&D centres.",
            "它设立了6个研发中心之一。",
            negated("之一", "它设立了6个研发中心之一", "6", says=ONE_OF),
        ),
        # Red team 65: in brackets beside the number, which end no clause.
        (
            GREW,
            "由最初的24家增长至76家（实则并未增长）。",
            negated("并未", "由最初的24家增长至76家（实则并未增长）", "24, 76"),
        ),
        (
            "It was established in 2016.",
            "它成立于2016年（所谓）。",
            negated("所谓", "它成立于2016年（所谓）", "2016"),
        ),
        (
            GREW,
            "由最初的24家增长至76家（预计）。",
            negated("预计", "由最初的24家增长至76家（预计）", "24, 76", says=FORECAST),
        ),
        # Red team 65 row 07: a part made the whole, or only.
        (
            NEW_MEMBERS,
            "他为全部4家成员单位授牌。",
            negated("全部", "他为全部4家成员单位授牌", "4", says=ALL),
        ),
        (
            NEW_MEMBERS,
            "他仅为4家新成员单位授牌。",
            negated("仅", "他仅为4家新成员单位授牌", "4", says=ONLY),
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
        ("Core tasks for the next decade", "未来十年的核心任务"),
        ("It is expected to grow from 24 to 76.", "预计将由24家增长至76家。"),
        ("It fell from 76 to 24.", "由76家减少至24家。"),
        # Red team 54: the English says "not" by its form (un-, -less, non-).
        ("The Alliance still has 5 unsolved problems.", "联盟仍有5项未解决的难题。"),
        ("The 3 goals remain unmet.", "这3个目标尚未实现。"),
        ("The 76 members are unequal in size.", "这76家成员单位规模不一。"),
        ("It is a non-profit alliance of 76 members.", "它是由76家成员单位组成的非营利联盟。"),
        ("Did it grow from 24 to 76 if it claims so?", "如果它如此声称，它是否由24家增长至76家？"),
        ("It is one of the 4 new members.", "它是4家新成员单位之一。"),
        ("A ministry of the government.", "政府部委之一。"),  # no number in its clause
        ("He presented licences to all 4 new members.", "他为全部4家新成员单位授牌。"),
        ("Only 4 new members joined.", "仅有4家新成员单位加入。"),
        ("It differs in 1 character.", "两者相差1字。"),
        # The English's own aside, written as a clause of its own.
        ("It has 76 members (not counting observers).", "它有76家成员单位，不含观察员。"),
    ],
)
def test_the_englishs_own_negations_pass(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


def test_the_red_teams_negation_is_refused_on_the_report(tmp_path):
    refused_on_the_report(
        tmp_path,
        [
            (
                "work-report",
                [("24家增长至76家", "24家并未增长至76家")],
                [negated("并未", "联盟成员单位数量由最初的24家并未增长至76家（见图%s", "24, 76")],
            )
        ],
    )
