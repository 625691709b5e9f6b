"""A catalog for the source language: the English pages are the sources. A hostile
``locales/en/`` once rewrote the English site ("from the initial 24 to 576") with none of the
checks a translation gets, since only translations go through prepare. Now the build reads
catalogs only where prepare compiled them (never for English), and check refuses the folder."""

import shutil
import subprocess
import sys

import pytest

from conftest import LOCALES, SOURCE
from i18n_support import cli, entry, po_text, write_po

EN_HEADER = (
    po_text()
    .replace("Language: zh_CN", "Language: en")
    .replace("nplurals=1; plural=0;", "nplurals=2; plural=(n != 1);")
)


def falsified_english(locales) -> str:
    """An English catalog that turns the report's 76 members into 576; returns the text."""
    paragraph = next(
        line
        for line in (SOURCE / "work-report.md").read_text("utf-8").splitlines()
        if "24 to 76" in line
    )
    falsified = paragraph.replace("24 to 76", "24 to 576")
    write_po(locales, "work-report", EN_HEADER + "\n" + entry(paragraph, falsified), lang="en")
    return "24 to 576"


def test_check_refuses_a_catalog_for_the_source_language(tmp_path):
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES, locales)
    falsified_english(locales)
    result = cli("check", "--locales", locales, "--source", SOURCE)
    assert result.returncode == 1
    assert (
        f"{locales}/en/LC_MESSAGES/work-report.po:1: [source-language] the sources are "
        "written in en; its pages are not translated from catalogs: remove the folder"
    ) in result.stdout + result.stderr
    # Without the folder, the same catalogs pass.
    shutil.rmtree(locales / "en")
    assert cli("check", "--locales", locales, "--source", SOURCE).returncode == 0


@pytest.mark.slow
def test_the_english_site_is_built_from_the_sources_alone(tmp_path):
    # The sources beside the catalogs, as in the repository: conf.py's locale_dirs is
    # "../locales/", the translators' folder.
    source, locales = tmp_path / "source", tmp_path / "locales"
    shutil.copytree(SOURCE, source)
    shutil.copytree(LOCALES, locales)
    payload = falsified_english(locales)
    build = tmp_path / "build"
    args = ["--languages", "en", "--builders", "html", "--source", source]
    args += ["--locales", locales, "--build", build]
    result = subprocess.run(
        [sys.executable, "-m", "reportbook.build", *map(str, args)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    page = (build / "html" / "en" / "work-report.html").read_text("utf-8")
    assert payload not in page
    assert "24 to 76" in page
    assert list((locales / "en").rglob("*.mo")) == []  # nothing compiled into the folder
