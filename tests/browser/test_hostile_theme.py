"""The Chinese site built with hostile interface texts (a sphinx.po that skipped prepare):
Chromium shows them as text, and none of their script runs."""

import pytest

from conftest import sphinx_build
from test_hostile_theme import hostile_root

from .server import SiteServer

SCRIPTS = {
    "Previous": "<img src=x onerror=\\\"window.pwned='img'\\\">",
    "Next": "下一页\\\" onmouseover=\\\"window.pwned='attribute'",
    "2025, Tiny Org": "<script>window.pwned='copyright'</script>",
}


@pytest.mark.browser
def test_hostile_theme_strings_are_text_and_run_nothing(tmp_path, page):
    root, po = hostile_root(tmp_path)
    text = po.read_text("utf-8")
    for msgid, msgstr in SCRIPTS.items():
        start = text.index(f'msgid "{msgid}"')
        end = text.index("\n", text.index("msgstr", start))
        text = text[:start] + f'msgid "{msgid}"\nmsgstr "{msgstr}"' + text[end:]
    po.write_text(text, "utf-8")
    out = tmp_path / "html"
    sphinx_build("html", out, tmp_path / "doctrees", language="zh_CN", source=root)
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    with SiteServer(out) as url:
        for name in ("index.html", "glossary.html"):
            page.goto(f"{url}/{name}")
            page.wait_for_load_state("load")
            for link in page.locator(".relations a").all():
                link.dispatch_event("mouseover")
            assert page.evaluate("window.pwned") is None, name
            assert page.locator("[onerror], [onmouseover]").count() == 0
        relations = page.locator(".relations").inner_text()
        footer = page.locator(".footer").inner_text()
    assert "<img src=x onerror=\"window.pwned='img'\">" in relations
    assert "<script>window.pwned='copyright'</script>" in footer
    assert dialogs == []
