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
7. in a clause after clauses that a name opens, across commas (at most ``MOST_CLAUSES``), the
   subject going on: 陈大鹏任该会副会长，并非协会会长 (red team 72);
8. in the clause before a comma and a name: 作为中国服装协会会长，陈大鹏作总结 (red team 74);
9. after the nearest name before it, however far, where a word that points back at a person
   (``pointers``: 这位) stands in its clause before it: 陈大鹏作总结。这位会长表示 (red team 76).

An office in brackets right after a name is that name's, whatever marks stand between
(韩晶（现任；联盟工作办公室主任）: red team 68). Where rule 4 gives an office to the next name
while a name stands before it in its clause, and only one of the two holds it, whose it is is
unclear to a reader and is refused (副主任韩晶升任主任接替杜岩冰: red team 68).

An office's body is the approved name right before it, or before 的 before it
(``office_links``: 中国服装协会的会长), past other bodies (工业和信息化部消费品工业司); the
modifiers before that body are the office's (原中国服装协会会长 is a former 会长: red team 68).
A word of a body that begins with an office word (``office_bodies``: 委员会, 副会长单位) is none.
Bodies joined before one office each hold it (中国服装协会及中国纺织工业联合会副会长). An office
with no body written is of the last body the English names before it, where the person holds a
post there (陈大鹏（副会长） in the association's own entry; 陈大鹏任该会会长: red teams 71, 72).
An office before or after names listed with 、 and nothing else is each one's (副主任韩晶、杜岩冰).

Whoever it is said of, each office a translation states stands for one its English names
(``office_sources``: 会长 for "President", 主任 for "directed by"; ``unnamed_offices``), so an
office out of reach of these rules is not added either (陈大鹏作总结；任会长: red team 75).

The word lists say what an office is; what may stand around a title is an allowlist
(``OfficeReader.unframed``, ``role_unframed``): posts joined by 、, after a mark, a name, a body or
a listed word, and, in a People role, nothing else. A word no list holds is refused, never read
past (荣退会长, 会长夫人, 布道师陈大鹏: red teams 70 and 71).
"""

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

from ...languages import load_languages
from .markup import Settings, parser
from .segments import longer_word

CLAUSE_MARKS = "，；。！？\n,;!?"
APPOSITION_MARKS = "，,；;"  # rule 6: after a name and one of these
GOING_ON = "，,"  # rules 7, 8: a subject goes on across a comma, not a semicolon
MOST_CLAUSES = 4  # rule 7 looks back so many clauses for the name that opens one
# The marks a title begins after (an opening bracket or quotation mark, a colon) and ends
# before (a closing one). Not the reverse: （荣退）会长 and “荣退”会长 are said of the office.
# Not a colon (荣退：会长陈大鹏: red team 70) nor a quotation mark, which opens a name only
# (所谓“中国服装协会会长”: red team 71).
TITLE_OPENERS = CLAUSE_MARKS + "、（(「《"
QUOTE_OPENERS = "“‘"
LABEL_COLONS = ("：", ":")  # between a title and its name: 主任：杜岩冰
TITLE_CLOSERS = CLAUSE_MARKS + "、：:）)”’」》…"
# A quotation that ends a sentence (……支撑。”胡海松) ends a clause too.
QUOTE_CLOSERS, SENTENCE_ENDS = "”’」", "。！？!?"
THE_SAID = "该"  # 该会, "the said association": the body named before it
MOST_MODIFIERS = 4
MOST_BODIES = 4  # 工业和信息化部消费品工业司: bodies in a row before one office
MOST_BODY_LETTERS = 200  # an English office's body read after it ("of the China Garment…")


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
    # Where the office's title must be posts and joiners only: from ``since`` (the office's
    # own post where None) up to ``reach``: the holder's name after it (rules 1 and 4) or the
    # closing bracket after the holder's name (rule 2); None: the title ends at the office.
    since: int | None = None
    reach: int | None = None
    at: int = -1  # where the holder's name begins


@dataclass(frozen=True)
class OfficeReader:
    offices: tuple[str, ...]
    modifiers: tuple[str, ...]
    bodies: tuple[str, ...]
    verbs: tuple[str, ...]
    links: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    leads: tuple[str, ...] = ()
    joiners: tuple[str, ...] = ()
    follows: tuple[str, ...] = ()
    name_leads: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    body_words: tuple[str, ...] = ()
    pointers: tuple[str, ...] = ()

    @property
    def pattern(self) -> re.Pattern:
        return _office_pattern(self.offices, self.modifiers, self.bodies, self.suffixes)

    def read(self, text: str) -> list[re.Match]:
        """Each office in ``text``, with its modifiers (原一级巡视员), as a match."""
        return list(self.pattern.finditer(text)) if self.offices else []

    def modifiers_of(self, office: str) -> str:
        """The words before an office's own word: 原一级 of 原一级巡视员."""
        word = _ending_office(self.offices).search(office)
        return office[: word.start()] if word else office

    def post(self, text: str, office: re.Match, bodies: tuple[str, ...]) -> Post:
        """The post an office of ``text`` states: the office with the body whose approved name
        (of ``bodies``) stands right before it, or before one of ``links`` (的) before it; the
        modifiers before that body, past any bodies before it, are the office's (原中国服装
        协会会长 is a former 会长 of that association)."""
        return self._reading(text, office, bodies)[0]

    def _reading(self, text: str, office: re.Match, bodies: tuple[str, ...]) -> tuple[Post, int]:
        """``post``, and where in ``text`` the words it reads begin."""
        at, nearest = office.start(), ""
        for _ in range(MOST_BODIES):
            link = next((w for w in self.links if text.endswith(w, 0, at)), "")
            body = _body_before(text, at - len(link), bodies)
            if not body:
                break
            nearest, at = nearest or body, at - len(link) - len(body)
        lead = self._modifiers_before(text, at) if nearest else ""
        start = at - len(lead)
        link = next((w for w in self.links if text.endswith(w, 0, at)), "")
        if link and not lead:  # 前任的会长, 已退休的中国服装协会会长 (red team 69)
            lead = self._modifiers_before(text, at - len(link))
            start = at - len(link) - len(lead) if lead else start
        # 会长（名誉）: modifiers in brackets right after the office are its too.
        after = self._modifiers_after(text, office.end())
        return Post(nearest, lead + after + office.group()), start

    def joined_bodies(self, text: str, office: re.Match, bodies: tuple[str, ...]) -> list[str]:
        """The bodies joined before the body of an office (``post``), each of which holds it
        too: 中国服装协会及中国纺织工业联合会副会长 is a vice president of both (red team 72)."""
        post, at = self._reading(text, office, bodies)
        joined = []
        while post.body and len(joined) < MOST_BODIES:
            joiner = next((j for j in self.list_joiners if text.endswith(j, 0, at)), "")
            body = _body_before(text, at - len(joiner), bodies) if joiner else ""
            if not body:
                break
            joined.append(body)
            at -= len(joiner) + len(body)
        return joined

    @property
    def list_joiners(self) -> tuple[str, ...]:
        """The joiners that list things alike (、, 和, 及), not a title and its name (：) nor
        two posts of one person (兼)."""
        listing = (j for j in self.joiners if j not in LABEL_COLONS and j != "兼")
        return tuple(sorted(listing, key=len, reverse=True))  # 以及 before 及

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
        return [
            Said(holder[0][2], office, *holder[1:], at=holder[0][0])
            for office in self.read(text)
            if (holder := self._holder(text, office.start(), office.end(), places))
        ]

    def _holder(self, text: str, start: int, end: int, places: "_Places"):
        """(name's span, rival, since, reach) of the office at ``start``–``end`` (``Said``),
        or None where it is said of no one."""
        clause_start, clause_end = places.clause(start, end)
        before, after = places.before(start, clause_start), places.after(end, clause_end)
        if after and after[0] == end:  # 1. 会长陈大鹏
            return after, None, None, after[0]
        opening = places.enclosing[start]  # 2. 韩晶（现任；主任）: whatever marks are inside
        if opening >= 0 and (named := places.ending_at(opening)):
            return named, None, opening + 1, places.closing_after(end)
        if before:
            bracketed = text[before[1] : before[1] + 1] in ("（", "(")
            if before[1] == start:  # 2. 陈大鹏会长
                return before, None, None, None
            if bracketed and not places.closed(before[1], start):  # 陈大鹏（中国服装协会会长）
                return before, None, before[1] + 1, places.closing_after(end)
            if text.startswith(self.verbs, before[1]):  # 3. 韩晶任副主任
                return before, None, None, None
        if opening >= 0 and after and after[0] > places.closing_after(end):
            after = None  # an office in brackets is of what the brackets follow, not after
        if after:  # 4. 顾问、联盟专家组组长蒋衡杰; the name before is a rival
            return after, before[2] if before else None, None, after[0]
        if before:  # 5. 韩晶在联盟工作办公室任主任: the name of its clause
            return before, None, None, None
        if clause_start >= 1 and text[clause_start - 1] in APPOSITION_MARKS:
            apposed = places.ending_at(clause_start - 1)  # 6. 蒋衡杰，中国服装协会顾问
            if apposed:
                return apposed, None, None, None
        if subject := places.going_on(clause_start):  # 7. 陈大鹏任该会副会长，并非协会会长
            return subject, None, None, None
        if clause_end < len(text) and text[clause_end] in GOING_ON:
            subject = places.after(clause_end + 1, places.clause(clause_end + 1, clause_end + 1)[1])
            if subject and subject[0] == clause_end + 1:  # 8. 作为会长，陈大鹏作总结
                return subject, None, None, None
        if self.pointers and any(p in text[clause_start:start] for p in self.pointers):
            if pointed := places.before(start, 0):  # 9. 陈大鹏作总结。这位会长表示
                return pointed, None, None, None
        return None

    def unframed(
        self, text: str, said: list[Said], names: list[tuple[int, int, str]], bodies
    ) -> list[tuple[Said, str]]:
        """Each person's name, and each office ``said`` of a person, whose title holds words
        these rules do not read, with those words (a name's as ``Said(name, None, None)``).
        A title is the posts beside a name, joined by ``joiners`` (顾问、联盟专家组组长
        蒋衡杰). It begins after a clause mark, an opening bracket, a name, a body, one of
        ``leads`` (由, 该会) or a verb of holding an office that itself stands where a title
        could begin (任); a bare name may also follow a quotation mark or one of
        ``name_leads`` (并非). It ends at the holder's name (rules 1 and 4), at the closing
        bracket after it (rule 2), or at a mark, a joiner before another post, a name or one
        of ``follows`` (陈大鹏会长作总结); so does a name whose title is before it (会长陈大鹏
        市长, 会长陈大鹏的代表: red team 71). Brackets after a name hold a post, the name's
        English form or a note (``notes``: 见). Anything else beside a name or an office may
        make another office (荣退会长, 会长夫人, 陈大鹏（名誉）) or be a title the offices list
        lacks (布道师陈大鹏), however many words are listed: this is the allowlist behind the
        word lists (red teams 66-71)."""
        titles = _Titles(self, text, names, bodies)
        wrong, refused = [], set()  # refused: the names whose title is refused
        for start, end, name in names:  # 布道师陈大鹏
            if words := titles.before(start, "free") or titles.bracket_after(end):
                wrong.append((Said(name, None, None), words))
                refused.add(start)
        ends = {start: (end, name) for start, end, name in names}
        for one in said:
            if one.since is not None or one.reach not in refused:
                if words := titles.around(one):
                    wrong.append((one, words))
                    refused.add(one.reach)
        # After a name whose title stands before it, what may follow an office after a name:
        # 会长陈大鹏市长 gives him another title, 会长陈大鹏的代表 is someone else (red team 71).
        for one in said:
            if one.since is None and one.reach in ends and one.reach not in refused:
                end, name = ends[one.reach]
                # A post after it is judged as his (rule 2), one after a verb of holding it
                # too (rule 3: 副主任韩晶升任主任), brackets by bracket_after.
                if not (
                    titles.closes(end)
                    or end in titles.spans
                    or text[end : end + 1] in "（("
                    or text.startswith(self.verbs, end)
                ):
                    wrong.append((Said(name, None, None, reach=end), titles.word_after(end)))
                    refused.add(one.reach)
        return wrong


class _Titles:
    """A text's posts and names, to judge what stands beside each (``OfficeReader.unframed``).
    Each judgement returns the words it does not read, or ""."""

    def __init__(self, reader: OfficeReader, text, names, bodies):
        self.reader, self.text, self.bodies = reader, text, bodies
        self.spans = {}  # where each office's post begins → where it ends
        self.post_starts = {}  # where each office's word begins → where its post begins
        for office in reader.read(text):
            start = reader._reading(text, office, bodies)[1]
            self.spans.setdefault(start, office.end())
            self.post_starts[office.start()] = start
        self.ends = {end: start for start, end in self.spans.items()}
        self.name_starts = {start for start, _end, _name in names}
        self.name_ends = {end for _start, end, _name in names}
        self.name_stops = sorted(self.name_ends)
        self.leads = (
            reader.leads
            + reader.name_leads
            + reader.verbs
            + reader.bodies
            + reader.body_words
            + reader.pointers
        )
        self.name_only = frozenset(reader.name_leads)

    def opens(self, at: int, verbs: str) -> bool:
        """A title may begin at ``at``; after a verb of holding an office (``verbs``) always
        ("free"), where a title could begin before the verb ("opened"), or never ("none")."""
        text = self.text
        return (
            at == 0
            or text[at - 1] in TITLE_OPENERS
            or (text[at - 1] in QUOTE_OPENERS and at in self.name_starts)
            or (text[at - 1] in QUOTE_CLOSERS and at > 1 and text[at - 2] in SENTENCE_ENDS)
            or at in self.name_ends
            or self._after_lead(at, verbs)
            or self._after_body(at)
        )

    def _after_lead(self, at: int, verbs: str) -> bool:
        """One of the leads ends at ``at`` as a word of its own: no longer word of the
        dictionary ends there (自由会长, 历任会长, 老将陈大鹏 hold 由, 任, 将: red team 70). A
        verb of holding an office opens a title only where a title could begin before it, with
        no other verb (陈大鹏任会长, 在联盟工作办公室任主任; not 陈大鹏早年担任会长)."""
        k = bisect_right(self.name_stops, at) - 1
        edge = self.name_stops[k] if k >= 0 else 0  # a word across a name's edge is no sign
        for lead in self.leads:
            start = at - len(lead)
            if start < edge or not self.text.endswith(lead, 0, at):
                continue
            if longer_word(self.text[edge:], start - edge, at - edge, before=True):
                continue
            if lead in self.reader.body_words:  # 原协会会长, 布道师公司首席运营官 (red team 72)
                if self.opens(start, "none" if verbs == "none" else "opened"):
                    return True
            elif verbs == "free" or (lead not in self.reader.verbs and lead not in self.name_only):
                return True
            elif lead in self.reader.verbs and verbs == "opened" and self.opens(start, "none"):
                return True
        return False

    def _after_body(self, at: int) -> bool:
        """A body's approved name ends at ``at``, or before one of ``links`` there: 中国服装
        协会陈大鹏, 中国服装协会的陈大鹏 (that association's)."""
        link = next((w for w in self.reader.links if self.text.endswith(w, 0, at)), "")
        return bool(_body_before(self.text, at - len(link), self.bodies))

    def word_before(self, at: int) -> str:
        """The letters before ``at``, back to where a title may begin (at most six)."""
        back = at - 1
        while back > 0 and at - back < 6 and not self.opens(back, "free"):
            back -= 1
        return self.text[back:at]

    def _bracketed_after(self, at: int) -> bool:
        """A bracket right after an office that holds its modifiers (会长（名誉）, read into
        the post) or a name (会长（陈大鹏）)."""
        if self.text[at : at + 1] not in ("（", "("):
            return False
        return at + 1 in self.name_starts or bool(self.reader._modifiers_after(self.text, at))

    def _joins_another(self, at: int) -> bool:
        """A joiner at ``at`` and a post or a name after it: 会长兼法人 joins no post (red
        team 70)."""
        joiner = next((j for j in self.reader.joiners if self.text.startswith(j, at)), "")
        after = at + len(joiner)
        return bool(joiner) and (after in self.spans or after in self.name_starts)

    def word_after(self, at: int) -> str:
        """The letters from ``at`` up to a mark or a name (at most six)."""
        end = at + 1
        while end < min(len(self.text), at + 6) and not (
            self.text[end] in TITLE_CLOSERS or end in self.name_starts
        ):
            end += 1
        return self.text[at:end]

    def before(self, start: int, verbs: str) -> str:
        """What stands before a name or a post at ``start``, past the title it ends (``verbs``
        as ``opens`` takes it: "free" before a name, 这是闻力生)."""
        at = start
        while True:  # back past the posts and the joiners between them
            if at in self.ends:
                at = self.ends[at]
                continue
            joiner = next(
                (
                    j
                    for j in self.reader.joiners
                    if self.text.endswith(j, 0, at) and at - len(j) in self.ends
                ),
                "",
            )
            # 监事长和冯德虎 is two people: only a colon stands between a title and its name.
            if not joiner or (at in self.name_starts and joiner not in LABEL_COLONS):
                break
            at -= len(joiner)
        return "" if self.opens(at, verbs) else self.word_before(at)

    def bracket_after(self, end: int) -> str:
        """What brackets right after a name hold, where that is no post, no English (the
        name's own letters) and no reference: 陈大鹏（名誉）, 陈大鹏（已故）, 陈大鹏（荣退） (red
        team 71). A post there is judged as the holder's (rule 2)."""
        text = self.text
        if text[end : end + 1] not in ("（", "("):
            return ""
        close = text.find("）" if text[end] == "（" else ")", end)
        inside = text[end + 1 : close if close >= 0 else len(text)]
        if (
            not any("\u3400" <= ch <= "\u9fff" for ch in inside)  # [Liu Zheng'an]
            or inside.startswith(self.reader.notes)  # （见……一节）
            or any(end + 1 <= start < end + 1 + len(inside) for start in self.spans)
        ):
            return ""
        return text[end : end + 1 + len(inside) + 1]

    def closes(self, end: int) -> bool:
        """A title (or the name after it) may end at ``end``: a mark, a name, a joiner before
        another post or name, a bracket of its modifiers or a name, or one of ``follows``."""
        text = self.text
        return (
            end == len(text)
            or text[end] in TITLE_CLOSERS
            or end in self.name_starts
            or text.startswith(self.reader.follows, end)
            or self._joins_another(end)
            or self._bracketed_after(end)
        )

    def around(self, one: Said) -> str:
        """What stands beside the office ``one``: before it, and up to its holder's name or
        the closing bracket (``reach``) or, where none, right after it."""
        text = self.text
        start = self.post_starts[one.office.start()]
        if one.since is None and (words := self.before(start, "opened")):
            return words
        if one.reach is None:
            end = one.office.end()
            return "" if self.closes(end) else self.word_after(end)
        at = start if one.since is None else one.since
        while at < one.reach:  # posts and joiners only
            joiner = next((j for j in self.reader.joiners if text.startswith(j, at)), "")
            if joiner and (at + len(joiner) < one.reach or joiner in LABEL_COLONS):
                at += len(joiner)
            elif at in self.spans:
                at = self.spans[at]
            elif text[at] in "（(" and at + 1 == one.reach:  # 会长（陈大鹏）
                break
            else:
                return text[at : min(one.reach, at + 8)]
        return ""


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
        self.text, self.length = text, len(text)
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

    def going_on(self, clause_start: int):
        """The name that opens one of the clauses before the one at ``clause_start``, back
        across commas only and at most ``MOST_CLAUSES``: its subject goes on (陈大鹏作总结，
        会上，作为会长表示: red team 74)."""
        for _ in range(MOST_CLAUSES):
            if clause_start < 1 or self.text[clause_start - 1] not in GOING_ON:
                return None
            clause_start, _end = self.clause(clause_start - 1, clause_start - 1)
            subject = self.after(clause_start, self.length)
            if subject and subject[0] == clause_start:
                return subject
        return None

    def ending_at(self, at: int):
        k = bisect_left(self.ends, at)
        return self.names[k] if k < len(self.names) and self.ends[k] == at else None

    def closing_after(self, at: int) -> int:
        """The first closing bracket at ``at`` or later, or the text's end."""
        k = bisect_left(self.closing, at)
        return self.closing[k] if k < len(self.closing) else self.length

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


def unnamed_offices(source: str, translation: str, reader: OfficeReader, lang: str) -> list[str]:
    """The offices ``translation`` states that its English ``source`` names none of: each
    stands for one English word or phrase its ``office_sources`` entry lists, each English one
    for one office. An office said of no one the rules reach (陈大鹏出席；任会长, four clauses
    away, in a People entry's paragraph) is otherwise out of every check (red team 75)."""
    sources = load_languages()[lang].lint.office_sources if lang in load_languages() else {}
    said = [m.group() for m in reader.read(translation)]
    if not sources or not said:
        return []
    listed = tuple(sorted({w for words in sources.values() for w in words}))
    english = [" ".join(w.lower().split()) for w in _english_pattern(listed).findall(source)]
    wants, places = [], {}  # for each office, the places in ``english`` that may stand for it
    for office in said:
        if office not in places:  # each office once: a hostile message repeats a few
            words = {w.lower() for w in office_source_words(office, sources)}
            places[office] = [i for i, word in enumerate(english) if word in words]
        wants.append(places[office])
    return [said[i] for i in _unmatched(wants)]


def requoted_offices(source: str, quoted: str, source_lang: str) -> list[str]:
    """The offices the English ``quoted`` in a translation (its phrases marked as the source's
    language) states that the English ``source`` does not, each read with the words before it
    that make it another (``[en.lint] office_modifiers`` and ``office_kinds``): 陈大鹏
    （[President of the Federation]{.language-en}） where the English has "Vice President of
    the Federation" (red team 76)."""
    language = load_languages().get(source_lang)
    if language is None or not language.lint.offices or not quoted:
        return []
    kinds = (w for words in language.lint.office_kinds.values() for w in words)
    modifiers = tuple(language.lint.office_modifiers) + tuple(kinds)
    pattern = _english_office_units(tuple(language.lint.offices), modifiers)
    # Each read with what follows it up to a mark or "and" (of the China Garment Association):
    # a quoted office matches one of the English's that it begins, whole or without its body.
    english = [_office_unit(m, source) for m in pattern.finditer(source)]
    requoted = []
    for m in pattern.finditer(quoted):
        head, tail = _office_unit(m, quoted)
        at = next((k for k, (h, t) in enumerate(english) if h == head and t.startswith(tail)), None)
        if at is None:
            requoted.append(" ".join(filter(None, (head, tail))))
        else:
            del english[at]
    return requoted


def _office_unit(found: re.Match, text: str) -> tuple[str, str]:
    """An English office as read (its modifiers and word), and what follows it up to a mark or
    "and", each lower-cased, words joined by one space."""
    after = text[found.end() : found.end() + MOST_BODY_LETTERS]  # linear in many offices
    rest = re.split(r"""[,.;:()"“”‘’\n]|\sand\s""", after, maxsplit=1)[0]
    return tuple(
        " ".join(re.split(r"[\s-]+", part.lower())).strip() for part in (found.group(), rest)
    )


@cache
def _english_office_units(offices: tuple[str, ...], modifiers: tuple[str, ...]) -> re.Pattern:
    # At most MOST_MODIFIERS words before it: a run of them with no office is read past in
    # linear time (Vice Vice Vice…).
    before = rf"(?:(?:{_either(modifiers)})[\s-]+){{0,{MOST_MODIFIERS}}}" if modifiers else ""
    return re.compile(rf"(?<![A-Za-z]){before}(?:{_either(offices)})(?![A-Za-z])", re.I)


def office_source_words(office: str, sources: dict) -> tuple[str, ...]:
    """The source words ``office`` may stand for: those of the longest entry it ends with
    (原副会长: 副会长's; 会长助理: 助理's)."""
    kind = max((k for k in sources if office.endswith(k)), key=len, default=None)
    return tuple(sources.get(kind, ()))


@cache
def _ending_office(offices: tuple[str, ...]) -> re.Pattern:
    """An office's own word at the end of what is read (built once: it is read for every
    office of every message)."""
    return re.compile(f"(?:{'|'.join(map(re.escape, offices))})$")


@cache
def _english_pattern(words: tuple[str, ...]) -> re.Pattern:
    spaced = sorted((r"\s+".join(map(re.escape, w.split())) for w in words), key=len, reverse=True)
    return re.compile(rf"(?<![A-Za-z])(?:{'|'.join(spaced)})(?![A-Za-z])", re.I)


def _unmatched(wants: list[list[int]]) -> list[int]:
    """The items no place is left for in a largest matching of items to the places each
    ``wants`` (Kuhn's augmenting paths). An augmenting path visits each place at most once;
    an item with no path never gets one later, nor does one that wants the same places, so a
    hostile message's many offices of a few kinds are each tried once a kind."""
    holder: dict[int, int] = {}
    failed: set[tuple[int, ...]] = set()

    def take(item: int, seen: set[int]) -> bool:
        for place in wants[item]:
            if place not in seen:
                seen.add(place)
                if place not in holder or take(holder[place], seen):
                    holder[place] = item
                    return True
        return False

    unmatched = []
    for item, places in enumerate(wants):
        key = tuple(places)
        if key in failed or not take(item, set()):
            failed.add(key)
            unmatched.append(item)
    return unmatched


def role_unframed(translation: str, reader: OfficeReader, bodies: tuple[str, ...]) -> list[str]:
    """A People appendix role (which every use of an office is held to) that says more than
    its posts: the bodies' approved names and the offices, joined by ``joiners``, to its end
    mark. 中国服装协会荣退会长 made every 会长陈大鹏 a retired president's title (red team 70)."""
    titles = _Titles(reader, translation, [], bodies)
    end = len(translation.rstrip("。.；; \n"))
    first = min(titles.spans, default=0)
    at = first if titles.opens(first, "none") else 0  # 该集团副总工程师, 协会会长
    while at < end:
        joiner = next((j for j in reader.joiners if translation.startswith(j, at)), "")
        if not joiner and at not in titles.spans:
            upto = min((start for start in titles.spans if start > at), default=end)
            return [
                f"the role says {translation[at:upto]!r}, which is no post, joiner or body: a "
                "People appendix role is its posts, the body's approved name and the office, "
                "joined by 、, for every use of an office is held to it"
            ]
        at = at + len(joiner) if joiner else titles.spans[at]
    return []


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
        lint.office_leads,
        lint.office_joiners,
        lint.office_follows,
        lint.name_leads,
        lint.bracket_notes,
        lint.body_words,
        lint.person_pointers,
    )


def misheld(
    text: str,
    persons: dict[str, str],
    held: dict[str, frozenset[Post]],
    reader: OfficeReader,
    bodies: tuple[str, ...] = (),
    named: tuple[str, ...] = (),
) -> list[tuple[str, str, str | None]]:
    """(label, post, rival) for each office ``text`` says of a person (``persons``: label →
    the approved name) that the appendix does not give them (``held``: label → posts), read
    as ``OfficeReader.post`` reads it (中国服装协会会长 is not the 会长 of another
    association); or, where a rival stands before the office and only one of the two holds
    it, the rival's label (whose it is is unclear). An office with no body written is of the
    last body before it of those the English names (``named``), where the person holds a
    post there."""
    labels = {name: label for label, name in persons.items() if label in held}
    if not labels:
        return []
    names = _name_spans(text, labels)
    spoken = _Spoken(text, named)
    lists = _lists(text, names, reader.list_joiners)

    def bound(label: str, said: Post, at: int) -> Post:
        """陈大鹏（副会长） in the association's own entry is its vice president (red team 71);
        曹学军为其专家咨询委员会委员 is no post of the federation. Only a body the English
        names: one the translation adds before the office would choose its body. A body
        word says which: 该会 the body named before, where it is of that kind (该部 after the
        association's name is a department of it), whoever holds a post there; 联合会 a body
        of that kind (联合会会长陈大鹏: red team 74)."""
        if said.body:
            return said
        context = spoken.last_before(at)
        words = sorted(reader.body_words, key=len, reverse=True)
        word = next((w for w in words if text.endswith(w, 0, at)), "")
        if word.startswith(THE_SAID) and context.endswith(word[len(THE_SAID) :]):
            return Post(context, said.office)
        if word and not word.startswith(THE_SAID):
            kind = [post.body for post in held[label] if post.body.endswith(word)]
            return next(
                (Post(b, said.office) for b in kind if Post(b, said.office) in held[label]),
                Post(word, said.office),
            )
        if context and any(post.body == context for post in held[label]):
            return Post(context, said.office)
        return said

    def holds(label: str, said: Post) -> bool:
        posts = held[label]
        # Where the appendix names no body for an office, or the text names none, the office
        # alone is compared.
        unbound = Post("", said.office) in posts or not said.body
        return said.office in {post.office for post in posts} and (said in posts or unbound)

    wrong = []
    for name, office, rival, *_, at in reader.said_of(text, names):
        said = reader.post(text, office, bodies)
        joined = [Post(body, said.office) for body in reader.joined_bodies(text, office, bodies)]
        refused = [
            (labels[holder], str(post), None)
            for holder in lists[at]
            for post in [bound(labels[holder], said, office.start()), *joined]
            if not holds(labels[holder], post)
        ]
        if refused:
            wrong += refused
        elif rival and rival != name:
            if not holds(labels[rival], bound(labels[rival], said, office.start())):
                wrong.append((labels[name], str(said), labels[rival]))
    return wrong


def _lists(text: str, names, joiners: tuple[str, ...]) -> dict[int, list[str]]:
    """Where each name begins → it and the names listed with it, joined by ``joiners`` and
    nothing else: an office before or after such a list is each one's (副主任韩晶、杜岩冰;
    由杜岩冰、韩晶任副主任: red team 72)."""
    lists: dict[int, list[str]] = {}
    one: list[str] = []
    for k, (start, _end, name) in enumerate(names):
        if k and text[names[k - 1][1] : start] not in joiners:
            one = []
        one.append(name)
        lists[start] = one
    return lists


class _Spoken:
    """Where ``text`` names each of ``bodies`` (the longest name where two overlap)."""

    def __init__(self, text: str, bodies: tuple[str, ...]):
        self.ends: list[int] = []
        self.names: list[str] = []
        if bodies := tuple(b for b in bodies if b):
            for found in re.finditer(_either(tuple(sorted(bodies, key=len, reverse=True))), text):
                self.ends.append(found.end())
                self.names.append(found.group())

    def last_before(self, at: int) -> str:
        """The body named last before ``at``, or ""."""
        i = bisect_right(self.ends, at)
        return self.names[i - 1] if i else ""


def unframed(
    text: str,
    persons: dict[str, str],
    reader: OfficeReader,
    bodies: tuple[str, ...] = (),
) -> list[tuple[str, str | None, str]]:
    """(label, office, words) for each office ``text`` says of a person (``persons``: label →
    the approved name) whose title holds ``words`` that ``OfficeReader.unframed`` does not
    read; office "" where the words stand right before the person's name or title, None where
    they stand right after a name whose title is before it."""
    labels = {name: label for label, name in persons.items()}
    if not labels or not reader.joiners:
        return []
    names = _name_spans(text, labels)
    said = reader.said_of(text, names)
    return [
        (labels[one.name], _office_of(one), words)
        for one, words in reader.unframed(text, said, names, bodies)
    ]


def _office_of(one: Said) -> str | None:
    """The office ``OfficeReader.unframed`` found words beside; "" for words before a name,
    None for words after a name whose title stands before it (``reach`` there)."""
    if one.office:
        return one.office.group()
    return "" if one.reach is None else None


def _name_spans(text: str, labels: dict[str, str]) -> list[tuple[int, int, str]]:
    pattern = "|".join(map(re.escape, sorted(labels, key=len, reverse=True)))
    return [(m.start(), m.end(), m.group()) for m in re.finditer(pattern, text)]
