"""The Chinese edition as a Chinese reader checks it: names, index, cross-references, PDF labels."""

import re

import pytest

import htmlcheck
import zh_sentences
from conftest import LOCALES
from reportbook.i18n.catalogs import load_catalog

CATALOGS = LOCALES / "zh_CN" / "LC_MESSAGES"
WRONG_NAMES = (
    "温立生",
)  # "Wen Lisheng" is 闻力生 (Donghua University; public sources in people.po)
VERIFIED = {
    "Chen Dapeng": "陈大鹏",
    "Cao Xuejun": "曹学军",
    "Feng Dehu": "冯德虎",
    "Du Yanbing": "杜岩冰",
    "Jiang Hengjie": "蒋衡杰",
    "Wen Lisheng": "闻力生",
}
# Latin names that Chinese text writes in Latin letters too.
LATIN_IN_CHINESE = re.compile(r"^(?:DeepSeek-R1|CAD|AI大模型|品牌DNA|3D虚拟样衣)$")
CJK = re.compile(r"[\u4e00-\u9fff]")
# Generated Chinese strings: ASCII punctuation, a space in a caption's "表1", or a page number
# not set apart on both sides ("第 8 页", clreq's spacing; not "第8页" or "第 8页").
BAD_GENERATED = re.compile(
    r"[（(]见[^）)]*(?:[,;:]|[表图] \d)[^）)]*[）)]|[第共](?:\d+\s*|\s+\d+)页"
    r"|[\u4e00-\u9fff》）], \d"  # an index entry and its pages: "陈大鹏，20", not "陈大鹏, 20"
    # a page after a quoted title splits it from the word it is followed by: 见第 8 页“协同研发
    # 平台”一节, not 见“协同研发平台”，第 8 页一节 (languages.toml, pdf_see_page_before_title)
    r"|”\s*[，（]\s*见?\s*第\s*\d+\s*页"
)


def wrong_names(text: str) -> list[str]:
    return [name for name in WRONG_NAMES if name in text]


def non_chinese_entries(entries: list[str]) -> list[str]:
    return [e for e in entries if not CJK.search(e) and not LATIN_IN_CHINESE.match(e)]


def bad_generated(text: str) -> list[str]:
    return BAD_GENERATED.findall(text)


def test_the_name_checks_catch_what_they_look_for():
    assert wrong_names("中国服装协会顾问温立生") == ["温立生"]
    assert wrong_names("中国服装协会顾问闻力生") == []
    assert non_chinese_entries(["Wen Lisheng", "闻力生", "DeepSeek-R1", "Work Office"]) == [
        "Wen Lisheng",
        "Work Office",
    ]
    assert bad_generated("（见表 1, 第 28 页）") != []
    assert bad_generated("第3页，共 40页") == ["第3页", "共 40页"]
    assert bad_generated("第 3页") != [] and bad_generated("第3 页") != []
    assert bad_generated("陈大鹏, 20, 23") != []
    assert bad_generated("（见表1，第 28 页）第 3 页，共 40 页 陈大鹏，20，23 第1条") == []
    assert bad_generated("（另见“协同研发平台”，第 8 页一节）") == ["”，第 8 页"]
    assert bad_generated("见于“十年发展”（见第 7 页）和“协同研发平台”（见第 8 页）两节") != []
    assert bad_generated("（另见第 8 页“协同研发平台”一节）“三衣两裤”（见第 9 页）") != []
    assert bad_generated("（另见第 8 页“协同研发平台”一节）见于第 7 页“十年发展”、第 8 页") == []


def test_no_catalog_has_the_wrong_name_and_the_verified_names_are_there():
    for po in sorted(CATALOGS.glob("*.po")):
        text = po.read_text("utf-8")
        assert wrong_names(text) == [], po.name
        assert "为推定" not in text or "Wen Lisheng" not in text.split("为推定")[0][-60:], po.name
    people = load_catalog(CATALOGS / "people.po", "zh_CN")
    for english, chinese in VERIFIED.items():
        message = people.get(english)
        assert message is not None and message.string == chinese, english
        assert any("已核实" in c and "http" in c for c in message.user_comments), english


def test_the_editorial_note_lists_the_unverified_names():
    note = load_catalog(CATALOGS / "editorial-note.po", "zh_CN")
    listing = next(m.string for m in note if m.id and m.id.startswith("The Chinese edition gives"))
    for name in ("韩晶", "刘正安", "林广川", "胡海松", "陈新平", "黄海", "广东匡顿科技有限公司"):
        assert name in listing
    assert not any(name in listing for name in VERIFIED.values())


def test_the_sentence_check_finds_tautologies_and_bare_titles():
    titles = {"互动交流", "新成员授牌与总结讲话", "十年发展"}
    mark = zh_sentences.MARK_OPEN + "{}" + zh_sentences.MARK_CLOSE
    closing, discussion = mark.format("新成员授牌与总结讲话"), mark.format("互动交流")
    bad = f"本版将授牌归入{closing}，将互动交流归入{discussion}。"
    found = zh_sentences.problems(bad, titles)
    assert len(found) == 2 and "twice in a row" in found[1] and "bare" in found[0]
    assert zh_sentences.problems(f"{mark.format('十年发展')}中的图2.1", titles) != []
    good = f"本版另设“{mark.format('互动交流')}”一章（见“{mark.format('十年发展')}”一节）。"
    assert zh_sentences.problems(good, titles) == []
    assert zh_sentences.problems(f"另设“{discussion}”一章记述互动交流", titles) != []
    assert zh_sentences.problems(f"（见“{mark.format('十年发展')}”）", titles) != []
    assert zh_sentences.problems(f"见于“{mark.format('十年发展')}”和“{discussion}”。", titles) == []


@pytest.mark.slow
def test_the_chinese_index_is_in_chinese(published):
    page = htmlcheck.load(published / "html" / "zh_CN" / "genindex.html")
    entries = [
        a.get_text(" ", strip=True)
        for a in htmlcheck.body(page).select("a")
        if a.get_text(strip=True)
        and not a.get_text(strip=True).startswith("[")
        and a.get("href", "").split("#")[0].endswith(".html")
        and not a.get("href", "").startswith("genindex")
    ]
    assert len(entries) > 80
    assert non_chinese_entries(entries) == []
    assert {"闻力生", "陈大鹏", "工作办公室", "《制造业数字化转型行动方案》"} <= set(entries)
    assert wrong_names(htmlcheck.body(page).get_text()) == []


@pytest.mark.slow
def test_rendered_chinese_sentences_name_their_sections(published):
    site = published / "html" / "zh_CN"
    pages = {
        p.name: p.read_text("utf-8")
        for p in site.glob("*.html")
        if p.name not in ("genindex.html", "search.html", "404.html")
    }
    titles = zh_sentences.heading_titles(list(pages.values()))
    problems = [
        f"{name}: {problem}"
        for name, html in sorted(pages.items())
        for paragraph in zh_sentences.marked_paragraphs(html)
        for problem in zh_sentences.problems(paragraph, titles)
    ]
    assert problems == []
    assert all(wrong_names(html) == [] for html in pages.values())


@pytest.mark.slow
def test_generated_strings_of_the_chinese_book_are_chinese(published):
    from test_pdf_checks import page_texts

    texts = page_texts(published / "pdf" / "garment-alliance-2025-zh_CN.pdf")
    whole = "\n".join(texts)
    assert wrong_names(whole) == []
    assert "闻力生" in whole
    assert bad_generated(whole) == []
    assert re.search(r"第\s+\d+\s+页，共\s+\d+\s+页", whole)
    # a quoted title's page before it, a 顿号 between two side by side
    assert len(re.findall(r"见第\s+\d+\s+页\s*“[^”]+”一节", whole)) > 20
    assert re.search(r"第\s+\d+\s+页\s*“[^”]+”、第\s+\d+\s+页\s*“", whole)


def _gettext(source, out, epoch):
    import os
    import subprocess
    import sys

    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch}
    args = [sys.executable, "-m", "sphinx", "-q", "-b", "gettext", "-D", "language=en"]
    result = subprocess.run([*args, str(source), str(out)], env=env, capture_output=True)
    assert result.returncode == 0, result.stderr


def _changed_entries(old: str, new: str) -> list[str]:
    """The entries (blank-line separated blocks) of ``old`` that differ in ``new``, by msgid."""
    old_blocks, new_blocks = old.split("\n\n"), new.split("\n\n")
    assert len(old_blocks) == len(new_blocks), "entries were added or removed"
    return [a for a, b in zip(old_blocks, new_blocks, strict=True) if a != b]


@pytest.mark.slow
def test_an_update_after_a_one_paragraph_edit_touches_only_that_message(tmp_path):
    import shutil

    from conftest import SOURCE
    from reportbook.i18n.update import update_catalogs

    source, locales = tmp_path / "source", tmp_path / "locales"
    shutil.copytree(SOURCE, source)
    shutil.copytree(LOCALES, locales)
    _gettext(source, tmp_path / "pot", "1741478400")
    # the committed catalogs and the update agree: nothing to do (sphinx.po's locations name
    # the toolchain's templates relative to the source, which the copy moved)
    assert update_catalogs("zh_CN", tmp_path / "pot", locales)["update"] in ([], ["sphinx"])

    closing = source / "closing.md"
    edited = closing.read_text("utf-8").replace("placed high hopes on its future", "hoped much")
    closing.write_text(edited, "utf-8")
    _gettext(source, tmp_path / "pot2", "1741564800")
    before = (locales / "zh_CN/LC_MESSAGES/closing.po").read_text("utf-8")
    assert update_catalogs("zh_CN", tmp_path / "pot2", locales)["update"] == ["closing"]
    after = (locales / "zh_CN/LC_MESSAGES/closing.po").read_text("utf-8")

    header, message = _changed_entries(before, after)
    header_diff = set(header.splitlines()) ^ set(after.split("\n\n")[0].splitlines())
    assert all("POT-Creation-Date" in line for line in header_diff)
    assert message.startswith("#: ../../source/closing.md:29\nmsgid")
    new_entry = next(b for b in after.split("\n\n") if "hoped much" in b)
    assert "#, fuzzy" in new_entry and "#| msgid" in new_entry
    # translator comments stay as written: none of them was re-wrapped
    comments = [line for line in before.splitlines() if line.startswith("# ")]
    assert comments == [line for line in after.splitlines() if line.startswith("# ")]
