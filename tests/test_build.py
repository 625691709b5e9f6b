"""The build pipeline: a language is built again only when something it is built from changed."""

import os
import shutil
import subprocess
import sys

from conftest import LOCALES, TEST_EPOCH


def build(source, out):
    command = [
        sys.executable,
        "-m",
        "reportbook.build",
        "--languages",
        "en",
        "--builders",
        "html",
        "--source",
        str(source),
        "--locales",
        str(LOCALES),
        "--build",
        str(out),
    ]
    env = {**os.environ, "SOURCE_DATE_EPOCH": TEST_EPOCH}
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_nothing_changed_nothing_built_and_a_change_builds_again(rootdir, tmp_path):
    source = tmp_path / "source"
    shutil.copytree(rootdir / "test-basic", source)
    page = tmp_path / "build" / "html" / "en" / "chapter.html"
    assert "up to date" not in build(source, tmp_path / "build")
    built = page.stat().st_mtime_ns

    assert "[en] up to date" in build(source, tmp_path / "build")
    assert page.stat().st_mtime_ns == built

    chapter = source / "chapter.md"
    chapter.write_text(
        chapter.read_text("utf-8").replace("Text with", "A changed paragraph. Text with"), "utf-8"
    )
    assert "up to date" not in build(source, tmp_path / "build")
    assert "A changed paragraph." in page.read_text("utf-8")


def test_a_deleted_output_is_built_again(rootdir, tmp_path):
    source = tmp_path / "source"
    shutil.copytree(rootdir / "test-basic", source)
    build(source, tmp_path / "build")
    shutil.rmtree(tmp_path / "build" / "html" / "en")
    assert "up to date" not in build(source, tmp_path / "build")
    assert (tmp_path / "build" / "html" / "en" / "index.html").exists()


def test_changed_catalogs_reach_every_page_of_every_builder(rootdir, tmp_path):
    """Red team 8: after a catalog change the e-book, which shares the site's doctrees, kept
    the old translation, and an interface text (sphinx.po) reached only the pages a source
    change touched. Every builder now writes every page when prepare compiled anew."""
    import zipfile

    source = tmp_path / "source"
    shutil.copytree(rootdir / "test-site-zh", source)
    with open(source / "conf.py", "a", encoding="utf-8") as conf:
        conf.write('copyright = "2025, Tiny"\nversion = "1"  # an e-book needs both\n')
    locales = source / "locales"
    command = [sys.executable, "-m", "reportbook.build", "--languages", "zh_CN"]
    command += ["--builders", "html", "epub", "--source", str(source)]
    command += ["--locales", str(locales), "--build", str(tmp_path / "build")]
    env = {**os.environ, "SOURCE_DATE_EPOCH": TEST_EPOCH}

    def built() -> tuple[str, str]:
        result = subprocess.run(command, capture_output=True, text=True, env=env)
        assert result.returncode == 0, result.stdout + result.stderr
        (book,) = (tmp_path / "build" / "html" / "epub").glob("*zh_CN.epub")
        with zipfile.ZipFile(book) as epub:
            page = next(n for n in epub.namelist() if n.split("/")[-1] == "index.xhtml")
            xhtml = epub.read(page).decode()
        return xhtml, (tmp_path / "build" / "html" / "zh_CN" / "glossary.html").read_text("utf-8")

    xhtml, glossary = built()
    assert "联盟在临平召开会议" in xhtml and "相关主题" in glossary
    for domain, old, new in [
        ("index", "联盟在临平", "联盟在杭州临平"),
        ("sphinx", "相关主题", "相关话题"),
    ]:
        po = locales / "zh_CN" / "LC_MESSAGES" / f"{domain}.po"
        po.write_text(po.read_text("utf-8").replace(old, new), "utf-8")
    xhtml, glossary = built()
    assert "联盟在杭州临平召开会议" in xhtml  # the e-book, not only the site
    assert "相关话题" in glossary and "相关主题" not in glossary  # a page no source change touched


def test_a_build_refused_once_is_refused_again(rootdir, tmp_path):
    """Red team 11: the build's guard refused a translation, but the same build run again read
    nothing, so checked nothing, and published."""
    source = tmp_path / "source"
    shutil.copytree(rootdir / "test-site-zh", source)
    po = source / "locales" / "zh_CN" / "LC_MESSAGES" / "index.po"
    # In a message with markup: prepare refuses any in a plain one (plain-text), the guard ids.
    po.write_text(po.read_text("utf-8").replace("举行", "[举行]{#evil-id}"), "utf-8")
    command = [sys.executable, "-m", "reportbook.build", "--languages", "zh_CN"]
    command += ["--builders", "html", "--source", str(source)]
    command += ["--locales", str(source / "locales"), "--build", str(tmp_path / "build")]
    env = {**os.environ, "SOURCE_DATE_EPOCH": TEST_EPOCH}
    for _ in range(2):
        result = subprocess.run(command, capture_output=True, text=True, env=env)
        assert result.returncode != 0
        assert "[id] the translation adds the id 'evil-id'" in result.stderr
