"""Where the files the build and the tests use come from: fontconfig, PATH and the dynamic
loader find a file, dpkg names the package that installed it, and apt says whether the
project's set-up installs that package or one that depends on it.

A machine can have packages that nothing of ours installs (left from a developer's earlier
work): a file found there proves nothing until its package is traced back to the set-up.
"""

import ast
import io
import os
import re
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pikepdf
from fontTools.ttLib import TTFont

# Calls that start a program: the program is the first element of their first argument.
STARTERS = {"run", "Popen", "check_output", "check_call", "call"}
FONT_PROGRAMS = ("/FontFile2", "/FontFile3", "/FontFile")


def package_of(path: str) -> str | None:
    """The Debian package that installed ``path`` (symlinks followed), or None."""
    real = os.path.realpath(path)
    for candidate in dict.fromkeys([real, path]):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":")[0].split(",")[0].strip()
    usr_merged = re.sub(r"^/usr(?=/(lib|bin|sbin)/)", "", real)  # dpkg knows /lib, not /usr/lib
    if usr_merged != real:
        return package_of(usr_merged)
    return None


@cache
def provided_by(packages: frozenset[str]) -> frozenset[str]:
    """The packages installing ``packages`` surely puts on a machine: them and what they
    depend on, recursively. Of a choice ("a | b") only the first counts: apt installs it
    when none is there, so the others come only from elsewhere."""
    found = set(packages)
    todo = sorted(packages)
    while todo:
        todo = sorted(set(first_dependencies(todo)) - found)
        found.update(todo)
    return frozenset(found)


def first_dependencies(packages: list[str]) -> list[str]:
    """What the installed ``packages`` depend on, as dpkg records it: of each choice the
    first alternative that is a package on this machine."""
    out = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Depends},${Pre-Depends}\n", *packages],
        capture_output=True,
        text=True,
    ).stdout
    found = []
    for group in out.replace("\n", ",").split(","):
        names = [re.split(r"[\s:(]", choice.strip())[0] for choice in group.split("|")]
        installed = [name for name in names if name and installed_package(name)]
        found += installed[:1]
    return found


@cache
def installed_package(name: str) -> bool:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f", "${db:Status-Abbrev}", name], capture_output=True, text=True
    )
    return result.stdout.startswith("ii")


def unprovided(files: dict[str, str], packages: frozenset[str]) -> dict[str, str]:
    """Of ``files`` (what → path), those that no package of the set-up's closure installed,
    mapped to the package that did (or to a note that none did)."""
    closure = provided_by(packages)
    found = {}
    for what, path in files.items():
        package = package_of(path)
        if package not in closure:
            found[what] = f"{path} from {package or 'no Debian package'}"
    return found


def embedded_fonts(pdf: Path) -> set[str]:
    """The PostScript names of the fonts embedded in a PDF, read from each embedded font
    program's own name table (a PDF's /BaseFont is whatever the writer chose to call it)."""
    names = set()
    with pikepdf.open(pdf) as book:
        for page in book.pages:
            for font in page.obj.get("/Resources", {}).get("/Font", {}).values():
                names.add(postscript_name(font))
    return names - {""}


def postscript_name(font: pikepdf.Dictionary) -> str:
    descendants = font.get("/DescendantFonts")
    descriptor = (descendants[0] if descendants else font).get("/FontDescriptor", {})
    program = next((descriptor[k] for k in FONT_PROGRAMS if k in descriptor), None)
    if program is not None:
        with TTFont(io.BytesIO(program.read_bytes())) as face:
            return face["name"].getDebugName(6) or ""
    return re.sub(r"^[A-Z]{6}\+", "", str(font.get("/BaseFont", "/"))[1:])


def font_file(postscript_name: str) -> str:
    out = subprocess.run(
        ["fc-list", f":postscriptname={postscript_name}", "file"], capture_output=True, text=True
    ).stdout
    files = [line.rstrip(":") for line in out.split()]
    assert files, f"fontconfig knows no font named {postscript_name}"
    return files[0]


def programs_called(roots: list[Path]) -> dict[str, str]:
    """Programs the code starts by name (subprocess calls with a literal first word, which()
    look-ups, nox's external runs), each with the first place that does."""
    found: dict[str, str] = {}
    for root in roots:
        for path in [root] if root.is_file() else sorted(root.rglob("*.py")):
            tree = ast.parse(path.read_text("utf-8"))
            for node in ast.walk(tree):
                name = called_program(node)
                if name and name not in found:
                    found[name] = f"{path.name}:{node.lineno}"
    return found


def called_program(node: ast.AST) -> str | None:
    if not isinstance(node, ast.Call) or not node.args:
        return None
    func = node.func
    attr = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    first = node.args[0]
    if attr == "which" and isinstance(first, ast.Constant) and isinstance(first.value, str):
        return first.value
    if attr in STARTERS and isinstance(first, ast.List) and first.elts:
        word = first.elts[0]
        if isinstance(word, ast.Constant) and isinstance(word.value, str):
            return word.value
    if attr == "run" and isinstance(first, ast.Constant) and isinstance(first.value, str):
        return first.value  # nox's session.run("apt-get", ...)
    return None


def loaded_libraries(module: str) -> dict[str, str]:
    """The system libraries that importing ``module`` opens through cffi (as WeasyPrint opens
    Pango, HarfBuzz and fontconfig), each with its file. What those need in turn comes with
    them: dpkg installs a library's dependencies with it."""
    script = (
        "import cffi, ctypes.util, os\n"
        "opened = []\n"
        "real = cffi.FFI.dlopen\n"
        "def dlopen(self, name, *args):\n"
        "    library = real(self, name, *args)\n"
        "    opened.append(name)\n"
        "    return library\n"
        "cffi.FFI.dlopen = dlopen\n"
        f"import {module}\n"
        "maps = {l.split()[-1] for l in open('/proc/self/maps') if '.so' in l}\n"
        "for name in opened:\n"
        "    soname = ctypes.util.find_library(name) or name\n"
        "    for path in sorted(maps):\n"
        "        if os.path.basename(path).startswith(soname):\n"
        "            print(soname, path)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    return dict(line.split(" ", 1) for line in out.splitlines())


def linked_libraries(binary: Path) -> dict[str, str]:
    """The system libraries a binary shipped in a Python package is linked against, as the
    dynamic loader finds them (``ldd``); one it cannot find is listed as "not found"."""
    out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True).stdout
    found = {}
    for line in out.splitlines():
        name, arrow, where = line.strip().partition(" => ")
        if arrow:
            found[name] = where.split(" (")[0]
    return found


def on_path(program: str) -> str | None:
    return shutil.which(program)
