"""Checks over a built HTML site, each returning the problems it finds (empty when all is well).

They are plain functions so the tests can run them on the real report and, to prove that each
can fail, on a small broken site.
"""

import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup

NUMBER = re.compile(r"\d[\d,.]*")


def load(page: Path) -> BeautifulSoup:
    return BeautifulSoup(page.read_text("utf-8"), "html.parser")


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def body(soup: BeautifulSoup):
    return soup.find(attrs={"role": "main"}) or soup.body


def ids_of(soup: BeautifulSoup) -> set[str]:
    return {tag["id"] for tag in soup.find_all(id=True)} | {
        tag["name"] for tag in soup.find_all("a", attrs={"name": True})
    }


def broken_links(site: Path, ignore: Iterable[str] = ()) -> list[str]:
    """Every internal href must name an existing file and, if it has a fragment, an id in it."""
    ignored = tuple(ignore)
    ids: dict[Path, set[str]] = {}
    problems = []
    for page in pages(site):
        for tag in load(page).find_all(href=True):
            href = tag["href"]
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith(ignored):
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if target.is_dir():
                target = target / "index.html"
            where = f"{page.relative_to(site)}: {href}"
            if not target.exists():
                problems.append(f"{where}: no such file")
            elif parts.fragment and target.suffix == ".html":
                if target not in ids:
                    ids[target] = ids_of(load(target))
                if unquote(parts.fragment) not in ids[target]:
                    problems.append(f"{where}: no such anchor")
    return problems


def links_to(site: Path, chapters: Iterable[str], page: str) -> set[str]:
    """The anchors in ``page`` that the given chapters link to."""
    found = set()
    for name in chapters:
        for tag in body(load(site / f"{name}.html")).find_all("a", href=True):
            path, _, fragment = tag["href"].partition("#")
            if path == f"{page}.html" and fragment:
                found.add(unquote(fragment))
    return found


def toctree_documents(site: Path) -> set[str]:
    """Documents the root page's toctrees list."""
    soup = load(site / "index.html")
    return {
        a["href"].split("#")[0].removesuffix(".html")
        for wrapper in soup.select("div.toctree-wrapper")
        for a in wrapper.select("li.toctree-l1 > a[href]")
    }


def glossary_terms(site: Path) -> set[str]:
    return {dt["id"] for dt in load(site / "glossary.html").select("dl.glossary dt[id]")}


def entry_anchors(site: Path, page: str, prefix: str) -> set[str]:
    """Section ids of the People or Organisations appendix that name one entry each."""
    return {
        tag["id"]
        for tag in body(load(site / f"{page}.html")).find_all(id=True)
        if tag["id"].startswith(prefix)
    }


def table_figures(site: Path, table_id: str, column: str) -> list[str]:
    """The cells of one column of a numbered table."""
    soup = load(site / "key-figures.html")
    table = soup.find(id=table_id)
    table = table if table.name == "table" else table.find_parent("table") or table.find("table")
    headers = [th.get_text(" ", strip=True) for th in table.select("thead th")]
    index = headers.index(column)
    return [row.find_all("td")[index].get_text(" ", strip=True) for row in table.select("tbody tr")]


def numbers_in(text: str) -> set[str]:
    return {match.rstrip(".,") for match in NUMBER.findall(text)}


def chapter_text(site: Path, chapters: Iterable[str]) -> str:
    return "\n".join(body(load(site / f"{name}.html")).get_text(" ") for name in chapters)


def figures_missing_from(
    site: Path, chapters: Iterable[str], table_id: str, column: str
) -> list[str]:
    """Numbers of the key-figures table that no chapter states."""
    stated = numbers_in(chapter_text(site, chapters))
    return [
        f"{cell!r}: {number} is in no chapter"
        for cell in table_figures(site, table_id, column)
        for number in sorted(numbers_in(cell))
        if number not in stated
    ]
