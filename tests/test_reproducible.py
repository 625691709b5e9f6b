"""Two clean builds of the same commit, in different directories, are byte-identical."""

import filecmp
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SOURCE, TEST_EPOCH
from conftest import build_everything as build_site

pytestmark = pytest.mark.slow

# Sphinx's caches: the pickled environment and doctrees, and .buildinfo (a hash of the
# configuration, which names the build's own directories).
CACHES = {"doctrees", ".doctrees", ".buildinfo"}


def build_everything(build: Path) -> None:
    build_site(build)
    add_templates(build)


def add_templates(build: Path) -> None:
    env = {**os.environ, "SOURCE_DATE_EPOCH": TEST_EPOCH}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-q",
            "-b",
            "gettext",
            "-D",
            "language=en",
            "-d",
            str(build / "doctrees" / "gettext"),
            str(SOURCE),
            str(build / "gettext"),
        ],
        check=True,
        env=env,
    )


def differences(left: Path, right: Path) -> list[str]:
    """Files that differ or exist on one side only, caches aside."""
    found = []

    def walk(cmp: filecmp.dircmp, prefix: str) -> None:
        found.extend(
            f"{prefix}{name}: only on one side"
            for name in cmp.left_only + cmp.right_only
            if name not in CACHES
        )
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        found.extend(f"{prefix}{name}: differs" for name in mismatch + errors if name not in CACHES)
        for name, sub in cmp.subdirs.items():
            if name not in CACHES:
                walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right), "")
    return found


@pytest.fixture(scope="module")
def two_builds(published, tmp_path_factory) -> tuple[Path, Path]:
    """The session's build, and a second one in a directory of another name and depth."""
    add_templates(published)
    second = tmp_path_factory.mktemp("second-build") / "nested"
    build_everything(second)
    return published, second


@pytest.mark.parametrize("output", ["html", "pdf", "gettext"])
def test_two_clean_builds_are_identical(two_builds, output):
    first, second = two_builds
    assert list((first / output).iterdir()), f"nothing was built in {output}/"
    assert differences(first / output, second / output) == []


def test_the_comparison_notices_a_changed_byte(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "page.html").write_text("<p>one</p>")
    (tmp_path / "b" / "page.html").write_text("<p>0ne</p>")
    (tmp_path / "a" / ".buildinfo").write_text("x")
    assert differences(tmp_path / "a", tmp_path / "b") == ["page.html: differs"]
