"""Offices tied to persons: each office a translation says beside a person's name is one the
People appendix gives that person.

The appendix lists every role the report gives a person under the person's heading
(source/people.md, one list item each); people.po translates them. An office is read as its word
(``offices``: 主任, 会长, 巡视员) with the words before it that make it another office
(``office_modifiers``: 副主任, 原一级巡视员, 名誉会长), so two people trading 主任 and 副主任,
or 原 dropped from a former office, is refused where each name and each 副 stays (red team 66).

Which person an office is said of, in Chinese word order, by the first rule that holds within
its clause (``CLAUSE_MARKS`` end one):

1. right before a name: 会长陈大鹏;
2. right after a name, or in brackets after it: 陈大鹏会长, 陈大鹏（会长）;
3. after the nearest name before it, where a verb of holding an office follows that name
   (``office_verbs``: 韩晶任副主任、杜岩冰任主任; 陈大鹏任该会副会长);
4. before the next name: 顾问、联盟专家组组长蒋衡杰;
5. after the nearest name before it, whatever stands between: 韩晶在联盟工作办公室任主任;
6. in the clause right after a name and its comma or semicolon: 蒋衡杰，中国服装协会顾问。

An office in brackets right after a name is that name's, whatever marks stand between
(韩晶（现任；联盟工作办公室主任）: red team 68). Where rule 4 gives an office to the next name
while a name stands before it in its clause, and only one of the two holds it, whose it is is
unclear to a reader and is refused (副主任韩晶升任主任接替杜岩冰: red team 68).

An office's body is the approved name right before it, or before 的 before it
(``office_links``: 中国服装协会的会长), past other bodies (工业和信息化部消费品工业司); the
modifiers before that body are the office's (原中国服装协会会长 is a former 会长: red team 68).
A word of a body that begins with an office word (``office_bodies``: 委员会, 副会长单位) is none.
"""

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

from ...languages import load_languages
from .markup import Settings, parser

CLAUSE_MARKS = "，；。！？\n,;!?"
APPOSITION_MARKS = "，,；;"  # rule 6: after a name and one of these
MOST_MODIFIERS = 4
MOST_BODIES = 4  # 工业和信息化部消费品工业司: bodies in a row before one office


def role_items(page: Path, settings: Settings) -> dict[str, list[str]]:
    """label → a People entry's roles: the list items under each labelled heading, up to the
    next heading; where it has none, its paragraphs. What the entry says the person did
    ("Chaired the meeting") is no role (red team 67: 以联盟工作办公室主任身份主持会议 there made
    the deputy director the director)."""
    if not Path(page).is_file():
        return {}
    tokens = parser(settings).parse(Path(page).read_text("utf-8"))
    items: dict[str, list[str]] = {}
    listed: dict[str, list[str]] = {}
    label = current = None
    depth = 0  # inside how many list items
    for i, token in enumerate(tokens):
        if token.type == "myst_target":
            label = token.content.strip().lower()
        elif token.type == "heading_open":
            current, label = label, None
        elif token.type == "list_item_open":
            depth += 1
        elif token.type == "list_item_close":
            depth -= 1
        elif token.type == "paragraph_open" and current:
            items.setdefault(current, []).append(tokens[i + 1].content)
            if depth:
                listed.setdefault(current, []).append(tokens[i + 1].content)
    return {label: listed.get(label, paragraphs) for label, paragraphs in items.items()}


class Post(NamedTuple):
    body: str  # the body's approved name right before the office, or ""
    office: str

    def __str__(self) -> str:
        return self.body + self.office


def _body_before(text: str, at: int, bodies: tuple[str, ...]) -> str:
    """The longest of ``bodies`` that ends at ``at`` in ``text``, or ""."""
    return max((b for b in bodies if b and text.endswith(b, 0, at)), key=len, default="")


class Said(NamedTuple):
    name: str  # the holder, as the rules place it
    office: re.Match
    rival: str | None  # the name before it in its clause, where rule 4 placed it


@dataclass(frozen=True)
class OfficeReader:
    offices: tuple[str, ...]
    modifiers: tuple[str, ...]
    bodies: tuple[str, ...]
    verbs: tuple[str, ...]
    links: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()

    @property
    def pattern(self) -> re.Pattern:
        return _office_pattern(self.offices, self.modifiers, self.bodies, self.suffixes)

    def read(self, text: str) -> list[re.Match]:
        """Each office in ``text``, with its modifiers (原一级巡视员), as a match."""
        return list(self.pattern.finditer(text)) if self.offices else []

    def modifiers_of(self, office: str) -> str:
        """The words before an office's own word: 原一级 of 原一级巡视员."""
        word = re.search(f"(?:{'|'.join(map(re.escape, self.offices))})$", office)
        return office[: word.start()] if word else office

    def post(self, text: str, office: re.Match, bodies: tuple[str, ...]) -> Post:
        """The post an office of ``text`` states: the office with the body whose approved name
        (of ``bodies``) stands right before it, or before one of ``links`` (的) before it; the
        modifiers before that body, past any bodies before it, are the office's (原中国服装
        协会会长 is a former 会长 of that association)."""
        at, nearest = office.start(), ""
        for _ in range(MOST_BODIES):
            link = next((w for w in self.links if text.endswith(w, 0, at)), "")
            body = _body_before(text, at - len(link), bodies)
            if not body:
                break
            nearest, at = nearest or body, at - len(link) - len(body)
        lead = self._modifiers_before(text, at) if nearest else ""
        link = next((w for w in self.links if text.endswith(w, 0, at)), "")
        if link and not lead:  # 前任的会长, 已退休的中国服装协会会长 (red team 69)
            lead = self._modifiers_before(text, at - len(link))
        # 会长（名誉）: modifiers in brackets right after the office are its too.
        return Post(nearest, lead + self._modifiers_after(text, office.end()) + office.group())

    def _modifiers_after(self, text: str, at: int) -> str:
        if not self.modifiers or text[at : at + 1] not in ("（", "("):
            return ""
        window = text[at : at + 2 + MOST_MODIFIERS * max(map(len, self.modifiers))]
        chain = f"(?:{_either(self.modifiers)}){{1,{MOST_MODIFIERS}}}"
        found = re.match(f"[（(]({chain})[）)]", window)
        return found.group(1) if found else ""

    def _modifiers_before(self, text: str, at: int) -> str:
        if not self.modifiers:
            return ""
        window = text[max(0, at - MOST_MODIFIERS * max(map(len, self.modifiers))) : at]
        found = re.search(f"(?:{_either(self.modifiers)}){{1,{MOST_MODIFIERS}}}$", window)
        return found.group() if found else ""

    def held(self, texts: list[str], bodies: tuple[str, ...] = ()) -> frozenset[Post]:
        """The posts ``texts`` (an appendix entry's roles, as shown) state, read as ``post``
        reads them."""
        return frozenset(self.post(text, m, bodies) for text in texts for m in self.read(text))

    def said_of(self, text: str, names: list[tuple[int, int, str]]) -> list[Said]:
        """Each office of ``text`` said of a person: ``names`` are the (start, end, name) of
        the persons' names in it, in order, none overlapping. Each office is placed by
        bisection, so the cost is linear in the text (a 10,000-character message of names and
        offices is read at once)."""
        places = _Places(text, names)
        said = []
        for office in self.read(text):
            if holder := self._holder(text, office.start(), office.end(), places):
                said.append(Said(holder[0], office, holder[1]))
        return said

    def _holder(
        self, text: str, start: int, end: int, places: "_Places"
    ) -> tuple[str, str | None] | None:
        clause_start, clause_end = places.clause(start, end)
        before, after = places.before(start, clause_start), places.after(end, clause_end)
        if after and after[0] == end:  # 1. 会长陈大鹏
            return after[2], None
        opening = places.enclosing[start]  # 2. 韩晶（现任；主任）: whatever marks are inside
        if opening >= 0 and (named := places.ending_at(opening)):
            return named[2], None
        if before:
            bracketed = text[before[1] : before[1] + 1] in ("（", "(")
            if before[1] == start or (bracketed and not places.closed(before[1], start)):
                return before[2], None  # 2. 陈大鹏会长, 陈大鹏（中国服装协会会长）
            if text.startswith(self.verbs, before[1]):  # 3. 韩晶任副主任
                return before[2], None
        if after:  # 4. 顾问、联盟专家组组长蒋衡杰; the name before is a rival
            return after[2], before[2] if before else None
        if before:  # 5. 韩晶在联盟工作办公室任主任: the name of its clause
            return before[2], None
        if clause_start >= 1 and text[clause_start - 1] in APPOSITION_MARKS:
            apposed = places.ending_at(clause_start - 1)  # 6. 蒋衡杰，中国服装协会顾问
            if apposed:
                return apposed[2], None
        return None


class _Places:
    """Where a text's clauses end, its closing brackets stand and its names are, to look each
    up by bisection."""

    def __init__(self, text: str, names: list[tuple[int, int, str]]):
        self.marks = [i for i, ch in enumerate(text) if ch in CLAUSE_MARKS]
        # Each letter's innermost open bracket (-1: none), to the end of its line.
        self.enclosing, opened = [], []
        for i, ch in enumerate(text):
            if ch == "\n":
                opened.clear()
            self.enclosing.append(opened[-1] if opened else -1)
            if ch in "（(":
                opened.append(i)
            elif ch in "）)" and opened:
                opened.pop()
        self.closing = [i for i, ch in enumerate(text) if ch in "）)"]
        self.length = len(text)
        self.names = names
        self.starts = [n[0] for n in names]
        self.ends = [n[1] for n in names]

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around ``start``–``end``: after the mark before it, up to the next."""
        k = bisect_left(self.marks, start)
        first = self.marks[k - 1] + 1 if k else 0
        k = bisect_left(self.marks, end)
        return first, self.marks[k] if k < len(self.marks) else self.length

    def before(self, start: int, clause_start: int):
        """The last name that ends by ``start``, in the clause."""
        k = bisect_right(self.ends, start) - 1
        return self.names[k] if k >= 0 and self.names[k][0] >= clause_start else None

    def after(self, end: int, clause_end: int):
        """The first name that starts at ``end`` or later, in the clause."""
        k = bisect_left(self.starts, end)
        return self.names[k] if k < len(self.names) and self.names[k][1] <= clause_end else None

    def ending_at(self, at: int):
        k = bisect_left(self.ends, at)
        return self.names[k] if k < len(self.names) and self.ends[k] == at else None

    def closed(self, start: int, end: int) -> bool:
        """A closing bracket stands between ``start`` and ``end``."""
        k = bisect_left(self.closing, start)
        return k < len(self.closing) and self.closing[k] < end


@cache
def _either(words: tuple[str, ...]) -> str:
    """An alternation of ``words``, the longest first."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@cache
def _office_pattern(offices, modifiers, bodies, suffixes=()) -> re.Pattern:
    not_body = f"(?!{_either(bodies)})" if bodies else ""  # 委员会, 副会长单位
    # At most MOST_MODIFIERS words before the office (原一级, 专职副): a run of them with no
    # office after it is then read past in linear time (副副副…: red team cost).
    chain = f"(?:{_either(modifiers)}){{0,{MOST_MODIFIERS}}}" if modifiers else ""
    # 会长助理, 会长候选人: a word after the office that makes another role of it.
    after = f"(?:{_either(suffixes)})?" if suffixes else ""
    return re.compile(f"{chain}{not_body}(?:{_either(offices)}){after}")


def kind_problems(
    source: str,
    translation: str,
    reader: OfficeReader,
    source_lang: str,
    lang: str,
    exact: bool,
    bodies: tuple[str, ...] = (),
) -> list[str]:
    """A kind of office (former, honorary, acting) the translation's offices say more often than
    the source says it (原会长 for "President"), or, ``exact`` (a People appendix role, which
    every use of the office is held to), less often (一级巡视员 for "Former First-Level
    Inspector")."""
    languages = load_languages()
    if source_lang not in languages or lang not in languages:
        return []
    words = languages[source_lang].lint.office_kinds
    marks = languages[lang].lint.office_kinds
    problems = []
    offices = [reader.post(translation, m, bodies).office for m in reader.read(translation)]
    for kind, listed in marks.items():
        pattern = rf"(?<![A-Za-z])(?:{'|'.join(map(re.escape, words.get(kind, ())))})(?![A-Za-z])"
        want = len(re.findall(pattern, source, re.I)) if words.get(kind) else 0
        said = [o for o in offices if any(w in reader.modifiers_of(o) for w in listed)]
        if len(said) > want or (exact and len(said) < want):
            example = f" ({said[0]})" if said else ""
            problems.append(
                f"the translation's offices say {kind} {len(said)} time(s){example}, the "
                f"source {want} time(s): such a word makes another office of it; write what "
                "the English says"
            )
    return problems


def role_count_problems(
    source: str, translation: str, reader: OfficeReader, source_lang: str
) -> list[str]:
    """A People appendix role (which every use of an office is held to) that states more or
    fewer offices than its English does: 组长兼中国服装协会会长 for "Leader of the Alliance
    expert group" would let every message call that person the association's president (red
    team 68)."""
    language = load_languages().get(source_lang)
    if language is None or not language.lint.offices:
        return []
    english = re.findall(
        rf"(?<![A-Za-z])(?:{_either(language.lint.offices)})(?![A-Za-z])", source, re.I
    )
    said = [m.group() for m in reader.read(translation)]
    if len(said) == len(english):
        return []
    return [
        f"the role states {len(said)} office(s) ({'、'.join(said) or 'none'}), the English "
        f"{len(english)} ({', '.join(english) or 'none'}): a People appendix role gives the "
        "offices its English gives, no more and no fewer, for every use of an office is held "
        "to it"
    ]


def office_reader(lang: str | None) -> OfficeReader | None:
    language = load_languages().get(lang or "")
    if language is None or not language.lint.offices:
        return None
    lint = language.lint
    return OfficeReader(
        lint.offices,
        lint.office_modifiers,
        lint.office_bodies,
        lint.office_verbs,
        lint.office_links,
        lint.office_suffixes,
    )


def misheld(
    text: str,
    persons: dict[str, str],
    held: dict[str, frozenset[Post]],
    reader: OfficeReader,
    bodies: tuple[str, ...] = (),
) -> list[tuple[str, str, str | None]]:
    """(label, post, rival) for each office ``text`` says of a person (``persons``: label →
    the approved name) that the appendix does not give them (``held``: label → posts), read
    as ``OfficeReader.post`` reads it (中国服装协会会长 is not the 会长 of another
    association); or, where a rival stands before the office and only one of the two holds
    it, the rival's label (whose it is is unclear)."""
    labels = {name: label for label, name in persons.items() if label in held}
    if not labels:
        return []
    names = [
        (m.start(), m.end(), m.group())
        for m in re.finditer("|".join(map(re.escape, sorted(labels, key=len, reverse=True))), text)
    ]

    def holds(label: str, said: Post) -> bool:
        posts = held[label]
        # Where the appendix names no body for an office, or the text names none, the office
        # alone is compared.
        unbound = Post("", said.office) in posts or not said.body
        return said.office in {post.office for post in posts} and (said in posts or unbound)

    wrong = []
    for name, office, rival in reader.said_of(text, names):
        said = reader.post(text, office, bodies)
        if not holds(labels[name], said):
            wrong.append((labels[name], str(said), None))
        elif rival and rival != name and not holds(labels[rival], said):
            wrong.append((labels[name], str(said), labels[rival]))
    return wrong
