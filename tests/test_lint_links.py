"""Links and images keep their targets; unsafe URL schemes are refused."""

import pytest

from i18n_support import MSG_IMAGE, MSG_LINK, HostileSite, entry, lint_one

GOOD_LINK = "阅读[报告](https://example.org/report)和{ref}`下一节 <sec-more>`。"


def test_translated_link_text_is_fine(tmp_path):
    assert lint_one(tmp_path, MSG_LINK, GOOD_LINK) == []


def test_link_retargeted_to_another_site(tmp_path):
    msgstr = GOOD_LINK.replace("https://example.org/report", "https://evil.example/report")
    assert lint_one(tmp_path, MSG_LINK, msgstr) == [
        "page.po:9: [link] link target 'https://evil.example/report' is not in the source",
        "page.po:9: [link] link target 'https://example.org/report' of the source is missing "
        "or changed",
    ]


@pytest.mark.parametrize(
    ("url", "scheme"),
    [
        ("javascript:alert(1)", "javascript"),
        ("file:///etc/passwd", "file"),
        ("data:text/html;base64,PHNjcmlwdD4=", "data"),
    ],
)
def test_unsafe_url_schemes(tmp_path, url, scheme):
    found = lint_one(tmp_path, "See the site.", f"见[网站]({url})。")
    assert f"page.po:9: [url-scheme] {scheme}: URLs are not allowed in translations" in found


def test_image_path_to_a_local_file(tmp_path):
    assert lint_one(tmp_path, MSG_IMAGE, "![标志](private.png)") == [
        "page.po:9: [image] image 'logo.png' of the source is missing or changed",
        "page.po:9: [image] image 'private.png' is not in the source",
    ]


def test_image_with_translated_alt_text_is_fine(tmp_path):
    assert lint_one(tmp_path, MSG_IMAGE, "![标志](logo.png)") == []


def test_local_image_never_reaches_the_site(tmp_path):
    site = HostileSite(tmp_path)
    po = site.translate(entry(MSG_IMAGE, "![标志](private.png)"))
    prepared, built = site.publish()
    assert prepared.returncode == 1 and built is None
    assert f"{po}:9: [image] image 'private.png' is not in the source" in prepared.stderr
    bypass = site.build_bypassing_prepare()
    assert bypass.returncode != 0 and "[image]" in bypass.stderr
    assert site.files_containing("private.png") == []
    assert not list(site.out.rglob("private*.png"))


@pytest.mark.parametrize(
    "address",
    [
        "https://evil.example/login",
        "ｈｔｔｐｓ：／／evil.example/login",
        "www.evil.example",
        "ftp://evil.example/file",
        # Red team 35: touching an ideograph (no word boundary there), an e-mail address.
        "详见https://evil.example/members",
        "详见www.evil.example",
        "mailto:a@evil.example",
        "联系a@evil.example",
        # Red team 37: after a dot or a letter (a viewer finds "http" and "www." inside a
        # word), an accented letter before it, an e-mail address with a Chinese domain.
        "见.https://evil.example/verify",
        "éwww.evil.example",
        "xhttps://evil.example",
        "huiwu@联盟.中国",
        # Red team 64 row 12: a bare domain, which chat apps and mail readers make a link.
        "pay-alliance.com/join",
        "详见pay-alliance.com",
        "ｐａｙ．ｃｏｍ",
        "pay.com",
        "sub.pay-alliance.org.cn/join",
    ],
)
def test_a_web_address_written_as_text_is_refused(tmp_path, address):
    # Red team 34, break 08: no link on the page, but a PDF viewer or an e-reader makes one.
    found = lint_one(tmp_path, "Register at the desk.", f"报名：{address}。")
    assert len(found) == 1 and found[0].startswith("page.po:9: [url-scheme] '"), found
    assert "is a web address the English does not give" in found[0]


def test_a_web_address_the_english_gives_may_stay(tmp_path):
    msgid = "The report is at https://example.org/report."
    assert lint_one(tmp_path, msgid, "报告见https://example.org/report。") == []


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (
            "The full text of this year's annual work report is published online at ctif.org.cn.",
            "今年年度工作报告全文在ctif.org.cn网上发布。",
        ),
        # Dots between letters that make no domain: abbreviations, numbers, a version.
        ("See e.g. Fig. 1 and No.1, version 4.0.", "参见图1和第1号，版本4.0。"),
        ("Ph.D. holders and U.S. firms", "博士（[Ph.D.]{.language-en}）和美国企业"),
        # Letters after a dot that no viewer takes for a domain's (pay.com is refused above).
        ("The file is named in the appendix.", "文件名见附录：index.html。"),
        ("The file is named in the appendix.", "文件名见附录：env.config。"),
    ],
)
def test_a_bare_domain_the_english_gives_or_none_passes(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []
