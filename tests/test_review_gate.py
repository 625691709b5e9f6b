"""A translation no maintainer has reviewed is not published (reportbook/i18n/review.py).

The checks cannot tell a faithful sentence from one that says the opposite in other words
(出席 for "absent"); a project that keeps a record of reviewed translations publishes only
those, and shows the English, marked, for the rest. The record is written by
``python -m reportbook.i18n review`` with the token of the listing a maintainer read.
"""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import LOCALES, SOURCE
from i18n_support import MSG_CODE, HostileSite, cli, entry
from reportbook.i18n.review import Differ, shown

HONEST = "一段含有`code`的普通段落。"
CHANGED = "一段含有`code`的特殊段落。"  # "special" for "plain": no check can tell
TITLE = ("More", "更多")
PAGE_TITLE = ("Hostile translations", "敌意翻译")


class GatedSite(HostileSite):
    """The hostile root, with ``report_reviewed`` set: its record is ``reviewed/zh_CN.txt``."""

    def __init__(self, tmp_path: Path):
        super().__init__(tmp_path)
        with (self.root / "conf.py").open("a", encoding="utf-8") as conf:
            conf.write('report_reviewed = "reviewed"\n')
        self.record = self.root / "reviewed" / "zh_CN.txt"

    def i18n(self, command: str, *extra: str):
        where = ["--locales", self.locales, "--source", self.root]
        if command == "prepare":
            where += ["--out", self.compiled]
        return cli(command, "zh_CN", *where, *extra)

    def approve(self) -> None:
        listed = self.i18n("review")
        token = re.search(r"--approve (\w+)", listed.stdout).group(1)
        assert self.i18n("review", "--approve", token).returncode == 0

    def page(self, *extra: str) -> str:
        """The page, built as the project builds it (prepare with the root's own conf.py)."""
        assert self.i18n("prepare", *extra).returncode == 0
        built = self.sphinx()
        assert built.returncode == 0, built.stdout + built.stderr
        return (self.out / "index.html").read_text("utf-8")


@pytest.fixture
def site(tmp_path) -> GatedSite:
    return GatedSite(tmp_path)


def test_an_unreviewed_translation_is_shown_in_english_marked(site):
    site.translate(entry(MSG_CODE, HONEST))
    prepared = site.i18n("prepare")
    assert "0 translated, 1 fuzzy" in prepared.stdout
    assert "(fuzzy, awaiting review or untranslated)" in prepared.stdout
    page = BeautifulSoup(site.page(), "html.parser")
    assert "普通段落" not in page.get_text()
    paragraph = page.find("p", string=re.compile("A plain paragraph"))
    assert paragraph is None or paragraph.get("lang") == "en"
    assert page.select(".report-untranslated-notice")
    status = (site.out / "translation-status.html").read_text("utf-8")
    row = BeautifulSoup(status, "html.parser").select_one('tr[data-docname="index"]')
    # translated, awaiting review, untranslated (the title, two paragraphs, the alt text and
    # the section's title are not translated)
    assert [td.get_text() for td in row.select("td")][1:4] == ["0", "1", "5"]


def test_a_reviewed_translation_is_published(site):
    site.translate(entry(MSG_CODE, HONEST), entry(*TITLE))
    site.approve()
    assert "普通段落" in site.page()
    assert site.i18n("review").stdout.strip() == "zh_CN: 0 translation(s) await review"


def test_the_listing_shows_each_translation_at_its_line(site):
    po = site.translate(entry(*TITLE), entry(MSG_CODE, HONEST, "# lint-ignore: term — a test"))
    listed = site.i18n("review").stdout
    assert f"{po}:9:\n  msgid  More\n  msgstr 更多\n" in listed
    assert "  # lint-ignore: term — a test\n" in listed
    last = listed.splitlines()[-1]
    awaiting = r"zh_CN: 2 translation\(s\) await review; approve them with --approve \w{32}"
    assert re.fullmatch(awaiting, last)


def test_the_listing_shows_a_long_translation_whole(site):
    # Red team 78 row 22: a listing cut at 200 characters let the end of a long paragraph be
    # approved unread.
    long = "一段含有`code`的普通段落" + "，普通段落" * 50 + "，末尾另有一句话。"
    site.translate(entry(MSG_CODE, long))
    assert f"  msgstr {long}\n" in site.i18n("review").stdout


def test_the_listing_marks_what_changed_since_the_last_review(site):
    # Red team 78: a one-word change in a long paragraph is found at a glance, not by reading.
    git = ["git", "-C", str(site.root), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    site.translate(entry(MSG_CODE, HONEST))
    assert "  change" not in site.i18n("review").stdout  # new: nothing reviewed to compare
    site.approve()
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "reviewed"], check=True)
    site.translate(entry(MSG_CODE, CHANGED))
    listed = site.i18n("review").stdout
    assert "  change 一段含有`code`的[-普通-]{+特殊+}段落。\n" in listed


def test_no_change_is_marked_against_a_text_nobody_reviewed(site):
    # Red team 79 row 21: the text wanted, committed fuzzy beside the record, then un-fuzzied
    # with one word added; a diff against it would show only that word as the change.
    git = ["git", "-C", str(site.root), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    site.translate(entry(*TITLE))
    site.approve()
    planted = "#, fuzzy\n" + entry(MSG_CODE, CHANGED)
    site.translate(entry(*TITLE), planted)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "reviewed"], check=True)
    site.translate(entry(*TITLE), entry(MSG_CODE, CHANGED.replace("特殊", "十分特殊")))
    listed = site.i18n("review").stdout
    assert "  msgstr 一段含有`code`的十分特殊段落。\n" in listed
    assert "  change" not in listed and "  was" not in listed


def test_a_message_no_page_shows_is_neither_listed_nor_published(site):
    # Red team 79 rows 20, 22: thousands of them made the listing take hours; no page looks
    # them up, so no reader could see them, reviewed or not.
    site.translate(entry(*TITLE), entry("No page has this", "没有页面有这句"))
    listed = site.i18n("review").stdout
    assert "No page has this" not in listed
    assert listed.splitlines()[-1].startswith("zh_CN: 1 translation(s) await review;")
    site.approve()
    assert "更多" in site.page() and "没有页面" not in site.page()


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("一句。 另一句。", "一句。 另一句。"),  # a single plain space is a space
        ("一句。" + " " * 200 + "# 译注", "一句。 " + "\\u0020" * 199 + "# 译注"),  # red team 80
        (" 前后 ", "\\u0020前后\\u0020"),
        ("换\n行\u202e反向\\u0041", "换\\u000a行\\u202e反向\\u005cu0041"),
    ],
)
def test_the_listing_hides_no_character(text, listed):
    assert shown(text, None) == listed


def test_changes_are_marked_within_a_budget():
    differ = Differ(budget=12)
    assert differ.changes("甲乙丙", "甲丁丙") == "甲[-乙-]{+丁+}丙"  # 9 of 12 spent
    assert differ.changes("甲乙", "甲丁") is None  # 4 more: the earlier text is shown whole


@pytest.mark.parametrize(
    "after",
    [
        pytest.param([entry(MSG_CODE, CHANGED), entry(*TITLE)], id="msgstr changed"),
        pytest.param(
            [entry(MSG_CODE, HONEST, "# lint-ignore: number — said so"), entry(*TITLE)],
            id="an exception added",
        ),
        pytest.param(
            [entry(MSG_CODE, HONEST), entry("More", PAGE_TITLE[1]), entry(PAGE_TITLE[0], "更多")],
            id="msgstrs traded",
        ),
    ],
)
def test_a_change_after_review_is_not_published(site, after):
    before = [entry(MSG_CODE, HONEST), entry(*TITLE), entry(*PAGE_TITLE)]
    site.translate(*before)
    site.approve()
    site.translate(*after)
    prepared = site.i18n("prepare")
    changed = [e for e in after if e not in before]
    assert f"{len(after) - len(changed)} translated, {len(changed)} fuzzy" in prepared.stdout


def test_a_comment_that_is_no_exception_keeps_the_review(site):
    site.translate(entry(MSG_CODE, HONEST), entry(*TITLE))
    site.approve()
    noted = entry(MSG_CODE, HONEST, "# the translator's source: the glossary")
    site.translate(noted, entry(*TITLE))
    assert "2 translated, 0 fuzzy" in site.i18n("prepare").stdout


def test_sphinx_never_compiles_the_unreviewed_catalog_itself(site):
    # The .po beside each .mo (Sphinx finds catalogs by them) holds every translation; Sphinx
    # compiles one newer than its .mo unless told not to.
    site.translate(entry(MSG_CODE, HONEST))
    assert site.i18n("prepare").returncode == 0
    copy = site.compiled / "zh_CN" / "LC_MESSAGES" / "index.po"
    later = copy.with_suffix(".mo").stat().st_mtime + 60
    os.utime(copy, (later, later))
    assert "普通段落" not in site.page()


def test_a_preview_publishes_what_awaits_review(site):
    site.translate(entry(MSG_CODE, HONEST))
    assert "普通段落" in site.page("--unreviewed")
    assert "a preview" in site.i18n("prepare", "--unreviewed").stdout


def test_approval_records_only_the_listing_read(site):
    site.translate(entry(MSG_CODE, HONEST))
    token = re.search(r"--approve (\w+)", site.i18n("review").stdout).group(1)
    site.translate(entry(MSG_CODE, CHANGED))  # changed after the maintainer read the listing
    refused = site.i18n("review", "--approve", token)
    assert refused.returncode == 1
    assert "are not the ones listed with" in refused.stderr
    assert not site.record.exists()


def test_nothing_is_approved_while_the_checks_fail(site):
    site.translate(entry(MSG_CODE, "一段普通段落。"))  # the code span is lost
    listed = site.i18n("review")
    assert listed.returncode == 1
    assert "nothing can be reviewed until the checks pass" in listed.stderr
    assert not site.record.exists()


def test_a_record_line_that_is_no_digest_is_refused_at_its_line(site):
    site.translate(entry(MSG_CODE, HONEST))
    site.approve()
    with site.record.open("a", encoding="utf-8") as record:
        record.write("approved: everything\n")
    lines = len(site.record.read_text("utf-8").splitlines())
    refused = site.i18n("prepare")
    assert refused.returncode == 1
    assert f"{site.record}:{lines}: [review] is not a reviewed translation's digest" in (
        refused.stderr
    )


def test_a_record_that_is_not_utf8_is_refused_at_its_line(site):
    site.translate(entry(MSG_CODE, HONEST))
    site.approve()
    site.record.write_bytes(site.record.read_bytes() + b"\xff\n")
    lines = len(site.record.read_bytes().splitlines())
    refused = site.i18n("prepare")
    assert refused.returncode == 1
    assert f"{site.record}:{lines}: [review] is not UTF-8" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_a_project_without_a_record_publishes_every_checked_translation(site):
    (site.root / "conf.py").write_text(
        (site.root / "conf.py").read_text("utf-8").replace('report_reviewed = "reviewed"\n', ""),
        "utf-8",
    )
    site.translate(entry(MSG_CODE, HONEST))
    assert "普通段落" in site.page()
    assert "no `report_reviewed` folder is set" in site.i18n("review").stderr


def test_every_translation_of_the_report_is_reviewed():
    listed = cli("review", "zh_CN", "--locales", LOCALES, "--source", SOURCE)
    assert listed.stdout.splitlines()[-1] == "zh_CN: 0 translation(s) await review", listed.stdout


def test_a_fact_changed_in_other_words_is_not_published_in_the_report(tmp_path):
    # Red team 77 row 32: the expert group "were absent" (缺席) for "attended"; no check
    # can tell, and the page keeps the English until a maintainer approves it.
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES, locales)
    po = locales / "zh_CN" / "LC_MESSAGES" / "organisations.po"
    text = po.read_text("utf-8")
    assert text.count("出席了本次会议") == 1
    po.write_text(text.replace("出席了本次会议", "缺席了本次会议"), "utf-8")
    out = tmp_path / "out"
    args = ["--locales", locales, "--source", SOURCE]
    assert cli("check", "zh_CN", *args).returncode == 0  # what the checks cannot judge
    prepared = cli("prepare", "zh_CN", *args, "--out", out)
    assert prepared.returncode == 0
    assert ", 1 fuzzy, 0 untranslated" in prepared.stdout
    mo = (out / "zh_CN" / "LC_MESSAGES" / "organisations.mo").read_bytes()
    assert "缺席".encode() not in mo and "机构".encode() in mo  # the others are published
    stats = cli("stats", "zh_CN", *args)
    assert "awaiting review in zh_CN" in stats.stdout and stats.stdout.count("): 1\n") == 1
