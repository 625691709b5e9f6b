"""Catalogs Python's gettext cannot load are refused before a build; prepare counts what the
build loads."""

import gettext

from i18n_support import HEADER, cli, entry, po_text, real_catalogs_pass, write_po

# msgfmt accepts it; Python's gettext refuses more than 20 nested parentheses, and Sphinx would
# publish the page in English while prepare reported it translated.
NESTED = "(" * 25 + "0" + ")" * 25


def test_a_plural_forms_python_refuses(tmp_path):
    # Refused as any Plural-Forms but the language's own (test_hostile_plural_forms.py).
    header = HEADER.replace("plural=0;", f"plural={NESTED};")
    po = write_po(tmp_path, "page", po_text(entry("Hello", "你好"), header=header))
    result = cli("prepare", "zh_CN", "--locales", tmp_path, "--out", tmp_path / "out")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{po}:7: [header] Plural-Forms is 'nplurals=1; plural={NESTED[:40]}…'; a zh_CN "
        "catalog has 'nplurals=1; plural=0;'",
        "refusing to publish zh_CN: 1 problem(s)",
    ]
    assert not (tmp_path / "out").exists()


def test_prepare_counts_what_gettext_loads(tmp_path):
    write_po(
        tmp_path,
        "page",
        po_text(
            entry("One.", "一。"),
            entry("Two.", "二。", "#, fuzzy"),
            entry("Three.", ""),
        ),
    )
    result = cli("prepare", "zh_CN", "--locales", tmp_path, "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    with open(tmp_path / "out/zh_CN/LC_MESSAGES/page.mo", "rb") as f:
        loaded = gettext.GNUTranslations(f)
    assert loaded.gettext("One.") == "一。" and loaded.gettext("Two.") == "Two."
    assert result.stdout.splitlines()[0].endswith(
        "1 translated, 1 fuzzy, 1 untranslated of 3 messages"
    )


def test_real_catalogs_pass():
    real_catalogs_pass()
