"""Each check the browser tests rely on, shown failing on a small page made to break it."""

import io

import pytest
from pypdf import PdfWriter
from pypdf.generic import NameObject, TextStringObject

from .axe import BLOCKING, run_axe
from .checks import (
    broken_numbers,
    justified_cells,
    sideways_scroll,
    stylesheets_applied,
    title_and_description,
    unmarked_language,
)
from .pdfcheck import pdf_problems
from .vnu import vnu_errors
from .watch import watch

PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><meta name="description" content="{title}">
<link rel="icon" href="data:,">{head}</head>
<body><main><h1>{title}</h1>{body}</main></body></html>
"""


def write(folder, name, body="", *, lang="en", title="A page", head=""):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(PAGE.format(lang=lang, title=title, head=head, body=body), "utf-8")
    return path


@pytest.mark.browser
def test_the_watcher_catches_script_errors_console_errors_and_missing_files(crafted, page):
    folder, url = crafted
    write(folder, "ok.html", "<p>Fine.</p>")
    write(
        folder,
        "bad.html",
        '<img src="missing.png" alt="gone">'
        "<script>console.error('logged'); undefinedFunction();</script>",
    )
    problems = watch(page)
    page.goto(url + "ok.html", wait_until="networkidle")
    assert problems == []
    page.goto(url + "bad.html", wait_until="networkidle")
    text = "\n".join(problems)
    assert "script error" in text and "console error: logged" in text
    assert "HTTP 404" in text and "missing.png" in text


@pytest.mark.browser
def test_the_phone_check_catches_a_page_wider_than_the_screen(crafted, browser):
    folder, url = crafted
    write(folder, "wide.html", '<div style="width: 600px">wide</div>')
    # The accepted way to show a wide table: it scrolls inside its box, the page does not.
    write(
        folder,
        "boxed.html",
        '<div style="overflow-x: auto"><table><tr>'
        '<td style="min-width: 600px">wide</td></tr></table></div>',
    )
    context = browser.new_context(viewport={"width": 375, "height": 667})
    try:
        page = context.new_page()
        page.goto(url + "wide.html")
        assert sideways_scroll(page) != []
        page.goto(url + "boxed.html")
        assert sideways_scroll(page) == []
    finally:
        context.close()


@pytest.mark.browser
def test_the_cell_check_catches_a_justified_table_cell(crafted, page):
    folder, url = crafted
    cells = "<table><tr><td><p style='text-align: {}'>2035年</p></td></tr></table>"
    body = "<p style='text-align: justify'>A justified paragraph is fine.</p>"
    write(folder, "spread.html", body + cells.format("justify"), lang="zh-CN")
    write(folder, "start.html", body + cells.format("start"), lang="zh-CN")
    page.goto(url + "spread.html")
    assert justified_cells(page) == ["justified cell: 2035年"]
    page.goto(url + "start.html")
    assert justified_cells(page) == []


@pytest.mark.browser
def test_the_number_check_catches_a_number_broken_in_a_narrow_cell(crafted, page):
    folder, url = crafted
    cell = "<table><tr><td style='width: 1.6em; {}'>2035年</td><td>事项</td></tr></table>"
    write(folder, "broken.html", cell.format("overflow-wrap: anywhere"), lang="zh-CN")
    write(folder, "whole.html", cell.format("word-break: keep-all"), lang="zh-CN")
    page.goto(url + "broken.html")
    assert broken_numbers(page) == ["number broken across lines: 2035 in 2035年"]
    page.goto(url + "whole.html")
    assert broken_numbers(page) == []


@pytest.mark.browser
def test_the_language_check_catches_unmarked_passages(crafted, page):
    folder, url = crafted
    write(folder, "en-bad.html", "<p>The slogan 中国智造 was used.</p>")
    write(folder, "en-good.html", '<p>The slogan <span lang="zh-CN">中国智造</span> was used.</p>')
    write(folder, "zh-bad.html", "<p>会议由 China Garment Association 主办。</p>", lang="zh-CN")
    write(
        folder,
        "zh-good.html",
        '<p>会议由 <span lang="en">China Garment Association</span>'
        " 主办，见 <code>make html now</code>。</p>",
        lang="zh-CN",
    )
    for name, tag, failing in [
        ("en-bad", "en", True),
        ("en-good", "en", False),
        ("zh-bad", "zh-CN", True),
        ("zh-good", "zh-CN", False),
        ("en-good", "zh-CN", True),
    ]:  # wrong <html lang>
        page.goto(f"{url}{name}.html")
        assert bool(unmarked_language(page, tag)) is failing, name


@pytest.mark.browser
def test_the_title_check_catches_an_empty_or_wrong_language_description(crafted, page):
    folder, url = crafted
    path = write(folder, "zh.html", lang="zh-CN", title="Glossary — Annual meeting report")
    path.write_text(path.read_text("utf-8").replace('content="Glossary', 'content="'), "utf-8")
    page.goto(url + "zh.html")
    problems = title_and_description(page, "zh-CN")
    assert len(problems) == 2, problems
    write(folder, "zh-good.html", lang="zh-CN", title="术语表 — 2025 年会报告")
    page.goto(url + "zh-good.html")
    assert title_and_description(page, "zh-CN") == []


@pytest.mark.browser
def test_axe_reports_a_serious_violation(crafted, page):
    folder, url = crafted
    write(
        folder,
        "noalt.html",
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
        '<p role="heading">Caption without a level</p>',
    )
    page.goto(url + "noalt.html")
    found = {v["id"] for v in run_axe(page) if v["impact"] in BLOCKING}
    assert {"image-alt", "aria-required-attr"} <= found


@pytest.mark.browser
def test_the_style_check_catches_a_stylesheet_that_did_not_load(crafted, page):
    folder, url = crafted
    write(folder, "en/404.html", head='<link rel="stylesheet" href="_static/site.css">')
    (folder / "en" / "_static").mkdir()
    (folder / "en" / "_static" / "site.css").write_text("body { color: #222; }")
    page.goto(url + "en/404.html")
    assert stylesheets_applied(page) == []
    # Served for a deep address, the relative link no longer reaches the stylesheet.
    response = page.goto(url + "en/a/deep/missing/page.html")
    assert response.status == 404
    assert stylesheets_applied(page) != []
    write(folder, "plain.html")
    page.goto(url + "plain.html")
    assert stylesheets_applied(page) == ["no style rules at all"]


def test_the_pdf_check_catches_a_book_in_the_wrong_language():
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer._root_object[NameObject("/Lang")] = TextStringObject("en")
    data = io.BytesIO()
    writer.write(data)
    problems = pdf_problems(data.getvalue(), "zh-CN")
    assert any("/Lang" in p for p in problems) and any("Chinese" in p for p in problems)
    assert pdf_problems(b"<!DOCTYPE html>", "en") != []


@pytest.mark.slow
def test_the_nu_checker_reports_invalid_html(tmp_path):
    good = write(tmp_path, "good.html", "<p>Fine.</p>")
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<!DOCTYPE html><html lang=en><title>x</title><p><div></p><p role="heading">x</p>', "utf-8"
    )
    assert vnu_errors([good]) == []
    errors = vnu_errors([bad])
    assert errors and all(error.startswith(f"{tmp_path.name}/bad.html:") for error in errors)
