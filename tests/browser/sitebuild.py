"""The site under test: built whole into a temporary directory, as ``nox -s build`` does it.

Set ``REPORT_SITE=build/html`` to test a site built already (faster while developing).
"""

import os
from pathlib import Path

import pytest

from conftest import REPO

LANGUAGES = ["en", "zh_CN"]
TAGS = {"en": "en", "zh_CN": "zh-CN"}
NOT_FOUND = "404.html"  # served for missing addresses; has no page to switch to or print


def site_root(request) -> Path:
    """REPORT_SITE if set, else the session's build of the whole publication (shared with the
    other tests: see ``published`` in tests/conftest.py)."""
    given = os.environ.get("REPORT_SITE")
    if given:
        root = (REPO / given).resolve()
        if not (root / "index.html").is_file():
            pytest.fail(
                f"REPORT_SITE={given}: no index.html there; build it with "
                "`python3 -m nox -s build`",
                pytrace=False,
            )
        return root
    return request.getfixturevalue("published") / "html"


def page_names(root: Path, language: str) -> list[str]:
    """Every HTML page of one language, as paths relative to its folder (``people.html``)."""
    folder = root / language
    return sorted(
        str(path.relative_to(folder))
        for path in folder.rglob("*.html")
        if not any(part.startswith("_") for part in path.relative_to(folder).parts)
    )


def reader_pages(root: Path, language: str) -> list[str]:
    """The pages a reader reaches by links: all but the 404 page."""
    return [name for name in page_names(root, language) if name != NOT_FOUND]
