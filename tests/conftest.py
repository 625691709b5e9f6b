"""Shared fixtures: Sphinx's testing fixtures for small roots, and builds of the real report."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from filelock import FileLock

from reportbook.build import Layout

pytest_plugins = ("sphinx.testing.fixtures",)

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO / "source"
LOCALES = REPO / "locales"
# A fixed date, so builds in the tests are reproducible whatever the clock says.
TEST_EPOCH = "1741478400"
# The tests read the messages of the builds they start. A CI that sets FORCE_COLOR would make
# Sphinx wrap each warning in ANSI codes (seen in CI: every hostile-catalog test failed), so
# every process a test starts is told to print plain text.
os.environ.pop("FORCE_COLOR", None)
os.environ["NO_COLOR"] = "1"


@pytest.fixture(scope="session")
def rootdir() -> Path:
    return Path(__file__).parent / "roots"


def sphinx_build(
    builder: str,
    outdir: Path,
    doctrees: Path,
    *,
    language: str = "en",
    source: Path = SOURCE,
    extra: tuple[str, ...] = (),
) -> subprocess.CompletedProcess:
    """Run sphinx-build as the project's builds do: nitpicky, warnings as errors."""
    args = [
        sys.executable,
        "-m",
        "sphinx",
        *Layout.sphinx_options,
        "-b",
        builder,
        "-d",
        str(doctrees),
        "-D",
        f"language={language}",
        *extra,
        str(source),
        str(outdir),
    ]
    env = {**os.environ, "SOURCE_DATE_EPOCH": TEST_EPOCH, "PYTHONHASHSEED": "0"}
    return subprocess.run(args, capture_output=True, text=True, env=env)


def build_or_fail(*args, **kwargs) -> None:
    result = sphinx_build(*args, **kwargs)
    if result.returncode:
        pytest.fail(f"sphinx-build failed:\n{result.stdout}\n{result.stderr}", pytrace=False)


def built_once(tmp_path_factory, name: str, build) -> Path:
    """``build(folder)``, once per test run. Under pytest-xdist (``-n``) each worker has its
    own session: the first to ask builds into a folder the workers share, and the others wait
    for it, rather than each building the whole report again on the same cores."""
    if "PYTEST_XDIST_WORKER" not in os.environ:
        folder = tmp_path_factory.mktemp(name)
        build(folder)
        return folder
    shared = tmp_path_factory.getbasetemp().parent
    folder, done = shared / name, shared / f"{name}.built"
    with FileLock(shared / f"{name}.lock"):
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)  # a failed build's remains
            folder.mkdir()
            build(folder)
            done.touch()
    return folder


@pytest.fixture(scope="session")
def report_html(tmp_path_factory) -> Path:
    """The English site of the real report, built once per test run."""

    def build(base: Path) -> None:
        build_or_fail("html", base / "en", base / "doctrees")

    return built_once(tmp_path_factory, "report-html", build) / "en"


def report_build(build: Path, *options: str, locales: Path = LOCALES) -> None:
    """``python -m reportbook.build`` on the real report, as the nox sessions run it; a
    failed build fails the test with its output."""
    args = [sys.executable, "-m", "reportbook.build", *options]
    args += ["--source", str(SOURCE), "--locales", str(locales), "--build", str(build)]
    env = {**os.environ, "SOURCE_DATE_EPOCH": TEST_EPOCH, "PYTHONHASHSEED": "0"}
    result = subprocess.run(args, capture_output=True, text=True, env=env, cwd=REPO)
    if result.returncode:
        pytest.fail(f"the build failed:\n{result.stdout}\n{result.stderr}", pytrace=False)


def build_everything(build: Path) -> Path:
    """Both languages (HTML, PDF, EPUB), the bilingual edition and the site root: the pipeline
    ``nox -s build`` runs (every language and builder is its default)."""
    report_build(build)
    return build


@pytest.fixture(scope="session")
def published(tmp_path_factory) -> Path:
    """The whole publication of the real report (build/ as ``nox -s build`` leaves it)."""
    return built_once(tmp_path_factory, "published", build_everything)
