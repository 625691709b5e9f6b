"""Small pieces of the site features, tested without a build."""

import pytest

from reportbook.languages import load_languages
from reportbook.site.collation import initial, sort_key
from reportbook.site.genindex import IndexEntry, IndexLink, regroup
from reportbook.site.meta import GENERATED_PAGES, generated_description, trim


def test_pinyin_sorts_by_reading_and_alphabetical_by_code_point():
    terms = ["联盟", "服装", "智能制造", "3D 打印", "AI"]
    assert sorted(terms, key=lambda t: sort_key(t, "pinyin")) == [
        "3D 打印",
        "AI",
        "服装",
        "联盟",
        "智能制造",
    ]
    assert sorted(terms, key=lambda t: sort_key(t, "alphabetical")) == [
        "3D 打印",
        "AI",
        "智能制造",
        "服装",
        "联盟",
    ]


def test_initials():
    assert initial("“十四五”规划", "pinyin") == "S"  # quotes do not file a term under Symbols
    assert initial("“", "pinyin") is None
    assert [initial(t, "pinyin") for t in ("联盟", "alliance", "3D 打印")] == ["L", "A", None]
    assert initial("联盟", "alphabetical") == "联"


def entry(term, subitems=(), category=None):
    link = IndexLink(f"#{term}", f"#{term}", term, "doc")
    return IndexEntry(term, [link], [entry(sub) for sub in subitems], category)


def names(groups):
    return [(heading, [e.name for e in entries]) for heading, entries in groups]


def test_regroup_files_chinese_under_pinyin_initials_and_symbols_first():
    sphinx_groups = [
        ("3", [entry("3D 打印")]),
        ("Z", [entry("Zebra crossing")]),
        ("智", [entry("智能制造", ["质量", "标准"])]),
        ("联", [entry("联盟")]),
        ("Extra", [entry("Zoo", category="Extra")]),
    ]
    groups = regroup([e for _, group in sphinx_groups for e in group], "pinyin", "Symbols")
    assert names(groups) == [
        ("Symbols", ["3D 打印"]),
        ("Extra", ["Zoo"]),  # an explicit category keeps its heading
        ("L", ["联盟"]),
        ("Z", ["Zebra crossing", "智能制造"]),
    ]
    assert [sub.name for sub in groups[-1][1][1].subentries] == ["标准", "质量"]  # biao < zhi


def test_regroup_alphabetical_files_by_first_letter():
    groups = regroup([entry("beta"), entry("Alpha"), entry("alpha")], "alphabetical", "Symbols")
    assert names(groups) == [("A", ["Alpha", "alpha"]), ("B", ["beta"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Short  text\nhere.", "Short text here."),
        ("word " * 50, ("word " * 31).strip() + "…"),  # at a word boundary, under 160
        ("联" * 200, "联" * 159 + "…"),
    ],
)
def test_trim(text, expected):
    assert trim(text) == expected
    assert len(trim(text)) <= 160


@pytest.mark.sphinx("html", testroot="site-date", confoverrides={"language": "zh_CN"})
def test_reportdate_role_spells_the_date_and_warns_on_an_unknown_format(app):
    app.build()
    html = (app.outdir / "index.html").read_text("utf-8")
    assert "2025年3月9日星期日" in html
    assert "unknown date format 'someday'" in app.warning.getvalue()


@pytest.mark.parametrize("code", sorted(load_languages()))
def test_every_language_describes_every_generated_page(code):
    labels = load_languages()[code].labels
    for pagename in GENERATED_PAGES:
        text = generated_description(labels, pagename, "SITE")
        assert text.endswith("SITE") and len(text) > len("SITE") + 5, (code, pagename)
    # a page with text of its own is described by its first paragraph, not by a label
    assert generated_description(labels, "people", "SITE") == ""
