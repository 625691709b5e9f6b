"""Hostile interface texts in sphinx.po: prepare refuses them with file:line; a build whose
catalog skipped prepare ignores a msgid the template does not have and prints every
translated interface text, and the translated copyright, as text."""

import shutil
from pathlib import Path

from bs4 import BeautifulSoup

from conftest import sphinx_build
from i18n_support import HEADER, ROOTS, cli
from reportbook.i18n.catalogs import load_catalog
from reportbook.i18n.stats import Counts
from reportbook.i18n.themecatalog import theme_catalog_problems

COPYRIGHT = "2025, Tiny Org"
# Line numbers are those of this text written after the seven-line HEADER and a blank line.
HOSTILE = HEADER + (
    "\n"
    'msgid "Previous"\n'  # line 9
    "msgstr \"<img src=x onerror=alert('PAYLOAD-IMG')>\"\n"
    "\n"
    'msgid "Next"\n'  # line 12
    'msgstr "下一页\\" onmouseover=\\"alert(\'PAYLOAD-ATTR\')"\n'
    "\n"
    'msgid "Search"\n'  # line 15
    'msgstr "PAYLOAD-SEARCH"\n'
    "\n"
    f'msgid "{COPYRIGHT}"\n'  # line 18
    "msgstr \"<script>alert('PAYLOAD-COPY')</script>\"\n"
)


def hostile_root(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "root"
    shutil.copytree(ROOTS / "test-site-zh", root)
    (root / "conf.py").write_text(
        (root / "conf.py").read_text("utf-8") + f"copyright = {COPYRIGHT!r}\n", "utf-8"
    )
    po = root / "locales" / "zh_CN" / "LC_MESSAGES" / "sphinx.po"
    po.write_text(HOSTILE, "utf-8")
    return root, po


def test_prepare_refuses_an_unknown_msgid_and_markup(tmp_path):
    root, po = hostile_root(tmp_path)
    result = cli(
        "prepare",
        "zh_CN",
        "--locales",
        root / "locales",
        "--out",
        tmp_path / "mo",
        "--source",
        root,
    )
    assert result.returncode == 1
    theme = [line for line in result.stderr.splitlines() if "[theme]" in line]
    plain = 'which is plain text without < > & or "'
    assert theme == [
        f"{po}:9: [theme] markup characters '<>' in an interface text, {plain}",
        f"{po}:12: [theme] markup characters '\"' in an interface text, {plain}",
        f"{po}:15: [theme] msgid 'Search' is not in the template sphinx.pot: it would replace "
        "Sphinx's own text",
        f"{po}:18: [theme] markup characters '<>' in an interface text, {plain}",
    ]
    assert "Traceback" not in result.stderr
    assert not list((tmp_path / "mo").rglob("*.mo"))


def test_a_build_that_skipped_prepare_prints_the_texts_as_text(tmp_path):
    root, po = hostile_root(tmp_path)
    out = tmp_path / "html"
    result = sphinx_build("html", out, tmp_path / "doctrees", language="zh_CN", source=root)
    assert f"{po}:15: WARNING: [theme] msgid 'Search' is not in the template sphinx.pot: " in (
        result.stderr
    )
    assert result.returncode == 1  # -W: the warning fails the build
    pages = {p.name: p.read_text("utf-8") for p in out.rglob("*.html")}
    for name, html in pages.items():
        soup = BeautifulSoup(html, "html.parser")
        assert soup.select("[onerror], [onmouseover]") == [], name
        assert not [s for s in soup.select("script") if "PAYLOAD" in s.get_text()], name
        assert "PAYLOAD-SEARCH" not in html, name
    index = BeautifulSoup(pages["index.html"], "html.parser")
    relations = index.select_one(".relations").get_text()
    assert "下一页\" onmouseover=\"alert('PAYLOAD-ATTR')" in relations  # shown, as text
    glossary = BeautifulSoup(pages["glossary.html"], "html.parser")
    assert (
        "<img src=x onerror=alert('PAYLOAD-IMG')>" in glossary.select_one(".relations").get_text()
    )
    assert "<script>alert('PAYLOAD-COPY')</script>" in glossary.select_one(".footer").get_text()


def test_the_report_sphinx_po_passes():
    po = Path(__file__).parent.parent / "locales" / "zh_CN" / "LC_MESSAGES" / "sphinx.po"
    source = Path(__file__).parent.parent / "source"
    assert theme_catalog_problems({po: load_catalog(po, "zh_CN")}, source) == []


def test_a_script_in_the_catalog_folder_is_not_published(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(ROOTS / "test-site-zh", root)
    script = root / "locales" / "zh_CN" / "LC_MESSAGES" / "sphinx.js"
    script.write_text("window.pwned = 'PAYLOAD-JS';", "utf-8")
    out = tmp_path / "html"
    # An absolute folder, as the build's own (Sphinx looks for the script from the working
    # directory, not the source folder).
    locales = ("-D", f"locale_dirs={root / 'locales'}")
    result = sphinx_build(
        "html", out, tmp_path / "doctrees", language="zh_CN", source=root, extra=locales
    )
    assert result.returncode == 1
    assert (
        f"{script}:0: WARNING: [theme] a catalog folder holds sphinx.js, a script every page "
        "would run: not published" in result.stderr
    )
    assert [p for p in out.rglob("*") if p.is_file() and b"PAYLOAD-JS" in p.read_bytes()] == []
    assert "快速搜索" in (out / "index.html").read_text("utf-8")  # Sphinx's own catalog still


def test_a_build_with_numbered_figures_keeps_their_caption_labels(tmp_path):
    # configtexts.py puts "Table %s" into sphinx.pot when numfig is on, so the build's own
    # check (a .mo that skipped prepare) must accept it then, and only then.
    root = tmp_path / "root"
    shutil.copytree(ROOTS / "test-site-zh", root)
    po = root / "locales" / "zh_CN" / "LC_MESSAGES" / "sphinx.po"
    po.write_text(HEADER + '\nmsgid "Table %s"\nmsgstr "表%s"\n', "utf-8")
    refused = "msgid 'Table %s' is not in the template sphinx.pot"
    without = sphinx_build("html", tmp_path / "a", tmp_path / "da", language="zh_CN", source=root)
    assert without.returncode == 1 and refused in without.stderr
    conf = root / "conf.py"
    conf.write_text(conf.read_text("utf-8") + "numfig = True\n", "utf-8")
    built = sphinx_build("html", tmp_path / "b", tmp_path / "db", language="zh_CN", source=root)
    assert built.returncode == 0, built.stderr
    assert refused not in built.stderr


# Red team 20: check passed an entry with a msgctxt, which no interface text has; the build
# refused it naming the compiled sphinx.mo:0 and the key 'x\x04Next', and prepare counted it
# as one more message, "appearing in English".
CONTEXT_ENTRY = 'msgctxt "x"\nmsgid "Next"\nmsgstr "走"\n'  # msgid on line 13
# One wording for check and for the build's guard (validate.context_problem).
CONTEXT_PROBLEM = (
    "[theme] msgctxt 'x' (msgid 'Next'): Sphinx's templates have no msgctxt and Sphinx looks a "
    "text up by its msgid alone, so this entry is never shown: write it without msgctxt"
)


def context_root(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "root"
    shutil.copytree(ROOTS / "test-site-zh", root)
    po = root / "locales" / "zh_CN" / "LC_MESSAGES" / "sphinx.po"
    po.write_text(HEADER + '\nmsgid "Next"\nmsgstr "下一页"\n\n' + CONTEXT_ENTRY, "utf-8")
    return root, po


def test_check_refuses_a_msgctxt_at_its_line(tmp_path):
    # As in every catalog (test_hostile_headers.py); the build's own refusal is below.
    root, po = context_root(tmp_path)
    result = cli("check", "--locales", root / "locales", "--source", root)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{po}:12: [msgctxt] msgctxt 'x' (msgid 'Next'): Sphinx's templates have no msgctxt "
        "and Sphinx looks a text up by its msgid alone, so this entry is never shown: write it "
        "without msgctxt",
        "check failed: 1 problem(s)",
    ]


def test_a_build_that_skipped_prepare_names_the_msgctxt_line(tmp_path):
    root, po = context_root(tmp_path)
    out = tmp_path / "html"
    result = sphinx_build("html", out, tmp_path / "doctrees", language="zh_CN", source=root)
    assert result.returncode == 1  # -W
    assert f"{po}:13: WARNING: {CONTEXT_PROBLEM}" in result.stderr
    assert "sphinx.mo:0" not in result.stderr and "\\x04" not in result.stderr


def test_a_msgctxt_entry_is_not_counted(tmp_path):
    """Counted against the template, as prepare counts: "Next" once, translated."""
    from babel.messages.mofile import write_mo

    from reportbook.i18n.stats import count, loaded_count

    _root, po = context_root(tmp_path)
    catalog = load_catalog(po, "zh_CN")
    template = {"Next", "Previous"}
    assert count("sphinx", catalog, template) == Counts("sphinx", 1, 0, 1)
    mo = tmp_path / "sphinx.mo"
    with open(mo, "wb") as handle:
        write_mo(handle, catalog)
    assert loaded_count("sphinx", catalog, mo, template) == Counts("sphinx", 1, 0, 1)


# Red team 28 (03): sphinx.pot has no plural entries (Sphinx's gettext builder writes plain
# msgids), but gettext("Go") falls back to a plural entry's msgstr[0]: check passed it, the
# counts called it untranslated and every page showed it.
PLURAL_ENTRY = 'msgid "Go"\nmsgid_plural "Go"\nmsgstr[0] "走"\n'  # msgid on line 19
PLURAL_PROBLEM = (
    "[theme] msgid 'Go': the template sphinx.pot has no msgid_plural, but gettext shows this "
    "entry's msgstr[0] for its msgid on every page, unchecked: write a plain msgid and msgstr"
)


def plural_root(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "root"
    shutil.copytree(ROOTS / "test-site-zh", root)
    po = root / "locales" / "zh_CN" / "LC_MESSAGES" / "sphinx.po"
    po.write_text(po.read_text("utf-8") + "\n" + PLURAL_ENTRY, "utf-8")
    return root, po


def test_check_refuses_a_plural_interface_text_at_its_line(tmp_path):
    root, po = plural_root(tmp_path)
    result = cli("check", "--locales", root / "locales", "--source", root)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{po}:19: {PLURAL_PROBLEM}",
        "check failed: 1 problem(s)",
    ]


def test_a_build_that_skipped_prepare_shows_no_plural_entry(tmp_path):
    root, po = plural_root(tmp_path)
    out = tmp_path / "html"
    result = sphinx_build("html", out, tmp_path / "doctrees", language="zh_CN", source=root)
    assert result.returncode == 1  # -W
    assert (
        f"{po}:19: WARNING: [theme] msgid 'Go' is ignored: the template sphinx.pot has no "
        "msgid_plural" in result.stderr
    )
    pages = [p.read_text("utf-8") for p in out.rglob("*.html")]
    assert pages and not [html for html in pages if 'value="走"' in html]


def test_a_plural_interface_text_counts_as_untranslated_as_the_build_shows(tmp_path):
    from babel.messages.mofile import write_mo

    from reportbook.i18n.stats import count, loaded_count

    _root, po = plural_root(tmp_path)
    catalog = load_catalog(po, "zh_CN")
    template = {"Go", "Next"}
    assert count("sphinx", catalog, template) == Counts("sphinx", 1, 0, 1)
    mo = tmp_path / "sphinx.mo"
    with open(mo, "wb") as handle:
        write_mo(handle, catalog)
    assert loaded_count("sphinx", catalog, mo, template) == Counts("sphinx", 1, 0, 1)


REPORT_PO = Path(__file__).parent.parent / "locales" / "zh_CN" / "LC_MESSAGES" / "sphinx.po"


def alike_problems(tmp_path: Path, honest: str, hostile: str) -> list[str]:
    po = tmp_path / "sphinx.po"
    text = REPORT_PO.read_text("utf-8")
    assert text.count(honest) == 1
    po.write_text(text.replace(honest, hostile), "utf-8")
    source = Path(__file__).parent.parent / "source"
    found = theme_catalog_problems({po: load_catalog(po, "zh_CN")}, source)
    return [f"{p.line}: {p.message}" for p in found]


def test_two_interface_texts_translated_alike_are_refused(tmp_path):
    # Red team 77 row 58: "Previous" as the translation of "Next": two links that say one
    # thing. Named at the second of the two, with both texts.
    found = alike_problems(
        tmp_path, 'msgid "Previous"\nmsgstr "上一页"', 'msgid "Previous"\nmsgstr "下一页"'
    )
    assert found == [
        f"{line}: 'Next' is translated as '下一页', as 'Previous' is: a reader cannot tell two "
        "interface texts apart that say one thing; translate each as its English says (where "
        "both mean one thing, a maintainer lists them in [zh_CN.lint] interface_alike)"
        for line in [REPORT_PO.read_text("utf-8").split('msgid "Next"')[0].count("\n") + 1]
    ]
    # The search box's button and label may both say 搜索 (listed as alike); "Go" and
    # "Previous" may not, though each of them is listed with another.
    assert alike_problems(tmp_path, 'msgid "Go"\nmsgstr "搜索"', 'msgid "Go"\nmsgstr "搜索"') == []
    refused = alike_problems(tmp_path, 'msgid "Go"\nmsgstr "搜索"', 'msgid "Go"\nmsgstr "上一页"')
    assert [p.split(":")[1] for p in refused] == [
        " 'Go' is translated as '上一页', as 'Previous' is"
    ]
