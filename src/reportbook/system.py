"""What the toolchain needs from the operating system, found as its users will find it.

One list, made from data: every font family of every language and role (``languages.toml``,
with the Debian package of each) and the programs and libraries of the build and of the tests
(``system.toml``). A font is looked for through fontconfig, a library in ldconfig's cache, a
program on PATH. The set-up (``noxfile.py``) installs from this list and nothing else; the
PDF builder checks the same fonts before it typesets.

    python -m reportbook.system check build|tests    say what is missing (exit 1)
    python -m reportbook.system install build|tests  as root with apt-get: install what is missing
    python -m reportbook.system packages build|tests the Debian packages, one a line
"""

import argparse
import os
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from .languages import load_languages

PURPOSES = ("build", "tests")
FONT_ROLES = ("body", "heading", "mono", "page_number")
APT_INSTALL = ("apt-get", "install", "-y", "--no-install-recommends")


@dataclass(frozen=True)
class Need:
    kind: str  # "font", "library" or "program"
    name: str  # the family, the library's soname, the program's name
    packages: tuple[str, ...]  # the set-up installs the first; each of them provides it
    why: str

    def describe(self) -> str:
        return f"the {self.kind} {self.name!r} ({self.why})"


@cache
def _system_data() -> dict:
    return tomllib.loads(files("reportbook").joinpath("data/system.toml").read_text("utf-8"))


def font_needs() -> list[Need]:
    """Every family of every language's font stacks; one need a family, its users listed."""
    users: dict[str, list[str]] = {}
    for language in load_languages().values():
        for role in FONT_ROLES:
            for family in language.pdf.fonts(role):
                users.setdefault(family, []).append(
                    f"{language.code} {role.replace('_', ' ')} text"
                )
    return [
        Need("font", family, font_packages(family), ", ".join(uses))
        for family, uses in users.items()
    ]


def font_need(family: str) -> Need:
    """The need for one family, with every language and role that names it."""
    known = {need.name: need for need in font_needs()}
    return known.get(family) or Need("font", family, font_packages(family), "a font stack")


def font_packages(family: str) -> tuple[str, ...]:
    """The Debian package of a font family, as system.toml names it (none if it does not)."""
    package = _system_data().get("fonts", {}).get(family)
    return (package,) if package else ()


def needs(purpose: str) -> list[Need]:
    """What ``purpose`` (build or tests) needs: fonts, then libraries, then programs."""
    chosen = PURPOSES[: PURPOSES.index(purpose) + 1]  # the tests need what the build needs
    found = font_needs()
    data = _system_data()
    for kind, table in (("library", "libraries"), ("program", "programs")):
        for section in chosen:
            for name, entry in data.get(section, {}).get(table, {}).items():
                found.append(Need(kind, name, tuple(entry["packages"]), entry["why"]))
    return found


def packages(purpose: str) -> list[str]:
    """The Debian packages the set-up installs for ``purpose``: each need's first package."""
    return list(dict.fromkeys(need.packages[0] for need in needs(purpose) if need.packages))


def fontconfig_families(family: str) -> tuple[list[str], str, int] | None:
    """The families, file and face index fontconfig resolves ``family`` to, or None when
    fontconfig itself is missing."""
    if shutil.which("fc-match") is None:
        return None
    out = subprocess.run(
        ["fc-match", "-f", "%{family}\t%{file}\t%{index}", family],
        capture_output=True,
        text=True,
    ).stdout
    names, path, index = (out.split("\t") + ["", "", ""])[:3]
    return [name.strip() for name in names.split(",")], path, int(index or 0)


def font_installed(family: str) -> bool:
    """fontconfig gives this family itself, not a substitute (what WeasyPrint would take)."""
    found = fontconfig_families(family)
    return found is not None and family.lower() in (name.lower() for name in found[0])


@cache
def _ldconfig_cache() -> str:
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"
    try:
        return subprocess.run([ldconfig, "-p"], capture_output=True, text=True).stdout
    except OSError:
        return ""


def library_installed(soname: str) -> bool:
    return any(line.split(" (")[0].strip() == soname for line in _ldconfig_cache().splitlines())


def present(need: Need) -> bool:
    if need.kind == "font":
        return font_installed(need.name)
    if need.kind == "library":
        return library_installed(need.name)
    return shutil.which(need.name) is not None


def missing(purpose: str) -> list[Need]:
    return [need for need in needs(purpose) if not present(need)]


def install_command(lacking: list[Need]) -> list[str]:
    names = dict.fromkeys(need.packages[0] for need in lacking if need.packages)
    return [*APT_INSTALL, *names]


def explain(lacking: list[Need], purpose: str) -> str:
    """One paragraph: what is missing, who needs it, and the command that installs it."""
    unmapped = [need.describe() for need in lacking if not need.packages]
    what = "; ".join(need.describe() for need in lacking)
    text = f"The {purpose} needs what this system lacks: {what}."
    if len(unmapped) < len(lacking):
        text += f" Install it as root, then run again: {' '.join(install_command(lacking))}"
    if unmapped:
        text += (
            " No Debian package is named for "
            + ", ".join(unmapped)
            + ": add it to [fonts] in reportbook/data/system.toml."
        )
    return text


def install(purpose: str) -> int:
    """Install what is missing when this is Debian and we are root; otherwise explain."""
    lacking = missing(purpose)
    if not lacking:
        return 0
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        print(explain(lacking, purpose), file=sys.stderr)
        return 1
    command = install_command(lacking)
    print(f"installing for the {purpose}: {' '.join(command[len(APT_INSTALL) :])}", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for step in (["apt-get", "update", "-qq"], [*command, "-qq"]):
        if subprocess.run(step, env=env).returncode:
            print(f"'{' '.join(step)}' failed; see its output above.", file=sys.stderr)
            return 1
    _ldconfig_cache.cache_clear()  # apt-get ran ldconfig: look again
    return check(purpose)


def check(purpose: str) -> int:
    lacking = missing(purpose)
    if lacking:
        print(explain(lacking, purpose), file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reportbook.system", description=__doc__)
    parser.add_argument("action", choices=("check", "install", "packages"))
    parser.add_argument("purpose", choices=PURPOSES)
    args = parser.parse_args(argv)
    if args.action == "packages":
        print("\n".join(packages(args.purpose)))
        return 0
    return install(args.purpose) if args.action == "install" else check(args.purpose)


if __name__ == "__main__":
    sys.exit(main())
