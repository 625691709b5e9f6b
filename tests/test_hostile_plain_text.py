"""Some translations are published as written, never read as MyST: the interface texts of
sphinx.po (every page's footer, the PDF cover, the EPUB's metadata, link texts like "Index"),
an image's alt text, a part of an index entry. A line MyST hides (a link reference definition
``[label]: dest``, a comment) or a character reference it decodes (``&#55;`` reads as 7) made
the checks read other text than those readers see. Now sphinx.po is checked as written and is
one line a text, and a page's message may not add either shape: prepare refuses it at the
catalog's file:line, the build's guard at the page's.

So did any markup in a caption or an alt text (red team 15): ``[附录]{title="…176家…"}`` reads
as 附录 in MyST, and every page's sidebar showed it whole. A message whose msgid has no markup
may not have any in its translation either (a language span aside, on a page), and the build
refuses any in a text it publishes as written."""

import shutil
from pathlib import Path

import pytest

from hostile_support import HostileBuild
from i18n_support import (
    ROOTS,
    cli,
    entry,
    lint_one,
    po_text,
    real_catalogs_pass,
    write_po,
)
from reportbook.i18n.lint.checks import as_written_problems
from test_hostile_index_entries import LINE, build, site

ALT = "Bar chart: 24 members at founding in 2016, 76 members in 2025"
HONEST = "柱状图：2016年成立时有成员单位24家，2025年有成员单位76家"
AS_WRITTEN = (
    "an alt text, a toctree caption, an index entry or an interface text shows it as written"
)
HIDDEN = (
    f"is hidden when read as MyST (a link reference definition or a comment), but {AS_WRITTEN}: "
    "remove it"
)
STRUCTURE = "[structure] block structure changed: the source is paragraph; the translation is"


@pytest.mark.parametrize(
    ("msgstr", "expected"),
    [
        pytest.param(
            "[勘误：2025年实为176家]: #\n" + HONEST,
            [f"page.po:9: [plain-text] '[勘误：2025年实为176家]: #' {HIDDEN}"],
            id="link-definition",
        ),
        pytest.param(
            '[注]: # "2025年实为176家"\n' + HONEST,
            [f"page.po:9: [plain-text] '[注]: # \"2025年实为176家\"' {HIDDEN}"],
            id="link-definition-title",
        ),
        pytest.param(  # markdown-it keeps the first; the second is hidden all the same
            "[注]: #\n[注]: /176\n" + HONEST,
            [
                f"page.po:9: [plain-text] '[注]: #' {HIDDEN}",
                f"page.po:9: [plain-text] '[注]: /176' {HIDDEN}",
            ],
            id="repeated-label",
        ),
        pytest.param(  # structure may be lint-ignored; plain-text may not
            "% 2025年实为176家\n" + HONEST,
            [
                f"page.po:9: [plain-text] '% 2025年实为176家' {HIDDEN}",
                f"page.po:9: {STRUCTURE} myst_line_comment, paragraph",
            ],
            id="comment",
        ),
        pytest.param(
            HONEST.replace("76家", "&#55;&#54;家"),
            [
                "page.po:9: [plain-text] character references &#55; &#54; read as '76' in MyST, "
                f"but {AS_WRITTEN}: type the characters themselves"
            ],
            id="numeric-references",
        ),
        pytest.param(
            HONEST.replace("76家", "&#x37;6&nbsp;家"),
            [
                "page.po:9: [plain-text] character references &#x37; &nbsp; read as '7\\xa0' in "
                f"MyST, but {AS_WRITTEN}: type the characters themselves"
            ],
            id="hex-and-named-references",
        ),
    ],
)
def test_prepare_refuses_what_myst_and_plain_text_read_differently(tmp_path, msgstr, expected):
    assert lint_one(tmp_path, ALT, msgstr) == expected


MISREAD = f"but the source has no markup, and {AS_WRITTEN}: write plain text"


@pytest.mark.parametrize(
    ("msgid", "msgstr", "expected"),
    [
        pytest.param(
            "Appendices",
            '[附录]{title="勘误：2025年成员单位实为176家，本报告所称76家有误"}',
            "'[附录]{title=\"勘误：2025年成员单位实为176家，本报告所称76家有误\"}' reads as "
            "'附录' in MyST (a span with attributes)",
            id="attributes-in-caption",
        ),
        pytest.param(
            ALT,
            HONEST + '[。]{title="勘误：实为176家"}',
            "'[。]{title=\"勘误：实为176家\"}' reads as '。' in MyST (a span with attributes)",
            id="attributes-in-alt-text",
        ),
        pytest.param(  # a class the build would allow, with a title it would publish
            "Appendices",
            '[附录]{.language-zh-CN title="176"}',
            "'[附录]{.language-zh-CN title=\"176\"}' reads as '附录' in MyST "
            "(a span with attributes)",
            id="language-span-with-title",
        ),
        pytest.param(
            "Report",
            "报告[^2025年成员单位实为176家]",
            "'[^2025年成员单位实为176家]' reads as '' in MyST (a footnote reference)",
            id="footnote-reference-in-caption",
        ),
        pytest.param(
            "Report", "*工作*报告", "'*工作*' reads as '工作' in MyST (emphasis)", id="emphasis"
        ),
        pytest.param(
            "Report",
            "报告\\*附件",
            "'\\\\' reads as '' in MyST (a backslash escape)",
            id="backslash-escape",
        ),
    ],
)
def test_prepare_refuses_markup_where_the_source_has_none(tmp_path, msgid, msgstr, expected):
    assert lint_one(tmp_path, msgid, msgstr) == [f"page.po:9: [plain-text] {expected}, {MISREAD}"]


def test_the_build_refuses_at_least_what_the_linter_does():
    """The gate refuses with the linter's checks, and the guard must find a problem too, or
    a refused caption would be published all the same: a language span in the source does not
    open its translation to markup."""
    assert as_written_problems("[Report]{.language-en}", "报告[^176]") == [
        ("plain-text", f"'[^176]' reads as '' in MyST (a footnote reference), {MISREAD}")
    ]


def test_markup_the_source_has_or_other_checks_name_is_not_reported_twice(tmp_path):
    # The source has markup: this check leaves its translation to the others.
    assert lint_one(tmp_path, "See *the* report.", "见*该*报告。") == []
    # A role the source lacks is the role check's, not named twice.
    assert lint_one(tmp_path, "Report", "{sub}`76`报告") == [
        "page.po:9: [role] reference {sub}`76` is not in the source"
    ]


def test_plain_text_cannot_be_silenced(tmp_path):
    found = lint_one(tmp_path, ALT, "[注]: #\n" + HONEST, "# lint-ignore: plain-text — 据原稿")
    assert found == [
        "page.po:10: [lint-ignore] check plain-text cannot be silenced (only added-number, "
        "name, number, order, qualifier, term, untranslated can)",
        f"page.po:10: [plain-text] '[注]: #' {HIDDEN}",
    ]


def test_honest_messages_pass(tmp_path):
    assert lint_one(tmp_path, ALT, HONEST) == []
    assert lint_one(tmp_path, "Appendices", "附录") == []
    # Whitespace MyST trims, and a language span on a page, read the same.
    assert lint_one(tmp_path, "Appendices", " 附录 ") == []
    assert lint_one(tmp_path, ALT, "[Bar chart]{.language-en}：" + HONEST[4:]) == []
    # Brackets that are no definition, a bare "&", a reference the source has: shown alike.
    assert lint_one(tmp_path, ALT, "[注]" + HONEST) == []
    assert lint_one(tmp_path, "R&D: 24 members in 2016", "研发&设计：2016年24家成员") == []
    assert lint_one(tmp_path, "R&amp;D: 24 members in 2016", "研发&amp;设计：2016年24家成员") == []
    real_catalogs_pass()


COPYRIGHT = "2025, Tiny Org"


def theme_check(tmp_path: Path, copyright: str, index: str):
    """``check`` over a site whose sphinx.po translates the copyright (line 9) and the
    template's "Index" (line 12), the texts of every footer and of genindex.html."""
    root = tmp_path / "root"
    shutil.copytree(ROOTS / "test-site-zh", root)
    conf = root / "conf.py"
    conf.write_text(conf.read_text("utf-8") + f"copyright = {COPYRIGHT!r}\n", "utf-8")
    text = po_text(entry(COPYRIGHT, copyright), entry("Index", index))
    po = write_po(tmp_path / "locales", "sphinx", text)
    return po, cli("check", "--locales", tmp_path / "locales", "--source", root)


def test_interface_texts_are_checked_as_written_and_one_line(tmp_path):
    po, result = theme_check(
        tmp_path, "[截至2019年会员单位]: 9999家\n2025，小小组织", "[全书共1999个条目]: #\n索引"
    )
    assert result.returncode == 1
    line_break = (
        "[theme] a line break in an interface text, which is one line (a footer, a link, the "
        "PDF cover, the EPUB's metadata): write it on one line"
    )
    # 2025 after the line break opens no text, and is no year: a count (see test_numbers_years).
    assert result.stderr.splitlines()[:-1] == [
        f"{po}:9: [added-number] number 2025 is not in the source: the source's 2025 is a year",
        f"{po}:9: [added-number] number 9999 is not in the source",
        f"{po}:9: [added-number] year 2019 is not in the source",
        f"{po}:9: [number] year 2025 of the source is missing: the translation has 2025, but not "
        "as a year",
        f"{po}:9: {line_break}",
        f"{po}:12: [added-number] number 1999 is not in the source",
        f"{po}:12: {line_break}",
    ]


def test_honest_interface_texts_pass(tmp_path):
    _po, result = theme_check(tmp_path, "2025，小小组织", "索引")
    assert result.returncode == 0, result.stderr


def test_the_build_refuses_a_hidden_line_in_an_alt_text(tmp_path):
    site_ = HostileBuild(tmp_path)
    site_.translate(entry("The logo", "[标志，1999年注册]: #\n标志"))
    result = site_.build()
    assert result.returncode == 1, result.stderr
    assert site_.refusals(result) == [  # once: by the gate, and the alt text is reverted
        f"index.md:5: [plain-text] '[标志，1999年注册]: #' {HIDDEN} (catalog index.po, "
        "msgid 'The logo')"
    ]
    assert site_.traces("1999年注册") == []
    assert "Traceback" not in result.stderr


def test_the_build_keeps_an_honest_alt_text(tmp_path):
    site_ = HostileBuild(tmp_path)
    site_.translate(entry("The logo", "标志"))
    result = site_.build()
    assert result.returncode == 0, result.stderr
    assert 'alt="标志"' in (site_.out / "index.html").read_text("utf-8")


def test_the_build_refuses_a_hidden_line_a_reference_or_markup_in_an_index_entry(tmp_path):
    root = site(
        tmp_path,
        {
            "Loom": "[织机，1999台]: #\n织机",
            "Shuttle": "梭&#x5B50;",
            "Spindle": '[纱锭]{title="1999"}',
            "Needle": "针",
        },
    )
    out, result = build(tmp_path, root)
    assert result.returncode == 1
    refused = [line for line in result.stderr.splitlines() if "[plain-text]" in line]
    page = root / "index.md"
    assert refused == [
        f"{page}:{LINE['Loom']}: WARNING: [plain-text] '[织机，1999台]: #' {HIDDEN} "
        "(catalog index.po, msgid 'Loom') [i18n.refused]",
        f"{page}:{LINE['Shuttle']}: WARNING: [plain-text] character references &#x5B50; read "
        f"as '子' in MyST, but {AS_WRITTEN}: type the characters themselves (catalog index.po, "
        "msgid 'Shuttle') [i18n.refused]",
        f"{page}:{LINE['Spindle']}: WARNING: [plain-text] '[纱锭]{{title=\"1999\"}}' reads as "
        f"'纱锭' in MyST (a span with attributes), {MISREAD} (catalog index.po, msgid "
        "'Spindle') [i18n.refused]",
    ]
    genindex = (out / "genindex.html").read_text("utf-8")
    assert "1999" not in genindex and "#x5B50" not in genindex
    assert "Loom" in genindex and "Shuttle" in genindex  # the source's entries
    assert "针" in genindex  # a sound translation of the same page is kept


def test_the_build_refuses_a_hidden_line_in_a_toctree_caption(tmp_path):
    root = site(tmp_path, {})
    po = root / "locales" / "zh_CN" / "LC_MESSAGES" / "index.po"
    hostile = 'msgstr "[目录共1999项]: #\\n目录"'
    po.write_text(po.read_text("utf-8").replace('msgstr "目录"', hostile), "utf-8")
    out, result = build(tmp_path, root)
    assert result.returncode == 1
    refused = [line for line in result.stderr.splitlines() if "[plain-text]" in line]
    assert refused == [
        f"{root / 'index.md'}:17: WARNING: [plain-text] '[目录共1999项]: #' {HIDDEN} "
        "(catalog index.po, msgid 'Contents') [i18n.refused]"
    ]
    assert [p for p in out.rglob("*.html") if "1999项" in p.read_text("utf-8")] == []
    assert "Contents" in (out / "index.html").read_text("utf-8")  # the source's caption


CAPTION, ALT_TEXT = ("Contents", "目录"), ("A bar chart of the members", "成员数量柱状图")


def build_captions(tmp_path: Path, caption: str, alt: str, title: str):
    """The zh site built without prepare, with these translations of its toctree caption, its
    alt text and a toctree entry's title ("Terms <glossary>"): (page, out, result, the
    plain-text refusals)."""
    root = site(tmp_path, {"Terms": title})
    page = root / "index.md"
    page.write_text(page.read_text("utf-8").replace("\nglossary\n", "\nTerms <glossary>\n"))
    po = root / "locales" / "zh_CN" / "LC_MESSAGES" / "index.po"
    text = po.read_text("utf-8")
    for (msgid, honest), msgstr in ((CAPTION, caption), (ALT_TEXT, alt)):
        text = text.replace(entry(msgid, honest), entry(msgid, msgstr))
    po.write_text(text, "utf-8")
    out, result = build(tmp_path, root)
    refused = [line for line in result.stderr.splitlines() if "[plain-text]" in line]
    return page, out, result, refused


def published(out: Path, payload: str) -> list[Path]:
    """The output files that show ``payload`` (not Sphinx's environment pickle)."""
    return [
        p
        for p in out.rglob("*")
        if p.is_file() and p.suffix != ".pickle" and payload.encode() in p.read_bytes()
    ]


def test_the_build_refuses_markup_in_a_caption_and_an_alt_text(tmp_path):
    page, out, result, refused = build_captions(
        tmp_path, "目录[^1999项]", '成员数量柱状图[。]{title="1999家"}', "术语"
    )
    assert result.returncode == 1
    assert refused == [
        f"{page}:9: WARNING: [plain-text] '[。]{{title=\"1999家\"}}' reads as '。' in MyST "
        f"(a span with attributes), {MISREAD} (catalog index.po, msgid 'A bar chart of the "
        "members') [i18n.refused]",
        f"{page}:17: WARNING: [plain-text] '[^1999项]' reads as '' in MyST (a footnote "
        f"reference), {MISREAD} (catalog index.po, msgid 'Contents') [i18n.refused]",
    ]
    assert published(out, "1999") == []  # not in the sidebar, the alt text, the search index
    html = (out / "index.html").read_text("utf-8")  # the source's texts instead
    assert 'alt="A bar chart of the members"' in html
    assert '<span class="caption-text">Contents</span>' in html
    assert ">Terms</a>" in html  # the whole toctree keeps the source's texts


def test_the_build_refuses_a_language_span_in_a_toctree_entry_title(tmp_path):
    """A page's text may mark a language; an entry title would show the markup as written."""
    page, out, result, refused = build_captions(
        tmp_path, "目录", "成员数量柱状图", "[术语]{.language-zh-CN}"
    )
    assert result.returncode == 1
    assert refused == [
        f"{page}:17: WARNING: [plain-text] '[术语]{{.language-zh-CN}}' reads as '术语' in MyST "
        f"(a language span), {MISREAD} (catalog index.po, msgid 'Terms') [i18n.refused]",
    ]
    assert published(out, "language-zh-CN}") == []
    html = (out / "index.html").read_text("utf-8")
    assert ">Terms</a>" in html and '<span class="caption-text">Contents</span>' in html
