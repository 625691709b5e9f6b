"""A directive's index entries are translated apart from the page's nodes (Sphinx's Locale
transform looks up each part of an entry, with ``gettext_additional_targets = ["index"]``), so
the doctree comparison never saw them: a line separator or a private-use character reached
the general index, a ';' added a level to it, a blank part left an entry Sphinx could not
read. The build refuses each at the directive's file:line and keeps the source's entry;
prepare refuses the characters with the catalog's file:line."""

import shutil
from pathlib import Path

from conftest import sphinx_build
from i18n_support import ROOTS, entry
from reportbook.i18n.doctree import compare_index_entries
from reportbook.i18n.lint import compare

PAGE = """
:::{index} single: Loom
:::

:::{index} single: Shuttle
:::

:::{index} single: Spindle
:::

:::{index} single: Needle
:::

:::{index} single: Bobbin; Case
:::

The workshop has a loom.
"""
# The directives' lines in index.md: after the root's own lines, where PAGE puts them.
BASE = len((ROOTS / "test-site-zh" / "index.md").read_text("utf-8").splitlines())
LINE = {"Loom": BASE + 2, "Shuttle": BASE + 5, "Spindle": BASE + 8, "Bobbin": BASE + 14}


def site(tmp_path: Path, translations: dict[str, str]) -> Path:
    root = tmp_path / "root"
    shutil.copytree(ROOTS / "test-site-zh", root)
    conf = root / "conf.py"
    conf.write_text(conf.read_text("utf-8") + 'gettext_additional_targets = ["index"]\n', "utf-8")
    page = root / "index.md"
    page.write_text(page.read_text("utf-8") + PAGE, "utf-8")
    po = root / "locales" / "zh_CN" / "LC_MESSAGES" / "index.po"
    extra = [entry("The workshop has a loom.", "车间里有一台织机。")]
    extra += [entry(msgid, msgstr) for msgid, msgstr in translations.items()]
    po.write_text(po.read_text("utf-8") + "".join("\n" + e for e in extra), "utf-8")
    return root


def build(tmp_path: Path, root: Path):
    out = tmp_path / "html"
    return out, sphinx_build("html", out, tmp_path / "doctrees", language="zh_CN", source=root)


def test_hostile_index_entries_are_refused_and_keep_the_source(tmp_path):
    root = site(
        tmp_path,
        {
            "Loom": "织机\u2028\ue000",
            "Shuttle": "梭子;PAYLOAD-LEVEL",
            "Spindle": " ",
            "Needle": "针",
            "Bobbin": "梭芯",
            "Case": "梭壳;PAYLOAD-LAST",  # the last part: Sphinx would show it as text
        },
    )
    out, result = build(tmp_path, root)
    page = root / "index.md"
    assert result.returncode == 1
    warnings = [line for line in result.stderr.splitlines() if "WARNING" in line]
    assert warnings == [
        f"{page}:{LINE['Loom']}: WARNING: [character] control, format or right-to-left "
        "characters in the translation: U+2028, U+E000 (catalog index.po, msgid 'Loom') "
        "[i18n.refused]",
        f"{page}:{LINE['Shuttle']}: WARNING: [index] the translation of the index entry "
        "'Shuttle' must be one text a part, without ';' (catalog index.po, msgid 'Shuttle') "
        "[i18n.refused]",
        f"{page}:{LINE['Spindle']}: WARNING: [index] the translation of the index entry "
        "'Spindle' must be one text a part, without ';' (catalog index.po, msgid 'Spindle') "
        "[i18n.refused]",
        f"{page}:{LINE['Bobbin']}: WARNING: [index] the translation of the index entry "
        "'Bobbin; Case' must be one text a part, without ';' (catalog index.po, msgid "
        "'Bobbin; Case') [i18n.refused]",
    ]
    assert "Traceback" not in result.stderr
    published = [p for p in out.rglob("*") if p.is_file()]
    for payload in ("\u2028", "\ue000", "PAYLOAD-LEVEL", "梭子", "PAYLOAD-LAST", "梭壳"):
        assert [p for p in published if payload.encode() in p.read_bytes()] == [], payload
    genindex = (out / "genindex.html").read_text("utf-8")
    assert all(word in genindex for word in ("Loom", "Shuttle", "Spindle"))  # the source's
    assert "针" in genindex  # a sound translation of the same page is kept


def test_sound_index_entries_build(tmp_path):
    names = {"Loom": "织机", "Shuttle": "梭子", "Spindle": "纱锭", "Needle": "针", "Case": "梭壳"}
    out, result = build(tmp_path, site(tmp_path, names))
    assert result.returncode == 0, result.stderr
    genindex = (out / "genindex.html").read_text("utf-8")
    assert all(name in genindex for name in names.values())


def test_prepare_refuses_the_characters_at_the_catalog_line():
    assert compare("Loom", "织机\u2028\ue000", only=frozenset({"control-character"})) == [
        ("control-character", "U+2028 (LINE SEPARATOR) is not in the source"),
        ("control-character", "U+E000 (a private-use character) is not in the source"),
    ]
    assert compare("Loom", "织机", only=frozenset({"control-character"})) == []


def test_a_part_the_index_would_file_under_another_entry_is_refused():
    # Sphinx's index files "织机 (PAYLOAD)" under an entry "织机", as "f() (in module m)".
    def entries(text: str) -> list:
        return [("single", text, "index-0", "", None)]

    assert compare_index_entries(entries("Loom"), entries("织机 (PAYLOAD)")) == [
        (
            "index",
            "the translation '织机 (PAYLOAD)' of the index entry's part 'Loom' has ' (…)', which "
            "the index files as a sub-entry of an entry named as the text before it: write it "
            "without the space before '(', or with the language's brackets",
        )
    ]
    assert compare_index_entries(entries("Loom; Case"), entries("织机; 梭壳 (PAYLOAD)")) != []
    for sound in ("织机（木制）", "织机(木制)"):
        assert compare_index_entries(entries("Loom"), entries(sound)) == [], sound
    # The source's own brackets may stay: "Shanggong Shenbei (Group) Co., Ltd."
    assert compare_index_entries(entries("Loom (Group)"), entries("织机 (集团)")) == []
