"""Red team 52 row 01: a bound turned round. The number is there, in order, and the sentence says
it is more where the English says less (逾3000 for "nearly 3,000"), less where it says more
(不足30项 for "more than 30"), or bounds a number the English states exactly (76余家 for "76").
A number keeps the source's bound; an "about" on either side leaves the other free."""

import pytest

from i18n_support import lint_one, refused_on_the_report

NEARLY = "Nearly 3,000 attended."
MORE = "It ran more than 30 projects."
EXACT = "It has 76 member units."
MILLION = "Exposure passed more than 4 million."


def bounded(value: str, translation: str, source: str) -> str:
    return (
        f"[number] number {value} is bounded otherwise in the translation ({translation}) than "
        f"in the source ({source})"
    )


@pytest.mark.parametrize(
    ("msgid", "msgstr", "said"),
    [
        (NEARLY, "逾3000人次参会。", bounded("3000", "more than ×1", "less than ×1")),
        (NEARLY, "超过3000人次参会。", bounded("3000", "more than ×1", "less than ×1")),
        (NEARLY, "3000余人次参会。", bounded("3000", "more than ×1", "less than ×1")),
        (NEARLY, "3000人次以上参会。", bounded("3000", "more than ×1", "less than ×1")),
        (NEARLY, "逾“3000”人次参会。", bounded("3000", "more than ×1", "less than ×1")),
        (NEARLY, "3000人次参会。", bounded("3000", "no bound", "less than ×1")),
        (MORE, "它实施项目不足30项。", bounded("30", "less than ×1", "more than ×1")),
        (MORE, "它实施了近30个项目。", bounded("30", "less than ×1", "more than ×1")),
        (MORE, "它实施项目30项以下。", bounded("30", "less than ×1", "more than ×1")),
        (MORE, "它实施项目30项。", bounded("30", "no bound", "more than ×1")),
        (EXACT, "它有76余家成员单位。", bounded("76", "more than ×1", "no bound")),
        (EXACT, "它有近76家成员单位。", bounded("76", "less than ×1", "no bound")),
        (EXACT, "它有76家以上成员单位。", bounded("76", "more than ×1", "no bound")),
        (MILLION, "曝光量不到400万。", bounded("4000000", "less than ×1", "more than ×1")),
        ("Nearly 40 firms.", "四十多家企业。", bounded("40", "more than ×1", "less than ×1")),
        # Red team 54: a compound bound (≤), and bound words the lists lacked.
        (EXACT, "它有小于等于76家成员单位。", bounded("76", "less than ×1", "no bound")),
        (EXACT, "它的成员单位顶多76家。", bounded("76", "less than ×1", "no bound")),
        (EXACT, "它的成员单位起码76家。", bounded("76", "more than ×1", "no bound")),
        (EXACT, "它有成员单位76家封顶。", bounded("76", "less than ×1", "no bound")),
        # Red team 65: a bound in brackets, after the number or before it.
        (EXACT, "它有76家（以上）成员单位。", bounded("76", "more than ×1", "no bound")),
        (EXACT, "它有（近）76家成员单位。", bounded("76", "less than ×1", "no bound")),
        (EXACT, "它有76（家）以上成员单位。", bounded("76", "more than ×1", "no bound")),
    ],
)
def test_a_bound_turned_round_is_refused(tmp_path, msgid, msgstr, said):
    found = " ".join(lint_one(tmp_path, msgid, msgstr))
    assert f"page.po:9: {said}" in found, found


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (NEARLY, "近3000人次参会。"),
        (NEARLY, "将近3000人次参会。"),
        (NEARLY, "约3000人次参会。"),  # "about" keeps any bound: weaker, not turned
        ("About 3,000 attended.", "3000人次左右参会。"),
        ("About 3,000 attended.", "近3000人次参会。"),
        (MORE, "它实施了30余项项目。"),
        (MORE, "它实施了30多个项目。"),
        (MORE, "它实施了超过30个项目。"),
        (MORE, "它实施了30个以上项目。"),
        (MILLION, "曝光量超过400万。"),
        (MILLION, "曝光量达400多万。"),  # the bound inside the number, before its scale
        (EXACT, "它有76家成员单位。"),
        (EXACT, "它有76家（见下表）成员单位。"),
        ("About 3,000 attended.", "3000人次（左右）参会。"),
        # A bound word inside a longer word is none: signed, upstream and downstream, latest.
        ("It signed 3 firms.", "它签约3家企业。"),
        ("It has 76 upstream and downstream firms.", "它拥有76家上下游企业。"),
        ("The latest 3 reports.", "最近3份报告。"),
        # Before a span of time, "over" and 近 say "during" and "the past" as often.
        ("In the past 3 years it grew.", "近三年来，它不断发展。"),
        ("Over 10 years, it grew.", "十年来，它不断发展。"),
        ("It took nearly 3 years.", "它历时近三年。"),
    ],
)
def test_the_sources_bound_passes(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


def test_the_red_teams_turned_bounds_are_refused_on_the_report(tmp_path):
    refused_on_the_report(
        tmp_path,
        [
            (
                "key-figures",
                [("近3000", "逾3000")],
                [bounded("3000", "more than ×1", "less than ×1") + BOUND_ADVICE],
            ),
            (
                "work-report",
                [("项目30余项", "项目不足30项")],
                [bounded("30", "less than ×1", "more than ×1") + BOUND_ADVICE],
            ),
        ],
    )


BOUND_ADVICE = (
    ": write the source's bound (more than: 逾, 超过, 30余, 以上; less than: 近, 不足, 以下; "
    "about: 约, 左右)"
)
