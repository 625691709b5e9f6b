"""What a reader sees side by side, the checks read side by side (red team 26, rows 04–09).

A browser and the PDF show any run of spaces as one space, so a rule that looks past one space
only was passed by two: `过去  ＋  年` shows 过去 ＋ 年, `{numref}`fig-members`  76家` shows
图2.1 76家. A combining mark sets itself on the character before it: the ideographic tone mark
U+302A (a dot, in an allowed block) split every pattern (`过去〪＝〪年`, `已举办X〪V届`,
`十年〪半`), so a translation may add none the English lacks (`mark_categories`), refused by
`check` and by the build's doctree guard. And a {numref} with its own text ends with its number
too: `{numref}`表%s <tbl-key-figures>` 147` shows 表1 147."""

import pytest
from docutils import nodes

from i18n_support import check_with, lint_one, real_catalogs_pass
from reportbook.i18n.doctree import compare_nodes

SYMBOL = (
    "a dash or a symbol touching an ideograph, reads as a numeral there (过去＋年 looks like "
    "过去十年, 第—名 like 第一名) and the checker reads none: write the numeral if the English has "
    "the number; a dash as —— (or between two numbers: 2021—2025年); else use words"
)
MARK = (
    "[block] U+302A (IDEOGRAPHIC LEVEL TONE MARK, block CJK Symbols and Punctuation) is not in "
    "the source and may not be in a zh_CN translation: it is a combining mark (Mn), which sets "
    "itself on the character before it, and the language's translations add none of its kind "
    "(mark_categories): the reader reads the characters on either side as touching and the "
    "checks read them apart (过去〪＝〪年 shows 过去＝年, X〪V shows XV): remove it"
)
FOREIGN = (
    "characters of a Unicode block the language does not list, of its look-alikes or not among "
    "its characters, or combining marks it does not list, in the translation"
)


@pytest.mark.parametrize(
    ("msgstr", "span", "symbol"),
    [
        ("过去  ＋  年，联盟不断壮大。", "去  ＋  年", "'＋' (U+FF0B FULLWIDTH PLUS SIGN)"),
        ("荣获\t＝ 等奖，联盟不断壮大。", "获\t＝ 等", "'＝' (U+FF1D FULLWIDTH EQUALS SIGN)"),
        ("过去 ＋ 年，联盟不断壮大。", "去 ＋ 年", "'＋' (U+FF0B FULLWIDTH PLUS SIGN)"),
    ],
)
def test_a_symbol_past_a_run_of_spaces_is_refused(tmp_path, msgstr, span, symbol):
    found = lint_one(tmp_path, "In recent years, the Alliance grew.", msgstr)
    assert found == [f"page.po:9: [number] {span!r}: {symbol}, {SYMBOL}"]


def test_a_line_break_inside_a_paragraph_is_a_space_too(tmp_path):
    found = lint_one(tmp_path, "In recent years, the Alliance grew.", "过去\n＋年，联盟不断壮大。")
    assert found == [
        f"page.po:9: [number] '去 ＋年': '＋' (U+FF0B FULLWIDTH PLUS SIGN), {SYMBOL}",
        "page.po:9: [structure] the translation breaks a line where the source has none (a "
        "browser may join the lines, so ２４ and ７６ show as ２４７６): write it on one line",
    ]


def test_honest_spaces_and_a_dash_pass(tmp_path):
    source = "In recent years, the Alliance grew from 24 to 76 (about 3.5 %)."
    honest = "近年来，联盟由24家  增至76家（约3.5  %）——不断壮大。"
    assert lint_one(tmp_path, source, honest) == []


TOUCHING = "which ends with a number, and a number touches it: a reader reads the two as one number"


def test_a_number_past_spaces_after_a_reference_is_refused(tmp_path):
    found = lint_one(
        tmp_path,
        "It grew from 24 to 76 ({numref}`fig-members`).",
        "由24家增长至{numref}`fig-members`  76家。",
    )
    assert found == [
        "page.po:9: [number] '{numref}`fig-members`  76': the reference shows '%s' (its caption "
        f"label and number), {TOUCHING} ('1  76' where it is number 1): put a word between them"
    ]


def test_a_numref_with_its_own_text_ends_with_its_number(tmp_path):
    source = "It gathered 147 experts ({numref}`Table %s <tbl-key-figures>`)."
    found = lint_one(tmp_path, source, "汇聚{numref}`表%s <tbl-key-figures>` 147位专家。")
    assert found == [
        "page.po:9: [number] '{numref}`表%s <tbl-key-figures>` 147': the reference shows '表%s' "
        f"(its caption label and number), {TOUCHING} ('表1 147' where it is number 1): put a "
        "word between them"
    ]
    # Honest: a word or a mark between them, or the reference elsewhere.
    for honest in (
        "汇聚147位专家（见{numref}`表%s <tbl-key-figures>`）。",
        "汇聚{numref}`表%s <tbl-key-figures>`中的147位专家。",
        "汇聚{numref}`表%s <tbl-key-figures>`，147位专家。",
    ):
        assert lint_one(tmp_path, source, honest) == [], honest


@pytest.mark.parametrize(
    ("source", "msgstr"),
    [
        ("The Alliance has played an important role.", "联盟过去〪＝〪年发挥了重要作用。"),
        ("The Alliance holds an annual meeting.", "联盟每年召开的年会，至今已举办X〪V届。"),
        ("It reviewed the past 10 years.", "回顾了过去十年〪半的发展历程。"),
        ("It grew to 76 members.", "增长至76个〪半成员。"),
        ("It was a success.", "年逾花〪甲，半〪打成功。"),
    ],
)
def test_an_added_combining_mark_is_refused(tmp_path, source, msgstr):
    assert lint_one(tmp_path, source, msgstr) == [f"page.po:9: {MARK}"]


def test_a_combining_mark_of_the_english_may_stay(tmp_path):
    # A name the English writes with a combining grave (U+0300) keeps it; precomposed ì passes.
    source = "Said Li Zhi\u0300 of the Alliance."
    assert lint_one(tmp_path, source, "联盟的Li Zhi\u0300说，制造（zhìzào）。") == []


def test_the_doctree_guard_refuses_an_added_mark():
    def paragraph(text):
        return nodes.paragraph("", "", nodes.Text(text))

    assert compare_nodes(paragraph("in recent years"), paragraph("过去〪＝〪年"), "zh_CN") == [
        (
            "character",
            f"{FOREIGN}: U+302A (IDEOGRAPHIC LEVEL TONE MARK, block CJK Symbols and Punctuation)",
        )
    ]
    assert compare_nodes(paragraph("Zhi\u0300"), paragraph("Zhi\u0300说"), "zh_CN") == []


# The red team's patches, in a copy of the report's catalogs (names known: 图%s for fig-members):
# (catalog, old, new, the finding at the message's line).
PAYLOADS = [
    (
        "work-report",
        "近年来，在联盟的推动下",
        "过去  ＋  年，在联盟的推动下",
        f"[number] '去  ＋  年': '＋' (U+FF0B FULLWIDTH PLUS SIGN), {SYMBOL}",
    ),
    (
        "work-report",
        "增长至76家（见{numref}`图%s <fig-members>`；",
        "增长至{numref}`fig-members`  76家（见",
        "[number] '{numref}`fig-members`  76': the reference shows '图%s' (its caption label and "
        f"number), {TOUCHING} ('图1  76' where it is number 1): put a word between them",
    ),
    (
        "work-report",
        "汇聚147位专家，实施服装{term}`数字化转型 <digital transformation>`项目30余项"
        "（见{numref}`表%s <tbl-key-figures>`）",
        "汇聚{numref}`表%s <tbl-key-figures>` 147位专家，实施服装{term}`数字化转型 "
        "<digital transformation>`项目30余项",
        "[number] '{numref}`表%s <tbl-key-figures>` 147': the reference shows '表%s' (its "
        f"caption label and number), {TOUCHING} ('表1 147' where it is number 1): put a word "
        "between them",
    ),
    ("discussion", "联盟在促进", "联盟过去〪＝〪年在促进", MARK),
    ("organisations", "年会，属于", "年会，至今已举办X〪V届，属于", MARK),
    ("closing", "联盟十年来的发展", "联盟过去十年〪半的发展", MARK),
]


@pytest.mark.parametrize(("domain", "old", "new", "finding"), PAYLOADS)
def test_the_red_team_payloads_are_refused_in_the_report(tmp_path, domain, old, new, finding):
    lines, where = check_with(tmp_path, {domain: (old, new)})
    assert lines == [f"{where[domain]}: {finding}", "check failed: 1 problem(s)"]


def test_the_real_catalogs_pass():
    real_catalogs_pass()


@pytest.mark.parametrize(
    ("msgstr", "span"), [("过去十年  半的历程。", "十年  半"), ("过去十 年半的历程。", "十 年半")]
)
def test_a_word_that_changes_a_number_past_spaces_is_refused(tmp_path, msgstr, span):
    found = lint_one(tmp_path, "It reviewed the past 10 years.", msgstr)
    assert found == [
        f"page.po:9: [number] {span!r}: '半' changes the number it touches (a sign, a fraction, "
        "a half, a multiple, an estimate), and the checker does not read it: write the number "
        "as the source does, or record why with # lint-ignore: number — reason"
    ]
    assert lint_one(tmp_path, "It reviewed the past 10 years.", "过去十年  的历程。") == []
