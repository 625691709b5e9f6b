"""A {numref} title is a format string: Sphinx fills it with the number by "%" or, when it has
"{name}" or the word "number", by str.format. A translated title with other fields crashed the
build with a traceback ("{number:d}"), or could pad the number to any width or drop it. The
gate refuses it before the msgstr is parsed (the linter's role check, file:line in prepare
too), and the doctree comparison refuses what changes the placeholder."""

import shutil
from pathlib import Path

from bs4 import BeautifulSoup
from docutils import nodes
from sphinx import addnodes

from conftest import sphinx_build
from i18n_support import ROOTS, entry, lint_one
from reportbook.i18n.doctree import compare_nodes

MSGID = "As {numref}`Table %s <tbl-figures>` shows, the alliance grew."
PAGE = """
:::{list-table} Key figures
:name: tbl-figures

* - Members
  - 24
:::

As {numref}`Table %s <tbl-figures>` shows, the alliance grew.
"""
REFUSED = (
    "the title of {numref}`tbl-figures` must keep the source's number placeholder (%s) and no "
    "other { } or % field"
)


def build(tmp_path: Path, msgstr: str):
    root = tmp_path / "root"
    shutil.copytree(ROOTS / "test-site-zh", root)
    (root / "conf.py").write_text((root / "conf.py").read_text("utf-8") + "numfig = True\n")
    (root / "index.md").write_text((root / "index.md").read_text("utf-8") + PAGE, "utf-8")
    po = root / "locales" / "zh_CN" / "LC_MESSAGES" / "index.po"
    po.write_text(po.read_text("utf-8") + "\n" + entry(MSGID, msgstr), "utf-8")
    out = tmp_path / "html"
    result = sphinx_build("html", out, tmp_path / "doctrees", language="zh_CN", source=root)
    return root, out, result


def test_prepare_refuses_a_title_with_other_fields(tmp_path):
    for title in ("表{number:d}", "表{number:>99999999}", "表{0}", "表%s%s", "表 %.0s"):
        msgstr = f"如{{numref}}`{title} <tbl-figures>`所示，联盟壮大了。"
        found = lint_one(tmp_path, MSGID, msgstr)
        # A padding width is a number the source lacks too (added-number, 99999999), and the
        # > and } next to it are refused as what may change it (number).
        found = [f for f in found if "[added-number]" not in f and "[number]" not in f]
        assert found == [f"page.po:9: [role] {REFUSED}"], title


def test_a_build_refuses_it_without_a_traceback(tmp_path):
    root, out, result = build(tmp_path, "如{numref}`表{number:d} <tbl-figures>`所示，联盟壮大了。")
    assert result.returncode == 1
    line = len((ROOTS / "test-site-zh" / "index.md").read_text("utf-8").splitlines()) + 9
    assert f"{root / 'index.md'}:{line}: WARNING: [role] {REFUSED} (catalog index.po" in (
        result.stderr
    )
    assert "Traceback" not in result.stderr and "Exception occurred" not in result.stderr
    page = (out / "index.html").read_text("utf-8")
    assert "number:d" not in page and "联盟壮大" not in page  # the English paragraph instead
    assert "Table 1" in BeautifulSoup(page, "html.parser").get_text()


def test_a_title_with_the_sources_placeholder_builds(tmp_path):
    _root, out, result = build(tmp_path, "如{numref}`表%s <tbl-figures>`所示，联盟壮大了。")
    assert result.returncode == 0, result.stderr
    assert (
        "如表1所示，联盟壮大了。"
        in BeautifulSoup((out / "index.html").read_text("utf-8"), "html.parser").get_text()
    )


def numref(title: str) -> nodes.paragraph:
    xref = addnodes.pending_xref(
        "", nodes.inline("", title), reftype="numref", reftarget="tbl-figures", refexplicit=True
    )
    return nodes.paragraph("", "", xref)


def test_the_doctree_comparison_refuses_a_changed_placeholder():
    # Inside every build, whatever parsed the msgstr: the doctree is compared too.
    changed = "the translation changes the number placeholder of a {numref} title"
    assert compare_nodes(numref("Table %s"), numref("表{number:d}")) == [("link", changed)]
    assert compare_nodes(numref("Table %s"), numref("表%s")) == []


def test_a_numref_title_keeps_its_captions_kind(tmp_path):
    """Red team 8: {numref}`图%s <tbl-key-figures>` called the table a figure (and the figure a
    table): the title's label must be sphinx.po's translation of the English title's kind."""
    from conftest import LOCALES, SOURCE
    from i18n_support import cli, fill
    from reportbook.i18n.catalogs import load_catalog

    locales = tmp_path / "locales"
    shutil.copytree(LOCALES, locales)
    po = locales / "zh_CN" / "LC_MESSAGES" / "key-figures.po"
    message = next(m for m in load_catalog(po, "zh_CN") if "表%s <tbl-key-figures>" in m.string)
    swapped = message.string.replace("{numref}`表%s <tbl", "{numref}`图%s <tbl")
    fill(po, {message.id: swapped})
    result = cli("check", "--locales", locales, "--source", SOURCE)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0].endswith(
        "[title] the reference {numref}`tbl-key-figures` shows '图%s'; the English title names "
        "the caption's kind, which sphinx.po translates as '表%s': write that"
    )
    assert len(result.stderr.splitlines()) == 2
    fill(po, {message.id: message.string})
    assert cli("check", "--locales", locales, "--source", SOURCE).returncode == 0
