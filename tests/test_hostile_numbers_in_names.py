"""Red team 38, row 04: a number the English states, written only as a letter of a name.

三亚 (Sanya), 九江 and 四川 each hold a numeral, and the checker read it as the number: "3
member firms" as 它在三亚有成员企业 passed, and a reader of the Chinese reads no 3. A lone
numeral inside a proper noun, as the segmenter (jieba, which the search uses) tags it, stands
for no number of the English's now. It still counts as one the translation adds, unless the
English spells the name (Sanya for 三亚): the segmenter's proper nouns hold numbers a reader
reads too (七中全会, the seventh plenary session)."""

import pytest

from i18n_support import lint_one

MISSING = "page.po:9: [number] number {value} of the source is missing: the {value} of {name!r}"


@pytest.mark.parametrize(
    ("msgid", "msgstr", "value", "name"),
    [
        ("It has 3 member firms in Hainan.", "它在海南三亚有成员企业。", "3", "三亚"),
        ("It has 9 member firms.", "它在九江有成员企业。", "9", "九江"),
        ("He visited 7 companies.", "他走访了七匹狼公司。", "7", "七匹狼"),
        ("It has 3 firms and 4 members.", "它有三家企业、四川成员。", "4", "四川"),
        # A name the English spells is still no number of its own.
        ("It has 4 member firms in Sichuan.", "它在四川有成员企业。", "4", "四川"),
    ],
)
def test_a_number_written_only_as_a_letter_of_a_name_is_missing(
    tmp_path, msgid, msgstr, value, name
):
    found = lint_one(tmp_path, msgid, msgstr)
    assert any(f.startswith(MISSING.format(value=value, name=name)) for f in found), found
    assert not any("[added-number]" in f for f in found), found  # named once


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("It has member firms in Sichuan.", "它在四川有成员企业。"),
        ("It has 4 member firms in Sichuan.", "它在四川有4家成员企业。"),
        ("Sichuan has 4 firms.", "四川有四家企业。"),
        ("It has member firms in Sanya, Hainan.", "它在海南三亚有成员企业。"),
        ("It met in Jiujiang.", "会议在九江召开。"),
        ("It has 3 member firms.", "它有三家成员企业。"),
        ("Nearly 30,000 people attended.", "近三万人参会。"),  # 三万人 is a proper noun to jieba
    ],
)
def test_a_name_the_english_spells_and_a_number_apart_from_names_pass(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("msgid", "msgstr", "value"),
    [
        # The segmenter's proper nouns hold numbers a reader reads: "the seventh plenary".
        ("It met at a plenary session.", "它在七中全会召开。", "7"),
        ("It has member firms in the province.", "它在四川有成员企业。", "4"),
    ],
)
def test_a_name_the_english_does_not_spell_still_adds_its_number(tmp_path, msgid, msgstr, value):
    found = lint_one(tmp_path, msgid, msgstr)
    assert any(
        f.startswith(f"page.po:9: [added-number] number {value} is not in the source: the {value}")
        for f in found
    ), found
