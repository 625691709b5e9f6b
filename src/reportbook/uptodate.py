"""Whether a language's build is up to date: a digest of everything the build reads.

A rebuild with nothing changed then starts no Sphinx at all. The digest covers the sources,
the language's catalogs (those prepare checks, nothing else under locales/), the toolchain's
own files, the versions of the libraries that shape the output, and the settings of the run;
any change there builds the language again, and Sphinx's own bookkeeping then decides which
pages to redo.
"""

import hashlib
import json
import os
import stat
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

LIBRARIES = (
    "sphinx",
    "docutils",
    "myst-parser",
    "weasyprint",
    "pydyf",
    "pikepdf",  # joins a book typeset in parts
    "babel",
    "jieba",
    "alabaster",
    "pypinyin",
    "markdown-it-py",
)
PACKAGE = Path(__file__).parent


def _files(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in folder.rglob("*")
        if (path.is_file() or path.is_symlink()) and "__pycache__" not in path.parts
    )


def fingerprint(path: Path) -> bytes:
    """What a digest takes of a file, never following a link nor reading what is not a
    regular file: a translator's folder may hold a link to /proc/self/mem or a device, which
    the checks refuse, but only after the digests have looked at it."""
    try:
        info = os.lstat(path)
    except OSError as error:
        return f"(unreadable: {error.strerror})".encode()
    if stat.S_ISLNK(info.st_mode):
        return b"(link) " + os.fsencode(os.readlink(path))
    if not stat.S_ISREG(info.st_mode):
        return b"(not a file)"
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").digest()


def _version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "-"


def digest(source: Path, catalogs: list[Path], settings: list[str]) -> str:
    """``catalogs``: the language's catalogs as prepare finds them, within its limits (a file
    under locales/ that is no catalog is never read by the build, so it is not hashed)."""
    found = hashlib.sha256()
    inputs = [*_files(source), *catalogs, *_files(PACKAGE)]
    for path in inputs:
        found.update(os.fsencode(path) + b"\0")  # a name need not be UTF-8: prepare refuses it
        found.update(fingerprint(path))
    versions = {name: _version(name) for name in LIBRARIES}
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    found.update(json.dumps([versions, epoch, settings]).encode())
    return found.hexdigest()


def stamp_path(build: Path, language: str) -> Path:
    return build / "stamps" / f"{language}.json"


def is_current(build: Path, language: str, value: str, outputs: list[Path]) -> bool:
    stamp = stamp_path(build, language)
    if not stamp.exists() or not all(path.exists() for path in outputs):
        return False
    return json.loads(stamp.read_text("utf-8")).get("digest") == value


def record(build: Path, language: str, value: str) -> None:
    stamp = stamp_path(build, language)
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(json.dumps({"digest": value}), "utf-8")
