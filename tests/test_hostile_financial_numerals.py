"""Numerals of financial writing that are letters of common words (伍 5 in 队伍, 陆 6 in 陆续,
拾 10 in 收拾, 什 in 什么, 兆 in 征兆): refused everywhere, they refused honest text; allowed
anywhere, 近伍家 would read as "nearly five firms" with no number checked. They are written
only inside the words the language lists, as the look-alikes of numerals are."""

import pytest

from i18n_support import lint_one


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("It built a team of talent.", "建设人才队伍。"),
        ("What is it?", "这是什么？"),
        ("They joined one after another.", "它们陆续加入。"),
        ("It is unfamiliar to them.", "这对他们很陌生。"),
        ("They tidied up.", "他们收拾好了。"),
        ("It is a sign of change.", "这是变化的征兆。"),
    ],
)
def test_a_common_word_holding_such_a_numeral_passes(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("msgstr", "letter"),
    [
        ("近伍家企业参会。", "伍"),
        ("近陆家企业参会。", "陆"),
        ("近兆元投资。", "兆"),
        ("增长陆76家。", "陆"),
    ],
)
def test_such_a_numeral_outside_its_words_is_refused(tmp_path, msgstr, letter):
    found = " ".join(lint_one(tmp_path, "Firms took part.", msgstr))
    assert "page.po:9: [number] " in found and f"{letter!r} (U+" in found, found
