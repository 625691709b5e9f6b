"""Ids and classes a translation adds with MyST's inline attributes: refused, and the page keeps
one element per id (a duplicate would capture the section's anchor)."""

from bs4 import BeautifulSoup

from hostile_support import HostileBuild
from i18n_support import MSG_CODE, entry

SUFFIX = "(catalog index.po, msgid 'A plain paragraph with `code` in it.')"


def page(site):
    return BeautifulSoup(
        (site.out.parent / "html" / "index.html").read_text("utf-8"), "html.parser"
    )


def test_a_duplicate_id_is_refused(tmp_path):
    site = HostileBuild(tmp_path)
    assert site.refused("一个带有`code`的[PAYLOAD-ID]{#sec-more}段落。", "PAYLOAD-ID") == [
        f"index.md:10: [id] the translation adds the id 'sec-more' {SUFFIX}"
    ]
    assert [e.name for e in page(site).select('[id="sec-more"]')] == ["section"]


def test_a_hidden_class_is_refused(tmp_path):
    site = HostileBuild(tmp_path)
    assert site.refused("一个带有`code`的[PAYLOAD-CLASS]{.hidden}段落。", "PAYLOAD-CLASS") == [
        f"index.md:10: [class] the translation adds the class 'hidden' {SUFFIX}"
    ]
    assert page(site).select(".hidden") == []


def test_a_language_span_is_allowed(tmp_path):
    site = HostileBuild(tmp_path)
    site.translate(entry(MSG_CODE, "一个带有`code`的[paragraph]{.language-en}。"))
    result = site.build()
    assert result.returncode == 0, result.stderr
    # docutils writes the class language-en as lang="en"
    assert [s.get_text() for s in page(site).select('span[lang="en"]')] == ["paragraph"]
