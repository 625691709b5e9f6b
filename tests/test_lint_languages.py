"""The linter's language rules are data: a made-up language's table, read as languages.toml is
read, gets its own letters, numerals and allowance, and none of Chinese's."""

import pytest

from reportbook.i18n.lint import compare
from reportbook.i18n.lint.names import unapproved
from reportbook.i18n.lint.numerals import may_add, reader
from reportbook.languages import load_languages, parse_languages

# A language written in Greek letters, with its number words, that may add only 1.
MADE_UP = """
[xx]
tag = "xx"
name = "Made-up"
babel_locale = "el"

[xx.pdf]
body_fonts = ["Noto Serif"]
heading_fonts = ["Noto Sans"]
mono_fonts = ["DejaVu Sans Mono"]

[xx.numerals]
words = { "ένα" = 1, "δύο" = 2, "τρία" = 3 }
may_add = [1]

[xx.lint]
letters = "\\u0370-\\u03ff"
bidi_classes = ["L", "EN", "ES", "ET", "CS", "NSM", "BN", "B", "S", "WS", "ON"]
# Chinese characters allowed too: the tests below judge them by this language's other rules.
blocks = [
    "Basic Latin", "Greek and Coptic", "CJK Unified Ideographs", "CJK Symbols and Punctuation"
]
"""


@pytest.fixture
def made_up(monkeypatch):
    monkeypatch.setitem(load_languages(), "xx", parse_languages(MADE_UP)["xx"])
    yield "xx"
    reader.cache_clear()  # its reader and allowance were cached under "xx"
    may_add.cache_clear()


def findings(msgid: str, msgstr: str, lang: str) -> list[tuple[str, str]]:
    return compare(msgid, msgstr, lang=lang, source_lang="en")


def test_an_approved_form_needs_the_languages_own_letters(made_up):
    assert unapproved(made_up, "νησί δεδομένων", "data island") is None
    assert unapproved(made_up, "数据孤岛", "data island") == "has none of the language's letters"
    assert unapproved("zh_CN", "数据孤岛", "data island") is None
    assert unapproved("zh_CN", "νησί δεδομένων", "data island") == (
        "has none of the language's letters"
    )


def test_untranslated_is_judged_by_the_languages_own_letters(made_up):
    msgid = "The members met in the hall."
    assert findings(msgid, "Τα μέλη συναντήθηκαν στην αίθουσα.", made_up) == []
    assert [check for check, _ in findings(msgid, "成员在大厅开会。", made_up)] == ["untranslated"]
    assert findings(msgid, "成员在大厅开会。", "zh_CN") == []


def test_numbers_are_read_with_the_languages_own_numerals(made_up):
    msgid = "Three firms joined."
    assert findings(msgid, "Τρία μέλη προστέθηκαν.", made_up) == []
    # Chinese numerals are not this language's: 三 is not read as 3, and is refused as a
    # numeral its reader would read and the checker does not.
    assert findings(msgid, "三 μέλη προστέθηκαν.", made_up) == [
        (
            "number",
            "'三' (U+4E09 CJK UNIFIED IDEOGRAPH-4E09) is a numeral (3) the checker does not "
            "read: write the number in digits or in the language's numerals",
        ),
        ("number", "number 3 of the source is missing"),
    ]


def test_the_allowance_of_added_numbers_is_the_languages_own(made_up):
    msgid = "Members met the universities."
    assert findings(msgid, "Τα μέλη συναντήθηκαν με ένα πανεπιστήμιο.", made_up) == []
    # The allowance is for the language's numeral words, never for digits.
    assert findings(msgid, "Τα μέλη συναντήθηκαν με 1 πανεπιστήμιο.", made_up) == [
        ("added-number", "number 1 is not in the source")
    ]
    # Chinese may add 2 (两); this language may not.
    assert findings(msgid, "Τα μέλη συναντήθηκαν με δύο πανεπιστήμια.", made_up) == [
        ("added-number", "number 2 is not in the source")
    ]
    assert findings(msgid, "成员单位与两所大学会面。", "zh_CN") == []
