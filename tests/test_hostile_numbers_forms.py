"""Red team 6: Chinese that a reader reads as another number than the checker did. Spoken short
forms (一百五 is 150, not 105). Each payload fails with the exact finding; the honest forms stay
clean."""

import pytest

from i18n_support import lint_one
from reportbook.i18n.lint.numerals import reader

ZH = reader("zh_CN", "en")

# A last digit after a unit or a scale, with no unit of its own, counts the next lower unit.
SHORT_FORMS = [
    ("一百五", "150"),
    ("两千五", "2500"),
    ("一万五", "15000"),
    ("三百八", "380"),
    ("一亿五", "150000000"),
    ("十五", "15"),  # 十's next lower unit is one
    ("一百零五", "105"),  # 零 holds the tens' place: the 五 is ones
    ("一万零五", "10005"),
    ("三万五千", "35000"),  # the 五 has its own unit
    ("一千零五十", "1050"),
]


@pytest.mark.parametrize(("numeral", "value"), SHORT_FORMS)
def test_a_spoken_short_form_is_read_as_a_reader_reads_it(numeral, value):
    assert ZH.read(numeral) == [value]


@pytest.mark.parametrize(
    ("msgid", "msgstr", "shown", "source"),
    [
        ("105 firms.", "一百五家。", "150", "105"),
        ("2,005 visits.", "两千五人次。", "2500", "2005"),
        ("10,005 yuan.", "一万五元。", "15000", "10005"),
        ("308 items.", "三百八项。", "380", "308"),
    ],
)
def test_a_short_form_for_another_number_is_refused(tmp_path, msgid, msgstr, shown, source):
    # It was read as 105, 2005, 10005 and 308, and passed.
    assert lint_one(tmp_path, msgid, msgstr) == [
        f"page.po:9: [added-number] number {shown} is not in the source",
        f"page.po:9: [number] number {source} of the source is missing",
    ]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("150 firms.", "一百五家。"),
        ("2,500 visits.", "两千五人次。"),
        ("15,000 yuan.", "一万五元。"),
        ("105 firms.", "一百零五家。"),
        ("15 firms.", "十五家。"),
        ("The 14th Five-Year Plan.", "“十四五”规划。"),  # 14 and 5, not 14 and 50
    ],
)
def test_short_forms_and_their_full_forms_pass(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []
