"""Red team 55 row 04 and red team 56 row 02: the times of numbers swapped. 目前为24家，最初则为
76家 for "grew from the initial 24 to 76" keeps both numbers in order and says 24 of now, 76 of
the start. A word of a time (最初, 目前; initial, now) says it of the count nearest to it in its
clause; a translation says the start of a count only where the English does, or says no time in
the clauses with that count, and "now" of a count the English says of the start never. A
message that says a time the English does not, and not the English's, is refused too: a
table's two descriptions traded (red team 56), each translating the other's English."""

import pytest

from i18n_support import lint_one, refused_on_the_report

GREW = "It grew from the initial 24 to 76."
TODAY = "It has 76 members today, up from 24."


def said_of(value: str, time: str, words: str, english: str) -> str:
    return (
        f"[number] the translation says {value} of {time} ({words}), the English says it of "
        f"{english}: each number holds when the English says it does; write the English's time "
        "beside its number"
    )


@pytest.mark.parametrize(
    ("msgid", "msgstr", "said"),
    [
        (GREW, "目前为24家，最初则为76家。", said_of("24", "now", "目前", "the start")),
        (GREW, "目前为24家，最初则为76家。", said_of("76", "the start", "最初", "no time")),
        (GREW, "成员为24家，最初则为76家。", said_of("76", "the start", "最初", "no time")),
        (GREW, "由目前的24家增长至76家。", said_of("24", "now", "目前", "the start")),
        (GREW, "由如今的24家增长至76家。", said_of("24", "now", "如今", "the start")),
        (TODAY, "联盟此前有76家成员，现有24家。", said_of("76", "the start", "此前", "now")),
        (TODAY, "联盟原有76家成员，如今24家。", said_of("76", "the start", "原有", "now")),
    ],
)
def test_a_number_said_of_another_time_is_refused(tmp_path, msgid, msgstr, said):
    found = " ".join(lint_one(tmp_path, msgid, msgstr))
    assert f"page.po:9: {said}" in found, found


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (GREW, "由最初的24家增长至76家。"),
        (GREW, "由起初的24家增长至76家。"),
        (GREW, "由最初的24家增长至目前的76家。"),  # a present: the English's tense
        (TODAY, "联盟现有76家成员，此前为24家。"),
        (TODAY, "联盟如今有76家成员，而最初为24家。"),
        ("It has 76 members.", "目前已有76家成员。"),
        # The English says no time in the clauses with the count: a start may be said.
        ("The Alliance has organised 9 series.", "联盟成立之初即组织编制了9个系列。"),
        # A year is a time itself: "founded" says the start of the count, not of 2016.
        (
            "Founded in 2016 with 24 members, it now has 76.",
            "联盟2016年成立之初有24家成员，如今已有76家。",
        ),
    ],
)
def test_the_englishs_times_pass(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


def test_the_red_teams_swapped_times_are_refused_on_the_report(tmp_path):
    refused_on_the_report(
        tmp_path,
        [
            (
                "work-report",
                [
                    (
                        "联盟成员单位数量由最初的24家增长至76家",
                        "联盟成员单位目前为24家，最初则为76家",
                    )
                ],
                [
                    said_of("24", "now", "目前", "the start"),
                    said_of("76", "the start", "最初", "no time"),
                ],
            )
        ],
    )


def swapped(have: str, words: str, want: str) -> str:
    return (
        f"[number] the translation says {have} ({words}) where the English says {want}: write "
        "the English's time"
    )


FOUNDING = "Members of the Alliance at its founding"
TODAY_ = "Members of the Alliance today"


@pytest.mark.parametrize(
    ("msgid", "msgstr", "said"),
    [
        (FOUNDING, "联盟目前的成员数量", swapped("now", "目前", "the start")),
        (TODAY_, "联盟成立之初的成员数量", swapped("the start", "初", "now")),
        (TODAY_, "联盟原有的成员数量", swapped("the start", "原有", "now")),
    ],
)
def test_a_time_traded_for_the_englishs_is_refused(tmp_path, msgid, msgstr, said):
    assert lint_one(tmp_path, msgid, msgstr) == [f"page.po:9: {said}"]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (FOUNDING, "联盟成立之初的成员数量"),
        (FOUNDING, "联盟成立时的成员数量"),  # 成立时 is no listed word: the reviewer's
        (TODAY_, "联盟目前的成员数量"),
        (TODAY_, "联盟现有成员数量"),
        ("Members of the Alliance", "联盟目前的成员数量"),  # a time the English lacks only
    ],
)
def test_the_englishs_time_passes(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("honest", "hostile", "said"),
    [
        ("联盟成立之初的成员数量", "联盟目前的成员数量", swapped("now", "目前", "the start")),
        ("联盟目前的成员数量", "联盟成立之初的成员数量", swapped("the start", "初", "now")),
    ],
)
def test_the_red_teams_traded_descriptions_are_refused_on_the_report(
    tmp_path, honest, hostile, said
):
    refused_on_the_report(tmp_path, [("key-figures", [(honest, hostile)], [said])])
