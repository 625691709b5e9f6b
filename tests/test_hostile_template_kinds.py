"""A page catalog entry of another kind than its template's: Python's gettext falls back to a
plural entry (``gettext(msgid)`` finds ``msgstr[0]``), but Sphinx's Locale transform looks a
msgstr up by its plain msgid in the raw message table, and never does. A plural entry (or
one with a msgctxt) counted as translated in check and stats while the page was English.
Such an entry is refused at file:line; counts come from the lookup Locale does."""

import shutil

import pytest

from conftest import LOCALES, SOURCE
from hostile_support import HostileBuild
from i18n_support import (
    HEADER,
    MSG_CODE,
    cli,
    entry,
    po_text,
    real_catalogs_pass,
    write_po,
)
from reportbook.i18n.catalogs import load_catalog
from reportbook.i18n.stats import count

PLURAL = 'msgid "Hello."\nmsgid_plural "你好。"\nmsgstr[0] "你好。"\n'
CONTEXT = 'msgctxt "page"\nmsgid "Hello."\nmsgstr "你好。"\n'


def test_an_entry_of_another_kind_is_refused(tmp_path):
    po = write_po(tmp_path, "page", po_text(PLURAL))
    result = cli("check", "--locales", tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        f"{po}:9: [template] a page's template has no msgid_plural: this entry is not the "
        "template's, yet gettext would show its first form for the plain msgid, unchecked; "
        "translate the template's plain msgid"
    )


def test_a_msgctxt_is_refused_by_validation(tmp_path):
    """In every catalog, before the catalog is read (test_hostile_headers.py)."""
    po = write_po(tmp_path, "page", po_text(CONTEXT))
    result = cli("check", "--locales", tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0].startswith(f"{po}:9: [msgctxt] msgctxt 'page'")


def test_stats_and_prepare_count_what_sphinx_publishes(tmp_path):
    po = write_po(tmp_path, "page", po_text(entry("One.", "一。"), PLURAL, CONTEXT))
    c = count("page", load_catalog(po, "zh_CN"))
    assert (c.translated, c.untranslated) == (1, 2)
    write_po(tmp_path, "page", po_text(entry("One.", "一。"), PLURAL))
    result = cli("stats", "--locales", tmp_path)
    row = next(line for line in result.stdout.splitlines() if line.startswith("page "))
    assert row.split()[1:3] == ["1", "50.0"]


def test_a_plain_entry_passes_and_counts(tmp_path):
    po = write_po(tmp_path, "page", po_text(entry("Hello.", "你好。")))
    assert cli("check", "--locales", tmp_path).returncode == 0
    c = count("page", load_catalog(po, "zh_CN"))
    assert (c.translated, c.untranslated) == (1, 0)


def test_the_build_publishes_no_plural_entry(tmp_path):
    # Without prepare: the gate reads what Locale reads, and the page keeps its English.
    site = HostileBuild(tmp_path)
    plural = f'msgid "{MSG_CODE}"\nmsgid_plural "x"\nmsgstr[0] "一个带有`code`的段落。"\n'
    write_po(site.locales, "index", po_text(plural, header=HEADER))
    result = site.build()
    assert result.returncode == 0, result.stderr
    assert site.traces("一个带有") == []
    assert site.traces("A plain paragraph")


@pytest.mark.parametrize(
    ("domain", "msgid", "msgstr"),
    [("glossary", "data island", "数据孤岛"), ("people", "Chen Dapeng", "陈大鹏")],
)
def test_a_plural_term_or_name_approves_nothing_and_is_refused(tmp_path, domain, msgid, msgstr):
    """The term and name bases are read from the catalogs before any check: a plural entry
    there crashed check and prepare with a traceback (red team 6, break 6)."""
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES, locales)
    po = locales / "zh_CN" / "LC_MESSAGES" / f"{domain}.po"
    plain = f'msgid "{msgid}"\nmsgstr "{msgstr}"\n'
    text = po.read_text("utf-8")
    assert plain in text
    po.write_text(
        text.replace(plain, f'msgid "{msgid}"\nmsgid_plural "{msgid}s"\nmsgstr[0] "{msgstr}"\n'),
        "utf-8",
    )
    line = text[: text.index(plain)].count("\n") + 1
    result = cli("check", "--locales", locales, "--source", SOURCE)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"{po}:{line}: [template] a page's template has no msgid_plural: this entry is not the "
        "template's, yet gettext would show its first form for the plain msgid, unchecked; "
        "translate the template's plain msgid",
        "check failed: 1 problem(s)",
    ]


def test_real_catalogs_pass():
    real_catalogs_pass()
