"""prepare and stats count a page's template, not whatever its catalog holds: a message no page
has (a translator's own, or one the sources dropped) is loaded by gettext but never shown."""

import re

from i18n_support import MSG_CODE, MSG_IMAGE, MSG_LINK, HostileSite, cli, entry, po_text, write_po

# The messages Sphinx's gettext build extracts from tests/roots/test-i18n-hostile/index.md.
PAGE = {
    "Hostile translations": "敌意译文",
    MSG_LINK: "阅读[报告](https://example.org/report)和{ref}`下一节 <sec-more>`。",
    MSG_IMAGE: "![标志](logo.png)",
    "The logo": "标志",
    "More": "更多",
    MSG_CODE: "一段含有 `code` 的普通段落。",
}
EXTRA = entry("A sentence no page has.", "没有任何页面有这句话。")


def prepare(site: HostileSite):
    return cli(
        "prepare", "zh_CN", "--locales", site.locales, "--out", site.compiled, "--source", site.root
    )


def index_row(site: HostileSite) -> tuple[str, str, list[str]]:
    """stats' output, and its row for the page: translated, percent."""
    stats = cli("stats", "--locales", site.locales, "--source", site.root)
    row = next(line for line in stats.stdout.splitlines() if line.startswith("index "))
    return stats.stdout, row.split()[1:3]


def translated_of(result) -> tuple[int, int]:
    """prepare's total: translated, of how many (the page's and the site's interface texts,
    which this root has no catalog for)."""
    found = re.search(
        r"(\d+) translated, \d+ fuzzy, \d+ untranslated of (\d+) messages", result.stdout
    )
    return int(found[1]), int(found[2])


def test_a_message_no_page_has_is_not_counted(tmp_path):
    site = HostileSite(tmp_path)
    translated = [entry(m, s) for m, s in PAGE.items() if m != MSG_CODE]
    site.translate(*translated, EXTRA)
    result = prepare(site)
    assert result.returncode == 0, result.stderr
    assert translated_of(result)[0] == 5  # not 6: the extra one is no page's
    assert "1 translated message(s) are in no page of the sources" in result.stdout
    stats, row = index_row(site)
    assert row == ["5", "83.3"]  # of the page's 6 messages
    assert "1 translated message(s) are in no page of the sources" in stats


def test_a_complete_catalog_has_nothing_uncounted(tmp_path):
    site = HostileSite(tmp_path)
    site.translate(*(entry(m, s) for m, s in PAGE.items()))
    result = prepare(site)
    assert result.returncode == 0, result.stderr
    assert translated_of(result)[0] == 6
    assert "in no page" not in result.stdout
    stats, row = index_row(site)
    assert row == ["6", "100.0"] and "in no page" not in stats


def test_without_sources_the_catalog_is_counted_as_it_is(tmp_path):
    """The tests' small roots, and catalogs checked on their own, have no Sphinx project."""
    site = HostileSite(tmp_path)
    site.translate(*(entry(m, s) for m, s in PAGE.items()), EXTRA)
    result = site.prepare()  # --source defaults to a folder beside locales/ that is not there
    assert translated_of(result) == (7, 7)


# Red team 56: a message no page has, with an English of its own, is never published, and the
# number checks read it and its English for minutes. Validation still reads its syntax.
GROWN = "It grew from the initial 24 to 76."
SWAPPED = "目前为24家，最初则为76家。"


def check(site: HostileSite):
    return cli("check", "zh_CN", "--locales", site.locales, "--source", site.root)


def test_a_message_no_page_has_is_not_checked_past_its_syntax(tmp_path):
    site = HostileSite(tmp_path)
    site.translate(*(entry(m, s) for m, s in PAGE.items()), entry(GROWN, SWAPPED))
    result = check(site)
    assert result.returncode == 0, result.stderr
    assert "1 translated message(s) are in no page of the sources: not published" in result.stdout


def test_a_pages_message_is_checked(tmp_path):
    site = HostileSite(tmp_path)
    site.translate(*(entry(m, s) for m, s in PAGE.items() if m != "More"), entry("More", SWAPPED))
    result = check(site)
    assert result.returncode == 1
    assert "[added-number] number 24 is not in the source" in result.stderr


def test_a_message_no_page_has_is_still_validated(tmp_path):
    site = HostileSite(tmp_path)
    site.translate(*(entry(m, s) for m, s in PAGE.items()), entry(GROWN, "增长至76家\u0007。"))
    result = check(site)
    assert result.returncode == 1
    assert "control character" in result.stderr.lower(), result.stderr


def test_sources_that_do_not_build_are_checked_in_full_and_refused_by_prepare(tmp_path):
    """check reads every message where the sources give no templates (a page being written);
    prepare counts by the templates, and says why it has none."""
    source = tmp_path / "source"
    source.mkdir()
    (source / "conf.py").write_text("root_doc = 'missing'\n", "utf-8")
    locales = tmp_path / "locales"
    write_po(locales, "page", po_text(entry(GROWN, SWAPPED)))
    checked = cli("check", "zh_CN", "--locales", locales, "--source", source)
    assert checked.returncode == 1 and "[number] the translation says 24 of now" in checked.stderr
    write_po(locales, "page", po_text(entry(GROWN, "由最初的24家增长至76家。")))
    assert cli("check", "zh_CN", "--locales", locales, "--source", source).returncode == 0
    prepared = cli(
        "prepare", "zh_CN", "--locales", locales, "--out", tmp_path / "out", "--source", source
    )
    assert prepared.returncode == 1
    assert "[template] the sources did not build with Sphinx's gettext builder" in prepared.stderr
