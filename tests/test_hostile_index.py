"""The general index takes glossary terms from the translation: a translated term with ' : '
would make a new index category, which genindex.html prints unescaped; one with ';' or ' (…)'
would be filed as a sub-entry of another entry. Refused on the doctree; and whatever key
reaches the index page is escaped there."""

import shutil

import pytest
from markupsafe import Markup

from conftest import sphinx_build
from i18n_support import ROOTS
from reportbook.site.escaping import escape_context


def test_a_term_that_makes_an_index_category_is_refused(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(ROOTS / "test-site-zh", root)
    po = root / "locales" / "zh_CN" / "LC_MESSAGES" / "glossary.po"
    po.write_text(
        po.read_text("utf-8").replace('msgstr "斑马"', 'msgstr "斑马 : PAYLOAD-CATEGORY"'), "utf-8"
    )
    out = tmp_path / "html"
    result = sphinx_build("html", out, tmp_path / "doctrees", language="zh_CN", source=root)
    assert result.returncode == 1
    assert (
        f"{root}/glossary.md:9: WARNING: [index] the translation changes what the index entries "
        "point at or their category (a term's ' : ' starts a category) (catalog glossary.po, "
        "msgid 'Zebra')" in result.stderr
    )
    assert result.stderr.count("WARNING") == 1 and "Traceback" not in result.stderr
    published = [p for p in out.rglob("*") if p.is_file() and b"PAYLOAD-CATEGORY" in p.read_bytes()]
    assert published == []
    assert "Zebra" in (out / "genindex.html").read_text("utf-8")  # the source's term instead


def test_index_keys_reach_the_template_escaped():
    context = {"genindexentries": [("<img src=x onerror=y>", []), ("Z", [])]}
    escape_context(None, "genindex", "genindex.html", context, None)
    keys = [key for key, _ in context["genindexentries"]]
    assert keys == ["&lt;img src=x onerror=y&gt;", "Z"]
    assert all(isinstance(key, Markup) for key in keys)  # so a template's |e does not escape twice


@pytest.mark.parametrize(
    ("term", "why"),
    [
        # Red team 15: 数据孤岛 became a sub-entry of 国家数据局 in genindex.html and the PDF.
        (
            "联盟;PAYLOAD-LEVEL",
            "has ';', which the index reads as another level: write it without one",
        ),
        (
            "联盟 (PAYLOAD-LEVEL)",
            "has ' (…)', which the index files as a sub-entry of an entry named as the text "
            "before it: write it without the space before '(', or with the language's brackets",
        ),
    ],
)
def test_a_term_filed_under_another_entry_is_refused_even_unchecked(tmp_path, term, why):
    # sphinx-build alone, as if `check` had been skipped: the doctree guard refuses it.
    root = tmp_path / "root"
    shutil.copytree(ROOTS / "test-site-zh", root)
    po = root / "locales" / "zh_CN" / "LC_MESSAGES" / "glossary.po"
    po.write_text(po.read_text("utf-8").replace('msgstr "斑马"', f'msgstr "{term}"'), "utf-8")
    out = tmp_path / "html"
    result = sphinx_build("html", out, tmp_path / "doctrees", language="zh_CN", source=root)
    assert result.returncode == 1
    warnings = [line for line in result.stderr.splitlines() if "WARNING" in line]
    assert warnings == [
        f"{root}/glossary.md:9: WARNING: [index] the translation {term!r} of the index entry "
        f"'Zebra' {why} (catalog glossary.po, msgid 'Zebra') [i18n.refused]"
    ]
    published = [p for p in out.rglob("*") if p.is_file() and b"PAYLOAD-LEVEL" in p.read_bytes()]
    assert published == []
    assert "Zebra" in (out / "genindex.html").read_text("utf-8")  # the source's term instead
