"""The linter reads what Sphinx reads: no Unicode normalisation, the project's MyST settings."""

import unicodedata

from i18n_support import entry, lint_one, po_text, real_catalogs_pass, write_po
from reportbook.i18n.lint.markup import shape_of
from reportbook.i18n.prepare import check_language

MSGID = "A plain paragraph with `code` in it."
GREEK_VARIA = "\u1fef"  # canonically equivalent to "`": NFC turns it into a backtick


def test_a_look_alike_backtick_does_not_hide_a_role(tmp_path):
    # Normalised, the varia would open a code span that swallows the role; Sphinx, which does
    # not normalise, publishes the download. The linter must see the role Sphinx sees.
    msgstr = f"带有`code`的段落。{GREEK_VARIA} {{download}}`/etc/passwd`"
    assert unicodedata.normalize("NFC", GREEK_VARIA) == "`"
    # The varia itself is refused too (its block is not Chinese's); the role is seen either way.
    assert "page.po:9: [role] reference {download}`/etc/passwd` is not in the source" in (
        lint_one(tmp_path, MSGID, msgstr)
    )


def test_text_is_read_as_written():
    combining = "e\u0301"  # e + COMBINING ACUTE ACCENT, which NFC would fold into é
    assert shape_of(f"caf{combining}").text == f"caf{combining}"


def test_the_projects_myst_settings_decide_the_parse(tmp_path):
    # Without dollarmath (as in the report), "$5 and $" is text whose numbers Sphinx publishes;
    # a linter parsing it as math would not read the swapped numbers.
    source = tmp_path / "source"
    source.mkdir()
    (source / "conf.py").write_text('myst_enable_extensions = ["colon_fence"]\n', "utf-8")
    locales = tmp_path / "locales"
    po = write_po(locales, "page", po_text(entry("It costs $5 and $6.", "花费$6和$5。")))
    found = [str(p) for p in check_language("zh_CN", locales, source).problems]
    assert found == [
        f"{po}:9: [number] numbers in another order: the source reads 5, 6; "
        "the translation reads 6, 5"
    ]


def test_the_same_message_in_order_passes(tmp_path):
    assert lint_one(tmp_path, MSGID, "带有`code`的段落。") == []


def test_real_catalogs_pass():
    real_catalogs_pass()


def test_conf_py_read_as_literals_gives_what_sphinx_reads():
    from sphinx.config import Config
    from sphinx.util.tags import Tags

    from conftest import SOURCE
    from reportbook.i18n.lint.markup import project_settings, settings_of

    config = Config.read(SOURCE, overrides={}, tags=Tags())
    sphinx_reads = settings_of(config._raw_config)
    assert project_settings(SOURCE) == sphinx_reads
    assert dict(sphinx_reads)["enable_extensions"]  # the comparison is not of two empties
