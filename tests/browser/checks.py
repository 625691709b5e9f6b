"""Checks run inside a loaded page; each returns the problems it finds (empty when all is well)."""

import re

from playwright.sync_api import Page

CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")
# Three or more Latin words in a row: a phrase in a European language, not a stray "PDF".
LATIN_RUN = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*(?:\s+[A-Za-z]+(?:['’-][A-Za-z]+)*){2,}")

# Text nodes with the language of their nearest ``lang`` ancestor. Code, links and the
# theme's invisible permalink signs are skipped: a link to an English name is still a name.
TEXT_RUNS = """
() => {
  const runs = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, el = node.parentElement;
    if (!node.data.trim() || el.closest("script, style, noscript, template")) continue;
    const owner = el.closest("[lang]");
    runs.push({text: node.data.trim(), lang: owner ? owner.getAttribute("lang") : "",
               code: !!el.closest("code, pre, kbd, samp, a, .math")});
  }
  return runs;
}
"""

OVERFLOW = """
() => {
  const root = document.documentElement;
  const wide = [...document.body.querySelectorAll("*")]
    .filter(el => el.getBoundingClientRect().right > root.clientWidth + 1)
    .filter(el => !el.parentElement || el.parentElement.getBoundingClientRect().right
                                        <= root.clientWidth + 1)
    .slice(0, 5).map(el => el.tagName.toLowerCase() + (el.className ? "." + el.className : ""));
  return {scroll: root.scrollWidth, client: root.clientWidth, wide: wide};
}
"""


def is_zh(tag: str) -> bool:
    return tag.lower().startswith("zh")


def unmarked_language(page: Page, tag: str) -> list[str]:
    """Text in the other language without a ``lang`` of its own.

    On a Chinese page, a run of three or more Latin words outside code and links must sit in
    an element whose ``lang`` is not Chinese; on any other page, every CJK character must sit
    in an element whose ``lang`` is Chinese.
    """
    problems = []
    actual = page.evaluate("document.documentElement.getAttribute('lang')")
    if actual != tag:
        problems.append(f"<html lang={actual!r}>, expected {tag!r}")
    for run in page.evaluate(TEXT_RUNS):
        if is_zh(tag):
            found = None if run["code"] else LATIN_RUN.search(run["text"])
            if found and is_zh(run["lang"]):
                problems.append(f"English without lang: {found.group(0)!r}")
        elif CJK.search(run["text"]) and not is_zh(run["lang"]):
            problems.append(f"Chinese without lang: {run['text'][:40]!r}")
    return problems


def in_language(text: str, tag: str) -> bool:
    """Mostly in the language's script: a Chinese text may quote an English title, but an
    English site name after a Chinese page name makes the text English."""
    han = len(CJK.findall(text))
    latin_words = len(re.findall(r"[A-Za-z]+", text))
    return han > latin_words if is_zh(tag) else latin_words > han


def title_and_description(page: Page, tag: str) -> list[str]:
    problems = []
    title = page.title().strip()
    descriptions = page.locator('meta[name="description"]')
    description = (
        (descriptions.first.get_attribute("content") or "").strip() if descriptions.count() else ""
    )
    for what, text in [("title", title), ("meta description", description)]:
        if not text:
            problems.append(f"empty {what}")
        elif not in_language(text, tag):
            problems.append(f"{what} not in {tag}: {text!r}")
    return problems


def sideways_scroll(page: Page) -> list[str]:
    """The page must not scroll horizontally; names the outermost elements that stick out."""
    found = page.evaluate(OVERFLOW)
    if found["scroll"] <= found["client"]:
        return []
    return [
        f"scrollWidth {found['scroll']} > clientWidth {found['client']}; "
        f"too wide: {', '.join(found['wide'])}"
    ]


def justified_cells(page: Page) -> list[str]:
    """Table cells set justified: in a narrow column that spreads the characters of a short
    line apart ("2 0 3 5 年"). Names the first characters of each such cell."""
    return page.evaluate("""() => [...document.querySelectorAll('td, th, td *, th *')]
        .filter(cell => getComputedStyle(cell).textAlign === 'justify'
                        && cell.textContent.trim())
        .map(cell => 'justified cell: ' + cell.textContent.trim().slice(0, 20))""")


def broken_numbers(page: Page) -> list[str]:
    """Numbers in table cells that break across lines ("1" over "0" for 10, "203" over "5年"):
    a reader reads two numbers. Names each such number and its cell's first characters."""
    return page.evaluate(r"""() => {
        const found = [];
        for (const cell of document.querySelectorAll('td, th')) {
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (const number of node.data.matchAll(/\d+(?:[.,]\d+)*/g)) {
                    const range = document.createRange();
                    range.setStart(node, number.index);
                    range.setEnd(node, number.index + number[0].length);
                    const lines = new Set([...range.getClientRects()]
                        .filter(box => box.width > 0).map(box => Math.round(box.top)));
                    if (lines.size > 1) {
                        found.push(`number broken across lines: ${number[0]} in `
                                   + cell.textContent.trim().slice(0, 20));
                    }
                }
            }
        }
        return found;
    }""")


def stylesheets_applied(page: Page) -> list[str]:
    """The page is styled: it has style rules, and every linked stylesheet loaded with rules.

    For a 404 page served at a deep address, where a relative link to a stylesheet breaks.
    """
    found = page.evaluate("""() => ({
        rules: [...document.styleSheets].reduce((n, sheet) => {
          try { return n + sheet.cssRules.length; } catch (e) { return n; } }, 0),
        broken: [...document.querySelectorAll('link[rel~="stylesheet"]')]
          .filter(link => !link.sheet).map(link => link.href)})""")
    problems = [f"stylesheet not loaded: {href}" for href in found["broken"]]
    return problems + ([] if found["rules"] else ["no style rules at all"])


# Sphinx writes the summary line only when a search has finished (its "pulse" flag is racy).
SEARCH_DONE = """() => typeof Search !== "undefined" && !!Search.status
    && Search.status.innerText.trim() !== "" """


def search_results(page: Page, search_url: str, word: str) -> list[str]:
    """Run Sphinx's search page for ``word``; the result links, once the search has finished."""
    page.goto(f"{search_url}?q={word}")
    page.wait_for_function(SEARCH_DONE)
    return page.locator("#search-results ul.search li a").evaluate_all(
        "links => links.map(a => a.href)"
    )


def listing(found: dict | list) -> str:
    """Problems one per line, for an assertion message pytest will not truncate."""
    if isinstance(found, dict):
        return "\n" + "\n".join(
            f"{key}: {item}"
            for key, items in found.items()
            for item in ([items] if isinstance(items, str) else items)
        )
    return "\n" + "\n".join(map(str, found))


def problems_on_every_page(page, site, site_url: str, language: str, check) -> dict:
    """Load each page of a language and run ``check(page)``; what it finds, by page name."""
    from .sitebuild import page_names

    failures = {}
    for name in page_names(site, language):
        page.goto(f"{site_url}{language}/{name}", wait_until="domcontentloaded")
        found = check(page)
        if found:
            failures[name] = found
    return failures
