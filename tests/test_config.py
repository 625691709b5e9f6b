"""The extension's own configuration values and the links it puts on every page."""

import pytest
from bs4 import BeautifulSoup
from sphinx.errors import ConfigError


def links(app, page: str) -> dict[str, str]:
    soup = BeautifulSoup((app.outdir / page).read_text("utf-8"), "html.parser")
    return {a["class"][0]: a["href"] for a in soup.select("nav.report-bar a")}


@pytest.mark.sphinx("html", testroot="basic")
def test_each_page_links_to_itself_in_the_other_language_and_to_its_books(app):
    app.build()
    assert links(app, "chapter.html") == {
        "report-lang": "../zh_CN/chapter.html",
        "report-bilingual": "../bilingual/chapter.html",
        "report-pdf": "../pdf/tiny-report-en.pdf",
        "report-epub": "../epub/tiny-report-en.epub",
    }
    assert links(app, "sub/deeper.html") == {
        "report-lang": "../../zh_CN/sub/deeper.html",
        "report-bilingual": "../../bilingual/sub/deeper.html",
        "report-pdf": "../../pdf/tiny-report-en.pdf",
        "report-epub": "../../epub/tiny-report-en.epub",
    }


@pytest.mark.sphinx("html", testroot="basic")
def test_chinese_phrases_carry_their_language(app):
    app.build()
    assert '<span lang="zh-CN">中国智造</span>' in (app.outdir / "chapter.html").read_text("utf-8")


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ({"report_slug": "Not A Slug"}, "report_slug 'Not A Slug'"),
        ({"report_languages": ["en", "xx"]}, "language 'xx' has no settings"),
        ({"report_date": "9 March 2025"}, "report_date '9 March 2025'"),
    ],
)
def test_bad_settings_are_refused_with_a_clear_message(make_app, rootdir, override, message):
    with pytest.raises(ConfigError, match=message):
        make_app("html", srcdir=rootdir / "test-basic", confoverrides=override)
