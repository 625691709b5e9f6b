"""A reference's text is read as Sphinx reads it (red team 29, rows 06, 07 and 08).

`{ref}` <ch-work-report>`` (a text of one space) was read as a reference with no text of its
own, showing its target's title, while Sphinx shows a blank link: `成员单位达24{ref}` <…>`076家`
showed 24 076 (24,076 to a reader) and 陈大鹏 vanished from a sentence while the name check
passed. The text is now split as Sphinx's ReferenceRole splits it, and a text that shows nothing
is refused by `check` and by the build's doctree guard alike. And a reference with no text to a
heading the catalog leaves untranslated is read as the English title Sphinx shows there, so a
number touching it (`附录5{ref}`…`` showing 附录514th Five-Year Plan…) is refused."""

import random
import re
import shutil

import pytest
from docutils import nodes
from sphinx import addnodes

from conftest import LOCALES, SOURCE
from i18n_support import (
    check_with,
    cli,
    entry,
    fill,
    po_text,
    refused_on_the_report,
    report_names,
    write_po,
)
from reportbook.i18n.catalogs import load_catalog
from reportbook.i18n.doctree import compare_nodes
from reportbook.i18n.lint import lint_catalog
from reportbook.i18n.lint.markup import split_target


def blank(role: str) -> str:
    return (
        f"[role] the reference {role} has the text ' ', which shows nothing: Sphinx shows a "
        "blank link there, not its target's title; write the text the English shows, or no "
        "text at all (then it shows its target's title)"
    )


# (catalog, [(honest, hostile), ...] changed in one message, the problems at its line): the
# red team's patches 06 and 07.
PAYLOADS = [
    (
        "organisations",
        [
            ("由24家增至76家", "达24{ref}` <ch-work-report>`076家"),
            ("，联盟的工作情况详见“{ref}`ch-work-report`”一章", ""),
        ],
        [
            "[added-number] number 24076 is not in the source",
            "[number] number 24 of the source is missing",
            "[number] number 76 of the source is missing",
            blank("{ref}`ch-work-report`"),
            "[title] the reference to ch-work-report shows its target's title in the source; the "
            "translation shows ' ': write it without a text, or with that title as translated "
            "('联盟工作报告')",
        ],
    ),
    (
        "closing",
        [("{ref}`陈大鹏 <person-chen-dapeng>`", "{ref}` <person-chen-dapeng>`")],
        [
            "[name] 'Chen Dapeng' must be translated as '陈大鹏' (the approved form, "
            "person-chen-dapeng)",
            "[name] the reference to person-chen-dapeng shows ' '; it must show the approved "
            "form '陈大鹏' or a shortened form of it",
            blank("{ref}`person-chen-dapeng`"),
        ],
    ),
]


def test_the_red_teams_blank_titles_are_refused_at_their_lines(tmp_path):
    refused_on_the_report(tmp_path, PAYLOADS)


def problems(tmp_path, msgid: str, msgstr: str) -> list[str]:
    path = write_po(tmp_path, "page", po_text(entry(msgid, msgstr)))
    found = lint_catalog(path, load_catalog(path, "zh_CN"), names=report_names())
    return [f"page.po:{p.line}: [{p.check}] {p.message}" for p in sorted(found)]


def test_every_role_with_a_blank_text_is_refused(tmp_path):
    msgid = "See {numref}`Table %s <tbl-key-figures>`, {term}`Alliance` and {doc}`closing`."
    roles = {
        "{numref}`tbl-key-figures`": (
            "{numref}`表%s <tbl-key-figures>`",
            "{numref}` <tbl-key-figures>`",
        ),
        "{term}`Alliance`": ("{term}`联盟 <Alliance>`", "{term}` <Alliance>`"),
        "{doc}`closing`": ("{doc}`闭幕 <closing>`", "{doc}` <closing>`"),
    }
    honest = "见{numref}`表%s <tbl-key-figures>`、{term}`联盟 <Alliance>`和{doc}`闭幕 <closing>`。"
    assert not [p for p in problems(tmp_path, msgid, honest) if "[role]" in p]
    for role, (written, hostile) in roles.items():
        found = problems(tmp_path, msgid, honest.replace(written, hostile))
        assert f"page.po:9: {blank(role)}" in found, role
        assert len([p for p in found if "blank link" in p]) == 1, found
    # Any space a reader cannot see is as blank: U+3000, U+00A0.
    for space in ("\u3000", "\u00a0 "):
        hostile = honest.replace("{numref}`表%s <", f"{{numref}}`{space}<")
        assert any("blank link" in p for p in problems(tmp_path, msgid, hostile)), repr(space)


def test_a_text_is_split_as_sphinx_splits_it():
    # sphinx.util.docutils.ReferenceRole.explicit_title_re, which XRefRole uses
    sphinx = re.compile(r"^(.+?)\s*(?<!\x00)<(.*?)>$", re.DOTALL)
    assert split_target(" <ch-work-report>") == (" ", "ch-work-report")
    assert split_target("   <x>") == (" ", "x")
    assert split_target("a <b <c>") == ("a", "b <c")
    assert split_target("工作报告 <ch-work-report>") == ("工作报告", "ch-work-report")
    pick = random.Random(29)
    for _ in range(20_000):
        text = "".join(pick.choice("a<> \u3000\n\x00") for _ in range(pick.randint(0, 7)))
        match = sphinx.match(text)
        assert split_target(text) == (match.groups() if match else (None, text)), repr(text)


def xref(text: str) -> nodes.paragraph:
    node = addnodes.pending_xref(
        "", nodes.inline("", text), reftype="ref", reftarget="ch-work-report", refexplicit=True
    )
    return nodes.paragraph("", "", node)


def test_the_builds_guard_refuses_a_blank_text_too():
    # Inside every build, whatever parsed the msgstr: the doctree is compared too.
    assert compare_nodes(xref("Work Report"), xref(" ")) == [
        ("link", blank("{ref}`ch-work-report`").removeprefix("[role] "))
    ]
    assert compare_nodes(xref("Work Report"), xref("工作报告")) == []


def test_a_reference_to_an_untranslated_heading_reads_as_its_english_title(tmp_path):
    # The red team's patch 08: the heading left untranslated, the 5 of "five-year plans" moved
    # right before a reference to it, which shows 14th Five-Year Plan… in the Chinese page.
    reference = "{ref}`org-14th-five-year-plan-intelligent-manufacturing`"
    shown = "14th Five-Year Plan for the Development of Intelligent Manufacturing"
    heading = ("organisations", "《“十四五”智能制造发展规划》", "")
    moved = [
        ("glossary", "以五年规划", "以规划"),
        ("glossary", f"附录{reference}", f"附录5{reference}"),
    ]
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES, locales)
    lines = {}
    for domain, old, new in [heading, *moved]:
        po = locales / "zh_CN" / "LC_MESSAGES" / f"{domain}.po"
        message = next(m for m in load_catalog(po, "zh_CN") if old in m.string)
        fill(po, {message.id: message.string.replace(old, new)})
        lines[domain] = f"{po}:{load_catalog(po, 'zh_CN')[message.id].lineno}"
    found = cli("check", "--locales", locales, "--source", SOURCE)
    assert found.returncode == 1
    touching = (
        f"{lines['glossary']}: [number] '5{reference}': the reference shows {shown!r} (its "
        "target's title), which begins with a number, and a number touches it: a reader reads "
        f"the two as one number ('5{shown}'): put a word between them"
    )
    assert touching in found.stderr.splitlines(), found.stderr
    # The name has no approved form, so its uses in plain text are refused too (red team 66).
    others = [line for line in found.stderr.splitlines()[:-1] if line != touching]
    assert any(no_approved_form(shown) in line for line in others), others
    assert all("[name]" in line for line in others), others
    # Honest: the reference where it was, with a word before it; the heading translated.
    glossary = locales / "zh_CN" / "LC_MESSAGES" / "glossary.po"
    message = next(m for m in load_catalog(glossary, "zh_CN") if reference in m.string)
    fill(
        glossary,
        {message.id: message.string.replace("以规划", "以五年规划").replace("附录5", "附录")},
    )
    organisations = locales / "zh_CN" / "LC_MESSAGES" / "organisations.po"
    fill(organisations, {shown: heading[1]})
    assert cli("check", "--locales", locales, "--source", SOURCE).returncode == 0


def no_approved_form(english: str) -> str:
    return f"[name] {english!r} has no approved form yet ("


@pytest.mark.parametrize(
    ("people", "refused"),
    [(("亦有呼应", "亦有呼应"), False), (("亦有呼应", "亦有Outlook呼应"), True)],
)
def test_an_untranslated_headings_english_title_is_no_word_the_translator_wrote(
    tmp_path, people, refused
):
    # Red team 62 row 24: keynote.po's "Outlook" left untranslated, people.po's reference to it
    # shows "Outlook" between two Chinese words, which was refused as a Latin word written
    # where a numeral would stand. The translator's own "Outlook" there still is.
    found, where = check_with(tmp_path, {"keynote": ("未来展望", ""), "people": people})
    latin = (
        f"{where['people']}: [number] 'Outlook': a Latin word the English does not have, "
        "between two words of the translation, where a numeral would stand"
    )
    assert [line.startswith(latin) for line in found[:-1]] == ([True] if refused else [])


def untranslated(tmp_path, heading: tuple[str, str], refers: tuple[str, str]):
    """``check`` over a copy of the report's catalogs with ``heading`` (domain, msgid) left
    untranslated: its stderr lines (its summary left out), and the file:line of the message of
    the ``refers`` domain whose translation holds the text given."""
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES, locales)
    fill(locales / "zh_CN" / "LC_MESSAGES" / f"{heading[0]}.po", {heading[1]: ""})
    po = locales / "zh_CN" / "LC_MESSAGES" / f"{refers[0]}.po"
    message = next(m for m in load_catalog(po, "zh_CN") if refers[1] in m.string)
    found = cli("check", "--locales", locales, "--source", SOURCE)
    return found.stderr.splitlines()[:-1], f"{po}:{message.lineno}"


def test_a_text_for_an_untranslated_heading_says_the_heading_is_untranslated(tmp_path):
    # Red team 62 (an editor's pass): closing.po's "Closing summary" left untranslated, the
    # text discussion.po gives its reference (总结讲话, that title as translated) can no longer
    # be read against it, and is refused: the message says why, and where to mend it.
    heading = ("closing", "Closing summary")
    found, where = untranslated(tmp_path, heading, ("discussion", "总结讲话 <"))
    assert found == [
        f"{where}: [title] the reference to sec-closing-summary shows its target's title in "
        "the source; the translation shows '总结讲话': write it without a text (its own "
        "heading, 'Closing summary', is not translated in closing.po: once it is, the text is "
        "read against that title)"
    ]
    fill(tmp_path / "locales" / "zh_CN" / "LC_MESSAGES" / "closing.po", {heading[1]: "总结讲话"})
    assert cli("check", "--locales", tmp_path / "locales", "--source", SOURCE).returncode == 0


def test_an_order_refused_for_an_untranslated_name_says_the_name_is_untranslated(tmp_path):
    # people.po's "Wen Lisheng" left untranslated, keynote.po's reference to him has a text no
    # approved form ties to its target, and it stands before the Alliance's (Chinese order), as
    # the English does not: refused, saying why and where to mend it.
    heading, refers = ("people", "Wen Lisheng"), ("keynote", "专家组副组长")
    found, where = untranslated(tmp_path, heading, refers)
    order = (
        f"{where}: [order] the reference {{ref}}`org-alliance` comes before "
        "{ref}`person-wen-lisheng`: references whose text is free keep the source's order, and "
        "so do those that show a section's title among themselves (a name's or a term's "
        "approved form may move) (person-wen-lisheng's "
        "heading, 'Wen Lisheng', is not translated in people.po: once it is, the text is read "
        "against that title)"
    )
    assert order in found, found
    # And every use of his name, which has no approved form (red team 66).
    others = [line for line in found if line != order]
    assert others and all("'Wen Lisheng'" in line and "[name]" in line for line in others)


PAGE = """
(sec-members)=
## Members

The members are listed in {ref}`the members section <sec-members>`.
"""


def test_a_build_refuses_a_blank_text_without_a_traceback(tmp_path):
    from bs4 import BeautifulSoup

    from conftest import sphinx_build
    from i18n_support import ROOTS

    root = tmp_path / "root"
    shutil.copytree(ROOTS / "test-site-zh", root)
    (root / "index.md").write_text((root / "index.md").read_text("utf-8") + PAGE, "utf-8")
    po = root / "locales" / "zh_CN" / "LC_MESSAGES" / "index.po"
    msgid = "The members are listed in {ref}`the members section <sec-members>`."
    po.write_text(
        po.read_text("utf-8")
        + "\n"
        + entry("Members", "成员")
        + "\n"
        + entry(msgid, "成员名单见{ref}` <sec-members>`。"),
        "utf-8",
    )
    out = tmp_path / "html"
    result = sphinx_build("html", out, tmp_path / "doctrees", language="zh_CN", source=root)
    assert result.returncode == 1
    assert "has the text ' ', which shows nothing: Sphinx shows a blank link" in result.stderr
    assert "Traceback" not in result.stderr and "Exception occurred" not in result.stderr
    page = BeautifulSoup((out / "index.html").read_text("utf-8"), "html.parser").get_text()
    assert "成员名单见" not in page and "The members are listed in" in page


@pytest.mark.parametrize("how", ["fuzzy", "untranslated"])
def test_a_name_without_an_approved_form_frees_none_of_its_uses(tmp_path, how):
    # Red team 66 rows 07 and 09: people.po's "Chen Dapeng" marked fuzzy (or left empty), the
    # check had no approved form for him, and 陈小鹏 in closing.po passed and was published.
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES, locales)
    people = locales / "zh_CN" / "LC_MESSAGES" / "people.po"
    if how == "fuzzy":
        text = people.read_text("utf-8")
        assert text.count('\nmsgid "Chen Dapeng"\n') == 1
        people.write_text(
            text.replace('\nmsgid "Chen Dapeng"\n', '\n#, fuzzy\nmsgid "Chen Dapeng"\n')
        )
    else:
        fill(people, {"Chen Dapeng": ""})
    closing = locales / "zh_CN" / "LC_MESSAGES" / "closing.po"
    message = next(m for m in load_catalog(closing, "zh_CN") if "会长陈大鹏作总结" in m.string)
    fill(closing, {message.id: message.string.replace("陈大鹏", "陈小鹏")})
    found = cli("check", "--locales", locales, "--source", SOURCE)
    assert found.returncode == 1 and "Traceback" not in found.stderr
    where = f"{closing}:{message.lineno}: "
    assert f"{where}{no_approved_form('Chen Dapeng')}" in found.stderr, found.stderr


def test_a_fuzzy_glossary_entry_frees_no_use_of_its_term(tmp_path):
    # Red team 66 row 08: glossary.po's "intelligent manufacturing" marked fuzzy, and
    # {term}`手工制造 <intelligent manufacturing>` ("manual manufacturing") passed and was
    # published: the term had no approved form, so nothing was checked against it.
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES, locales)
    glossary = locales / "zh_CN" / "LC_MESSAGES" / "glossary.po"
    text = glossary.read_text("utf-8")
    term = '\nmsgid "intelligent manufacturing"\n'
    assert text.count(term) == 1
    glossary.write_text(text.replace(term, "\n#, fuzzy" + term), "utf-8")
    report = locales / "zh_CN" / "LC_MESSAGES" / "work-report.po"
    honest = "{term}`智能制造 <intelligent manufacturing>`"
    message = next(m for m in load_catalog(report, "zh_CN") if honest in m.string)
    fill(report, {message.id: message.string.replace(honest, honest.replace("智能", "手工"))})
    found = cli("check", "--locales", locales, "--source", SOURCE)
    assert found.returncode == 1 and "Traceback" not in found.stderr
    assert (
        f"{report}:{message.lineno}: [term] the reference to the term 'intelligent "
        "manufacturing' shows '手工制造'; it must show the English term, which has no approved "
        "form yet: translate its entry in glossary.po first"
    ) in found.stderr.splitlines(), found.stderr
    # Honest: the entry reviewed (its mark removed), and the payload is the term's own check.
    glossary.write_text(text, "utf-8")
    found = cli("check", "--locales", locales, "--source", SOURCE)
    where = f"{report}:{message.lineno}: [term] "
    assert found.stderr.splitlines()[:-1] == [
        f"{where}glossary term 'intelligent manufacturing' must be translated as '智能制造' "
        "(the glossary's approved form)",
        f"{where}the reference to the term 'intelligent manufacturing' shows '手工制造'; it "
        "must show the approved form '智能制造' or a listed variant",
    ], found.stderr
