"""Red teams 15 and 16: the number checker reads a text as its reader sees it. A tab shows as a
space, so numerals with one between them are joined (２４\t７６); 両, the Japanese form of 兩, is
drawn almost as 两 and read as it (両三, 両倍); lower-case Roman numerals are numbers (第ii卷);
and a single Roman letter where a numeral names a place states one (第V部分 is "Part 5")."""

import pytest

from i18n_support import lint_one, real_catalogs_pass
from reportbook.i18n.lint.numerals import reader

ZH = reader("zh_CN", "en")
GREW = "Over the past 10 years, membership grew from the initial 24 to 76."
HONEST = "过去十年，联盟成员单位数量由最初的24家增长至76家。"


def joined(span: str, named: str) -> str:
    return (
        f"page.po:9: [number] {span!r}: numbers joined by {named} may read as one number "
        "(1 024, 1/24, 9:30): write the source's number, or separate the numbers with words"
    )


@pytest.mark.parametrize(
    ("msgstr", "span"),
    [
        ("过去十年，联盟成员单位数量增长至２４\t７６家。", "２４\t７６"),  # red team 15's payload
        ("过去十年，联盟成员单位数量由最初的二十四\t七十六家。", "二十四\t七十六"),
        ("过去十年，联盟成员单位数量由最初的24\t七十六家。", "24\t七十六"),
    ],
)
def test_numerals_with_a_tab_between_are_joined(tmp_path, msgstr, span):
    assert lint_one(tmp_path, GREW, msgstr) == [joined(span, "'\\t' (U+0009)")]


# Every character a reader sees as white space, as Unicode's White_Space and str.isspace say,
# but the line break between blocks.
WHITE_SPACE = [ch for ch in map(chr, range(0x110000)) if ch.isspace() and ch != "\n"]


@pytest.mark.parametrize("space", WHITE_SPACE, ids=lambda ch: f"U+{ord(ch):04X}")
def test_any_white_space_joins_numerals(space):
    for text in (f"二十四{space}七十六", f"２４{space}７６", f"24{space}七十六"):
        assert [u.kind for u in ZH.reading(text).unread] == ["joined"], repr(text)
    assert ZH.read(f"1{space}024") == ["1024"]  # digits grouped by it are one number


def test_white_space_away_from_numbers_passes(tmp_path):
    assert lint_one(tmp_path, GREW, HONEST.replace("增长至", "增长至\t")) == []
    assert lint_one(tmp_path, GREW, HONEST.replace("由最初", "由\t最初")) == []
    # Two blocks keep their numbers apart: a list item ending in 24, the next starting in 76.
    assert ZH.reading("增至24\n76家").unread == []


def test_real_catalogs_pass():
    real_catalogs_pass()
