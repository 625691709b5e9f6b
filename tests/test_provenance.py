"""Everything the build and the tests take from the system is installed by the set-up.

On a machine that happens to have extra packages the build can pass while the README's
commands fail on a fresh one (a missing font package hid that way once). These tests trace
every embedded font, program and library back through ``dpkg -S`` to the packages that
``python -m reportbook.system`` installs, or to what those packages depend on.
"""

import shutil
from pathlib import Path

import pytest

from provenance import (
    embedded_fonts,
    font_file,
    linked_libraries,
    loaded_libraries,
    package_of,
    programs_called,
    unprovided,
)
from reportbook import system

REPO = Path(__file__).resolve().parent.parent
CODE = [REPO / "src", REPO / "tests", REPO / "bench", REPO / "noxfile.py"]
# What the set-up installed before fonts were derived from the data: it lacked the English
# book's Latin fonts, which only a full Chromium install had brought.
OLD_SETUP = frozenset(
    ["fonts-noto-cjk", "libharfbuzz-subset0", "gettext", "qpdf", "poppler-utils", "chromium"]
    + ["default-jre-headless", "npm"]
)
# Programs that come with Python or with every Debian system, not from a package we choose,
# and those nox installs into a session's environment from pyproject.toml.
NOT_OURS = {"python", "python3", "apt-get", "apt-cache", "dpkg", "dpkg-query", "ldconfig", "ldd"}
# The C library's own parts, which every Debian system has (libc6, essential).
GLIBC = ("libc.so", "libm.so", "libdl.so", "libpthread.so", "linux-vdso", "ld-linux")
FROM_PYPI = {"sphinx-build", "sphinx-autobuild", "ruff"}

pytestmark = pytest.mark.skipif(shutil.which("dpkg") is None, reason="traces Debian packages")


def setup_packages(purpose: str) -> frozenset[str]:
    """Every package the set-up may install for ``purpose``, each need's alternatives too."""
    return frozenset(p for need in system.needs(purpose) for p in need.packages)


def test_every_need_names_its_package():
    unnamed = [need.describe() for need in system.needs("tests") if not need.packages]
    assert not unnamed


def test_an_unmapped_font_family_is_named_in_the_message():
    need = system.Need("font", "Imaginary Serif", system.font_packages("Imaginary Serif"), "x")
    text = system.explain([need], "PDF")
    assert "'Imaginary Serif'" in text and "[fonts] in reportbook/data/system.toml" in text


@pytest.fixture(scope="module")
def font_files(published) -> dict[str, str]:
    books = sorted((published / "pdf").glob("*.pdf"))
    assert len(books) >= 2, books
    return {name: font_file(name) for book in books for name in embedded_fonts(book)}


@pytest.mark.slow
def test_embedded_fonts_come_from_the_setup(font_files):
    assert not unprovided(font_files, setup_packages("build"))


@pytest.mark.slow
def test_the_old_setup_would_not_have_provided_the_fonts(font_files):
    """The negative case: the list the set-up kept by hand misses a font the book embeds, and
    so does any list without the package of an embedded font."""
    assert unprovided(font_files, OLD_SETUP)
    some_font, path = next(iter(font_files.items()))
    without = setup_packages("build") - {package_of(path)}
    assert some_font in unprovided(font_files, without)


def test_every_program_the_code_starts_is_declared():
    declared = {need.name for need in system.needs("tests") if need.kind == "program"}
    called = programs_called(CODE)
    undeclared = {name: where for name, where in called.items() if name not in declared}
    assert not {k: v for k, v in undeclared.items() if k not in NOT_OURS | FROM_PYPI}


def test_a_new_program_call_is_found(tmp_path):
    code = tmp_path / "x.py"
    code.write_text("import subprocess\nsubprocess.run(['inkscape', 'a.svg'])\n")
    assert programs_called([code]) == {"inkscape": "x.py:2"}


def test_declared_programs_come_from_the_setup():
    programs = {
        need.name: shutil.which(need.name)
        for need in system.needs("tests")
        if need.kind == "program"
    }
    assert all(programs.values()), [name for name, path in programs.items() if not path]
    assert not unprovided(programs, setup_packages("tests"))


def test_libraries_weasyprint_loads_come_from_the_setup():
    libraries = loaded_libraries("weasyprint.text.ffi")
    assert any("pango" in name for name in libraries), libraries
    assert not unprovided(libraries, setup_packages("build"))


def test_libraries_playwrights_driver_needs_come_from_the_setup():
    """Playwright's wheel ships its own Node.js, linked against system libraries."""
    import playwright

    driver = Path(playwright.__file__).parent / "driver" / "node"
    libraries = linked_libraries(driver)
    missing = [name for name, path in libraries.items() if path == "not found"]
    assert libraries and not missing
    ours = {name: path for name, path in libraries.items() if not name.startswith(GLIBC)}
    assert not unprovided(ours, setup_packages("tests"))


def test_a_library_from_elsewhere_is_reported():
    libraries = loaded_libraries("weasyprint.text.ffi")
    pango = next(path for name, path in libraries.items() if name.startswith("libpango-"))
    only_fonts = frozenset(p for need in system.font_needs() for p in need.packages)
    assert "pango" in unprovided({"pango": pango}, only_fonts)["pango"]
