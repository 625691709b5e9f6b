"""Red teams 15 and 16: the number checker reads a text as its reader sees it. A tab shows as a
space, so numerals with one between them are joined (２４\t７６); 両, the Japanese form of 兩, is
drawn almost as 两 and read as it (両三, 両倍); lower-case Roman numerals are numbers (第ii卷);
and a single Roman letter where a numeral names a place states one (第V部分 is "Part 5")."""

import unicodedata

import pytest

from i18n_support import lint_one, numbers_of, real_catalogs_pass
from reportbook.i18n.lint.numerals import reader
from reportbook.languages import load_languages

ZH = reader("zh_CN", "en", translation=True)  # as the linter reads a translation
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


LIANG = [
    # Red team 16's payloads: 両 read as a word, the reader reads 两 (two).
    (
        "Looking ahead, Jiang Hengjie proposed 3 major directions.",
        "展望未来，蒋衡杰提出了両三大方向。",
        [
            "page.po:9: [added-number] number 23 is not in the source",
            "page.po:9: [number] '両三': numerals side by side (両三) read as an estimate, "
            "'2 or 3', not as one number: write the number in digits, or as one numeral with "
            "its units",
            "page.po:9: [number] number 3 of the source is missing",
        ],
    ),
    (
        "It grew from 24 to 76 members.",
        "由24家增至76家，增长両倍，营收增长両成。",
        [
            f"page.po:9: [number] '両{word}': '{word}' changes the number it touches (a sign, a "
            "fraction, a half, a multiple, an estimate), and the checker does not read it: "
            "write the number as the source does, or record why with # lint-ignore: number — "
            "reason"
            for word in "倍成"
        ],
    ),
    (
        "Over the past 10 years.",
        "过去両十年。",  # the checker read 10, the reader 二十 (20)
        [
            "page.po:9: [added-number] number 20 is not in the source",
            "page.po:9: [number] number 10 of the source is missing",
        ],
    ),
]


@pytest.mark.parametrize(("msgid", "msgstr", "expected"), LIANG)
def test_a_variant_of_a_numeral_is_read_as_the_numeral(tmp_path, msgid, msgstr, expected):
    assert numbers_of(lint_one(tmp_path, msgid, msgstr)) == expected
    # The same text with 两 is refused alike.
    assert lint_one(tmp_path, msgid, msgstr.replace("両", "两")) == [
        line.replace("両", "两") for line in expected
    ]


def test_variants_have_the_values_of_their_numerals():
    assert ZH.read("両万人，三韆家，五卍元") == ["20000", "3000", "50000"]
    assert ZH.read("両") == ["2"]


def test_a_variant_counts_as_its_numeral_a_translation_may_add(tmp_path):
    # 两家 for "two firms" may add 2; so may 両家, which reads the same.
    assert numbers_of(lint_one(tmp_path, "The firms joined.", "両家企业加入。")) == []


def test_the_variants_are_those_the_unicode_database_gives_no_value():
    """Unicode gives the others a numeric value (兩, 萬, 貳): they are refused as numerals the
    checker does not read, and the data lists only those it would otherwise read as words."""
    numerals = load_languages()["zh_CN"].numerals
    known = numerals["digits"] | numerals["units"] | numerals["scales"]
    for variant, numeral in numerals["variants"].items():
        assert unicodedata.numeric(variant, None) is None, variant
        assert numeral in known, numeral
    for refused in "兩萬億貳弐壱陸":
        assert [u.kind for u in ZH.reading(f"七{refused}").unread] == ["numeral"], refused
    # Those that are letters of common words too (伍 of 队伍) are look-alikes, named as such.
    for refused in "伍拾":
        assert [u.kind for u in ZH.reading(f"七{refused}").unread] == ["look-alike"], refused


def number_word(word: str) -> str:
    return (
        f"page.po:9: [number] {word!r} states a number the checker does not read (the "
        "language's unread_words): write the number in digits or in the language's numerals"
    )


@pytest.mark.parametrize(
    ("msgid", "msgstr", "word"),
    [
        # Red team 16's payloads, upper-cased by the site's style: 第II卷, 共IV篇.
        ("Report", "报告（第ii卷）", "ii"),
        ("Appendices", "附录（共iv篇）", "iv"),
        ("The Alliance has 76 members.", "联盟有76家成员（xiv）。", "xiv"),
        ("The Alliance has 76 members.", "联盟有76家成员（第Xiv届）。", "Xiv"),
        ("The Alliance has 76 members.", "联盟有76家成员（MMXXV）。", "MMXXV"),  # 2025
        ("The Alliance has 76 members.", "联盟有76家成员（第ＩＩ卷）。", "ＩＩ"),  # full-width
    ],
)
def test_a_roman_numeral_in_any_case_is_refused(tmp_path, msgid, msgstr, word):
    assert lint_one(tmp_path, msgid, msgstr) == [number_word(word)]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("Report", "报告"),
        ("Volume ii of the report.", "报告第ii卷。"),  # the English has the same numeral
        ("The CAD and DVD files.", "CAD和DVD文件。"),  # not well-formed numerals: words
        ("The mix of 76 members.", "76家成员的mix。"),  # a word the English has
        ("I met 76 members.", "我见了76家成员。"),
    ],
)
def test_roman_letters_that_are_words_or_the_sources_pass(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


def roman(letter: str) -> str:
    return (
        f"page.po:9: [number] {letter!r} is a Roman numeral where a numeral names a place "
        "(第V部分 is Part 5, V级 level 5: the language's ordinal_before and ordinal_after), which "
        "the checker does not read: write the number as the source does"
    )


@pytest.mark.parametrize(
    ("msgstr", "letter"),
    [
        ("报告第V部分列出76家成员。", "V"),
        ("报告第X卷列出76家成员。", "X"),
        ("报告第 v 部分列出76家成员。", "v"),
        ("报告第Ｖ部分列出76家成员。", "Ｖ"),
        ("启动I级响应的76家成员。", "I"),  # before 级: level 1
        ("报告（Part V）列出76家成员。", "V"),  # the English's place word, in a Chinese text
        # Red team 36, row 10: a run in an additive form no table reads (XIIII for XIV).
        ("报告第XIIII届年会的76家成员。", "XIIII"),
        ("报告第CCCC部分列出76家成员。", "CCCC"),
    ],
)
def test_a_roman_letter_in_a_numerals_place_is_refused(tmp_path, msgstr, letter):
    assert lint_one(tmp_path, "The report lists 76 members.", msgstr) == [roman(letter)]
    # The pronoun I of the English states no place.
    assert lint_one(tmp_path, "I list 76 members.", msgstr) == [roman(letter)]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("Part V lists 76 members.", "第V部分列出76家成员。"),
        ("Volume X lists 76 members.", "第X卷列出76家成员。"),
        ("The Level I response of 76 members.", "76家成员的I级响应。"),
        ("Vitamin C and 76 members.", "维生素C和76家成员。"),
        ("Consumers (C-end) and 76 members.", "C端用户和76家成员。"),
        ("I met 76 members of CAD.", "我见了CAD的76家成员。"),
        ("A 3D design by 76 members.", "3D设计，76家成员。"),
    ],
)
def test_a_roman_letter_the_source_has_or_a_letter_elsewhere_passes(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


def test_real_catalogs_pass():
    real_catalogs_pass()
