"""Interface texts that are format strings: Sphinx's writers run ``"Table %s" % number``, so a
translated caption label with other placeholders would crash the build with a traceback
(``%s%s``), drop the number (``%.0s``) or pad it (``%-99s``). prepare refuses it with
file:line; a build whose catalog skipped prepare ignores it, and the caption keeps its number."""

import shutil
from pathlib import Path

from bs4 import BeautifulSoup

from conftest import sphinx_build
from i18n_support import HEADER, ROOTS, cli, entry, po_text

TABLE = """
:::{list-table} Key figures
:header-rows: 1

* - Item
  - Value
* - Members
  - 24
:::
"""
PLACEHOLDERS = "the translation's % placeholders must be the msgid's (%s), each once"


def root_with_table(tmp_path: Path, label: str) -> tuple[Path, Path]:
    root = tmp_path / "root"
    shutil.copytree(ROOTS / "test-site-zh", root)
    conf = root / "conf.py"
    conf.write_text(conf.read_text("utf-8") + "numfig = True\n", "utf-8")
    index = root / "index.md"
    index.write_text(index.read_text("utf-8") + TABLE, "utf-8")
    for other in (root / "locales").rglob("*.po"):  # the interface texts alone
        other.unlink()
    po = root / "locales" / "zh_CN" / "LC_MESSAGES" / "sphinx.po"
    # Line 9: the first entry's msgid, after the seven-line header and a blank line.
    po.write_text(po_text(entry("Table %s", label), header=HEADER), "utf-8")
    return root, po


def prepare(root: Path, out: Path):
    return cli("prepare", "zh_CN", "--locales", root / "locales", "--out", out, "--source", root)


def test_prepare_refuses_a_label_with_other_placeholders(tmp_path):
    for n, label in enumerate(["表%s%s", "表 %.0s", "表%-99s", "表%(x)s", "表%d", "表"]):
        root, po = root_with_table(tmp_path / str(n), label)
        result = prepare(root, tmp_path / str(n) / "mo")
        assert result.returncode == 1, label
        # "表%-99s" also adds a number, 99, which the linter reports first (added-number).
        assert f"{po}:9: [theme] {PLACEHOLDERS}" in result.stderr.splitlines(), label
        assert "Traceback" not in result.stderr


def test_a_percent_in_a_text_without_placeholders_is_refused(tmp_path):
    root, po = root_with_table(tmp_path, "表%s")
    po.write_text(po_text(entry("Next", "下一页%(copyright)s"), header=HEADER), "utf-8")
    result = prepare(root, tmp_path / "mo")
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        f"{po}:9: [theme] '%' in the translation of a text without placeholders; write '%%' for a %"
    )


def test_a_build_that_skipped_prepare_keeps_the_number(tmp_path):
    root, po = root_with_table(tmp_path, "表%s%s")
    out = tmp_path / "html"
    result = sphinx_build("html", out, tmp_path / "doctrees", language="zh_CN", source=root)
    assert f"{po}:9: WARNING: [theme] msgid 'Table %s' is ignored: {PLACEHOLDERS}" in (
        result.stderr
    )
    assert "Traceback" not in result.stderr and "Exception occurred" not in result.stderr
    assert result.returncode == 1  # -W: the warning fails the build
    caption = BeautifulSoup((out / "index.html").read_text("utf-8"), "html.parser")
    number = caption.select_one("table caption .caption-number").get_text()
    assert "表%s" not in number and "1" in number  # Sphinx's own label, with the number


def test_a_label_with_its_placeholder_passes_and_shows_the_number(tmp_path):
    root, _po = root_with_table(tmp_path, "表%s")
    assert prepare(root, tmp_path / "mo").returncode == 0
    out = tmp_path / "html"
    result = sphinx_build("html", out, tmp_path / "doctrees", language="zh_CN", source=root)
    assert result.returncode == 0, result.stderr
    caption = BeautifulSoup((out / "index.html").read_text("utf-8"), "html.parser")
    assert caption.select_one("table caption .caption-number").get_text().strip() == "表1"
