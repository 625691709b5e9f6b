"""Whether a language's build is up to date: a digest of everything the build reads.

A rebuild with nothing changed then starts no Sphinx at all. The digest covers the sources,
the language's catalogs, the toolchain's own files, the versions of the libraries that shape
the output, and the settings of the run; any change there builds the language again, and
Sphinx's own bookkeeping then decides which pages to redo.
"""

import hashlib
import json
import os
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
        path for path in folder.rglob("*") if path.is_file() and "__pycache__" not in path.parts
    )


def _version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "-"


def digest(source: Path, catalogs: Path | None, settings: list[str]) -> str:
    found = hashlib.sha256()
    inputs = [
        *_files(source),
        *(_files(catalogs) if catalogs and catalogs.is_dir() else []),
        *_files(PACKAGE),
    ]
    for path in inputs:
        found.update(os.fsencode(path) + b"\0")  # a name need not be UTF-8: prepare refuses it
        found.update(path.read_bytes())
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
