"""The pdf builder on small roots: links and ids, the fetcher, glyphs, limits, fonts, config."""

import logging
import re
from collections import Counter
from pathlib import Path

import pypdf
import pytest

from test_pdf_checks import (
    contents_mismatches,
    footer_or_caption,
    link_problems,
    outline,
    page_texts,
)

EPOCH = "1741478400"


@pytest.fixture(autouse=True)
def _source_date(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


def book_html(app) -> str:
    return (Path(app.outdir) / "_html" / "en" / "book.html").read_text("utf-8")


def build_basic(rootdir, tmp_path_factory, language: str = "en"):
    """The basic root built in ``language``: (app, pdf path)."""
    import shutil
    from io import StringIO

    from sphinx.testing.util import SphinxTestApp

    srcdir = tmp_path_factory.mktemp(f"pdf-basic-{language}") / "src"
    shutil.copytree(rootdir / "test-pdf-basic", srcdir)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
        app = SphinxTestApp(
            "pdf",
            srcdir=srcdir,
            confoverrides={"language": language},
            status=StringIO(),
            warning=StringIO(),
        )
        try:
            app.build()
        finally:
            app.cleanup()
    return app, Path(app.outdir) / f"tiny-book-{language}.pdf"


@pytest.fixture(scope="module")
def basic(rootdir, tmp_path_factory):
    """The basic root built once: (app, pdf path)."""
    return build_basic(rootdir, tmp_path_factory)


@pytest.fixture(scope="module")
def basic_zh(rootdir, tmp_path_factory):
    """The basic root built once as a Chinese book (its text untranslated): the language's
    labels and print CSS."""
    return build_basic(rootdir, tmp_path_factory, "zh_CN")


def test_book_is_written_where_expected(basic):
    app, pdf = basic
    assert pdf.is_file()
    assert not app._warning.getvalue()
    written = {p.name for p in Path(app.srcdir).iterdir()}
    assert written <= {"conf.py", "index.md", "one.md", "two.md", "glossary.md", "_build"}


def test_no_duplicate_ids_and_every_link_lands(basic):
    html = book_html(basic[0])
    ids = Counter(re.findall(r'\sid="([^"]+)"', html))
    assert [i for i, n in ids.items() if n > 1] == []
    assert "#document-" not in html
    hrefs = set(re.findall(r'href="#([^"]+)"', html))
    assert hrefs and hrefs - set(ids) == set()
    # both chapters have a "Background" section (and an index-0): each gets its document's prefix
    assert {"one--background", "two--background", "one--index-0", "two--index-0"} <= set(ids)
    assert "background" not in ids


def test_cross_references_point_to_the_right_heading(basic):
    html = book_html(basic[0])
    # {ref}`sec-two-background` from chapter one goes to chapter two's section
    assert '<a class="xref-page reference internal" href="#sec-two-background">' in html
    assert '<h2 id="sec-two-background"><span id="two--background">' in html
    # {doc}`two` lands on chapter two's heading, and the genindex label on the index
    assert '<a class="xref-page reference internal" href="#chapter-two">' in html
    assert '<a class="xref-page reference internal" href="#genindex">' in html


def test_only_generated_cross_references_print_their_page(basic):
    """(see p. N) after {ref} and {doc} without text of their own and after {numref};
    {term} links and {ref} with its own text stay plain links."""
    html = book_html(basic[0])
    pages = set(re.findall(r'<a class="xref-page reference internal" href="#([^"]+)"', html))
    assert pages == {
        "sec-two-background",
        "chapter-two",
        "sec-one-detail",
        "ch-one",
        "genindex",
        "tbl-values",
    }
    # a glossary term is a mention the index lists: the link is its anchor
    assert '<a class="reference internal" href="#term-widget" id="mention-0">' in html
    assert (
        '<a class="reference internal" href="#ch-one"><span class="std std-ref">the first' in html
    )
    assert "page_reference" not in html and "page-reference" not in html


def test_a_cross_reference_already_in_brackets_prints_its_page_without_more(basic):
    html = book_html(basic[0])
    plain = '<a class="xref-page reference internal" href="#tbl-values">'
    bracketed = '<a class="xref-page xref-in-brackets reference internal" href="#tbl-values">'
    assert plain in html and bracketed in html
    texts = page_texts(basic[1])
    assert any(re.search(r"\(the values are in Table [\d.]+,\s*p\.\s*\d+\)", t) for t in texts)
    assert not any(re.search(r"\(see p\.\s*\d+\)\)", t) for t in texts)


def test_a_quoted_title_keeps_its_page_outside_the_quotes(basic):
    texts = " ".join(page_texts(basic[1]))
    assert re.search(r"\(see “Detail”,\s*p\.\s*\d+\s*above\)", texts), texts
    assert not re.search(r"p\.\s*\d+\s*”", texts)
    # two quoted titles side by side: each page after its title, nothing between them
    assert re.search(r"side: “Detail” \(see p\.\s*\d+\)“Chapter one” \(see p\.\s*\d+\);", texts)
    # a link right after a quoted one: the quotes moved leave an empty text before it, which
    # failed the build (IndexError)
    assert re.search(r"not: “Detail” \(see p\.\s*\d+\)Chapter one \(see p\.\s*\d+\)\.", texts)


def test_a_chinese_quoted_title_prints_its_page_before_it(basic, basic_zh):
    """见第 8 页“协同研发平台”一节, not “协同研发平台”，第 8 页一节: a page after the closing
    quotation mark splits the title from the word it is followed by (languages.toml,
    pdf_see_page_before_title). Two such titles side by side get a 顿号 between them. A
    link that is not quoted keeps its page after it; the English book is unchanged."""
    html = book_html(basic[0])
    separated = (
        '<a class="xref-page xref-quoted reference internal" href="#sec-one-detail">“'
        '<span class="std std-ref">Detail</span>”</a><span class="xref-separator"></span>'
        '<a class="xref-page xref-quoted reference internal" href="#ch-one">'
    )
    assert separated in html
    assert html.count('class="xref-separator"') == 1  # not before the unquoted link
    texts = re.sub(r"\s+", " ", " ".join(page_texts(basic_zh[1])))
    page = r"第 \d+ 页"
    assert re.search(rf"\(see {page}“Detail” above\)", texts), texts
    assert re.search(rf"side: {page}“Detail”、{page}“Chapter one”;", texts), texts
    assert re.search(rf"not: {page}“Detail”Chapter one（见{page}）\.", texts), texts
    assert not re.search(r"”\s*[，（]\s*见?\s*第", texts)  # never after the closing mark
    assert "第 0 页" not in texts and "00" not in texts  # every placeholder filled in


def test_pdf_outline_contents_and_links(basic):
    app, pdf = basic
    reader = pypdf.PdfReader(pdf)
    marks = outline(reader)
    assert [(level, re.sub(r"^[\d.]+\s*", "", title)) for level, title, _ in marks] == [
        (1, "Chapter one"),
        (2, "Background"),
        (2, "Detail"),
        (1, "Chapter two"),
        (2, "Background"),
        (1, "Glossary"),
        (1, "Index"),
    ]
    assert link_problems(reader) == []
    texts = page_texts(pdf)
    skip = footer_or_caption(Path(app.srcdir))
    assert contents_mismatches(texts, "Contents", skip) == []
    assert "see p." in texts[marks[0][2] - 1]
    assert "Page 1 of" not in texts[0]  # no footer on the cover
    assert "9 March 2025" in texts[0]


def test_chinese_phrase_is_set_in_a_simplified_chinese_face(basic):
    import pdfplumber

    with pdfplumber.open(basic[1]) as document:
        fonts = {
            char["text"]: char["fontname"]
            for page in document.pages
            for char in page.chars
            if "\u4e00" <= char["text"] <= "\u9fff"
        }
    assert fonts and all(re.search(r"CJK.*SC|SC.*CJK|CJKsc", name) for name in fonts.values()), (
        fonts
    )
    # Chinese has no italic: emphasis is bold, and no slanted face is synthesised
    assert "Bold" in fonts["重"] and "Bold" not in fonts["中"], fonts
    assert not any(re.search(r"Oblique|Italic", name) for name in fonts.values()), fonts


def test_metadata(basic):
    reader = pypdf.PdfReader(basic[1])
    info = reader.metadata
    assert info["/Title"] == "Tiny book"
    assert info["/Author"] == "Test author"
    assert info["/Subject"] == "A test"
    assert info["/CreationDate"] == "D:20250309000000Z"
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert reader.trailer["/Root"]["/MarkInfo"]["/Marked"]  # tagged (pdf/ua-1)


def refused(app, pattern: str) -> str:
    """The build fails with one ERROR paragraph matching ``pattern`` and writes no book."""
    app.build()
    log = app.warning.getvalue()
    assert app.statuscode == 1
    assert log.count("ERROR:") == 1 and re.search(pattern, log, re.S), log
    assert "Traceback" not in log
    assert not list(Path(app.outdir).glob("*.pdf"))
    return log


@pytest.mark.sphinx("pdf", testroot="pdf-fetch-file")
def test_fetcher_refuses_a_file_outside_the_build(app):
    refused(app, r"refused file:///etc/hostname: outside the build")


@pytest.mark.sphinx("pdf", testroot="pdf-fetch-http")
def test_fetcher_refuses_the_network(app):
    refused(app, r"refused http://example.invalid/picture.png")


@pytest.mark.sphinx("pdf", testroot="pdf-attachment")
def test_attachments_are_refused(app):
    refused(app, r"refused attachment")


@pytest.mark.sphinx("pdf", testroot="pdf-glyph")
def test_missing_glyph_names_character_and_place(app):
    refused(app, r"U\+E000 '\\ue000' .*in index, section 'Where'")


@pytest.mark.sphinx("pdf", testroot="pdf-basic", confoverrides={"pdf_max_depth": 4})
def test_deep_nesting_is_refused_clearly(app):
    refused(app, r"nested \d+ deep .*pdf_max_depth = 4")


@pytest.mark.sphinx("pdf", testroot="pdf-basic", confoverrides={"pdf_max_chars": 50})
def test_huge_input_is_refused_clearly(app):
    refused(app, r"more than pdf_max_chars = 50")


@pytest.mark.sphinx("pdf", testroot="pdf-glyph")
def test_missing_harfbuzz_subset_is_found_before_typesetting(app, monkeypatch):
    monkeypatch.setattr("reportbook.system.library_installed", lambda name: "subset" not in name)
    refused(app, r"the library 'libharfbuzz-subset.so.0' .*apt-get install .*libharfbuzz-subset0")


@pytest.mark.sphinx("pdf", testroot="pdf-glyph")
def test_missing_harfbuzz_subset_is_an_error(app, monkeypatch):
    import weasyprint.text.ffi

    monkeypatch.setattr(weasyprint.text.ffi, "harfbuzz_subset", None)
    monkeypatch.setattr("reportbook.pdf.builder.glyphs.require_glyphs", lambda missing: None)
    refused(app, r"apt-get install libharfbuzz-subset0")


@pytest.mark.sphinx("pdf", testroot="pdf-glyph")
def test_missing_cjk_font_is_an_error(app, monkeypatch):
    from reportbook.pdf import fonts

    real = fonts.match
    monkeypatch.setattr(fonts, "match", lambda family: None if "CJK" in family else real(family))
    monkeypatch.setattr("reportbook.system.font_installed", lambda family: "CJK" not in family)
    refused(
        app,
        r"lacks: the font 'Noto Serif CJK SC' \(.*zh_CN body text.*\).* "
        r"apt-get install -y --no-install-recommends fonts-noto-cjk",
    )


def test_figure_styles_need_a_face_that_has_them():
    from dataclasses import replace

    from reportbook.languages import get_language
    from reportbook.pdf.fonts import FontError, require_figures

    english, chinese = get_language("en"), get_language("zh_CN")
    require_figures(english)  # Noto Serif and Noto Sans have onum, lnum, pnum, tnum
    require_figures(chinese)  # "normal" in the text; page numbers: Noto Serif's lnum, tnum
    # Noto Serif CJK SC has neither old-style nor tabular figures
    cjk_body = replace(english, pdf=replace(english.pdf, body_fonts=("Noto Serif CJK SC",)))
    with pytest.raises(FontError, match=r"text_figures asks for oldstyle-nums.*'onum'"):
        require_figures(cjk_body)
    tabular = replace(chinese, pdf=replace(chinese.pdf, table_figures="tabular-nums"))
    with pytest.raises(FontError, match=r"table_figures asks for tabular-nums.*'tnum'"):
        require_figures(tabular)
    # without a face of its own for page numbers, the body's (Noto Serif CJK SC) would set them
    cjk_pages = replace(chinese, pdf=replace(chinese.pdf, page_number_fonts=()))
    with pytest.raises(FontError, match=r"reference_figures asks for lining-nums.*'lnum'"):
        require_figures(cjk_pages)
    typo = replace(english, pdf=replace(english.pdf, text_figures="old-style-nums"))
    with pytest.raises(FontError, match=r"unknown 'old-style-nums' \(known: normal, "):
        require_figures(typo)


def test_pdf_variant_is_validated(rootdir, tmp_path):
    import shutil

    from test_config import refused as refused_config

    shutil.copytree(rootdir / "test-pdf-glyph", tmp_path / "src")
    refused = refused_config(tmp_path / "src", "-D", "pdf_variant=pdf/zz")
    assert refused.startswith("ERROR: pdf_variant = 'pdf/zz' (given with -D): choose one of")


def test_variants_are_weasyprints():
    from weasyprint.pdf import VARIANTS as WEASYPRINT_VARIANTS

    from reportbook.pdf.config import VARIANTS

    assert set(WEASYPRINT_VARIANTS) == VARIANTS


def test_a_variant_this_weasyprint_lacks_fails_the_typesetting(tmp_path):
    from reportbook.pdf.render import PartJob, RenderError, typeset_part

    html = tmp_path / "book.html"
    html.write_text("<html lang='en'><body><p>Text.</p></body></html>", encoding="utf-8")
    with pytest.raises(RenderError, match="pdf_variant 'pdf/zz': this WeasyPrint offers"):
        typeset_part(PartJob(html, tmp_path, "pdf/zz", "{page}"))


def test_weasyprint_log_goes_to_sphinx():
    from reportbook.pdf.render import weasyprint_log

    with weasyprint_log() as log:
        logging.getLogger("weasyprint").error("Failed to load image at %s", "x.png")
    assert log.errors == ["Failed to load image at x.png"]
    assert logging.getLogger("weasyprint").propagate  # restored afterwards


def test_fetcher_serves_only_regular_files_inside(tmp_path):
    from reportbook.pdf.fetcher import BuildOnlyFetcher, RefusedURL

    (tmp_path / "inside.css").write_text("p {}")
    (tmp_path / "escape.css").symlink_to("/etc/hostname")
    fetcher = BuildOnlyFetcher(tmp_path)
    assert fetcher.fetch((tmp_path / "inside.css").as_uri()).read() == b"p {}"
    assert fetcher.fetch("data:text/plain,hi").read() == b"hi"
    for url in [
        (tmp_path / "escape.css").as_uri(),
        (tmp_path / "nope.css").as_uri(),
        tmp_path.as_uri(),
        "https://example.com/a.css",
        "file://otherhost/x.css",
        (tmp_path / ".." / "x.css").as_uri(),
    ]:
        with pytest.raises(RefusedURL, match="refused"):
            fetcher.fetch(url)


@pytest.mark.sphinx("pdf", testroot="pdf-alone")
def test_the_pdf_builder_works_alone(app):
    """Loaded through its entry point only, it declares every value it reads."""
    assert "reportbook" not in app.config.extensions
    app.build()
    assert app.statuscode == 0, app.warning.getvalue()
    (book,) = Path(app.outdir).glob("*.pdf")
    assert "A book on its own" in page_texts(book)[0]


def test_the_pdf_package_raises_one_error_type():
    """The builder reports a PdfError as one ERROR paragraph; an error type outside it would
    reach the user as Sphinx's crash report."""
    import importlib
    import inspect
    import pkgutil

    import reportbook.pdf
    from reportbook.pdf.errors import PdfError

    errors = {
        name: cls
        for module in pkgutil.iter_modules(reportbook.pdf.__path__)
        for name, cls in inspect.getmembers(
            importlib.import_module(f"reportbook.pdf.{module.name}"), inspect.isclass
        )
        if issubclass(cls, Exception) and cls.__module__.startswith("reportbook.pdf")
    }
    assert {"FontError", "MissingGlyphError", "RenderError", "JoinError"} <= set(errors)
    # Internal, never reaching the user: the fetcher's RefusedURL, which render.py raises
    # again as a RenderError, and fill.py's Misfit, on which once.py lays the book out again.
    assert {name for name, cls in errors.items() if not issubclass(cls, PdfError)} == {
        "RefusedURL",
        "Misfit",
    }
