"""Red team 52 row 07: "to" became "by". The number is there, in order, and the sentence says the
membership grew by 76 (增长了76家) where the English says it grew to 76. A number keeps the
source's frame: a change's end ("to": 增长至, 增至, 达到) or its size ("by": 增长了, 新增)."""

import pytest

from i18n_support import lint_one, refused_on_the_report

TO = "It grew from the initial 24 to 76."
BY = "It grew by 24 members."


def made(value: str, kind: str, other: str) -> str:
    said = {"to": "a change's end (增长至76家: grew to)", "by": "a change's size (增长了76家: by)"}
    return (
        f"[number] number {value} is {said[kind]} in the translation and {said[other]} in the "
        "source: write the source's"
    )


@pytest.mark.parametrize(
    ("msgid", "msgstr", "said"),
    [
        (TO, "由最初的24家增长了76家。", made("76", "by", "to")),
        (TO, "由最初的24家增长76家。", made("76", "by", "to")),
        (TO, "由最初的24家新增“76”家。", made("76", "by", "to")),
        (BY, "成员增至24家。", made("24", "to", "by")),
        (BY, "成员增长到24家。", made("24", "to", "by")),
        (BY, "成员达到24家。", made("24", "to", "by")),
        # Red team 54: a few letters between the verb and its number.
        (TO, "由最初的24家增长了整整76家。", made("76", "by", "to")),
        (TO, "由最初的24家增加了足足76家。", made("76", "by", "to")),
    ],
)
def test_a_changes_end_made_its_size_is_refused(tmp_path, msgid, msgstr, said):
    found = " ".join(lint_one(tmp_path, msgid, msgstr))
    assert f"page.po:9: {said}" in found, found


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (TO, "由最初的24家增长至76家。"),
        (TO, "由最初的24家增至76家。"),
        (TO, "由最初的24家发展到76家。"),
        (TO, "成员单位由24家达到76家。"),
        (TO, "由最初的24家增长至目前的76家。"),
        (BY, "成员增加了24家。"),
        (BY, "新增成员24家。"),
        ("It added 24 members.", "新增24家成员。"),  # the English says neither
        ("It was supported by 3 ministries.", "它得到3个部委支持。"),  # 得到 is no "to"
        ("It ran from 24 to 76 sessions.", "它举办了24至76场。"),  # 至 alone joins a range
    ],
)
def test_the_sources_frame_passes(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


def test_the_red_teams_change_of_frame_is_refused_on_the_report(tmp_path):
    refused_on_the_report(
        tmp_path,
        [("work-report", [("24家增长至76家", "24家增长了76家")], [made("76", "by", "to")])],
    )
