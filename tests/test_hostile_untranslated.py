"""A msgstr that is the English text (copied, or barely changed) made the page show English
while Sphinx counted the message as translated: no notice on the page, 100 % on the status
page. A translation of English words must have some of its language's letters."""

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


def test_a_deliberate_english_text_is_a_recorded_exception(tmp_path):
    reason = "# lint-ignore: untranslated — the motto is quoted in English"
    assert lint_one(tmp_path, MSGID, MSGID, reason) == []


def test_translations_and_kept_names_pass(tmp_path):
    assert lint_one(tmp_path, MSGID, "联盟在临平开会，回顾一年的工作。") == []
    assert lint_one(tmp_path, "DeepSeek-R1", "DeepSeek-R1") == []  # too few words to judge


def test_real_catalogs_pass():
    real_catalogs_pass()
