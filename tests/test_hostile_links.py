"""A translation that adds or retargets a link: refused inside the build, nothing published.

The autolink below is hidden from a linter that normalises Unicode first (``>`` and U+0338
compose to ``≯``); Sphinx parses the text as written, and so do the linter (whose safety
checks the build's gate runs before the msgstr is parsed) and the boundary."""

from bs4 import BeautifulSoup

from hostile_support import HostileBuild
from i18n_support import MSG_CODE, MSG_LINK, entry

SUFFIX = "(catalog index.po, msgid 'A plain paragraph with `code` in it.')"
HIDDEN_LINK = "一个带有`code`的段落<https://evil.example/PAYLOAD-LINK>\u0338。"


def test_an_added_link_is_refused_in_the_site_and_the_book(tmp_path):
    site = HostileBuild(tmp_path)
    site.translate(entry(MSG_CODE, HIDDEN_LINK))
    for builder in ("html", "pdf"):
        result = site.build(builder)
        assert result.returncode == 1
        # The combining overlay is refused as well, now that each language lists the blocks
        # its translations may use, and so is the address as text; the link is refused
        # whatever hides it.
        assert (
            "index.md:10: [link] link target 'https://evil.example/PAYLOAD-LINK' is not in the "
            f"source {SUFFIX}"
        ) in site.refusals(result)
        others = [r for r in site.refusals(result) if "[link]" not in r and "U+0338" not in r]
        assert [r for r in others if "[url-scheme] 'https://evil.example/" not in r] == []
    assert "Traceback" not in result.stderr
    assert site.traces("PAYLOAD-LINK") == []
    assert site.traces("evil.example") == []


def test_a_retargeted_reference_is_refused(tmp_path):
    site = HostileBuild(tmp_path)
    site.translate(
        entry(MSG_LINK, "阅读[报告](https://example.org/report)和{ref}`下一节 <genindex>`。")
    )
    result = site.build()
    assert result.returncode == 1
    assert [r.split(": ", 1)[0] for r in site.refusals(result)] == ["index.md:3", "index.md:3"]
    assert all("[role]" in r for r in site.refusals(result))
    page = BeautifulSoup(
        (site.out.parent / "html" / "index.html").read_text("utf-8"), "html.parser"
    )
    assert [a["href"] for a in page.select("p a")] == ["https://example.org/report", "#sec-more"]


def test_honest_reordered_links_are_published(tmp_path):
    # Chinese word order moves references; the same targets in another order are honest.
    site = HostileBuild(tmp_path)
    site.translate(
        entry(MSG_LINK, "阅读{ref}`下一节 <sec-more>`和[报告](https://example.org/report)。")
    )
    result = site.build()
    assert result.returncode == 0, result.stderr
    page = BeautifulSoup(
        (site.out.parent / "html" / "index.html").read_text("utf-8"), "html.parser"
    )
    paragraph = page.select("p")[0]
    assert paragraph.get_text().startswith("阅读下一节和报告")
    assert [a["href"] for a in paragraph.select("a")] == ["#sec-more", "https://example.org/report"]
