"""The book's contents as each page shows them (site/navigation.py), without a build."""

from types import SimpleNamespace

from reportbook.site.navigation import contents_for

CONTENTS = (
    "<ul>\n"
    '<li><a class="reference internal" href="opening.html">1. Opening</a></li>\n'
    '<li><a class="reference internal" href="part/keynote.html">2. Keynote</a></li>\n'
    '<li><a class="reference external" href="https://example.org/">Elsewhere</a></li>\n'
    "</ul>\n"
)
KEYNOTE_TOC = (
    '<ul>\n<li><a class="reference internal" href="#">Keynote</a><ul>\n'
    '<li><a class="reference internal" href="#sec-intro">Intro</a></li>\n'
    "</ul>\n</li>\n</ul>\n"
)


def app() -> SimpleNamespace:
    builder = SimpleNamespace(
        _report_book_contents=CONTENTS, get_target_uri=lambda docname: f"{docname}.html"
    )
    return SimpleNamespace(builder=builder, config=SimpleNamespace(root_doc="index"))


def test_the_page_is_marked_once_with_its_sections_under_it():
    html = contents_for(
        app(),
        "opening",
        '<ul>\n<li><a href="#">Opening</a><ul>\n'
        '<li><a href="#sec-a">A</a></li>\n</ul>\n</li>\n</ul>\n',
    )
    assert html.count('aria-current="page"') == 1
    assert 'current" aria-current="page" href="opening.html">1. Opening</a><ul>' in html
    assert html.index('href="#sec-a"') < html.index("part/keynote.html")


def test_a_page_in_a_folder_gets_links_relative_to_it():
    html = contents_for(app(), "part/keynote", KEYNOTE_TOC)
    assert 'href="../opening.html"' in html
    assert 'aria-current="page" href="../part/keynote.html">2. Keynote</a><ul>' in html
    assert 'href="#sec-intro"' in html  # its own sections stay on the page
    assert 'href="https://example.org/"' in html  # an address elsewhere is left as it is


def test_a_page_outside_the_contents_marks_nothing():
    assert contents_for(app(), "genindex", "") == CONTENTS


def test_a_page_without_sections_gets_no_list_under_its_entry():
    html = contents_for(app(), "opening", '<ul>\n<li><a href="#">Opening</a></li>\n</ul>\n')
    assert 'href="opening.html">1. Opening</a></li>' in html
    assert html.count("<ul>") == 1
