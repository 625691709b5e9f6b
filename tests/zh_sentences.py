"""Rendered Chinese sentences around cross-references (a helper for test_zh_edition.py).

A ``{ref}`` renders its target's title. In Chinese a bare section title cannot stand where a
noun phrase is needed: "归入互动交流" repeats the phrase it should name, "见开幕致辞" reads as
an instruction to go and see a speech. Published Chinese writes 见“开幕致辞”一节.
"""

import re

from bs4 import BeautifulSoup

MARK_OPEN, MARK_CLOSE = "\ue001", "\ue002"
CLAUSE_END = "，。；：、（）！？"
# Verbs after which a section title must be quoted and named as a section.
POINTING = ("见", "参见", "详见", "另见", "归入", "置于", "列入", "收入", "位于", "载于")
# “A”一节, or a list of quoted titles named together: “A”和“B”两节.
NAMED_AS_SECTION = re.compile(
    r"^”(?:[、和与及]“[^”]*”)*(?:一节|一章|附录|部分|两节|两章|各节|各章)"
)
NEAR = 6  # "开幕致辞之前（开幕致辞）": the same title again within a few characters
NUMBERING = re.compile(r"^[\d.]+\s*")


def heading_titles(pages: list[str]) -> set[str]:
    """The titles of every chapter, section and appendix, without their numbers."""
    titles = set()
    for html in pages:
        soup = BeautifulSoup(html, "html.parser")
        for h in soup.select("h1, h2, h3"):
            text = NUMBERING.sub("", h.get_text("", strip=True).rstrip("¶#"))
            if text:
                titles.add(text)
    return titles


def _is_section_link(a) -> bool:
    href = a.get("href", "")
    fragment = href.rsplit("#", 1)[-1]
    return not fragment.startswith(("person-", "org-", "term-", "tbl-", "fig-"))


def marked_paragraphs(html: str) -> list[str]:
    """Each paragraph's text, with every section link's text between two markers."""
    soup = BeautifulSoup(html, "html.parser")
    body = soup.select_one("div.body, main, [role=main]") or soup
    for a in body.select("a.reference.internal"):
        if _is_section_link(a):
            a.replace_with(MARK_OPEN + a.get_text("") + MARK_CLOSE)
    blocks = body.find_all(["p", "li", "dd", "td"])
    return [b.get_text("") for b in blocks if not b.find(["p", "li"])]


def problems(paragraph: str, titles: set[str]) -> list[str]:
    """Where a linked section title repeats the clause before it, or stands bare."""
    found = []
    for m in re.finditer(f"{MARK_OPEN}(.*?){MARK_CLOSE}", paragraph):
        title = m.group(1)
        if title not in titles:
            continue
        before = paragraph[: m.start()].replace(MARK_OPEN, "").replace(MARK_CLOSE, "")
        after = paragraph[m.end() :].replace(MARK_OPEN, "").replace(MARK_CLOSE, "")
        clause = re.split(f"[{CLAUSE_END}]", before)[-1]
        near = before[-len(title) - NEAR :] + MARK_OPEN + after[: len(title) + NEAR]
        if title in clause.rstrip("“") or title in near:
            found.append(f"section title {title!r} twice in a row: …{before[-20:]}{title}…")
            continue
        quoted = before.endswith("“") and after.startswith("”")
        head = before.rstrip("“")
        if not quoted:
            if head.endswith(POINTING) or after.startswith(("中", "一节", "一章")):
                found.append(f"bare section title {title!r}: …{head[-12:]}{title}{after[:6]}…")
        # an appendix lists where a name appears: 见于“A”、“B”和“C”
        elif not NAMED_AS_SECTION.match(after) and not re.search(r"见于“[^。；]*$", before):
            found.append(
                f"quoted title {title!r} needs 一节/一章: …{head[-12:]}“{title}”{after[1:7]}…"
            )
    return found
