"""Letters that look like numerals: "增长至Ƽ76家" (Latin Extended-B U+01BC, a tone letter with no
numeric value) shows 576 while the number checks read 76, and "过去⼋年" (the Kangxi radical
U+2F0B) shows 八 while they read no number. A translation may add only characters of the
Unicode blocks its language lists (``blocks`` in languages.toml): refused by the linter
(file:line), by the gate, and on the doctree; a character the source has may stay."""

import pytest
from docutils import nodes
from fontTools.unicodedata import Blocks

from hostile_support import HostileBuild
from i18n_support import lint_one, real_catalogs_pass
from reportbook.i18n.doctree import compare_index_entries, compare_nodes
from reportbook.languages import load_languages

SUFFIX = "(catalog index.po, msgid 'A plain paragraph with `code` in it.')"
WHY = (
    "is not in the source and may not be in a zh_CN translation: the language's translations "
    "use no character of its block (a letter that looks like a digit or a numeral reads as a "
    "number the checks do not read)"
)
FOREIGN = (
    "characters of a Unicode block the language does not list, of its look-alikes or not among "
    "its characters, or combining marks it does not list, in the translation"
)
# A source with the numbers the translations below show: only the block check may object.
MSG_NUMBERS = "A paragraph with `code`: from 24 to 76 firms (about 3.5%), Noto Serif, quotes."
HONEST = "一个带有`code`的段落：由24家增至76家（约3.5%），Noto Serif、《书名》与“引号”。"

# The red team's look-alikes: of digits (Ƽ 5, З 3, б 6, Ꮞ 4, Ꮾ 6, ᒿ 2, Ꝯ 9) and of Chinese
# numerals (Kangxi radicals ⼀ ⼆ ⼋ ⼗, katakana ニ ハ, a compatibility ideograph 六).
LOOK_ALIKES = [
    ("\u01bc", "LATIN CAPITAL LETTER TONE FIVE", "Latin Extended-B"),
    ("\u0417", "CYRILLIC CAPITAL LETTER ZE", "Cyrillic"),
    ("\u0431", "CYRILLIC SMALL LETTER BE", "Cyrillic"),
    ("\u13ce", "CHEROKEE LETTER SE", "Cherokee"),
    ("\u13ee", "CHEROKEE LETTER WV", "Cherokee"),
    ("\u14bf", "CANADIAN SYLLABICS SAYISI M", "Unified Canadian Aboriginal Syllabics"),
    ("\ua76e", "LATIN CAPITAL LETTER CON", "Latin Extended-D"),
    ("\u2f00", "KANGXI RADICAL ONE", "Kangxi Radicals"),
    ("\u2f06", "KANGXI RADICAL TWO", "Kangxi Radicals"),
    ("\u2f0b", "KANGXI RADICAL EIGHT", "Kangxi Radicals"),
    ("\u2f17", "KANGXI RADICAL TEN", "Kangxi Radicals"),
    ("\u30cb", "KATAKANA LETTER NI", "Katakana"),
    ("\u30cf", "KATAKANA LETTER HA", "Katakana"),
    ("\uf9d1", "CJK COMPATIBILITY IDEOGRAPH-F9D1", "CJK Compatibility Ideographs"),
]


@pytest.mark.parametrize(("ch", "name", "block"), LOOK_ALIKES)
def test_a_look_alike_is_refused_by_the_linter(tmp_path, ch, name, block):
    msgstr = f"一个带有`code`的段落：由24家增至{ch}76家（约3.5%），Noto Serif、引号。"
    assert (f"page.po:9: [block] U+{ord(ch):04X} ({name}, block {block}) {WHY}") in lint_one(
        tmp_path, MSG_NUMBERS, msgstr
    )


@pytest.mark.parametrize(
    ("msgstr", "named"),
    [
        # The red team's payloads (f1-homoglyph.diff, f2-kangxi.diff), in a message of their own.
        ("一个带有`code`的段落：由24家增长至\u01bc76家（约3.5%），Noto Serif、引号。", "U+01BC"),
        ("一个带有`code`的段落：由24家至76家（约3.5%），近\u04173000人次，Noto Serif。", "U+0417"),
        ("一个带有`code`的段落：过去\u2f0b年由24家至76家（约3.5%），Noto Serif。", "U+2F0B"),
    ],
)
def test_the_red_team_payloads_are_refused(tmp_path, msgstr, named):
    found = lint_one(tmp_path, MSG_NUMBERS, msgstr)
    assert [f for f in found if "[block]" in f and named in f], found


def test_honest_chinese_with_latin_names_digits_and_punctuation_passes(tmp_path):
    assert lint_one(tmp_path, MSG_NUMBERS, HONEST) == []


def test_a_character_of_the_source_may_stay(tmp_path):
    # The English has the Kangxi radical and the Cyrillic name: the translation may keep them.
    msgid = "The radical \u2f0b of Иван is `code`."
    assert lint_one(tmp_path, msgid, "Иван的部首\u2f0b是`code`。") == []
    # Only those: another of the same block is refused.
    found = lint_one(tmp_path, msgid, "Иван的部首\u2f0b\u2f17是`code`。")
    assert found == [f"page.po:9: [block] U+2F17 (KANGXI RADICAL TEN, block Kangxi Radicals) {WHY}"]


def test_a_character_written_as_an_entity_is_read_as_parsed(tmp_path):
    found = lint_one(
        tmp_path, MSG_NUMBERS, "一个带有`code`的段落：由24家增至&#x1BC;76家（约3.5%），Noto Serif。"
    )
    assert (
        f"page.po:9: [block] U+01BC (LATIN CAPITAL LETTER TONE FIVE, block Latin Extended-B) {WHY}"
    ) in found


def test_a_right_to_left_letter_is_named_once_by_the_bidi_check(tmp_path):
    found = lint_one(
        tmp_path, MSG_NUMBERS, "一个带有`code`的段落：由\u05be24家增至76家（约3.5%），Noto Serif。"
    )
    assert [f for f in found if "U+05BE" in f and "[bidi]" in f]
    assert not [f for f in found if "[block]" in f]


def test_the_build_refuses_it_without_prepare(tmp_path):
    site = HostileBuild(tmp_path)
    msgstr = "一个带有`code`的段落，过去\u2f0b年增至\u01bc76家。"
    assert site.refused(msgstr, "\u01bc", "\u2f0b") == [
        f"index.md:10: [block] U+01BC (LATIN CAPITAL LETTER TONE FIVE, block Latin Extended-B) "
        f"{WHY} {SUFFIX}",
        f"index.md:10: [block] U+2F0B (KANGXI RADICAL EIGHT, block Kangxi Radicals) {WHY} {SUFFIX}",
    ]


def test_the_doctree_boundary_refuses_it_too():
    # The gate above runs the linter first; the doctree comparison is the boundary itself.
    def paragraph(text):
        return nodes.paragraph("", "", nodes.Text(text))

    assert compare_nodes(
        paragraph("from 24 to 76"), paragraph("由24家增至\u01bc76家"), "zh_CN"
    ) == [
        (
            "character",
            f"{FOREIGN}: U+01BC (LATIN CAPITAL LETTER TONE FIVE, block Latin Extended-B)",
        )
    ]
    assert (
        compare_nodes(paragraph("Иван: 24 to 76"), paragraph("Иван：由24家增至76家"), "zh_CN") == []
    )
    # A look-alike of an allowed block (halfwidth katakana ﾊ beside the full-width colon).
    assert compare_nodes(paragraph("over 8 years"), paragraph("过去\uff8a年：8年"), "zh_CN") == [
        (
            "character",
            f"{FOREIGN}: U+FF8A (HALFWIDTH KATAKANA LETTER HA, block Halfwidth and Fullwidth "
            "Forms)",
        )
    ]
    # A right-to-left letter is named once, as one that reorders.
    assert compare_nodes(
        paragraph("from 24 to 76"), paragraph("由\u05be24至\u2f0b76家"), "zh_CN"
    ) == [
        ("character", "control, format or right-to-left characters in the translation: U+05BE"),
        ("character", f"{FOREIGN}: U+2F0B (KANGXI RADICAL EIGHT, block Kangxi Radicals)"),
    ]
    entries = [("single", "Alliance", "id1", "", None)]
    assert compare_index_entries(entries, [("single", "联盟\u30cb", "id1", "", None)], "zh_CN") == [
        ("character", f"{FOREIGN}: U+30CB (KATAKANA LETTER NI, block Katakana)")
    ]


def test_every_translated_language_lists_real_blocks():
    for language in load_languages().values():
        if not language.source:
            blocks = language.lint.blocks
            assert blocks, language.code
            assert set(blocks) <= set(Blocks.VALUES), language.code


def test_the_real_catalogs_pass():
    real_catalogs_pass()


LOOKS = (
    "is not in the source and may not be in a zh_CN translation: it looks like a digit, a "
    "numeral or a space (the language's look-alikes) (a letter that looks like a digit or a "
    "numeral reads as a number the checks do not read)"
)


@pytest.mark.parametrize(
    ("ch", "name", "block_name"),
    [
        ("\uff86", "HALFWIDTH KATAKANA LETTER NI", "Halfwidth and Fullwidth Forms"),
        ("\uff8a", "HALFWIDTH KATAKANA LETTER HA", "Halfwidth and Fullwidth Forms"),
        # Red team 6: a blank letter between 24 and 076 shows "24 076", read as 24 and 76.
        ("\uffa0", "HALFWIDTH HANGUL FILLER", "Halfwidth and Fullwidth Forms"),
        ("\uffa4", "HALFWIDTH HANGUL LETTER NIEUN", "Halfwidth and Fullwidth Forms"),
        ("\u00ba", "MASCULINE ORDINAL INDICATOR", "Latin-1 Supplement"),
        ("\u00aa", "FEMININE ORDINAL INDICATOR", "Latin-1 Supplement"),
    ],
)
def test_a_look_alike_of_an_allowed_block_is_refused(tmp_path, ch, name, block_name):
    # Red team 5: ﾆ十年 looks like 二十年, 过去ﾊ年 like 八年, 76º like 76°; their blocks also
    # hold the full-width punctuation and the pinyin a Chinese translation uses.
    msgstr = f"一个带有`code`的段落：由24家增至76{ch}家（约3.5%），Noto Serif、《书名》与“引号”。"
    assert lint_one(tmp_path, MSG_NUMBERS, msgstr) == [
        f"page.po:9: [block] U+{ord(ch):04X} ({name}, block {block_name}) {LOOKS}"
    ]


def test_the_same_blocks_full_width_punctuation_and_pinyin_pass(tmp_path):
    msgstr = "一个带有`code`的段落：由24家增至76家（约3.5%）！zhìzào，Noto Serif、《书名》。"
    assert lint_one(tmp_path, MSG_NUMBERS, msgstr) == []


# Rare ideographs that look like numerals, of an allowed block but outside the Table of General
# Standard Chinese Characters (zh_CN-characters.txt): no list of look-alikes need name them.
# 亖 (U+4E96, an old form of 四) is on no list (the number check reads it as 4 too).
OUTSIDE = (
    "is not in the source and may not be in a zh_CN translation: it is not among the characters "
    "the language's translations may use (zh_CN-characters.txt), and a rare character that looks "
    "like a numeral reads as a number the checks do not read: write the character the text means, "
    "or, if it needs this one (a name's), ask a maintainer to add it to zh_CN-characters.txt"
)


@pytest.mark.parametrize(
    ("ch", "numeral"),
    [("\u4ea3", "六"), ("\u4e37", "八"), ("\u4e47", "七"), ("\u7f52", "四"), ("\u4e96", "四")],
)
def test_an_ideograph_outside_the_table_is_refused(tmp_path, ch, numeral):
    msgstr = f"一个带有`code`的段落：过去{ch}年由24家增至76家（约3.5%），Noto Serif。"
    name = f"CJK UNIFIED IDEOGRAPH-{ord(ch):04X}"
    assert (
        f"page.po:9: [block] U+{ord(ch):04X} ({name}, block CJK Unified Ideographs) {OUTSIDE}"
    ) in lint_one(tmp_path, MSG_NUMBERS, msgstr)


def test_a_look_alike_in_the_table_is_left_to_the_number_check(tmp_path):
    # 丏 (like 万) is in the table (level 3): look_alike_numerals refuses it outside a word.
    found = lint_one(tmp_path, MSG_NUMBERS, f"{HONEST[:-1]}，近\u4e0f人。")
    assert not [f for f in found if "[block]" in f]
    assert [f for f in found if "[number]" in f and "looks like the numeral 万" in f], found


def test_common_text_and_a_rare_ideograph_the_english_has_pass(tmp_path):
    # 龘 (U+9F98, dá) is outside the table; the English names it.
    assert (
        lint_one(
            tmp_path,
            MSG_NUMBERS,
            "一个带有`code`的段落：由24家增至76家（约3.5%），"
            "Noto Serif、《书名》与“引号”；儿童互动，干部与学者。",
        )
        == []
    )
    msgid = "The character \u9f98 is `code`."
    assert lint_one(tmp_path, msgid, "字符\u9f98是`code`。") == []
    # Only that one: another outside the table is refused.
    found = lint_one(tmp_path, msgid, "字符\u9f98与\u4e06是`code`。")
    assert found == [
        f"page.po:9: [block] U+4E06 (CJK UNIFIED IDEOGRAPH-4E06, block CJK Unified Ideographs) "
        f"{OUTSIDE}"
    ]


def test_the_table_is_the_official_one_and_the_real_catalogs_pass():
    from reportbook.i18n.lint.blocks import allowed_letters

    _, table = allowed_letters("zh_CN")
    assert len(table) == 8105
    assert {"一", "矗", "乂", "齉", "亍", "蠼", "丏"} <= table
    assert not {"\u4ea3", "\u4e37", "\u4e47", "\u4e28", "\u56d7", "\u5f61", "\u7f52"} & table
    real_catalogs_pass()


def test_the_doctree_boundary_refuses_an_ideograph_outside_the_table():
    def paragraph(text):
        return nodes.paragraph("", "", nodes.Text(text))

    assert compare_nodes(paragraph("over 6 years"), paragraph("过去\u4ea3年：6年"), "zh_CN") == [
        (
            "character",
            f"{FOREIGN}: U+4EA3 (CJK UNIFIED IDEOGRAPH-4EA3, block CJK Unified Ideographs)",
        )
    ]
