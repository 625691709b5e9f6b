"""The term base: glossary.md terms with the approved forms from glossary.po."""

from pathlib import Path

import pytest

from i18n_support import cli, entry, lint_one, po_text, write_po
from reportbook.i18n.catalogs import load_catalog
from reportbook.i18n.lint import TermBase
from reportbook.i18n.lint.termbase import glossary_terms

GLOSSARY_MD = """# Glossary

:::{glossary}
:sorted:

data island
  A system whose data cannot be shared.

digital twin
  A virtual copy of a factory.

14th Five-Year Plan
  China's plan for 2021-2025.
:::
"""


def make_project(tmp_path: Path) -> tuple[Path, Path]:
    source, locales = tmp_path / "source", tmp_path / "locales"
    source.mkdir()
    (source / "glossary.md").write_text(GLOSSARY_MD, encoding="utf-8")
    write_po(
        locales,
        "glossary",
        po_text(
            entry("Glossary", "术语表"),
            entry("data island", "数据孤岛"),
            entry("A system whose data cannot be shared.", "数据无法共享的系统。"),
            entry("digital twin", "数字孪生"),
            entry("A virtual copy of a factory.", "工厂的虚拟副本。"),
            entry("14th Five-Year Plan", "“十四五”规划"),
            entry("China's plan for 2021-2025.", "中国2021-2025年的规划。"),
        ),
    )
    return source, locales


def termbase(tmp_path) -> TermBase:
    source, locales = make_project(tmp_path)
    glossary = load_catalog(locales / "zh_CN/LC_MESSAGES/glossary.po", "zh_CN")
    return TermBase.from_glossary(source / "glossary.md", glossary)


def test_term_lines_of_the_glossary_directive(tmp_path):
    source, _ = make_project(tmp_path)
    assert glossary_terms(source / "glossary.md") == [
        "data island",
        "digital twin",
        "14th Five-Year Plan",
    ]


def test_plural_in_the_source_and_approved_form_present(tmp_path):
    tb = termbase(tmp_path)
    assert (
        lint_one(tmp_path, "Data islands slow factories.", "数据孤岛拖慢工厂。", termbase=tb) == []
    )


def test_term_base_broken(tmp_path):
    tb = termbase(tmp_path)
    assert lint_one(
        tmp_path, "Data islands slow factories.", "信息孤岛拖慢工厂。", termbase=tb
    ) == [
        "page.po:9: [term] glossary term 'data island' must be translated as '数据孤岛' "
        "(the glossary's approved form)"
    ]


def test_term_role_with_explicit_target(tmp_path):
    tb = termbase(tmp_path)
    msgid = "Each {term}`digital twin` mirrors a line."
    assert (
        lint_one(tmp_path, msgid, "每个{term}`数字孪生 <digital twin>`映射一条产线。", termbase=tb)
        == []
    )


def test_check_command_reads_the_glossary_beside_the_locales(tmp_path):
    _, locales = make_project(tmp_path)
    po = write_po(locales, "page", po_text(entry("A digital twin of 2016.", "2016年的虚拟工厂。")))
    result = cli("check", "--locales", locales)
    assert result.returncode == 1
    assert (
        f"{po}:9: [term] glossary term 'digital twin' must be translated as '数字孪生'"
        in result.stderr
    )


def test_a_variant_listed_in_the_glossary_passes_and_an_unlisted_one_fails(tmp_path):
    source, locales = make_project(tmp_path)
    write_po(
        locales,
        "glossary",
        po_text(
            entry("data island", "数据孤岛", "# variants: 信息孤岛；孤岛"),
            entry("digital twin", "数字孪生"),
        ),
    )
    glossary = load_catalog(locales / "zh_CN/LC_MESSAGES/glossary.po", "zh_CN")
    tb = TermBase.from_glossary(source / "glossary.md", glossary)
    assert (
        lint_one(tmp_path, "Data islands slow factories.", "信息孤岛拖慢工厂。", termbase=tb) == []
    )
    # a variant of one term does not stand in for another term
    assert lint_one(tmp_path, "A digital twin.", "一个信息孤岛。", termbase=tb) == [
        "page.po:9: [term] glossary term 'digital twin' must be translated as '数字孪生' "
        "(the glossary's approved form)"
    ]
    assert (
        lint_one(tmp_path, "Data islands slow factories.", "数据烟囱拖慢工厂。", termbase=tb) != []
    )


def test_term_references_may_move_only_under_their_own_approved_form(tmp_path):
    tb = termbase(tmp_path)
    msgid = "A {term}`data island` beside a {term}`digital twin`."
    moved = "{term}`数字孪生 <digital twin>`旁的{term}`数据孤岛 <data island>`。"
    assert lint_one(tmp_path, msgid, moved, termbase=tb) == []
    # Each shows the other's form, in the source's order: both forms are in the text.
    traded = "{term}`数字孪生 <data island>`旁的{term}`数据孤岛 <digital twin>`。"
    assert lint_one(tmp_path, msgid, traded, termbase=tb) == [
        "page.po:9: [term] the reference to the term 'data island' shows '数字孪生'; it must "
        "show the approved form '数据孤岛' or a listed variant",
        "page.po:9: [term] the reference to the term 'digital twin' shows '数据孤岛'; it must "
        "show the approved form '数字孪生' or a listed variant",
    ]
    # And moved as well: the order is no longer tied to the terms either.
    traded_and_moved = "{term}`数据孤岛 <digital twin>`旁的{term}`数字孪生 <data island>`。"
    assert "[order]" in " ".join(lint_one(tmp_path, msgid, traded_and_moved, termbase=tb))


def test_a_kept_quotation_counts_only_as_a_whole_marked_phrase(tmp_path):
    # Review: a marked phrase that merely held the quotation's words ([AI Data islands…])
    # counted as the quotation kept.
    tb = termbase(tmp_path)
    msgid = 'It is called "data island" there.'
    kept = "它被称为“[data island]{.language-en}”。"
    assert lint_one(tmp_path, msgid, kept, termbase=tb) == []
    inside = "它被称为“data island”，见[big data island map]{.language-en}。"
    assert (
        "page.po:9: [term] glossary term 'data island' must be translated as '数据孤岛' (the "
        "glossary's approved form)"
    ) in lint_one(tmp_path, msgid, inside, termbase=tb)


def test_a_form_is_counted_once_where_it_stands(tmp_path):
    # One pass over the text (it was every match against every match taken: the cost is
    # bench's to measure, not a test's); each place counts once.
    term = termbase(tmp_path).term("data island")
    assert term.times_found("数据孤岛化与数据孤岛，Data Islands") == 2


PENDING = (
    "page.po:9: [term] glossary term 'digital twin' has no approved form yet (its entry in "
    "glossary.po is untranslated or fuzzy): translate that entry first, or keep the term in "
    "English, marked as English ([…]{.language-en})"
)


@pytest.mark.parametrize("how", ["fuzzy", "untranslated", "deleted"])
def test_a_term_without_an_approved_form_frees_none_of_its_uses(tmp_path, how):
    # Red team 66 row 08: "#, fuzzy" on a glossary entry left the term with no approved form,
    # so every use of it was unchecked ({term}`手工制造 <intelligent manufacturing>` passed).
    source, locales = make_project(tmp_path)
    po = locales / "zh_CN/LC_MESSAGES/glossary.po"
    text = po.read_text("utf-8")
    twin = 'msgid "digital twin"\nmsgstr "数字孪生"\n'
    assert text.count(twin) == 1
    po.write_text(
        text.replace(
            twin,
            {
                "fuzzy": "#, fuzzy\n" + twin,
                "untranslated": 'msgid "digital twin"\nmsgstr ""\n',
                "deleted": "",
            }[how],
            1,
        ),
        "utf-8",
    )
    tb = TermBase.from_glossary(source / "glossary.md", load_catalog(po, "zh_CN"))
    msgid = "Each {term}`digital twin` mirrors a line."
    assert lint_one(
        tmp_path, msgid, "每个{term}`手工 <digital twin>`映射一条产线。", termbase=tb
    ) == [
        PENDING,
        "page.po:9: [term] the reference to the term 'digital twin' shows '手工'; it must show "
        "the English term, which has no approved form yet: translate its entry in glossary.po "
        "first",
    ]
    plain = "Each digital twin mirrors a line."
    assert lint_one(tmp_path, plain, "每个数字孪生映射一条产线。", termbase=tb) == [PENDING]
    # Honest: the English kept and marked, as the message says; and the other terms, whose
    # entries are translated, are checked as before.
    assert (
        lint_one(tmp_path, plain, "每个[digital twin]{.language-en}映射一条产线。", termbase=tb)
        == []
    )
    assert (
        lint_one(tmp_path, "Data islands slow factories.", "数据孤岛拖慢工厂。", termbase=tb) == []
    )


def test_without_a_glossary_catalog_no_term_is_checked(tmp_path):
    # Honest: a language whose glossary is not started has no term base yet, rather than
    # every term pending (its pages' translators may begin anywhere).
    source, _ = make_project(tmp_path)
    tb = TermBase.from_glossary(source / "glossary.md", None)
    assert len(tb) == 0
    assert lint_one(tmp_path, "A digital twin.", "一个虚拟工厂。", termbase=tb) == []
