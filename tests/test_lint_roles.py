"""Roles keep their targets; the reader-facing text may be translated."""

from i18n_support import lint_one

MSGID = "See {ref}`the opening <ch-opening>` and {term}`data island` and `code`."


def test_translated_role_text_and_explicit_term_target_pass(tmp_path):
    msgstr = "见{ref}`开幕 <ch-opening>`、{term}`数据孤岛 <data island>`和`code`。"
    assert lint_one(tmp_path, MSGID, msgstr) == []


def test_dropped_reference(tmp_path):
    msgstr = "见开幕、{term}`数据孤岛 <data island>`和`code`。"
    assert lint_one(tmp_path, MSGID, msgstr) == [
        "page.po:9: [role] reference {ref}`ch-opening` of the source is missing or retargeted"
    ]


def test_renamed_reference(tmp_path):
    msgstr = "见{ref}`开幕 <ch-closing>`、{term}`数据孤岛 <data island>`和`code`。"
    assert lint_one(tmp_path, MSGID, msgstr) == [
        "page.po:9: [role] reference {ref}`ch-closing` is not in the source",
        "page.po:9: [role] reference {ref}`ch-opening` of the source is missing or retargeted",
    ]


def test_term_target_translated_is_a_broken_reference(tmp_path):
    msgstr = "见{ref}`开幕 <ch-opening>`、{term}`数据孤岛`和`code`。"
    assert lint_one(tmp_path, MSGID, msgstr) == [
        "page.po:9: [role] reference {term}`data island` of the source is missing or retargeted",
        "page.po:9: [role] reference {term}`数据孤岛` is not in the source",
    ]


def test_inline_code_changed(tmp_path):
    msgstr = "见{ref}`开幕 <ch-opening>`、{term}`数据孤岛 <data island>`和`代码`。"
    assert lint_one(tmp_path, MSGID, msgstr) == [
        "page.po:9: [code] literal 'code' of the source is missing or changed",
        "page.po:9: [code] literal '代码' is not in the source",
    ]


def test_numref_title_may_be_translated(tmp_path):
    assert (
        lint_one(
            tmp_path, "As {numref}`Table %s <tbl-key>` shows.", "如{numref}`表%s <tbl-key>`所示。"
        )
        == []
    )


def test_a_target_is_read_as_sphinx_reads_it_spaces_and_all(tmp_path):
    """MyST passes a role's content as written and Sphinx strips nothing from it: a space
    after the '>' makes the whole content the target, a space inside '< >' stays in it, and
    '<' first leaves no text. Each is a broken reference; the linter, which stripped them,
    passed all three, and only the build refused them, naming no catalog line."""
    term = "{term}`数据孤岛 <data island>`和`code`。"
    retargeted = (
        "page.po:9: [role] reference {ref}`ch-opening` of the source is missing or retargeted"
    )
    for written, read in [
        ("开幕 <ch-opening> ", "开幕 <ch-opening> "),
        ("开幕 < ch-opening >", " ch-opening "),
        ("< ch-opening>", "< ch-opening>"),
    ]:
        found = lint_one(tmp_path, MSGID, f"见{{ref}}`{written}`、{term}")
        assert sorted(found) == sorted(
            [f"page.po:9: [role] reference {{ref}}`{read}` is not in the source", retargeted]
        ), written
    # As Sphinx reads it: no space before '<', upper case, a run of spaces before '<'.
    for written in ["开幕<ch-opening>", "开幕 <CH-Opening>", "开幕   <ch-opening>"]:
        assert lint_one(tmp_path, MSGID, f"见{{ref}}`{written}`、{term}") == [], written


def test_a_term_target_keeps_its_case_as_sphinx_keeps_it(tmp_path):
    # Red team 61: Sphinx lowers a {ref}'s target, not a {term}'s; the build's guard refused
    # {term}`联盟 <alliance>` for <Alliance>, which check passed (it lowered both).
    msgid = "The {term}`Alliance` met."
    assert lint_one(tmp_path, msgid, "{term}`联盟 <alliance>`开会。") == [
        "page.po:9: [role] reference {term}`Alliance` of the source is missing or retargeted",
        "page.po:9: [role] reference {term}`alliance` is not in the source",
    ]
    assert lint_one(tmp_path, msgid, "{term}`联盟 <Alliance>`开会。") == []
    assert lint_one(tmp_path, msgid, "{term}`联盟 <Alliance  >`开会。") != []  # as written
