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
