"""The extension's own configuration values and the links it puts on every page."""

import shutil
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from bs4 import BeautifulSoup


def links(app, page: str) -> dict[str, str]:
    soup = BeautifulSoup((app.outdir / page).read_text("utf-8"), "html.parser")
    return {a["class"][0]: a["href"] for a in soup.select("nav.report-bar a")}


@pytest.mark.sphinx("html", testroot="basic")
def test_each_page_links_to_itself_in_the_other_language_and_to_its_books(app):
    app.build()
    assert links(app, "chapter.html") == {
        "report-lang": "../zh_CN/chapter.html",
        "report-bilingual": "../bilingual/chapter.html",
        "report-pdf": "../pdf/tiny-report-en.pdf",
        "report-epub": "../epub/tiny-report-en.epub",
    }
    assert links(app, "sub/deeper.html") == {
        "report-lang": "../../zh_CN/sub/deeper.html",
        "report-bilingual": "../../bilingual/sub/deeper.html",
        "report-pdf": "../../pdf/tiny-report-en.pdf",
        "report-epub": "../../epub/tiny-report-en.epub",
    }


@pytest.mark.sphinx("html", testroot="basic")
def test_chinese_phrases_carry_their_language(app):
    app.build()
    assert '<span lang="zh-CN">中国智造</span>' in (app.outdir / "chapter.html").read_text("utf-8")


def sphinx_build(srcdir: Path, *options: str) -> subprocess.CompletedProcess:
    """sphinx-build as a user runs it, on a root of the tests."""
    command = [sys.executable, "-m", "sphinx", "-q", "-b", "html", *options]
    return subprocess.run([*command, srcdir, srcdir / "_build"], capture_output=True, text=True)


def refused(srcdir: Path, *options: str) -> str:
    """Sphinx stops before reading anything (exit status 2) with one ERROR paragraph, and
    neither a traceback nor Sphinx's crash report."""
    result = sphinx_build(srcdir, *options)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("ERROR:") == 1, result.stderr
    assert "Traceback" not in result.stderr and "sphinx-err" not in result.stderr
    assert not (srcdir / "_build" / "index.html").exists()
    return result.stderr.strip()


@pytest.fixture
def basic_copy(rootdir, tmp_path) -> Path:
    shutil.copytree(rootdir / "test-basic", tmp_path / "src")
    return tmp_path / "src"


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ("report_slug=Not A Slug", "report_slug = 'Not A Slug' (given with -D): use lowercase"),
        (
            "report_languages=en,xx",
            "report_languages = ['en', 'xx'] (given with -D): 'xx' has no settings in",
        ),
        ("language=xx", "language = 'xx' (given with -D): 'xx' has no settings in"),
        ("report_date=9 March 2025", "report_date = '9 March 2025' (given with -D): write it"),
        ("pdf_toc_depth=4", "pdf_toc_depth = 4 (given with -D): use 1, 2 or 3"),
        ("pdf_jobs=-1", "pdf_jobs = -1 (given with -D): a number of processes, or 0"),
    ],
)
def test_bad_settings_are_refused_with_a_clear_message(basic_copy, override, message):
    assert refused(basic_copy, "-D", override).startswith(f"ERROR: {message}")


def test_good_settings_are_taken(make_app, basic_copy):
    overrides = {"report_slug": "a-slug", "report_date": "2025-03-09", "pdf_toc_depth": 3}
    app = make_app("html", srcdir=basic_copy, confoverrides=overrides)
    assert (app.config.report_slug, app.config.pdf_toc_depth) == ("a-slug", 3)
    assert not app.warning.getvalue()


# Values of the wrong type, what the build says of each, and a value of the right one.
WRONG_TYPES = [
    ("report_date", 20250309, "must be a string", "2025-03-09"),
    ("report_languages", ["en", 7], "must be a list of strings", ["en", "zh_CN"]),
    ("pdf_toc_depth", "2", "must be a whole number", 2),
    ("pdf_jobs", True, "must be a whole number", 0),
    ("pdf_keywords", "garments, alliance", "must be a list of strings", ["garments", "alliance"]),
    ("pdf_title", ["Title"], "must be a string or None", None),
]


def append_to_conf(srcdir: Path, key: str, given) -> tuple[Path, int]:
    conf = srcdir / "conf.py"
    conf.write_text(conf.read_text("utf-8") + f"{key} = {given!r}\n", "utf-8")
    return conf, len(conf.read_text("utf-8").splitlines())


@pytest.mark.parametrize(("key", "wrong", "problem", "_good"), WRONG_TYPES)
def test_a_wrong_type_in_conf_py_names_the_file_line_and_key(
    basic_copy, key, wrong, problem, _good
):
    conf, line = append_to_conf(basic_copy, key, wrong)
    assert refused(basic_copy) == f"{conf}:{line}: ERROR: {key} = {wrong!r}: {problem}"


@pytest.mark.parametrize(("key", "_wrong", "_problem", "good"), WRONG_TYPES)
def test_a_value_of_the_right_type_is_taken(make_app, basic_copy, key, _wrong, _problem, good):
    append_to_conf(basic_copy, key, good)
    warning = StringIO()
    app = make_app("html", srcdir=basic_copy, warning=warning)
    assert app.config[key] == good
    assert not warning.getvalue()


def test_a_split_index_is_refused_like_any_other_setting(basic_copy):
    """The report's index is one page; Sphinx's ConfigError here was its crash report."""
    conf, line = append_to_conf(basic_copy, "html_split_index", True)
    assert refused(basic_copy) == (
        f"{conf}:{line}: ERROR: html_split_index = True: the report's index is one page"
    )
