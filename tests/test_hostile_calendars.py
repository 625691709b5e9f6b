"""Red team 40, rows 03 and 04: a calendar or an era named after the date or the year; red
team 63: a bound after a year (2016年以前 for "in 2016").

农历 before a date was refused as a word that changes the number it touches; after it
(2025年3月9日（农历）), or an era after the year (2016年（公元前）), it passed. A calendar or an
era the English does not name is refused wherever the translation names it."""

import pytest

from i18n_support import lint_one, refused_on_the_report

MET = "It met on 9 March 2025."


@pytest.mark.parametrize(
    ("msgid", "msgstr", "word"),
    [
        (MET, "会议于2025年3月9日（农历）召开。", "农历"),
        (MET, "会议于2025年3月9日召开，农历。", "农历"),
        ("It was founded in 2016.", "联盟成立于2016年（公元前）。", "公元前"),
        ("It was founded in 2016.", "联盟成立于2016年（民 国）。", "民国"),
        ("It was founded in 2016.", "联盟成立于2016年BC。", "BC"),
        # The English's own calendar words are whole words: "era" is not in "Federation".
        ("The Federation met on 9 March 2025.", "联合会于2025年3月9日（农历）开会。", "农历"),
    ],
)
def test_a_calendar_the_english_does_not_name_is_refused_wherever_it_stands(
    tmp_path, msgid, msgstr, word
):
    found = lint_one(tmp_path, msgid, msgstr)
    assert f"page.po:9: [number] {word!r} names a calendar or an era" in " ".join(found), found


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (MET, "会议于2025年3月9日（公历）召开。"),
        ("It met in the 2nd lunar month, on its 12th day.", "会议于农历二月十二日召开。"),
        ("It was founded in 2016.", "联盟成立于2016年。"),
    ],
)
def test_the_english_calendar_or_one_the_english_names_passes(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


@pytest.mark.parametrize(
    "msgstr", ["联盟成立于前2016年。", "联盟成立于（前）2016年。", "联盟成立于前 2016年。"]
)
def test_a_bare_before_a_year_is_refused(tmp_path, msgstr):
    """Red team 40's aside: 前2016年 reads as "before 2016", or as 2016 BC."""
    found = lint_one(tmp_path, "It was founded in 2016.", msgstr)
    assert "'前' changes the number it touches" in " ".join(found), found


@pytest.mark.parametrize(
    ("msgstr", "word"),
    [
        ("联盟成立于2016年以前。", "以前"),
        ("联盟成立于2016年 之后。", "之后"),
        ("联盟成立于二〇一六年前后。", "前后"),
        ("联盟成立于2016年（左右）。", "左右"),
        # Red team 64: a date's too.
        ("联盟于2025年3月9日以前开会。", "以前"),
    ],
)
def test_a_bound_after_a_year_is_refused(tmp_path, msgstr, word):
    """Red team 63: 成立于2016年以前 says "founded before 2016" for "in 2016"."""
    msgid = "It met on 9 March 2025." if "3月" in msgstr else "It was founded in 2016."
    found = lint_one(tmp_path, msgid, msgstr)
    assert f"{word!r} changes the number it touches" in " ".join(found), found


@pytest.mark.parametrize(
    ("msgstr", "word"),
    [
        ("联盟成立已2016年。", "已"),
        ("联盟历时 2016年发展至今。", "历时"),
        ("联盟成立（长达）2016年。", "长达"),
        ("联盟已经发展了整整2016年。", "整整"),
        ("联盟成立2016年之久。", "之久"),
    ],
)
def test_a_year_made_a_length_of_time_is_refused(tmp_path, msgstr, word):
    """Red team 64 row 08: 成立已2016年 says "has existed 2016 years" for "in 2016"."""
    found = lint_one(tmp_path, "It was founded in 2016.", msgstr)
    assert f"{word!r} changes the number it touches" in " ".join(found), found


def test_a_bound_after_a_year_is_refused_on_the_report(tmp_path):
    changed = (
        "[number] '2016年以前': '以前' changes the number it touches (a sign, a fraction, a "
        "half, a multiple, an estimate), and the checker does not read it: write the number as "
        "the source does, or record why with # lint-ignore: number — reason"
    )
    payload = ("organisations", [("联盟成立于2016年，", "联盟成立于2016年以前，")], [changed])
    refused_on_the_report(tmp_path, [payload])


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("It was founded in 2016, before the others.", "联盟成立于2016年，早于其他联盟。"),
        ("Before 2016, it was an idea.", "2016年，在此之前它只是一个设想。"),
        ("It was founded earlier, in 2016.", "此前，联盟于2016年成立。"),
        ("It was founded earlier, in 2016.", "联盟此前2016年成立。"),
        ("It ranks among the top 20.", "它位列前20名。"),
        # A length of time with no year: a count of years, which the number checks read.
        ("It has existed for 10 years.", "联盟成立已10年。"),
        ("It was founded in 2016.", "联盟已于2016年成立。"),
        ("By 2025 it had grown to 76.", "到2025年，联盟已经发展到76家。"),
    ],
)
def test_a_word_ending_in_before_or_a_count_after_it_passes(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("msgstr", "word"),
    [
        # Red team 44, row 04: a calendar not listed, BC in full width or without its dots.
        ("会议于2025年3月9日（儒略历）召开。", "儒略历"),
        ("为实现2035年（ＢＣ）目标。", "BC"),
        ("为实现2035年（B.C）目标。", "BC"),
        ("为实现2035年（b.c.）目标。", "BC"),
        ("为实现2035年（ROC）目标。", "ROC"),
    ],
)
def test_a_calendar_in_any_spelling_is_refused(tmp_path, msgstr, word):
    found = lint_one(tmp_path, "It set goals for 2035.", msgstr)
    assert f"page.po:9: [number] {word!r} names a calendar or an era" in " ".join(found), found


@pytest.mark.parametrize("word", ["元旦", "元月", "正月"])
def test_a_month_or_a_day_named_with_no_numeral_is_refused(tmp_path, word):
    # Red team 44, row 03: 2016年元旦 is 1 January 2016, which the English does not say.
    found = lint_one(tmp_path, "It was founded in 2016.", f"联盟成立于2016年{word}。")
    assert f"page.po:9: [number] {word!r} states a number" in " ".join(found), found


def test_letters_that_only_contain_a_calendars_do_not_name_it(tmp_path):
    assert lint_one(tmp_path, "It set goals for 2035.", "为实现2035年（ABC）目标。") == []
