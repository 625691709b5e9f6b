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


def numfig_root(tmp_path: Path, theme_entry: str = "") -> Path:
    root = tmp_path / "root"
    shutil.copytree(ROOTS / "test-site-zh", root)
    if theme_entry:
        theme = root / "locales" / "zh_CN" / "LC_MESSAGES" / "sphinx.po"
        theme.write_text(theme.read_text("utf-8") + "\n" + theme_entry, "utf-8")
    (root / "conf.py").write_text((root / "conf.py").read_text("utf-8") + "numfig = True\n")
    (root / "index.md").write_text((root / "index.md").read_text("utf-8") + PAGE, "utf-8")
    return root


def build(tmp_path: Path, msgstr: str, theme_entry: str = ""):
    root = numfig_root(tmp_path, theme_entry)
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


# Red team 28 (07): a title-less {numref} is formatted with its caption label, which no check
# read for fields: "第{number:d}号表%s" in sphinx.po crashed the build in Sphinx's numref code.
LABEL_ENTRY = 'msgid "Table %s"\nmsgstr "第{number:d}号表%s"\n'  # msgid on line 19
LABEL_PROBLEM = (
    "caption label 'Table %s': the translation has '{', 'number', '}', which make Sphinx format "
    "a {numref} without a title by str.format (a crash, or no number): write the label with %s "
    "for the number and no { } or 'number'"
)


def test_check_refuses_a_caption_label_with_fields(tmp_path):
    from reportbook.i18n.catalogs import load_catalog
    from reportbook.i18n.themecatalog import theme_catalog_problems

    root = numfig_root(tmp_path)
    po = root / "locales" / "zh_CN" / "LC_MESSAGES" / "sphinx.po"
    text = po.read_text("utf-8")
    for label, shown in [
        ("第{number:d}号表%s", "'{', 'number', '}'"),
        ("表%s（number）", "'number'"),
        ("表%s{}", "'{', '}'"),
        ("{name}表%s", "'{', '}'"),
    ]:
        po.write_text(text + "\n" + entry("Table %s", label), "utf-8")
        found = theme_catalog_problems({po: load_catalog(po, "zh_CN")}, root)
        assert [(p.line, p.message) for p in found] == [
            (19, LABEL_PROBLEM.replace("'{', 'number', '}'", shown))
        ], label
    po.write_text(text + "\n" + entry("Table %s", "表%s"), "utf-8")
    assert theme_catalog_problems({po: load_catalog(po, "zh_CN")}, root) == []


def test_a_build_that_skipped_prepare_drops_a_label_with_fields(tmp_path):
    root, out, result = build(tmp_path, "如{numref}`tbl-figures`所示，联盟壮大了。", LABEL_ENTRY)
    po = root / "locales" / "zh_CN" / "LC_MESSAGES" / "sphinx.po"
    assert result.returncode == 1  # -W
    assert f"{po}:19: WARNING: [theme] msgid 'Table %s' is ignored: {LABEL_PROBLEM}" in (
        result.stderr
    )
    assert "Traceback" not in result.stderr and "Exception occurred" not in result.stderr
    text = BeautifulSoup((out / "index.html").read_text("utf-8"), "html.parser").get_text()
    assert "{number" not in text and "表 1" in text  # Sphinx's own label, with the number


def test_a_plural_caption_label_is_dropped_too(tmp_path):
    # Red team 28 (04): the label as a plural entry, which gettext publishes as msgstr[0].
    plural = 'msgid "Table %s"\nmsgid_plural "Tables %s"\nmsgstr[0] "第{number:d}号表%s"\n'
    root, out, result = build(tmp_path, "如{numref}`tbl-figures`所示，联盟壮大了。", plural)
    po = root / "locales" / "zh_CN" / "LC_MESSAGES" / "sphinx.po"
    assert result.returncode == 1  # -W
    assert (
        f"{po}:19: WARNING: [theme] msgid 'Table %s' is ignored: the template sphinx.pot has "
        "no msgid_plural" in result.stderr
    )
    assert "Traceback" not in result.stderr and "Exception occurred" not in result.stderr
    text = BeautifulSoup((out / "index.html").read_text("utf-8"), "html.parser").get_text()
    assert "{number" not in text and "表 1" in text
