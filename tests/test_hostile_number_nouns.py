"""Red team 52 row 06: two numbers trade their nouns. 汇聚了6位专家，设立了147个研发中心 for "set up
6 R&D centres, bringing together 147 experts" keeps both numbers in order, and 6 now counts
people, 147 things. The first listed noun or measure word after a count says what it counts,
people or things; a count the translation says of one kind and the English only of the other
is refused. Where either side names no listed word, the count is the reviewer's. Red team 64
row 02: 近3000人 for "nearly 3,000 attendances" (people for visits)."""

import pytest

from i18n_support import lint_one, refused_on_the_report

CENTRES = "It set up 6 R&D centres, bringing together 147 experts."
PEOPLE = "people (位, 名: experts)"
THINGS = "things (项, 中心: centres)"
ATTENDANCES = "attendances (人次: visits)"


def counts(value: str, have: str, want: str) -> str:
    return (
        f"[number] number {value} counts {have} in the translation, {want} in the English: "
        "each number counts what the English's does; write its noun beside it"
    )


@pytest.mark.parametrize(
    ("msgid", "msgstr", "said"),
    [
        (CENTRES, "它汇聚了6位专家，设立了147个研发中心。", counts("6", PEOPLE, THINGS)),
        (CENTRES, "它汇聚了6位专家，设立了147个研发中心。", counts("147", THINGS, PEOPLE)),
        (CENTRES, "它汇聚了6个专家，设立了147个研发中心。", counts("6", PEOPLE, THINGS)),
        ("It recommended 282 achievements.", "它推荐了282位专家。", counts("282", PEOPLE, THINGS)),
        ("It invited 180 speakers.", "它邀请了180项成果。", counts("180", THINGS, PEOPLE)),
        # Red team 64 row 02: 3,000 visits made 3,000 people.
        (
            "There were nearly 3,000 attendances.",
            "累计参会近3000人。",
            counts("3000", PEOPLE, ATTENDANCES),
        ),
        ("It recorded 400 visits.", "它记录了400位来访者。", counts("400", PEOPLE, ATTENDANCES)),
        (
            "It recommended 282 achievements.",
            "它推荐了282人次。",
            counts("282", ATTENDANCES, THINGS),
        ),
    ],
)
def test_a_count_of_another_kind_is_refused(tmp_path, msgid, msgstr, said):
    found = " ".join(lint_one(tmp_path, msgid, msgstr))
    assert f"page.po:9: {said}" in found, found


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (CENTRES, "它设立了6个研发中心，汇聚147位专家。"),
        ("It recommended 282 excellent achievements.", "它向全行业推荐优秀成果282项。"),
        ("It invited 180 speakers.", "它累计邀请演讲嘉宾180位。"),
        ("There were nearly 3,000 attendances.", "累计参会近3000人次。"),
        # Attendances may count people: 3万人次 claims no more than "30,000 visitors".
        ("It drew 30,000 visitors.", "吸引观众30000人次。"),
        ("It drew 30,000 visitors.", "吸引观众30000人。"),
        # Neither kind on one side: 家 counts the members, organisations or people.
        ("It has 76 members.", "它有76家成员单位。"),
        ("It has 76 members.", "它有76位成员。"),
        ("It grew from 24 to 76.", "它由24家增长至76家。"),
    ],
)
def test_the_englishs_kind_passes(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


def test_the_red_teams_traded_nouns_are_refused_on_the_report(tmp_path):
    refused_on_the_report(
        tmp_path,
        [
            (
                "work-report",
                [("设立了6个研发中心，汇聚147位专家", "汇聚了6位专家，设立了147个研发中心")],
                [counts("147", THINGS, PEOPLE), counts("6", PEOPLE, THINGS)],
            )
        ],
    )
