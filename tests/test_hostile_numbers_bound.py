"""What binds to a number is read with it or refused (finding F1): a scale character the data
does not know (76萬 is 760,000), digits joined by a space (1 024 is 1024), a sign, a fraction,
a per-mille sign. The number a reader reads is the checker's."""

import pytest

from i18n_support import lint_one, numbers_of, real_catalogs_pass
from reportbook.i18n.lint import compare
from reportbook.i18n.lint.numerals import Year, reader

ZH = reader("zh_CN", "en", translation=True)  # as the linter reads a translation
GREW = "Over the past 10 years, membership grew from the initial 24 to 76."
HONEST = "过去十年，联盟成员单位数量由最初的24家增长至76家。"
GROWTH = "由最初的24家增长至76家"


def numbers(msgid: str, msgstr: str) -> list[tuple[str, str]]:
    return [f for f in compare(msgid, msgstr, lang="zh_CN", source_lang="en") if "number" in f[0]]


def test_the_red_teams_payload_fails(tmp_path):
    # It published "1 024 … 76萬" (1,024 to 760,000) for "24 to 76"; the 1 of a 1 024 read as
    # two numbers was even one a translation may add.
    payload = "过去十年，联盟成员单位数量由最初的1\u202f024家增长至76萬家。"
    assert lint_one(tmp_path, GREW, HONEST) == []
    assert numbers_of(lint_one(tmp_path, GREW, payload)) == [
        "page.po:9: [added-number] number 1024 is not in the source",
        "page.po:9: [number] '萬' (U+842C CJK UNIFIED IDEOGRAPH-842C) is a numeral (10000) the "
        "checker does not read: write the number in digits or in the language's numerals",
        "page.po:9: [number] number 24 of the source is missing",
    ]


@pytest.mark.parametrize(
    "changed",
    [
        # Scale and numeral characters the data does not read: traditional, accounting, other.
        "由最初的24家增长至76萬家",
        "由最初的24家增长至76億家",
        "由最初的24家增长至76兆家",
        "由最初的24家增长至76仟家",
        "由最初的24家增长至七十六萬家",
        "由最初的廿四家增长至76家",
        "由最初的24家增长至7⁶家",
        "由最初的24家增长至⑦⑥家",
        "由最初的24家增长至७६家",  # Devanagari digits
        # Digits joined by any space, or by a mark that may join them.
        "由最初的1\u00a024家增长至76家",
        "由最初的1\u202f24家增长至76家",
        "由最初的1\u200924家增长至76家",
        "由最初的1\u300024家增长至76家",
        "由最初的1 24家增长至76家",
        "由最初的1’024家增长至76家",
        "由最初的1'024家增长至76家",
        "由最初的1·024家增长至76家",
        "由最初的1_024家增长至76家",
        "由最初的1,24家增长至76家",
        "由最初的1:24家增长至76家",
        # Signs, fractions, per mille, what else a reader reads with the number.
        "由最初的−24家增长至76家",
        "由最初的-24家增长至76家",
        "由最初的－24家增长至76家",
        "由最初的±24家增长至76家",
        "由最初的24家增长至+76家",
        "由最初的1/24家增长至76家",
        "由最初的1⁄24家增长至76家",
        "由最初的24家增长至½家",
        "由最初的24家增长至76‰",
        "由最初的24家增长至76%",
        "由最初的24家增长至百分之七十六",
        "由最初的24家增长至76+家",
        "由最初的24家增长至≈76家",
        "由最初的24家增长至$76",
        "由最初的24家增长至76K家",
        "由最初的24家增长至76\u0336家",  # a combining stroke through the 6
        "由最初的24家增长至76\u20e3家",  # a keycap around it
    ],
)
def test_what_binds_to_a_number_is_read_or_refused(changed):
    assert numbers(GREW, HONEST) == []
    assert numbers(GREW, HONEST.replace(GROWTH, changed)), changed


@pytest.mark.parametrize(
    ("text", "values", "refused"),
    [
        ("76萬", ["76"], "'萬' (U+842C CJK UNIFIED IDEOGRAPH-842C) is a numeral (10000)"),
        ("½", [], "'½' (U+00BD VULGAR FRACTION ONE HALF) is a numeral (0.5)"),
        ("1 24", ["1", "24"], "'1 24': numbers joined by ' ' (U+0020 SPACE)"),
        ("1/24", ["1", "24"], "'1/24': numbers joined by '/' (U+002F SOLIDUS)"),
        ("24+", ["24"], "'24+': '+' (U+002B PLUS SIGN) next to the number"),
        ("76K", ["76"], "'76K': 'K' (U+004B LATIN CAPITAL LETTER K) next to the number"),
        # A letter before the digits makes a label, not a number, that a reader may read as one.
        ("l76", [], "'l76': 'l' (U+006C LATIN SMALL LETTER L) next to the number"),
        ("ｌ76", [], "'ｌ76': 'ｌ' (U+FF4C FULLWIDTH LATIN SMALL LETTER L) next to the number"),
        ("Ø3", [], "'Ø3': 'Ø' (U+00D8 LATIN CAPITAL LETTER O WITH STROKE) next to the number"),
    ],
)
def test_a_refusal_names_the_character(text, values, refused):
    reading = ZH.reading(text)
    assert reading.values == values
    assert [u.why.startswith(refused) for u in reading.unread] == [True]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("1\u202f024", ["1024"]),
        ("1\u00a0024\u00a0000", ["1024000"]),
        ("1,024", ["1024"]),
        ("1，024", ["1024"]),
        ("−24", ["-24"]),
        ("－24", ["-24"]),
        ("+24", ["+24"]),
        ("76%", ["76%"]),
        ("76％", ["76%"]),
        ("76 per cent", ["76%"]),
        ("百分之七十六", ["76%"]),
        ("千分之五", ["5‰"]),
        ("76‰", ["76‰"]),
        ("１２．５%", ["12.5%"]),
        # A range's dash, not a sign; a range of years that opens the text, as English writes it.
        ("2021-2025", [Year("2021"), Year("2025")]),
    ],
)
def test_signs_marks_and_grouped_digits_are_read_with_the_number(text, values):
    assert ZH.reading(text)[:2] == (values, [])


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("on 9 March 2025", "于2025年3月9日"),
        ("Membership grew from 24 to 76.", "会员从24家增至76家。"),
        ("nearly 3,000 attendances", "近3000人次"),
        ("nearly 3,000 attendances", "近3\u202f000人次"),
        ("see page 14", "见第14页"),
        ("a 1.5 m wall", "1.5米的墙"),
        ("a 76% rise", "增长76%"),
        ("a 76 per cent rise", "增长百分之七十六"),
        ("24, 76 and 147", "24、76和147"),
        ("in the period (2021–2025)", "在此期间（2021—2025年）"),
        ("It is 3D printing.", "这是3D打印。"),  # the source has the same 3D
        ("The members attended.", "成员单位参加了会议。"),  # 参 is a word here, not 3
        ("See 1/24.", "见1/24。"),  # the source's own fraction
        ("H2O, v2 and G20", "H2O、v2和G20"),  # the source's own labels
    ],
)
def test_honest_forms_pass(msgid, msgstr):
    assert numbers(msgid, msgstr) == []


@pytest.mark.parametrize(
    "label",
    ["l2", "I2", "O3", "S76", "ｌ2", "Ｏ3", "Ø3", "ì2"],
)
def test_a_label_a_translation_adds_is_refused(label):
    # Read as no number, a letter and digits were a number a translation could add unread:
    # "过去l2个月" shows twelve months. Letters of full-width Latin and Latin-1 are of blocks
    # a Chinese translation may use.
    added = HONEST.replace("过去十年", f"过去十年（含{label}个月）")
    assert numbers(GREW, added) == [
        ("number", ZH.reading(label).unread[0].why),
    ]


def test_fourteenth_five_year_plan_reads_14_and_5():
    assert ZH.reading("“十四五”")[:2] == (["14", "5"], [])


def test_a_word_character_with_a_numeric_value_is_refused_next_to_a_numeral():
    # 参 is 3 to the Unicode database, and to a reader of 二十参.
    assert ZH.reading("参加")[1] == []
    assert [u.ch for u in ZH.reading("二十参")[1]] == ["参"]


def test_joined_digits_are_read_in_one_pass():
    # A refusal's message is written only when reported, once per span.
    text = "1\u202f" * 100_000
    reading = ZH.reading(text)
    assert len(reading.values) == 100_000 and len({u.span for u in reading.unread}) == 1


def test_real_catalogs_pass():
    real_catalogs_pass()
