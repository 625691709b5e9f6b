"""A msgstr that is the English text (copied, or barely changed) made the page show English
while Sphinx counted the message as translated: no notice on the page, 100 % on the status
page. A translation of English words must have some of its language's letters, and may not
show a quarter or more of the English message's words (names apart) unless a recorded
exception says why."""

import pytest

from i18n_support import lint_one, real_catalogs_pass

MSGID = "The alliance met in Linping to review a year of work."
REFUSED = (
    "page.po:9: [untranslated] the translation has none of the language's letters: the page "
    "would show the English, counted as translated; leave msgstr empty to keep the English "
    "(the page then marks it)"
)


def test_the_english_text_as_its_translation_is_refused(tmp_path):
    assert lint_one(tmp_path, MSGID, MSGID) == [REFUSED]
    assert lint_one(tmp_path, MSGID, MSGID.replace("alliance", "Alliance") + " ") == [REFUSED]


@pytest.mark.parametrize("heading", ["Editorial note", "Closing summary", "Opening addresses"])
def test_a_short_heading_kept_as_english_is_refused(tmp_path, heading):
    # Red team 50: a heading of one or two words kept as the English was counted translated
    # while every page showed the English ("Glossary" in the navigation, 100 % on the status
    # page).
    assert lint_one(tmp_path, heading, heading) == [REFUSED]


def test_a_deliberate_english_text_is_a_recorded_exception(tmp_path):
    reason = "# lint-ignore: untranslated — the motto is quoted in English"
    assert lint_one(tmp_path, MSGID, MSGID, reason) == []


def test_translations_and_kept_names_pass(tmp_path):
    assert lint_one(tmp_path, MSGID, "联盟在临平开会，回顾一年的工作。") == []
    # Names, acronyms, numbers and references, no everyday word, may stay as they are.
    for kept in ("DeepSeek-R1", "CAD", "147", "{ref}`sec-opening`", "CAD/CAM"):
        assert lint_one(tmp_path, kept, kept) == [], kept


def test_real_catalogs_pass():
    real_catalogs_pass()


def unmarked(run: str) -> str:
    return (
        f"page.po:9: [untranslated] {run!r} is the source's language, unmarked: words of it "
        "in a row outside a phrase marked as the source's ([…]{.language-en}) are the English "
        "left as it is, which the page would show counted as translated; translate them, or "
        "mark a quotation of the English"
    )


def test_english_with_one_chinese_word_is_refused(tmp_path):
    # Red team 30: one Chinese word made the English count as translated, with no notice on
    # the page and 100 % on the status page.
    msgid = "Speakers from member units"
    assert lint_one(tmp_path, msgid, "Speakers from 成员单位") == [unmarked("Speakers from")]
    assert lint_one(tmp_path, MSGID, "The alliance met in 临平 to review a year of work.") == [
        unmarked("The alliance met in")
    ]


def test_english_in_title_case_at_length_is_refused(tmp_path):
    msgid = "Speakers from member units"
    found = lint_one(tmp_path, msgid, "Speakers From Member Units：成员单位")
    assert found == [unmarked("Speakers From Member Units")]


def test_single_english_words_names_and_marked_quotations_pass(tmp_path):
    assert lint_one(tmp_path, MSGID, "联盟在临平开会，用Noto Serif字体回顾一年的工作。") == []
    assert lint_one(tmp_path, "Speakers from member units", "成员单位发言代表") == []
    assert lint_one(tmp_path, MSGID, "联盟在临平开会，借助AI与CAD回顾一年的工作。") == []
    quoted = "地名作“[Linping]{.language-en}”，即联盟在临平开会，回顾一年的工作。"
    assert lint_one(tmp_path, MSGID, quoted) == []


def kept(shown: int, of: int) -> str:
    return (
        f"page.po:9: [untranslated] the translation shows {shown} of the English message's {of} "
        "words: the English kept, which the page would show counted as translated; translate "
        "it, or record why with # lint-ignore: untranslated — reason (a quotation of the "
        "English under discussion)"
    )


# Red teams 33 and 34: the English kept whole, in a phrase marked as a language, in full-width
# letters, its words joined by no-break spaces or hyphens, or in Title Case, beside a Chinese
# word or a gloss: the page shows English, counted as translated.
KEPT = [
    "原文：“[The alliance met in Linping to review a year of work.]{.language-en}”",
    "原文：[The alliance met in Linping to review a year of work.]{.language-zh-CN}",
    "原文：ｔｈｅ ａｌｌｉａｎｃｅ ｍｅｔ ｉｎ Ｌｉｎｐｉｎｇ ｔｏ ｒｅｖｉｅｗ "
    "ａ ｙｅａｒ ｏｆ ｗｏｒｋ。",
    "原文：the\u00a0alliance\u00a0met\u00a0in\u00a0Linping\u00a0to\u00a0review a year of work。",
    "原文：the-alliance-met-in-Linping-to-review-a-year-of-work。",
    "[The Alliance Met In Linping To Review A Year Of Work]{.language-en}（联盟）",
    "联盟在临平开会（[to review a year of work]{.language-en}）。",
    # Red team 35: the words run together at their case changes.
    "原文：TheAllianceMetInLinpingToReviewAYearOfWork（开会）。",
]


@pytest.mark.parametrize("msgstr", KEPT)
def test_the_english_kept_in_any_form_is_refused(tmp_path, msgstr):
    found = lint_one(tmp_path, MSGID, msgstr)
    assert len(found) == 1 and found[0].startswith("page.po:9: [untranslated] "), found


def test_the_english_kept_counts_its_words(tmp_path):
    assert lint_one(tmp_path, MSGID, KEPT[0]) == [kept(10, 10)]


def test_a_quotation_under_discussion_is_a_recorded_exception(tmp_path):
    quoted = "机器译文作“[The alliance met in Linping]{.language-en}”，即联盟在临平开会。"
    assert lint_one(tmp_path, MSGID, quoted) == [kept(5, 10)]
    reason = "# lint-ignore: untranslated — the note discusses the English wording"
    assert lint_one(tmp_path, MSGID, quoted, reason) == []


def test_a_name_kept_in_english_is_not_the_english_kept(tmp_path):
    msgid = "The motto is One Million Steps."
    assert lint_one(tmp_path, msgid, "口号是“[One Million Steps]{.language-en}”。") == []


@pytest.mark.parametrize("word", ["twentyfold", "sextupled", "centennial", "nil"])
def test_a_marked_english_phrase_quotes_only_the_english_messages_words(tmp_path, word):
    # Red team 35, break 03: English words no table reads as a number, kept in a phrase marked
    # English (规模扩大了[twentyfold]{.language-en}), stated a number the English does not.
    msgid = "Membership grew from 24 to 76."
    found = lint_one(
        tmp_path, msgid, f"成员单位由24家增至76家，规模扩大了[{word}]{{.language-en}}。"
    )
    assert found == [
        f"page.po:9: [untranslated] '{word}', in a phrase marked as the source's language, is "
        "not in the English message: such a phrase quotes the English; translate the words, "
        "or record why with # lint-ignore: untranslated — reason"
    ]
    # The English message's own word, quoted, passes.
    assert lint_one(tmp_path, msgid, "成员单位由24家增至76家（[grew]{.language-en}）。") == []
