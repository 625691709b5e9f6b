"""Red team 40, row 05: 负 after a number, or with a word between.

负76 was refused as a word that changes the number it touches; 76（负）家, 负值76 and 负的76家
passed, and the reader reads −76. 负 is refused wherever it stands where the English has no
negative, except inside a word that says no sign (负责, 肩负)."""

import pytest

from i18n_support import lint_one

MEMBERS = "The Alliance grew to 76 members."
NEGATIVE = "'负' makes a number negative where the English has no negative"


@pytest.mark.parametrize(
    "msgstr",
    [
        "联盟成员增至76（负）家。",
        "联盟成员增至负值76家。",
        "联盟成员增至负的76家。",
        "联盟成员增至76家（负）。",
        "联盟成员增至76家，负。",
        "联盟成员增至负 · 值76家。",
        # An honest word beside it does not hold it.
        "联盟负负责76家成员。",
    ],
)
def test_a_negative_the_english_does_not_state_is_refused(tmp_path, msgstr):
    found = lint_one(tmp_path, MEMBERS, msgstr)
    assert f"page.po:9: [number] {NEGATIVE}" in " ".join(found), found


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (MEMBERS, "联盟成员增至76家。"),
        ("Its head is responsible for 76 members.", "其负责人为76家成员服务。"),
        ("The 76 members shoulder the mission.", "76家成员肩负使命。"),
        ("Growth was negative, at 5%.", "增长为负，5%。"),
        ("It was minus 5 degrees.", "气温为负5度。"),
    ],
)
def test_a_negative_the_english_states_or_a_word_that_holds_it_passes(tmp_path, msgid, msgstr):
    assert not [f for f in lint_one(tmp_path, msgid, msgstr) if NEGATIVE in f]
