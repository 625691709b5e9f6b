"""A reference with no text of its own is read as what it shows (red team 19, row 1).

`{ref}`label`` shows its target's title, `{numref}`label`` its caption label and number. The
linter read them as no text at all, so `增至7{ref}`ch-work-report`6家` passed as 76 while the
page showed 增至7联盟工作报告6家, `增长至{numref}`tbl-key-figures`76家` passed while it showed
增长至表176家, and `闻{ref}`sec-work-report-rd`力生` stated the name 闻力生, never shown. Now the
name and term checks read the title (as translated; where it is not known, a stand-in that
joins nothing), the number checks read a break there (the title's numbers are its own
message's, in the English and the translation alike), and a number touching a reference that
begins or ends with one (a {numref}'s) is refused."""

import pytest

from i18n_support import entry, po_text, refused_on_the_report, report_names, write_po
from reportbook.i18n.catalogs import load_catalog
from reportbook.i18n.lint import NameBase, TermBase, lint_catalog

# (catalog, [(honest, hostile), ...] changed in one message, the problems at its line): the
# red team's patch 03.
PAYLOADS = [
    (
        "organisations",
        [
            ("由24家增至76家", "由24家增至7{ref}`ch-work-report`6家"),
            ("“{ref}`ch-work-report`”", "相关"),
        ],
        [
            "[added-number] number 6 is not in the source",
            "[added-number] number 7 is not in the source",
            "[number] number 76 of the source is missing",
        ],
    ),
    (
        "work-report",
        [
            (
                "增长至76家（见{numref}`图%s <fig-members>`；{numref}`表%s <tbl-key-figures>`）",
                "增长至{numref}`tbl-key-figures`76家（见{numref}`图%s <fig-members>`）",
            )
        ],
        [
            "[number] '{numref}`tbl-key-figures`76': the reference shows '表%s' (its caption "
            "label and number), which ends with a number, and a number touches it: a reader "
            "reads the two as one number ('表176' where it is number 1): put a word between them"
        ],
    ),
    (
        "keynote",
        [
            ("闻力生首先", "闻{ref}`sec-work-report-rd`力生首先"),
            ("“{ref}`sec-work-report-rd`”", "相关"),
        ],
        [
            "[name] 'Wen Lisheng' must be translated as '闻力生' (the approved form, "
            "person-wen-lisheng)"
        ],
    ),
]


def test_the_red_teams_payloads_are_refused_at_their_lines(tmp_path):
    refused_on_the_report(tmp_path, PAYLOADS)


@pytest.fixture(scope="module")
def names():
    return report_names()


def problems(tmp_path, msgid: str, msgstr: str, names=None, termbase=None) -> list[str]:
    path = write_po(tmp_path, "page", po_text(entry(msgid, msgstr)))
    found = lint_catalog(path, load_catalog(path, "zh_CN"), termbase, names=names)
    return [f"page.po:{p.line}: [{p.check}] {p.message}" for p in sorted(found)]


GROWTH = (
    "Membership grew from 24 to 76 ({numref}`Table %s <tbl-key-figures>`; {ref}`ch-work-report`)."
)


def test_a_reference_between_words_passes(tmp_path, names):
    # Moved, as word order may move a reference with no text of its own.
    for msgstr in (
        "成员单位由24家增至76家（见{numref}`tbl-key-figures`；{ref}`ch-work-report`）。",
        "据{ref}`ch-work-report`，成员单位由24家增至76家（{numref}`表%s <tbl-key-figures>`）。",
        "{numref}`tbl-key-figures`：成员单位由24家增至76家（{ref}`ch-work-report`）。",
        "成员单位由24家增至76家，见{numref}`tbl-key-figures`与{ref}`ch-work-report`。",
    ):
        assert problems(tmp_path, GROWTH, msgstr, names) == [], msgstr
    msgid = "Wen Lisheng spoke ({ref}`sec-work-report-rd`)."
    assert problems(tmp_path, msgid, "闻力生在{ref}`sec-work-report-rd`中发言。", names) == []


def test_numbers_are_not_read_across_a_reference(tmp_path, names):
    msgstr = "成员单位由24家增至7{ref}`ch-work-report`6家（{numref}`表%s <tbl-key-figures>`）。"
    assert problems(tmp_path, GROWTH, msgstr, names) == [
        "page.po:9: [added-number] number 6 is not in the source",
        "page.po:9: [added-number] number 7 is not in the source",
        "page.po:9: [number] number 76 of the source is missing",
    ]
    # A target the name base does not know is a stand-in that joins nothing, as is every
    # target without a name base.
    msgid = "Membership grew from 24 to 76 (see {ref}`somewhere`)."
    for base in (names, None):
        assert problems(tmp_path, msgid, "成员单位由24家增至7{ref}`somewhere`6家。", base)[-1] == (
            "page.po:9: [number] number 76 of the source is missing"
        )


def test_a_number_touching_a_numrefs_number_is_refused(tmp_path, names):
    # Past one space too: 表1 76 reads as 表176 ("1 024" is 1024).
    for gap in ("", " "):
        msgstr = (
            f"成员单位由24家增至{{numref}}`tbl-key-figures`{gap}76家（{{ref}}`ch-work-report`）。"
        )
        assert problems(tmp_path, GROWTH, msgstr, names) == [
            f"page.po:9: [number] '{{numref}}`tbl-key-figures`{gap}76': the reference shows "
            "'表%s' (its caption label and number), which ends with a number, and a number "
            f"touches it: a reader reads the two as one number ('表1{gap}76' where it is "
            "number 1): put a word between them"
        ]
    # Without the name base, the caption label is not known; the number still is.
    msgstr = "成员单位由24家增至{numref}`tbl-key-figures`76家（{ref}`ch-work-report`）。"
    assert problems(tmp_path, GROWTH, msgstr) == [
        "page.po:9: [number] '{numref}`tbl-key-figures`76': the reference shows '%s' (its "
        "caption label and number), which ends with a number, and a number touches it: a reader "
        "reads the two as one number ('176' where it is number 1): put a word between them"
    ]


MEETING = NameBase(
    [], titles={"sec-meeting": "2025年年会"}, english={"sec-meeting": "The 2025 meeting"}
)


def test_a_titles_numbers_are_its_own(tmp_path):
    # The title's 2025 is read in the heading's own message, not in each that refers to it:
    # in the English and the translation alike, whether or not the English shows the title.
    for msgid in ("See {ref}`sec-meeting`.", "See the {ref}`meeting <sec-meeting>`."):
        assert problems(tmp_path, msgid, "见{ref}`sec-meeting`。", MEETING) == [], msgid
    assert problems(tmp_path, "In 2025 ({ref}`sec-meeting`).", "{ref}`sec-meeting`。", MEETING) == [
        "page.po:9: [number] year 2025 of the source is missing"
    ]
    # It begins with a number: one touching it reads as one with it (72025年年会).
    msgid = "See {ref}`sec-meeting` of the 7 members."
    assert problems(tmp_path, msgid, "7家成员见{ref}`sec-meeting`。", MEETING) == []
    assert problems(tmp_path, msgid, "见成员7{ref}`sec-meeting`。", MEETING) == [
        "page.po:9: [number] '7{ref}`sec-meeting`': the reference shows '2025年年会' (its "
        "target's title), which begins with a number, and a number touches it: a reader reads "
        "the two as one number ('72025年年会'): put a word between them"
    ]


def test_a_name_is_not_read_across_a_reference(tmp_path, names):
    msgid = "Wen Lisheng spoke ({ref}`sec-work-report-rd`)."
    assert problems(tmp_path, msgid, "闻{ref}`sec-work-report-rd`力生发言。", names) == [
        "page.po:9: [name] 'Wen Lisheng' must be translated as '闻力生' (the approved form, "
        "person-wen-lisheng)"
    ]


def test_a_name_the_english_shows_in_a_title_is_the_translations_title(tmp_path, names):
    # {ref}`person-chen-dapeng` shows "Chen Dapeng" in the English and 陈大鹏 in the
    # translation: the name is stated, with or without a text of its own.
    msgid = "The summary was given by {ref}`person-chen-dapeng`."
    for msgstr in (
        "{ref}`person-chen-dapeng`作总结讲话。",
        "{ref}`陈大鹏 <person-chen-dapeng>`作总结讲话。",
    ):
        assert problems(tmp_path, msgid, msgstr, names) == [], msgstr
    msgid = "The summary was given by {ref}`Chen Dapeng <person-chen-dapeng>`."
    assert problems(tmp_path, msgid, "{ref}`person-chen-dapeng`作总结讲话。", names) == []


def test_a_term_is_not_read_across_a_reference(tmp_path):
    terms = TermBase({"data asset": "数据资产"})
    msgid = "Manage data assets ({ref}`ch-work-report`)."
    assert problems(tmp_path, msgid, "管理数据{ref}`ch-work-report`资产。", termbase=terms) == [
        "page.po:9: [term] glossary term 'data asset' must be translated as '数据资产' (the "
        "glossary's approved form)"
    ]
    assert (
        problems(tmp_path, msgid, "管理数据资产（{ref}`ch-work-report`）。", termbase=terms) == []
    )


def test_a_doc_reference_is_read_as_its_pages_title(tmp_path):
    pages = NameBase([], pages={"people": ("People", "人物")})
    msgid = "Grew from 24 to 76 ({doc}`/people`)."
    assert problems(tmp_path, msgid, "由24家增至76家（{doc}`/people`）。", pages) == []
    assert problems(tmp_path, msgid, "由24家增至7{doc}`/people`6家。", pages)[-1] == (
        "page.po:9: [number] number 76 of the source is missing"
    )
