"""Checks for the reader's navigation, run inside a loaded page (each returns its problems)."""

from playwright.sync_api import Page

# The book's chapters and appendices, in reading order, as the home page's own contents list
# them (the body's toctrees, not the sidebar under test): absolute URLs and titles.
CHAPTERS = """
() => [...document.querySelectorAll('[role="main"] .toctree-wrapper li.toctree-l1 > a')]
  .map(a => ({url: a.href.split("#")[0], title: a.textContent.trim()}))
"""

# The sidebar: every chapter linked and visible, this page marked once (if it is in the
# book), and its own sections listed under its entry.
SIDEBAR = """
([chapters, home]) => {
  const nav = document.querySelector(".report-nav");
  if (!nav) return ["no book contents in the sidebar"];
  const problems = [];
  const shown = new Set([...nav.querySelectorAll("a[href]")]
    .filter(a => a.getClientRects().length > 0).map(a => a.href.split("#")[0]));
  for (const url of chapters) if (!shown.has(url)) problems.push("no visible link to " + url);
  const here = location.href.split("#")[0];
  const current = [...nav.querySelectorAll('[aria-current="page"]')];
  const inBook = here === home || chapters.includes(here);
  if (!inBook) {
    if (current.length) problems.push("a page outside the book marks " + current[0].href);
    return problems;
  }
  if (current.length !== 1 || current[0].href.split("#")[0] !== here) {
    problems.push("this page is not marked once: " + current.map(a => a.href).join(", "));
    return problems;
  }
  if (here === home) return problems;
  const entry = current[0].closest("li");
  const listed = new Set([...entry.querySelectorAll("ul a[href^='#']")]
    .map(a => a.getAttribute("href").slice(1)));
  for (const section of document.querySelectorAll('[role="main"] > section > section[id]')) {
    if (!listed.has(section.id)) problems.push("section not under its entry: #" + section.id);
  }
  return problems;
}
"""


def chapters(page: Page, home_url: str) -> list[dict]:
    page.goto(home_url, wait_until="domcontentloaded")
    return page.evaluate(CHAPTERS)


def sidebar_problems(page: Page, chapter_urls: list[str], home_url: str) -> list[str]:
    return page.evaluate(SIDEBAR, [chapter_urls, home_url])


def pager(page: Page) -> dict:
    """The previous and next links at the end of the page: URL, text and whether visible."""
    found = {}
    for rel in ("prev", "next"):
        link = page.locator(f'nav.report-pager a[rel="{rel}"]')
        if link.count() == 1:
            found[rel] = {
                "url": link.evaluate("a => a.href.split('#')[0]"),
                "text": " ".join(link.inner_text().split()),
                "visible": link.is_visible(),
            }
        elif link.count() > 1:
            found[rel] = {"url": "several links", "text": "", "visible": False}
    return found


def luminance(page: Page, selector: str = "body") -> float:
    """Relative luminance (0 black, 1 white) of an element's computed background colour."""
    return page.evaluate(
        """(selector) => {
          const [r, g, b] = getComputedStyle(document.querySelector(selector))
            .backgroundColor.match(/[\\d.]+/g).slice(0, 3).map(Number)
            .map(c => c / 255).map(c => c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        }""",
        selector,
    )
