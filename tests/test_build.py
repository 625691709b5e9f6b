"""The build pipeline: a language is built again only when something it is built from changed."""

import os
import shutil
import subprocess
import sys

import pytest

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
    change touched. Every builder now writes every page when the catalogs differ from those it
    last wrote with (see the orders below for builders run apart)."""
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


# A stand-in for the guard, which refuses a page while Sphinx reads it: `check` now names every
# payload the guard refuses before Sphinx starts (the guard stays as the boundary), so no
# catalog can make the Sphinx step fail here.
REFUSES_WHILE_ASKED = """
def _refuse(app, doctree):
    import os
    from sphinx.util import logging
    if os.environ.get("TEST_REFUSE_READING"):
        logging.getLogger(__name__).warning("refused while reading %s", app.env.docname)


def setup(app):
    app.connect("doctree-read", _refuse)
"""


def test_a_build_refused_once_is_refused_again(rootdir, tmp_path):
    """Red team 11: the build's guard refused a translation, but the same build run again read
    nothing (the failed step's doctrees were kept), so checked nothing, and published."""
    source = tmp_path / "source"
    shutil.copytree(rootdir / "test-site-zh", source)
    with open(source / "conf.py", "a", encoding="utf-8") as conf:
        conf.write(REFUSES_WHILE_ASKED)
    command = [sys.executable, "-m", "reportbook.build", "--languages", "zh_CN"]
    command += ["--builders", "html", "--source", str(source)]
    command += ["--locales", str(source / "locales"), "--build", str(tmp_path / "build")]
    env = {**os.environ, "SOURCE_DATE_EPOCH": TEST_EPOCH}
    for _ in range(2):
        result = subprocess.run(
            command, capture_output=True, text=True, env={**env, "TEST_REFUSE_READING": "1"}
        )
        assert result.returncode != 0
        assert "refused while reading index" in result.stderr
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr  # the stand-in refused, nothing else


class ZhBuilds:
    """The Chinese site and e-book of a copy of the test-site-zh root, built as
    ``nox -s html`` / ``nox -s epub`` / ``nox -s build`` build them, in any order."""

    def __init__(self, rootdir, tmp_path):
        self.source = tmp_path / "source"
        shutil.copytree(rootdir / "test-site-zh", self.source)
        with open(self.source / "conf.py", "a", encoding="utf-8") as conf:
            conf.write('copyright = "2025, Tiny"\nversion = "1"  # an e-book needs both\n')
        self.build_dir = tmp_path / "build"
        self.site = self.build_dir / "html" / "zh_CN"
        self.catalogs = self.source / "locales" / "zh_CN" / "LC_MESSAGES"

    def builds(self, *builders: str, one_language: bool = False) -> str:
        """One build; with ``one_language``, the language's pipeline itself, which always
        starts Sphinx (the up-to-date stamp is the caller's)."""
        command = [sys.executable, "-m", "reportbook.build"]
        command += ["--one-language" if one_language else "--languages", "zh_CN"]
        command += ["--builders", *builders, "--source", str(self.source)]
        command += ["--locales", str(self.source / "locales"), "--build", str(self.build_dir)]
        env = {**os.environ, "SOURCE_DATE_EPOCH": TEST_EPOCH}
        result = subprocess.run(command, capture_output=True, text=True, env=env)
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout + result.stderr

    def edit(self, domain: str, old: str, new: str) -> None:
        po = self.catalogs / f"{domain}.po"
        text = po.read_text("utf-8")
        assert text.count(f'msgstr "{old}') == 1
        po.write_text(text.replace(f'msgstr "{old}', f'msgstr "{new}'), "utf-8")

    def book(self) -> dict[str, str]:
        """The published e-book's pages, by name."""
        import zipfile

        (path,) = (self.build_dir / "html" / "epub").glob("*zh_CN.epub")
        with zipfile.ZipFile(path) as epub:
            return {name: epub.read(name).decode("utf-8", "replace") for name in epub.namelist()}


# Red team 20: after a catalog edit, a builder that ran after another had re-read the shared
# doctrees kept the pages it had written from the old catalogs.
ORDERS = {
    # Row 1: nox -s html (or serve), then nox -s build: the e-book kept the old text.
    "site, then site and e-book": [["html"], ["html", "epub"]],
    # Row 2: look at the book, then the site: every site page kept the old title.
    "e-book, then site": [["epub"], ["html"]],
    # The e-book alone, then both: the e-book step failed, and every one after it.
    "e-book, then site and e-book": [["epub"], ["html", "epub"]],
}


@pytest.mark.parametrize("order", ORDERS.values(), ids=ORDERS.keys())
def test_an_edited_catalog_reaches_the_site_and_the_book_in_any_order(rootdir, tmp_path, order):
    zh = ZhBuilds(rootdir, tmp_path)
    zh.builds("html", "epub")
    # The page's own text, and the title of another page, printed on this one (its contents,
    # the site's "next" link): a page whose catalog did not change.
    zh.edit("index", "联盟在临平", "联盟在杭州临平")
    zh.edit("glossary", "术语表", "术语汇编")
    logs = [zh.builds(*builders) for builders in order]
    assert not [log for log in logs if "WARNING" in log]  # .buildinfo.bak was one
    book = zh.book()
    assert [name for name in book if ".buildinfo" in name] == []  # Sphinx's, not the book's
    pages = {
        "site index.html": (zh.site / "index.html").read_text("utf-8"),
        "site glossary.html": (zh.site / "glossary.html").read_text("utf-8"),
        "book index.xhtml": book["index.xhtml"],
        "book glossary.xhtml": book["glossary.xhtml"],
        "book nav.xhtml": book["nav.xhtml"],
    }
    for name, page in pages.items():
        assert "术语汇编" in page and "术语表" not in page, name
    for name in ("site index.html", "book index.xhtml"):
        assert "联盟在杭州临平召开会议" in pages[name], name
        assert "联盟在临平召开会议" not in pages[name], name


def test_with_no_catalog_change_no_builder_writes_a_page(rootdir, tmp_path):
    """The negative: Sphinx runs (no up-to-date stamp), finds nothing changed, and no builder
    writes a page, whatever ran before it. The e-book built alone used to take its settings
    for changed (the site, built first in the same process, had added its templates to
    Sphinx's shared default list): it wrote every page, and its .buildinfo.bak failed it."""
    zh = ZhBuilds(rootdir, tmp_path)
    zh.builds("html", "epub")
    xhtml = zh.build_dir / "epub" / "_xhtml" / "zh_CN"
    pages = [zh.site / "index.html", zh.site / "glossary.html"]
    pages += [xhtml / "index.xhtml", xhtml / "glossary.xhtml"]
    written = [page.stat().st_mtime_ns for page in pages]
    for builders in (["html", "epub"], ["epub"], ["html"]):
        zh.builds(*builders, one_language=True)
        assert [page.stat().st_mtime_ns for page in pages] == written, builders
    assert list(zh.build_dir.rglob(".buildinfo.bak")) == []


def test_english_with_only_the_bilingual_books_asked_has_nothing_to_build(tmp_path):
    # Red team 29's aside: --languages en zh_CN --builders bilingual-pdf stopped with an
    # IndexError traceback: English has no step of its own in the bilingual books.
    from conftest import SOURCE
    from reportbook.build import Layout, input_digest

    layout = Layout(SOURCE, LOCALES, tmp_path / "build")
    assert input_digest(layout, "en", ["bilingual-pdf"]) != input_digest(
        layout, "en", ["bilingual"]
    )


def test_gettext_with_other_builders_is_a_clear_error(capsys):
    # Red team 34's aside: --builders html gettext ended in a KeyError traceback.
    from reportbook.build import main

    with pytest.raises(SystemExit) as stopped:
        main(["--builders", "html", "gettext", "--steps"])
    assert stopped.value.code == 2
    assert "gettext builds the templates alone" in capsys.readouterr().err
    assert main(["--builders", "html", "--steps"]) == 0  # the negative case: planned
