"""Red team 6, break 1: a year read as a count. A year may move past the other numbers (Chinese
puts the time first), and the checker once decided what is a year from its value alone: the
Alliance's "Established in 2016" became 共计2016家 ("2016 units in all") and passed. A number is
a year only where the text writes it as one (2016年; "in 2016"); a year of the source's must be
found as a year, and a count keeps its place. Each payload fails with the exact finding; honest
forms pass."""

import shutil

import pytest

from conftest import LOCALES, SOURCE
from i18n_support import cli, fill, lint_one, real_catalogs_pass
from reportbook.i18n.catalogs import load_catalog
from reportbook.i18n.lint.numerals import Year, reader

EN, ZH = reader("en"), reader("zh_CN", "en")
FOUNDED = "Established in 2016, it has grown from 24 to 76 members."


def as_count(year: str) -> list[str]:
    return [
        f"page.po:9: [added-number] number {year} is not in the source: the source's {year} is "
        "a year",
        f"page.po:9: [number] year {year} of the source is missing: the translation has {year}, "
        "but not as a year",
    ]


@pytest.mark.parametrize(
    "msgstr",
    [
        "联盟成员单位由24家增至76家，连同分支机构共计2016家。",  # the red team's
        "联盟成员单位由24家增至76家，共计2016。",
        "联盟成员单位由24家增至76家，共计：2016。",  # no letter touches it, but it opens nothing
        "联盟成员单位由24家增至76家，共计 2016 家。",
        "两千零一十六年成立，成员单位由24家增至76家。",  # a count of years: a year reads 二〇一六
    ],
)
def test_a_year_written_as_a_count_is_refused(tmp_path, msgstr):
    assert lint_one(tmp_path, FOUNDED, msgstr) == as_count("2016")


def test_a_count_written_as_a_year_is_refused(tmp_path):
    assert lint_one(tmp_path, "It had 2,016 members.", "2016年有成员。") == [
        "page.po:9: [added-number] year 2016 is not in the source: the source's 2016 is no year",
        "page.po:9: [number] number 2016 of the source is missing: the translation has 2016, but "
        "as a year",
    ]


def test_a_count_keeps_its_place_among_the_numbers(tmp_path):
    # Both a year and a count of 2016: the count may not move past 24 and 76 as years may.
    msgid = "In 2016 it grew from 24 to 2,016 members, and 76 joined."
    assert lint_one(tmp_path, msgid, "2016年，成员由24家增至2016家，又有76家加入。") == []
    assert lint_one(tmp_path, msgid, "2016年，成员由24家增至76家，又有2016家加入。") == [
        "page.po:9: [number] numbers in another order: the source reads 2016, 24, 2016, 76; "
        "the translation reads 2016, 24, 76, 2016"
    ]


def test_a_range_of_years_is_written_as_years(tmp_path):
    assert lint_one(tmp_path, "During 2021-2025.", "期间为2021—2025。") == [
        "page.po:9: [added-number] number 2021 is not in the source: the source's 2021 is a year",
        "page.po:9: [added-number] number 2025 is not in the source: the source's 2025 is a year",
        "page.po:9: [number] year 2021 of the source is missing: the translation has 2021, but "
        "not as a year",
        "page.po:9: [number] year 2025 of the source is missing: the translation has 2025, but "
        "not as a year",
    ]


def test_what_is_a_year_is_how_the_language_writes_one():
    assert EN.read("in 2016, the 2025 meeting, 2021-2025") == [
        Year("2016"),
        Year("2025"),
        Year("2021"),
        Year("2025"),
    ]
    assert EN.read("2,016 firms, 2016th, 2016%") == ["2016", "2016", "2016%"]
    assert ZH.read("2016年，2016年度，二〇一六年，2021—2025年") == [Year("2016")] * 3 + [
        Year("2021"),
        Year("2025"),
    ]
    assert ZH.read("共计2016家，两千零一十六年") == ["2016", "2016"]
    assert ZH.read("2025，中国服装协会") == [Year("2025")]  # opening the text, as English writes it
    assert Year("2016") != "2016" and "2016" != Year("2016")


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (FOUNDED, "联盟成立于2016年，成员单位由24家增至76家。"),
        (FOUNDED, "成员单位由24家增至76家；联盟成立于2016年。"),  # a year may move
        (FOUNDED, "二〇一六年成立，成员单位由24家增至76家。"),
        (FOUNDED, "2016 年成立，成员单位由24家增至76家。"),
        (FOUNDED, "2016年度成立，成员单位由24家增至76家。"),
        (FOUNDED, "2016，联盟成立，成员单位由24家增至76家。"),  # opens the text: a year
        ("The 14th Five-Year Plan (2021-2025).", "“十四五”规划（2021—2025年）。"),
        ("During 2021-2025.", "2021至2025年期间。"),
        ("During 2021-2025.", "2021年—2025年期间。"),
        ("2025, China Garment Association", "2025，中国服装协会"),  # the copyright line
        ("2016", "2016年"),  # a table's cell
        ("2016", "2016"),
        ("In 2016 it had 2,016 members.", "2016年有2016家成员。"),
        ("On 9 March 2025, its 2025 meeting.", "2025年年会于2025年3月9日召开。"),
    ],
)
def test_years_written_as_years_pass(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


def test_the_red_team_s_catalog_is_refused(tmp_path):
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES, locales)
    po = locales / "zh_CN" / "LC_MESSAGES" / "organisations.po"
    message = next(m for m in load_catalog(po, "zh_CN") if "Established in 2016" in str(m.id))
    old = "联盟成立于2016年，成员单位由24家增至76家。"
    assert old in message.string
    new = "联盟成员单位由24家增至76家，连同分支机构共计2016家。"
    fill(po, {message.id: message.string.replace(old, new)})
    line = load_catalog(po, "zh_CN")[message.id].lineno
    result = cli("check", "--locales", locales, "--source", SOURCE)
    assert result.stderr.splitlines() == [
        f"{po}:{line}: [added-number] number 2016 is not in the source: the source's 2016 is a "
        "year",
        f"{po}:{line}: [number] year 2016 of the source is missing: the translation has 2016, but "
        "not as a year",
        "check failed: 2 problem(s)",
    ]


def test_real_catalogs_pass():
    real_catalogs_pass()
