"""The glossary's term base: a term's translation, and each variant recorded beside it, is an
approved form every translation using the term must contain. A blank one (its structure
check silenced with a lint-ignore) or one without the language's letters matched every
translation, so the term base no longer checked the term at all."""

from i18n_support import entry, po_text, real_catalogs_pass, write_po
from reportbook.i18n.prepare import check_language

GLOSSARY = """\
# Glossary

:::{glossary}
Alliance
  The body of member units.
:::
"""
SILENCED = "# lint-ignore: structure — kept as in the source"


def problems(tmp_path, term: str, *comments: str, page: str = "协会开会。") -> list[str]:
    source = tmp_path / "source"
    source.mkdir()
    (source / "glossary.md").write_text(GLOSSARY, "utf-8")
    locales = tmp_path / "locales"
    write_po(locales, "glossary", po_text(entry("Alliance", term, *comments)))
    write_po(locales, "page", po_text(entry("The Alliance met.", page)))
    found = check_language("zh_CN", locales, source).problems
    return [f"{p.path.name}:{p.line}: [{p.check}] {p.message}" for p in found]


def test_a_blank_term_is_refused(tmp_path):
    assert problems(tmp_path, "  ", SILENCED) == [
        "glossary.po:10: [term] the approved form of 'Alliance', '  ', is empty or only whitespace"
    ]


def test_a_variant_without_the_languages_letters_is_refused(tmp_path):
    # "。" is in nearly every translation: the page, which drops the term, would pass.
    assert problems(tmp_path, "联盟", "# variants: 。") == [
        "glossary.po:10: [term] the approved form of 'Alliance', '。', has none of the "
        "language's letters",
    ]


def test_a_real_term_and_variant_pass(tmp_path):
    assert problems(tmp_path, "联盟", "# variants: 协会", page="协会开会。") == []


def test_real_catalogs_pass():
    real_catalogs_pass()
