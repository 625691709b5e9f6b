"""Make a larger book from the report: every page but the front page and glossary, N times.

Copy k (k >= 2) of a page gets the name ``<page>-k`` and its own labels (``label-k``), so the
larger book is still a valid Sphinx project; references keep pointing at the first copy.
"""

import re
import shutil
from pathlib import Path

LABEL = re.compile(r"^\((?P<label>[\w-]+)\)=$", re.MULTILINE)
NAME = re.compile(r"^:name: (?P<label>[\w-]+)$", re.MULTILINE)
SHARED = {"index", "glossary"}  # one root and one term list, whatever the size


def relabel(text: str, copy: int) -> str:
    text = LABEL.sub(lambda m: f"({m['label']}-{copy})=", text)
    return NAME.sub(lambda m: f":name: {m['label']}-{copy}", text)


def replicate(source: Path, target: Path, times: int) -> Path:
    """Write a copy of ``source`` into ``target`` with its pages repeated ``times`` times."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("*.md"))
    pages = sorted(path.stem for path in source.glob("*.md"))
    for page in pages:
        text = (source / f"{page}.md").read_text("utf-8")
        (target / f"{page}.md").write_text(text, "utf-8")
        if page in SHARED:
            continue
        for copy in range(2, times + 1):
            (target / f"{page}-{copy}.md").write_text(relabel(text, copy), "utf-8")
    index = (target / "index.md").read_text("utf-8")
    extra = "\n".join(
        f"{page}-{copy}" for copy in range(2, times + 1) for page in pages if page not in SHARED
    )
    index += f"\n\n:::{{toctree}}\n:caption: Copies\n:hidden:\n\n{extra}\n:::\n"
    (target / "index.md").write_text(index, "utf-8")
    return target
