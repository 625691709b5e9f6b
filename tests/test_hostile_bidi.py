"""Right-to-left letters without any format character: one Hebrew maqaf (U+05BE, bidi class
R) makes the browser show "由最初的\u05be24→\u05be76\u05be家" as 76 → 24, while every check read
24 → 76. A translation may add only the bidi classes its language lists (``bidi_classes`` in
languages.toml): refused by the linter (file:line), by the gate, and on the doctree."""

import pytest
from docutils import nodes

from hostile_support import HostileBuild
from i18n_support import lint_one, real_catalogs_pass
from reportbook.i18n.doctree import compare_index_entries, compare_nodes
from reportbook.languages import load_languages

SUFFIX = "(catalog index.po, msgid 'A plain paragraph with `code` in it.')"
REORDERS = "it would reorder the words and numbers around it on the page"
# A source with the numbers the translations below show: only the bidi check may object.
MSG_NUMBERS = "A paragraph with `code`: from 24 to 76 firms (about 3.5%), Noto Serif, quotes."


@pytest.mark.parametrize(
    ("msgstr", "named"),
    [
        (
            "一个带有`code`的段落，由\u05be24→\u05be76\u05be家。",
            "U+05BE (HEBREW PUNCTUATION MAQAF, bidi class R)",
        ),
        ("一个带有`code`的段落，由24→\u0627家。", "U+0627 (ARABIC LETTER ALEF, bidi class AL)"),
        (
            "一个带有`code`的段落，共\u0664\u0662人。",
            "U+0662 (ARABIC-INDIC DIGIT TWO, bidi class AN)",
        ),
    ],
)
def test_a_right_to_left_character_is_refused_by_the_linter(tmp_path, msgstr, named):
    found = lint_one(tmp_path, MSG_NUMBERS, msgstr)
    assert (
        f"page.po:9: [bidi] {named} is not in the source and may not be in a zh_CN "
        f"translation: {REORDERS}"
    ) in found


def test_a_character_written_as_an_entity_is_read_as_parsed(tmp_path):
    assert (
        "page.po:9: [bidi] U+05BE (HEBREW PUNCTUATION MAQAF, bidi class R) is not in the "
        f"source and may not be in a zh_CN translation: {REORDERS}"
    ) in lint_one(tmp_path, MSG_NUMBERS, "一个带有`code`的&#x5BE;段落，由24至76家。")


def test_a_right_to_left_character_of_the_source_may_stay(tmp_path):
    assert (
        lint_one(
            tmp_path,
            "The word \u05e9\u05dc\u05d5\u05dd is `code`.",
            "词\u05e9\u05dc\u05d5\u05dd是`code`。",
        )
        == []
    )


def test_chinese_latin_digits_and_punctuation_pass(tmp_path):
    msgstr = "一个带有`code`的段落：由24家增至76家（约3.5%），Noto Serif、《书名》与“引号”。"
    assert lint_one(tmp_path, MSG_NUMBERS, msgstr) == []


def test_the_build_refuses_it_without_prepare(tmp_path):
    site = HostileBuild(tmp_path)
    assert site.refused("一个带有`code`的段落，由\u05be24至\u05be76\u05be家。", "\u05be") == [
        "index.md:10: [bidi] U+05BE (HEBREW PUNCTUATION MAQAF, bidi class R) is not in the "
        f"source and may not be in a zh_CN translation: {REORDERS} {SUFFIX}"
    ]


def test_the_doctree_boundary_refuses_it_too():
    # The gate above runs the linter first; the doctree comparison is the boundary itself.
    def paragraph(text):
        return nodes.paragraph("", "", nodes.Text(text))

    assert compare_nodes(paragraph("from 24 to 76"), paragraph("由\u05be24至76家"), "zh_CN") == [
        ("character", "control, format or right-to-left characters in the translation: U+05BE")
    ]
    assert compare_nodes(paragraph("from 24 to 76"), paragraph("由24家增至76家"), "zh_CN") == []
    entries = [("single", "Alliance", "id1", "", None)]
    assert compare_index_entries(entries, [("single", "联盟\u05d0", "id1", "", None)], "zh_CN") == [
        ("character", "control, format or right-to-left characters in the translation: U+05D0")
    ]


def test_every_translated_language_lists_its_bidi_classes():
    for language in load_languages().values():
        if not language.source:
            assert language.lint.bidi_classes, language.code


def test_the_real_catalogs_pass():
    real_catalogs_pass()
