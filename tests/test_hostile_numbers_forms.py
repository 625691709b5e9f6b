"""Red team 6: Chinese that a reader reads as another number than the checker did. Spoken short
forms (一百五 is 150, not 105); 点 between numerals, a decimal point (十点五 is 10.5), and 比, a
ratio (三比五 is 3:5); a word that looks like a numeral touching a number (三干 looks like 三千).
Each payload fails with the exact finding; the honest forms stay clean."""

import pytest

from i18n_support import lint_one, numbers_of
from reportbook.i18n.lint.blocks import look_alike
from reportbook.i18n.lint.numerals import reader

ZH = reader("zh_CN", "en", translation=True)  # as the linter reads a translation

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


def joined(span: str, ch: str) -> str:
    return (
        f"page.po:9: [number] '{span}': numbers joined by '{ch}' (U+{ord(ch):04X} CJK UNIFIED "
        f"IDEOGRAPH-{ord(ch):04X}) may read as one number (1 024, 1/24, 9:30): write the "
        "source's number, or separate the numbers with words"
    )


@pytest.mark.parametrize("msgstr", ["十点五年后。", "10点5年后。", "１０点５年后。"])
def test_a_decimal_point_between_numerals_makes_one_number(tmp_path, msgstr):
    # It read 10 and 5, the source's numbers; the reader reads ten and a half years.
    assert lint_one(tmp_path, "In 10 years, then 5 years.", msgstr) == [
        "page.po:9: [added-number] number 10.5 is not in the source",
        "page.po:9: [number] number 10 of the source is missing",
        "page.po:9: [number] number 5 of the source is missing",
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("十点五", ["10.5"]),
        ("十点零五", ["10.05"]),  # the digits after 点 are read one by one
        ("十点一五", ["10.15"]),  # and are no estimate
        ("三点五亿", ["350000000"]),
        ("10点5万", ["105000"]),
        ("百分之三点五", ["3.5%"]),
        ("三点五％", ["3.5%"]),
        ("九点", ["9"]),  # nine o'clock: no number after 点
        ("一点", ["1"]),  # a little
        ("重点", []),
        ("一点一滴", []),  # bit by bit
    ],
)
def test_what_a_decimal_point_reads(text, values):
    assert ZH.read(text) == values


@pytest.mark.parametrize(
    ("msgid", "msgstr", "span", "ch"),
    [
        ("3 and 5.", "三比五。", "三比五", "比"),
        ("3 and 5.", "3比5。", "3比5", "比"),
        ("3 and 5.", "三 比 五。", "三 比 五", "比"),
        # A ratio the source has is no licence for another.
        ("A ratio of 3:5, and 5 and 7.", "比例为3:5，五比七。", "五比七", "比"),
        # No fraction before 分 (a time, points scored): the numbers are joined.
        ("At 9:30.", "九点三十分。", "九点三十", "点"),
        ("10 and 5.", "十点五分。", "十点五", "点"),
        ("10 and 50.", "十点五十。", "十点五十", "点"),  # a unit: no fraction
        ("10.5 and 3.", "十点五点三。", "十点五点三", "点"),
        ("10 and 5.", "十点 五。", "十点 五", "点"),
    ],
)
def test_numerals_joined_by_a_word_are_refused(tmp_path, msgid, msgstr, span, ch):
    assert lint_one(tmp_path, msgid, msgstr) == [joined(span, ch)]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("10.5 years.", "十点五年。"),
        ("10.5 years.", "10点5年。"),
        ("A rise of 3.5 per cent.", "增长百分之三点五。"),
        ("350 million yuan.", "三点五亿元。"),
        ("A ratio of 3:5.", "比例为三比五。"),  # the source's ratio
        ("A ratio of 3:5.", "比例为3比5。"),
        ("At 9:30.", "9:30。"),  # a time as the English writes it
        ("The meeting began at nine.", "会议九点开始。"),
        ("He made three points.", "他提出了三点意见。"),
        ("Three points of view.", "三点观点。"),
        ("It rose a little.", "略有增长，高了一点。"),
        ("The key points.", "工作重点。"),
        ("This ratio.", "这一比例。"),
        ("Compared with 2016, 76 firms.", "与2016年相比，76家企业。"),
        ("24 firms, compared.", "24家企业比较。"),
        ("76, more than in 2016.", "76家，比2016年多。"),
        ("On 9 March 2025, more than in 2024.", "2025年3月9日比2024年多。"),  # "than"
        ("Bit by bit.", "一点一滴。"),
    ],
)
def test_decimal_points_ratios_and_the_words_pass(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


def looks(span: str, ch: str) -> str:
    return (
        f"page.po:9: [number] '{span}': '{ch}' (U+{ord(ch):04X} CJK UNIFIED IDEOGRAPH-"
        f"{ord(ch):04X}) looks like a numeral or a digit and is read as a word (the language's "
        "look_alike_numerals): next to a number a reader may read it as part of the number "
        "(三干 looks like 三千, 丨76 like 176): write the number as the source does"
    )


@pytest.mark.parametrize(
    ("msgid", "msgstr", "span", "ch"),
    [
        ("3 firms.", "三干家企业。", "三干", "干"),  # read 3, looks like 三千 (3000)
        ("10 years.", "乇十年。", "乇十", "乇"),  # read 10, looks like 七十年
        ("76 firms.", "丨76家。", "丨76", "丨"),  # looks like |76 or 176
        ("76 firms.", "丨 76家。", "丨 76", "丨"),
        ("76 firms.", "76丨家。", "76丨", "丨"),
        ("3 years.", "三土年。", "三土", "土"),  # looks like 三十年
        ("Table %s.", "表丨%s。", "丨%s", "丨"),  # the number Sphinx writes there
        # A number in full is no licence for a look-alike beside it.
        ("3,000 cadres.", "三千干部。", "三千干", "干"),
    ],
)
def test_a_look_alike_touching_a_number_is_refused(tmp_path, msgid, msgstr, span, ch):
    assert numbers_of(lint_one(tmp_path, msgid, msgstr)) == [looks(span, ch)]


def word_look_alikes() -> list[str]:
    pattern = look_alike("zh_CN", letters=True)
    return [chr(c) for c in range(0x3400, 0xFB00) if pattern.match(chr(c))]


def test_the_look_alikes_are_the_data_s_and_ideographs():
    assert {"干", "乇", "丨", "土", "士", "囗"} <= set(word_look_alikes())
    # Those that are no letter of Chinese are the block check's, refused anywhere.
    assert look_alike("zh_CN", letters=True).match("\uff86") is None
    assert look_alike("zh_CN").match("\uff86") and not look_alike("zh_CN").match("干")


@pytest.mark.parametrize("ch", word_look_alikes())
def test_every_look_alike_is_refused_before_and_after_a_number(tmp_path, ch):
    assert numbers_of(lint_one(tmp_path, "3 firms.", f"三{ch}家企业。")) == [looks(f"三{ch}", ch)]
    assert numbers_of(lint_one(tmp_path, "76 firms.", f"{ch}76家。")) == [looks(f"{ch}76", ch)]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("3,000 cadres.", "三千名干部。"),
        ("Cadres and land.", "干部与土地。"),
        ("12 doctors.", "12名博士。"),
        ("I understand.", "我明白。"),
        ("It was wiped clean.", "清理得一干二净。"),  # idioms: words, numerals and all
        ("From nothing.", "从一穷二白起步。"),
        ("If cadres fail.", "万一干部失职。"),  # 一 of the idiom 万一 is no number
        # Alike, but written next to numbers as words, and not listed.
        ("This slogan.", "这一口号。"),
        ("This process.", "这一工序。"),
        ("Founded in 2016.", "成立于2016年。"),
        ("Revenue of 30 million yuan.", "收入3000万元。"),
        ("An agreement of the three parties.", "三方协议。"),
        ("3,000 people.", "3000人。"),
    ],
)
def test_look_alikes_away_from_numbers_and_words_next_to_them_pass(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []
