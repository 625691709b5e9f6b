"""HTML in a translation: refused by the linter, and no trace of it reaches the built site."""

import pytest

from i18n_support import MSG_CODE, HostileSite, entry, lint_one


def test_script_tag(tmp_path):
    assert lint_one(tmp_path, "Members met.", "成员开会。<script>alert(1)</script>") == [
        "page.po:9: [added-number] number 1 is not in the source",  # a digit, not 一
        "page.po:9: [html] HTML not in the source: '</script>'",
        "page.po:9: [html] HTML not in the source: '<script>'",
    ]


def test_img_onerror(tmp_path):
    assert lint_one(tmp_path, "Members met.", "成员开会。<img src=x onerror=alert(1)>") == [
        "page.po:9: [html] HTML not in the source: '<img src=x onerror=alert(1)>'"
    ]


def test_html_block(tmp_path):
    assert lint_one(tmp_path, "Members met.", '<div onclick="x()">\n成员开会。\n</div>') == [
        "page.po:9: [html] HTML not in the source: '<div onclick=\"x()\"> 成员开会。 </div>'",
        "page.po:9: [structure] block structure changed: the source is paragraph; "
        "the translation is empty",
    ]


def test_html_already_in_the_source_is_allowed(tmp_path):
    assert lint_one(tmp_path, "H<sub>2</sub>O is water.", "H<sub>2</sub>O 是水。") == []


PAYLOADS = [
    '一个带有`code`的段落。<script>alert("PAYLOAD-XSS-1")</script>',
    "一个带有`code`的段落。<img src=x onerror=\"alert('PAYLOAD-XSS-2')\">",
]


@pytest.mark.parametrize("msgstr", PAYLOADS)
def test_no_trace_in_the_built_site(tmp_path, msgstr):
    site = HostileSite(tmp_path)
    po = site.translate(entry(MSG_CODE, msgstr))
    payload = "PAYLOAD-XSS-1" if "XSS-1" in msgstr else "PAYLOAD-XSS-2"
    prepared, built = site.publish()
    assert prepared.returncode == 1
    assert f"{po}:9: [html] HTML not in the source:" in prepared.stderr
    assert built is None and not list(site.compiled.rglob("*.mo"))
    # Even a .mo that skipped prepare is refused inside Sphinx, before any page is written.
    bypass = site.build_bypassing_prepare()
    assert bypass.returncode != 0
    assert "[html] HTML not in the source" in bypass.stderr
    assert site.files_containing(payload) == []
