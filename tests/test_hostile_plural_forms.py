"""A Plural-Forms header msgfmt accepts and Python compiles can still fail when gettext
evaluates it: ``plural=n/((n-2)/2+1)*0`` divides by zero on every missing msgid, inside the
build, and Sphinx stopped with its crash report. Each language names the Plural-Forms its
catalogs have (``plural_forms`` in languages.toml, GNU gettext's and Babel's); any other is
refused with file:line by check and prepare, and, for a catalog that skipped prepare, by the
build before it reads one (one clean paragraph, no traceback)."""

import pytest
from babel.messages.plurals import get_plural

from hostile_support import HostileBuild
from i18n_support import HEADER, MSG_CODE, cli, entry, po_text, real_catalogs_pass, write_po
from reportbook.languages import load_languages

ZERO = "nplurals=1; plural=n/((n-2)/2+1)*0;"
WANTED = "a zh_CN catalog has 'nplurals=1; plural=0;'"


@pytest.mark.parametrize("plural", [ZERO, "nplurals=2; plural=1;", "nplurals=2; plural=n != 1;"])
def test_check_refuses_any_other_plural_forms(tmp_path, plural):
    header = HEADER.replace("nplurals=1; plural=0;", plural)
    po = write_po(tmp_path, "page", po_text(entry("Hello", "你好"), header=header))
    result = cli("check", "--locales", tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{po}:7: [header] Plural-Forms is {plural!r}; {WANTED}",
        "check failed: 1 problem(s)",
    ]


def test_the_languages_own_plural_forms_pass_however_spaced(tmp_path):
    header = HEADER.replace("nplurals=1; plural=0;", "nplurals=1;plural=0")
    write_po(tmp_path, "page", po_text(entry("Hello", "你好"), header=header))
    assert cli("check", "--locales", tmp_path).returncode == 0


def test_the_build_refuses_a_page_catalog_that_skipped_prepare(tmp_path):
    site = HostileBuild(tmp_path)
    msgstr = "一个带有`code`的段落。"
    header = HEADER.replace("nplurals=1; plural=0;", ZERO)
    write_po(site.locales, "index", po_text(entry(MSG_CODE, msgstr), header=header))
    result = site.build()
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "ZeroDivisionError" not in result.stderr
    mo = site.compiled / "zh_CN" / "LC_MESSAGES" / "index.mo"
    refused = f"[header] Plural-Forms is {ZERO!r}; {WANTED}: the catalog is not loaded"
    assert [line for line in result.stderr.splitlines() if "WARNING" in line] == [
        f"{mo}:0: WARNING: {refused} [i18n.refused]",
        f"{mo.with_suffix('.po')}:7: WARNING: {refused} [i18n.refused]",
    ]
    assert site.traces(msgstr) == []  # the catalog was not loaded: the page is in English


def test_prepare_refuses_it_in_sphinx_po(tmp_path):
    # Sphinx evaluates sphinx.mo's Plural-Forms while it loads its own modules, before any
    # extension: prepare, which every build runs first, is where it is refused.
    site = HostileBuild(tmp_path)
    header = HEADER.replace("nplurals=1; plural=0;", ZERO)
    po = write_po(site.locales, "sphinx", po_text(entry("Search", "搜一搜"), header=header))
    prepared, built = site.publish()
    assert prepared.returncode == 1 and built is None
    assert prepared.stderr.splitlines()[0] == f"{po}:7: [header] Plural-Forms is {ZERO!r}; {WANTED}"


def test_each_languages_plural_forms_are_gettexts():
    for language in load_languages().values():
        assert language.plural_forms == get_plural(language.babel_locale).plural_forms


def test_real_catalogs_pass():
    real_catalogs_pass()
