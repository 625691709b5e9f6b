"""Each site check can fail: run it on a small site broken in just that way."""

from pathlib import Path

import htmlcheck

PAGE = """<!DOCTYPE html><html><body><div role="main">{}</div></body></html>"""


def write(site: Path, name: str, content: str) -> None:
    (site / f"{name}.html").write_text(PAGE.format(content), "utf-8")


def test_a_missing_file_and_a_missing_anchor_are_reported(tmp_path):
    write(
        tmp_path,
        "a",
        '<a href="b.html#here">ok</a><a href="b.html#gone">x</a><a href="c.html">y</a>',
    )
    write(tmp_path, "b", '<h1 id="here">B</h1>')
    assert htmlcheck.broken_links(tmp_path) == [
        "a.html: b.html#gone: no such anchor",
        "a.html: c.html: no such file",
    ]


def test_a_page_left_out_of_the_toctree_is_noticed(tmp_path):
    write(
        tmp_path,
        "index",
        '<div class="toctree-wrapper"><ul><li class="toctree-l1">'
        '<a href="one.html">One</a></li></ul></div>',
    )
    assert htmlcheck.toctree_documents(tmp_path) == {"one"}


def test_an_unlinked_glossary_term_is_noticed(tmp_path):
    write(
        tmp_path,
        "glossary",
        '<dl class="glossary"><dt id="term-a">a</dt><dt id="term-b">b</dt></dl>',
    )
    write(tmp_path, "chapter", '<a href="glossary.html#term-a">a</a>')
    unused = htmlcheck.glossary_terms(tmp_path) - htmlcheck.links_to(
        tmp_path, ["chapter"], "glossary"
    )
    assert unused == {"term-b"}


def test_a_figure_missing_from_the_chapters_is_reported(tmp_path):
    write(
        tmp_path,
        "key-figures",
        '<table id="tbl"><thead><tr><th>No.</th><th>Figure</th></tr></thead>'
        "<tbody><tr><td>1</td><td>147</td></tr>"
        "<tr><td>2</td><td>nearly 3,000</td></tr></tbody></table>",
    )
    write(tmp_path, "chapter", "<p>It gathered 147 experts.</p>")
    assert htmlcheck.figures_missing_from(tmp_path, ["chapter"], "tbl", "Figure") == [
        "'nearly 3,000': 3,000 is in no chapter"
    ]
