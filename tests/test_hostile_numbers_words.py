"""Red team 3: a published number changed by a word the reader did not read (10年半, 负76,
两成), hidden behind an idiom (十分之三, 十分钟), or given a dash that reads as 一 (十－). Each
payload fails with the check that names it; the honest forms stay clean."""

import pytest

from i18n_support import lint_one
from reportbook.i18n.lint.numerals import reader

ZH = reader("zh_CN", "en", translation=True)  # as the linter reads a translation


def checks(found: list[str]) -> set[str]:
    return {line.split("[", 1)[1].split("]", 1)[0] for line in found}


# (source, translation, the check that refuses it, what its message names)
CHANGED = [
    ("10 years", "10年半", "number", "'半' changes the number"),  # 10.5 years
    ("10 years", "十年半", "number", "'半' changes the number"),
    ("76", "负76", "number", "'负' changes the number"),  # −76
    ("76", "76个半", "number", "'半' changes the number"),
    ("76", "俩76", "number", "'俩' changes the number"),
    ("76", "76俩", "number", "'俩' changes the number"),
    ("The share rose.", "比例提高了两成。", "number", "'成' changes the number"),  # 20%
    ("The share doubled.", "比例提高了两倍。", "number", "'倍' changes the number"),
    ("Membership grew.", "会员增加了一倍多。", "number", "'倍' changes the number"),
    ("76", "76打", "number", "'打' changes the number"),  # 76 dozen
    ("76", "76折", "number", "'折' changes the number"),
    ("Tens of firms joined.", "几十家企业加入。", "number", "'几' changes the number"),
    ("3", "十分之三", "number", "'分之' changes the number"),  # three tenths
    ("3", "三分之一", "number", "'分之' changes the number"),
]


@pytest.mark.parametrize(("msgid", "msgstr", "check", "named"), CHANGED)
def test_a_word_that_changes_a_number_is_refused(tmp_path, msgid, msgstr, check, named):
    found = lint_one(tmp_path, msgid, msgstr)
    assert check in checks(found), found
    assert any(f"[{check}]" in line and named in line for line in found), found


def test_a_recorded_reason_allows_a_changed_number(tmp_path):
    comment = "# lint-ignore: number — 两成 is the source's one in five"
    assert lint_one(tmp_path, "One in five firms.", "两成企业。", comment) == []


IDIOMS = [
    ("3", "十分之三", {"number", "added-number"}),  # 十分 is no idiom before 之
    ("Members of the Alliance today", "联盟目前的成员数量（十分钟前统计）", {"added-number"}),
    ("The football pitches.", "十足球场。", {"added-number"}),  # ten pitches
]


@pytest.mark.parametrize(("msgid", "msgstr", "wanted"), IDIOMS)
def test_an_idiom_a_number_follows_is_read(tmp_path, msgid, msgstr, wanted):
    found = lint_one(tmp_path, msgid, msgstr)
    assert wanted <= checks(found), found


def test_idioms_and_their_breakers():
    assert ZH.read("十分重要，十足的信心") == []
    assert ZH.read("十分钟") == ["10"]
    assert ZH.read("十分之三") == ["10", "3"]
    assert ZH.read("十足球场") == ["10"]
    assert ZH.read("三十分钟") == ["30"]
    assert ZH.read("一成不变") == []


DASHES = [
    ("10", "十－"),  # U+FF0D: shows as 十一
    ("10 years", "十—年"),  # U+2014
    ("10 years", "十–年"),  # U+2013
    ("10 years", "十～年"),
    ("10 years", "10－年"),
    ("10 years", "—10年"),
]


@pytest.mark.parametrize(("msgid", "msgstr"), DASHES)
def test_a_dash_without_a_number_beyond_is_refused(tmp_path, msgid, msgstr):
    found = lint_one(tmp_path, msgid, msgstr)
    assert any(
        "[number]" in line and "is a range only between two numbers" in line for line in found
    ), found


HONEST = [
    ("This is very important.", "这十分重要。"),
    ("A first-rate enterprise.", "一流企业。"),
    ("Nearly 3,000 visits.", "近3000人次。"),
    ("More than 3,000 visitors.", "3000多名观众。"),
    ("More than 30 items.", "30余项。"),
    ("The 14th Five-Year Plan (2021-2025).", "“十四五”规划（2021—2025年）。"),
    ("From 2021 to 2025.", "2021年—2025年。"),
    ("From 24 to 76 firms.", "24至76家企业。"),
    ("Between 24 and 76 firms.", "24～76家企业。"),
    ("76 members joined.", "76家成员加入。"),
    ("The two tasks.", "肩负两项任务。"),
    ("Ten-odd years.", "十几年。"),
]


@pytest.mark.parametrize(("msgid", "msgstr"), HONEST)
def test_honest_forms_pass(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("word", "msgstr"),
    [
        ("半打", "另有半打观察员"),
        ("皕", "另有皕家观察员"),
        # Red team 10: a rank in Roman numerals, an age of the classics, a cyclic year.
        ("III", "居全国第III位"),
        ("IV", "第IV届会员"),
        ("花甲", "年逾花甲"),
        ("古稀", "古稀之年"),
        ("乙巳", "乙巳年入会"),
        # Red team 24: the sixty-year cycle, and a decade of age (not 秩序, "order").
        ("甲子", "近一甲子以来"),
        ("甲子", "历时半甲子"),
        ("一秩", "年过一秩"),
        # The glyph survey's review: 俩 is "two" (他们俩, the two of them).
        ("俩", "他们俩也入会"),
    ],
)
def test_a_number_word_with_no_numeral_is_refused(tmp_path, word, msgstr):
    # Red team 7: 半打 (half a dozen) and 皕 (two hundred; Unicode gives it no value) added
    # numbers no check read.
    found = lint_one(tmp_path, "The Alliance has 76 members.", f"联盟有76家成员，{msgstr}。")
    assert found == [
        f"page.po:9: [number] '{word}' states a number the checker does not read (the "
        "language's unread_words): write the number in digits or in the language's numerals"
    ]
    assert lint_one(tmp_path, "The Alliance has 76 members.", "联盟有76家成员。") == []


def test_a_word_with_the_letter_of_a_number_word_passes(tmp_path):
    # 俩 in 伎俩 ("a trick") is no "two".
    assert lint_one(tmp_path, "It was a trick.", "这是伎俩。") == []


def test_a_roman_numeral_the_source_has_passes(tmp_path):
    assert lint_one(tmp_path, "Phase II has 76 members.", "第II期有76家成员。") == []
    # The pronoun, and capitals of an English name kept as written, are no numerals.
    assert lint_one(tmp_path, "I met 76 members of CAD.", "我见了CAD的76家成员。") == []


@pytest.mark.parametrize(
    ("msgstr", "span"),
    [
        ("只有一 二字之差", "一 二"),
        ("由最初的二十四 两家", "二十四 两"),
        ("由最初的24 七十六家", "24 七十六"),
    ],
)
def test_numerals_with_only_a_space_between_are_joined(tmp_path, msgstr, span):
    # Red team 14: 一 二 read as 1 and 2 (each one a translation may add) and showed as 一二.
    found = lint_one(tmp_path, "It differs by 24 or 76 characters.", f"{msgstr}。")
    assert (
        f"page.po:9: [number] '{span}': numbers joined by ' ' (U+0020 SPACE) may read as one "
        "number (1 024, 1/24, 9:30): write the source's number, or separate the numbers with "
        "words"
    ) in found
    assert lint_one(tmp_path, "It differs by one character.", "两者一字之差。") == []


@pytest.mark.parametrize(
    ("span", "value"),
    [
        # Red team 25: a scale alone, or after "a" or "one", in English kept in a translation.
        ("a million", "1000000"),
        ("a billion", "1000000000"),
        ("a trillion", "1000000000000"),
        ("two million", "2000000"),
        ("thrice", "3"),
        ("triple", "3"),
        ("a pair of", "2"),
        ("a trio of", "3"),
    ],
)
def test_an_english_number_word_added_in_a_translation_is_refused(tmp_path, span, value):
    msgid = "The Alliance reaches many firms."
    found = lint_one(tmp_path, msgid, f"联盟辐射企业逾[{span}]{{.language-en}}家。")
    assert found == [f"page.po:9: [added-number] number {value} is not in the source"]
    # Outside a span too: the same words, read by the same table (English words in a row,
    # unmarked, are refused as untranslated as well).
    found = lint_one(tmp_path, msgid, f"联盟辐射企业逾（{span}）家。")
    assert f"page.po:9: [added-number] number {value} is not in the source" in found


@pytest.mark.parametrize("word", ["one", "double", "score", "gross"])
def test_an_english_word_often_no_number_is_refused_unless_the_english_has_it(tmp_path, word):
    # "one of the members", "double quotes", a test "score": no number in the English, so
    # unread words: refused in a translation only, where the English has no such word.
    found = lint_one(tmp_path, "The Alliance reaches many firms.", f"联盟辐射企业逾[{word}]家。")
    assert found == [
        f"page.po:9: [number] '{word}' states a number the checker does not read (the "
        "language's unread_words): write the number in digits or in the language's numerals"
    ]


def test_one_million_is_read_as_one_number(tmp_path):
    msgid = "The Alliance reaches many firms."
    found = lint_one(tmp_path, msgid, "联盟辐射企业逾[one million]{.language-en}家。")
    assert found == [
        "page.po:9: [added-number] number 1000000 is not in the source",
        "page.po:9: [number] 'one' states a number the checker does not read (the "
        "language's unread_words): write the number in digits or in the language's numerals",
    ]
    # An honest translation of it, and the same English kept.
    msgid = "It reaches one million firms."
    assert lint_one(tmp_path, msgid, "辐射企业一百万家。") == []
    assert lint_one(tmp_path, msgid, "辐射企业[one million]{.language-en}家。") == []


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("It reaches more than one million firms.", "辐射企业逾百万家。"),
        ("It reaches more than a million firms.", "辐射企业逾一百万家。"),
        ("It reaches two million firms.", "辐射两百万家企业。"),
        ("It reaches a billion people.", "覆盖十亿人。"),
        ("It was checked thrice.", "检查了三次。"),
        ("A trio of firms joined.", "三家企业加入。"),
        ("A pair of firms joined.", "两家企业加入。"),
        # Words that are no number in the English stay harmless.
        ("It is one of the 4 new members.", "它是4家新成员之一。"),
        ("Quotation marks are straight double quotes.", "引号为直双引号。"),
        ("Sector plans such as this one set out goals.", "本规划等行业规划提出目标。"),
        ("It achieved a high score.", "取得了高分。"),
        ("The gross output rose.", "总产值上升。"),
        # The same English kept in the translation.
        ("The motto is One Million Steps.", "口号是One Million Steps。"),
        ("The motto is One Team.", "口号是One Team。"),
    ],
)
def test_honest_translations_of_english_number_words_pass(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


# Red team 29, row 05: English number and scale words in full-width or accented letters, read
# as a reader reads them (ｔｈｏｕｓａｎｄ is thousand, fíve is five), as ASCII ones are.
@pytest.mark.parametrize(
    ("msgid", "msgstr", "problems"),
    [
        (
            "It gathered 147 experts.",
            "汇聚147 ｔｈｏｕｓａｎｄ位专家。",
            [
                "[added-number] number 147000 is not in the source",
                "[number] number 147 of the source is missing",
            ],
        ),
        (
            "Over the years, it grew.",
            "近ｅｉｇｈｔ年来，联盟壮大了。",
            ["[added-number] number 8 is not in the source"],
        ),
        (
            "It has 76 members.",
            "成员76 ｐｅｒｃｅｎｔ。",
            [
                "[added-number] number 76% is not in the source",
                "[number] number 76 of the source is missing",
            ],
        ),
        (
            "It gathered 147 experts.",
            "汇聚147 thóusand位专家。",
            [
                "[added-number] number 147000 is not in the source",
                "[number] number 147 of the source is missing",
            ],
        ),
        (
            "Over the years, it grew.",
            "近fíve年来，联盟壮大了。",
            ["[added-number] number 5 is not in the source"],
        ),
        (
            "It has 24 members.",
            "成员ＳＥＶＥＮＴＹ-ＳＩＸ家。",
            [
                "[added-number] number 76 is not in the source",
                "[number] number 24 of the source is missing",
            ],
        ),
    ],
)
def test_number_words_in_full_width_or_accented_letters_are_read(tmp_path, msgid, msgstr, problems):
    found = [line for line in lint_one(tmp_path, msgid, msgstr) if "[block]" not in line]
    assert found == [f"page.po:9: {p}" for p in problems]


def test_the_same_words_in_ascii_are_read_alike(tmp_path):
    # The reader reads both alike: the folded form reads as the ASCII one.
    assert ZH.read("147 ｔｈｏｕｓａｎｄ") == ZH.read("147 thousand") == ["147000"]
    assert ZH.read("近ｅｉｇｈｔ年") == ZH.read("近eight年") == ["8"]
    assert ZH.read("fíve") == ["5"]
    # Pinyin with marks is no number word: nǚ, lǜ, Lǐ stay words.
    assert ZH.read("Lǐ Míng nǚshì") == []


@pytest.mark.parametrize("one", ["one", "ｏｎｅ", "óne"])
def test_an_unread_word_with_marks_is_refused_as_the_ascii_one(tmp_path, one):
    # Review: the number pattern read accented letters, the unread words only full-width ones.
    found = lint_one(tmp_path, "More than a hundred firms.", f"逾{one}百家企业。")
    assert found == [
        f"page.po:9: [number] {one!r} states a number the checker does not read (the "
        "language's unread_words): write the number in digits or in the language's numerals"
    ]


def test_the_red_teams_full_width_words_are_refused_on_the_report(tmp_path):
    from i18n_support import refused_on_the_report

    refused_on_the_report(
        tmp_path,
        [
            (
                "work-report",
                [("汇聚147位专家", "汇聚147 ｔｈｏｕｓａｎｄ位专家")],
                [
                    "[added-number] number 147000 is not in the source",
                    "[number] number 147 of the source is missing",
                ],
            ),
            (
                "work-report",
                [("近年来，在联盟的推动下", "近ｅｉｇｈｔ年来，在联盟的推动下")],
                ["[added-number] number 8 is not in the source"],
            ),
        ],
    )
