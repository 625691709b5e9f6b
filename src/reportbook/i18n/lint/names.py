"""The name base: people and organisations, like the glossary's term base.

The People and Organisations appendices (source/people.md, source/organisations.md) name each
person and organisation once, as an entry: a heading under its label, followed by its index
entry::

    (person-chen-dapeng)=
    ### Chen Dapeng

    :::{index} single: Chen Dapeng
    :::

The heading's translation in people.po or organisations.po is the approved form. A msgid that
names someone, in plain text or as the text of a ``{ref}`` to their label, must carry the
approved form in its msgstr, and a ``{ref}`` to the label must show it.
"""

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property, partial
from pathlib import Path
from typing import NamedTuple

from babel.messages.catalog import Catalog

from ...languages import load_languages
from ..catalogs import approving, awaiting
from ..configtexts import NUMFIG_LABELS
from .lookalikes import HAN, closed  # HAN: what a near miss may write in place of a letter
from .markup import DEFAULT_SETTINGS, NUMREF_ROLES, Role, Settings, Shape, parser, shape_of
from .offices import OfficeReader, Post, role_items
from .termbase import blank_longer, essentials, quoted_times

NAME_DOMAINS = ("people", "organisations")
REF_ROLES = {"ref", "std:ref"}
DOC_ROLES = {"doc", "std:doc"}
# The labels Sphinx defines itself (its standard domain's), with their titles: sphinx.po
# translates them, and a {ref} with no text of its own shows that.
SPHINX_LABELS = {"genindex": "Index", "modindex": "Module Index", "search": "Search Page"}
# The directives whose ``:name:`` a {numref} numbers, by the word of their caption label
# (_label_word: "fig" of "Fig. %s"); a {numref} to another target shows a number too.
CAPTIONED = {"figure": "fig", "table": "table", "list-table": "table", "csv-table": "table"}
# An English title's head (what it names) is its last word before the first of these: the
# "Committee" of "Expert Advisory Committee of the China Textile Industry Federation".
PREPOSITIONS = frozenset({"of", "for", "from", "by", "on", "in", "at", "to", "with"})


def labelled_headings(page: Path, settings: Settings) -> dict[str, tuple[str, list[str]]]:
    """label → (heading, its index entry's parts) for every labelled heading of a page; a
    name's entry is followed by an ``{index}`` directive (``single: Alliance; Work Office``),
    any other heading has no parts."""
    if not Path(page).is_file():
        return {}
    tokens = parser(settings).parse(Path(page).read_text("utf-8"))
    headings, label = {}, None
    for i, token in enumerate(tokens):
        if token.type == "myst_target":
            label = token.content.strip().lower()
        elif token.type == "heading_open" and label:
            following = next((t for t in tokens[i + 3 :] if t.type != "myst_target"), None)
            parts = []
            if following is not None and following.info.strip().startswith("{index}"):
                entry = following.info.strip().removeprefix("{index}") + " " + following.content
                kind, _, value = entry.strip().partition(":")
                parts = [part.strip() for part in value.split(";")] if kind == "single" else []
                parts = parts or [tokens[i + 1].content.strip()]
            headings[label] = (tokens[i + 1].content.strip(), parts)
            label = None
    return headings


def page_targets(page: Path, settings: Settings) -> tuple[str | None, dict[str, str]]:
    """A page's title (its first heading), and label → caption label word ("fig", "table") of
    every figure and table it names (``:name:``)."""
    if not Path(page).is_file():
        return None, {}
    title, kinds = None, {}
    tokens = parser(settings).parse(Path(page).read_text("utf-8"))
    for i, token in enumerate(tokens):
        if token.type == "heading_open" and title is None:
            title = tokens[i + 1].content.strip()
        elif token.type in ("fence", "colon_fence"):
            directive = token.info.strip().partition("}")[0].removeprefix("{")
            for line in token.content.splitlines():
                if not line.startswith(":"):  # the options come first
                    break
                key, _, value = line[1:].partition(":")
                if key == "name" and directive in CAPTIONED:
                    kinds[value.strip().lower()] = CAPTIONED[directive]
    return title, kinds


def name_entries(page: Path, settings: Settings) -> dict[str, str]:
    """label → name for every entry of an appendix page."""
    return {
        label: heading
        for label, (heading, parts) in labelled_headings(page, settings).items()
        if parts
    }


def name_parts(page: Path, settings: Settings) -> dict[str, list[str]]:
    """name → the parts of its index entry after the first: "Work Office" of "Alliance Work
    Office", entered under the Alliance."""
    return {
        heading: parts[1:]
        for heading, parts in labelled_headings(page, settings).values()
        if len(parts) > 1
    }


@dataclass(frozen=True)
class Name:
    label: str
    english: str
    approved: str
    pattern: re.Pattern  # the English name as whole words, case as written
    person: bool = False  # the People appendix's, not the Organisations'
    # No approved form yet (its entry untranslated or fuzzy): the English name stands, as the
    # appendix shows it, so marking the entry fuzzy frees no use of the name (red team 66).
    pending: bool = False

    @property
    def core(self) -> str:
        """The approved form without enclosing punctuation: 《…》 marks a title in running
        text, but a {ref} inside the marks shows the title alone."""
        return _strip_punctuation(self.approved)

    def stated_in(self, text: str) -> bool:
        """The approved form is in ``text``."""
        return self.core in text

    def shown_by(self, text: str) -> bool:
        """A reference's text shows the name: with its approved form, or as a shortened form
        of it. An organisation's: the approved form's letters left out and none added, at
        least two kept, and its last kept: a Chinese name ends in what it names (联盟 of
        中国服装智能制造技术创新战略联盟; not 中国, nor 联盟 for 联盟工作办公室, the office). A
        person's: the surname or the given name; a name that skips a letter is another
        person's (蒋杰 of 蒋衡杰)."""
        shown = _strip_punctuation(text)
        if self.core in shown:
            return True
        if self.person:
            return shown in _person_parts(self.english, self.core)
        return _shortens(self.core, shown)


# How many look-alike letters a text may differ in from a title and still read as it (末耒 for
# 未来): a reader who knows the title reads it past one or two. More is another text.
MOST_ALIKE = 2


def _apart(form: str, other: str, most: int = MOST_ALIKE) -> list[tuple[str, str]]:
    """The pairs of letters in which two forms of one length differ, if they differ in one
    to ``most`` places; read only up to one more, so most pairs cost a few letters."""
    pairs = []
    for a, b in zip(form, other, strict=True):
        if a != b:
            if len(pairs) == most:
                return []
            pairs.append((a, b))
    return pairs


def reads_as(text: str, title: str, alike: Callable[[str, str], bool] | None) -> bool:
    """``text``, one length with ``title``, differs from it only in letters ``alike`` to the
    eye (末耒工作重点 for 未来工作重点, 工怍 for 工作), at most MOST_ALIKE of them."""
    pairs = _apart(text, title) if alike and len(text) == len(title) else []
    return bool(pairs) and all(alike(a, b) for a, b in pairs)


def reads_in(
    text: str,
    title: str,
    alike: Callable[[str, str], bool] | None,
    covered: frozenset[int] = frozenset(),
) -> bool:
    """A stretch of ``text`` reads as ``title`` (联盟工怍报告（续） holds 联盟工作报告), outside
    the places ``covered`` (where the text shows a title of its own)."""
    if len(set(title) - set(text)) > MOST_ALIKE:  # no stretch can: a quick bound first
        return False
    width = len(title)
    return any(
        reads_as(text[i : i + width], title, alike) and not set(range(i, i + width)) <= covered
        for i in range(len(text) - width + 1)
    )


def holds_alike(text: str, title: str, alike: Callable[[str, str], bool] | None) -> bool:
    """``text`` holds ``title``, or a stretch that reads as it: look-alike letters in its
    place, or one or two letters put inside it (联盟的工作报告 and 联盟工作总报告 hold
    联盟工作报告)."""
    return title in text or reads_in(text, title, alike) or _holds_apart(text, title)


def _holds_apart(text: str, title: str) -> bool:
    """A stretch of ``text`` is ``title`` with up to MOST_ALIKE letters put inside it: it
    begins and ends as the title does and has the title's letters in order."""
    if not set(title) <= set(text):
        return False
    for extra in range(1, MOST_ALIKE + 1):
        width = len(title) + extra
        for i in range(len(text) - width + 1):
            stretch = text[i : i + width]
            if stretch[0] == title[0] and stretch[-1] == title[-1]:
                rest = iter(stretch)
                if all(ch in rest for ch in title):
                    return True
    return False


def _shortens(form: str, shown: str) -> bool:
    """``shown`` is a shortened form of ``form``: some of its letters left out, none added,
    at least two kept, and its last: a Chinese name or title ends in what it names."""
    rest = iter(form)
    return (
        len(shown) >= 2 <= len(form) and shown[-1] == form[-1] and all(ch in rest for ch in shown)
    )


# The marks of the four tones in pinyin (ǎ, á…), not ü's two dots: 吕 lǚ is not 陆 lù.
TONES = dict.fromkeys(map(ord, "\u0300\u0301\u0304\u030c"))


def _toneless(reading: str) -> str:
    return unicodedata.normalize("NFD", reading).translate(TONES)


@cache
def _sounding() -> dict[str, str]:
    """Every Chinese letter's readings in pinyin, any tone: the letters that sound alike."""
    # pypinyin's table of single letters (code point: readings with their tones, comma apart).
    from pypinyin.pinyin_dict import pinyin_dict

    letters: dict[str, list[str]] = {}
    for code, readings in pinyin_dict.items():
        for reading in readings.split(","):
            letters.setdefault(_toneless(reading), []).append(chr(code))
    return {reading: "".join(chars) for reading, chars in letters.items()}


def sounds_like(letter: str) -> str:
    """The letters that sound as ``letter`` does in one of its readings, any tone (漕 槽 草
    for 曹, 江 将 for 蒋), itself left out: a surname written with one of them reads as the
    person's, misspelt (漕学军 for 曹学军)."""
    from pypinyin.pinyin_dict import pinyin_dict

    readings = pinyin_dict.get(ord(letter), "")
    sounding = _sounding()
    alike = {
        ch
        for reading in readings.split(",")
        if reading
        for ch in sounding.get(_toneless(reading), "")
    }
    return "".join(sorted(alike - {letter}))


# An organisation's name whose near misses are compared: six Chinese letters or more, with
# brackets or not (上工申贝（集团）股份有限公司: red team 38).
ORGANISATION = re.compile(f"(?:{HAN}[（）()]*){{6,}}")
# A name's approved form is a name: the report's longest has 16 characters (中国服装智能制造
# 技术创新战略联盟). Its near misses are looked for in every message at a cost that grows with
# its length squared: names of 230 characters made a check take 203 s (red team 62). A
# longer form is refused, and left out of that search.
MAX_NAME = 32


def _one_edit(form: str, keep: int, same_length: bool = False) -> list[str]:
    """Expressions for the texts one edit from ``form`` (Damerau-Levenshtein distance 1) that
    keep its first ``keep`` letters, the longest first: a letter added, changed, two side by
    side swapped, a letter left out; only changed or swapped if ``same_length``. (A letter
    added before or after holds the form.)"""
    esc = re.escape
    added = [esc(form[:i]) + HAN + esc(form[i:]) for i in range(max(keep, 1), len(form))]
    changed = [esc(form[:i]) + HAN + esc(form[i + 1 :]) for i in range(keep, len(form))]
    swapped = [
        esc(form[:i] + form[i + 1] + form[i] + form[i + 2 :])
        for i in range(max(keep - 1, 0), len(form) - 1)
        if form[i] != form[i + 1]
    ]
    left_out = [esc(form[:i] + form[i + 1 :]) for i in range(keep, len(form))]
    return changed + swapped if same_length else added + changed + swapped + left_out


def _syllables(word: str) -> int:
    """The syllables of a word in pinyin: its runs of vowels ("Jiang" 1, "Ouyang" 2)."""
    return sum(len(re.findall("[aeiouüv]+", part)) for part in word.casefold().split("'"))


def _by_surname(name: Name, text: str, titles: tuple[str, ...], prefixes: tuple[str, ...]) -> int:
    """How often ``text`` names a person by the surname of ``name``'s approved form: with one
    of ``titles`` right after it (蒋顾问, 陈会长) or ``prefixes`` right before it (老陈)."""
    parts = _person_parts(name.english, name.core)
    if len(parts) != 2 or "·" in name.core or not (titles or prefixes):
        return 0
    surname = re.escape(parts[0])
    forms = []
    if titles:
        forms.append(f"{surname}(?:{'|'.join(map(re.escape, titles))})")
    if prefixes:
        forms.append(f"(?:{'|'.join(map(re.escape, prefixes))}){surname}")
    return len(re.findall("|".join(forms), text))


def _person_parts(english: str, form: str) -> tuple[str, ...]:
    """A person's surname and given name in the approved form: the English writes the surname
    first ("Jiang Hengjie", 蒋衡杰), one letter a syllable; a transliterated name's parts are
    split by ·. None where the two cannot be told apart."""
    if "·" in form:
        return tuple(part for part in form.split("·") if part)
    words = english.split()
    letters = len(words) > 1 and all(unicodedata.name(ch, "").startswith("CJK") for ch in form)
    surname = _syllables(words[0]) if letters else 0
    return (form[:surname], form[surname:]) if 0 < surname < len(form) else ()


ARTICLES = frozenset({"the", "a", "an"})


def _english_words(text: str) -> list[str]:
    """Words as Sphinx's titles compare for a reader: any case, no punctuation, no article,
    and no possessive or plural ending ("The Alliance's work report", "Organisations")."""
    words = re.findall(r"\w+(?:[-'’]\w+)*", text.casefold())
    return [re.sub(r"(?:['’]s|s)$", "", w) or w for w in words if w not in ARTICLES]


def _english_short(text: list[str], title: list[str]) -> bool:
    """The English ``text`` is ``title`` or a shortened form of it: title words left out,
    none added, its head kept last ("work report" of "The Alliance's work report", "Expert
    Advisory Committee" of "Expert Advisory Committee of the …"; not "China Garment
    Association" of "Science and Technology Department of the China Garment Association")."""
    if not text or text == title:
        return bool(text)
    head = next((i - 1 for i, word in enumerate(title) if word in PREPOSITIONS and i), None)
    head = len(title) - 1 if head is None else head
    rest = iter(title[:head])
    return text[-1] == title[head] and all(word in rest for word in text[:-1])


def _english_names(text: str, title: str) -> bool:
    """The English ``text`` names what ``title`` heads: it holds the title, or is a shortened
    form of it."""
    words, titled = _english_words(text), _english_words(title)
    held = f" {' '.join(titled)} " in f" {' '.join(words)} "
    return bool(titled) and (held or _english_short(words, titled))


class Misnamed(NamedTuple):
    """A {ref} whose translated text names another target than its own (``other``, shown as
    ``how``: "is", "holds" or "shortens" its title), or, ``other`` None, whose English text is
    its target's title and the translation's is not that title as translated."""

    label: str
    shown: str
    english: str
    other: str | None = None
    how: str = ""


def _label_word(label: str) -> str:
    """A caption label's or a numref title's first word, lower case, no full stop: "table"
    of "Table %s", "fig" of "Fig. %s", "figure" of "Figure %s"."""
    words = label.replace("%s", " ").split()
    return words[0].rstrip(".").lower() if words else ""


def _strip_punctuation(text: str) -> str:
    start, end = 0, len(text)
    while start < end and unicodedata.category(text[start]).startswith("P"):
        start += 1
    while end > start and unicodedata.category(text[end - 1]).startswith("P"):
        end -= 1
    return text[start:end] or text


def _pattern(english: str) -> re.Pattern:
    words = r"\s+".join(map(re.escape, english.split()))
    return re.compile(rf"(?<!\w){words}(?!\w)")


# A caption label's word → Sphinx's English label: what a {numref} with no title shows.
ENGLISH_LABELS = {_label_word(label): label for label in NUMFIG_LABELS}


class NameBase:
    def __init__(
        self,
        names: list[Name],
        titles: dict[str, str] | None = None,
        labels: dict[str, str] | None = None,
        english: dict[str, str] | None = None,
        *,
        kinds: dict[str, str] | None = None,
        pages: dict[str, tuple[str, str | None]] | None = None,
        lines: dict[str, tuple[str, int]] | None = None,
        domains: dict[str, str] | None = None,
        unknown: frozenset[str] = frozenset(),
        settings: Settings = DEFAULT_SETTINGS,
        roles: dict[str, list[str]] | None = None,
        role_ids: frozenset[str] = frozenset(),
    ):
        # Longest first: "Expert Advisory Committee of the China Textile Industry Federation"
        # is one name, not also the federation's.
        self.names = sorted(names, key=lambda n: -len(n.english))
        self.by_label = {n.label: n for n in self.names}
        # label → the translated heading it labels, on any page: what a {ref} to it shows.
        self.titles = titles or {}
        # A caption label's word ("table", "fig") → its translation in sphinx.po ("表%s"):
        # what a {numref} titled with that word shows.
        self.labels = labels or {}
        # label → the English heading it labels: what a {ref} to it shows in the source.
        self.english = english or {}
        # (title as translated, letters only; label), longest first: what a {ref}'s text may
        # name (misnamed).
        forms = ((essentials(title), label) for label, title in self.titles.items())
        self.forms = sorted(forms, key=lambda f: -len(f[0]))
        # label → the caption label word of the figure or table it names ("fig", "table").
        self.kinds = kinds or {}
        # page → (its English title, as translated or None): what a {doc} to it shows.
        self.pages = pages or {}
        # label → (the domain of its heading's catalog, the line of the heading's message).
        self.lines = lines or {}
        # label → the domain of its page's catalog, translated or not.
        self.domains = domains or {}
        # Labels whose page's catalog was refused: what a reference to one shows is unknown
        # until that catalog is mended, and no reference to it is judged (red team 57).
        self.unknown = unknown
        self.settings = settings
        # label → the translations of a person's roles in the People appendix (its list
        # items), those approved: what offices the person holds (offices.py).
        self.roles = roles or {}
        # The English of those roles: each message of them states its offices' kinds exactly.
        self.role_ids = role_ids
        self._texts: dict[str, str] = {}
        self._held: dict[OfficeReader, dict[str, frozenset[Post]]] = {}

    @classmethod
    def from_source(
        cls, source: Path, catalogs: dict[str, Catalog | None], settings: Settings
    ) -> "NameBase":
        """The names of the appendices, approved by people.po and organisations.po, and the
        translated title of every labelled heading, from its page's catalog (by domain)."""
        names, titles, english, kinds, pages, lines, domains = [], {}, {}, {}, {}, {}, {}
        unknown, roles, role_ids = set(), {}, set()
        for page in sorted(Path(source).rglob("*.md")):
            domain = page.relative_to(source).with_suffix("").as_posix()
            for label, (heading, parts) in labelled_headings(page, settings).items():
                english[label], domains[label] = heading, domain
                if domain in catalogs and catalogs[domain] is None:
                    unknown.add(label)
                person = domain == "people"
                if message := approving(catalogs.get(domain), heading):
                    titles[label] = message.string.strip()
                    lines[label] = (domain, message.lineno)
                    if parts and domain in NAME_DOMAINS:
                        names.append(Name(label, heading, titles[label], _pattern(heading), person))
                elif parts and domain in NAME_DOMAINS:
                    if awaiting(catalogs.get(domain), heading):
                        pattern = _pattern(heading)
                        names.append(Name(label, heading, heading, pattern, person, pending=True))
            if domain == "people" and catalogs.get(domain) is not None:
                for label, items in role_items(page, settings).items():
                    role_ids.update(items)
                    approved = (approving(catalogs[domain], item) for item in items)
                    roles[label] = [message.string for message in approved if message]
            title, captions = page_targets(page, settings)
            kinds.update(captions)
            if title:  # None where untranslated: Sphinx shows the English title
                message = approving(catalogs.get(domain), title)
                pages[domain] = (title, message.string.strip() if message else None)
        labels = {
            _label_word(label): message.string.strip()
            for label in NUMFIG_LABELS
            if (message := approving(catalogs.get("sphinx"), label))
        }
        for label, title in SPHINX_LABELS.items():
            if message := approving(catalogs.get("sphinx"), title):
                english[label], titles[label] = title, message.string.strip()
                lines[label] = ("sphinx", message.lineno)
        return cls(
            names,
            titles,
            labels,
            english,
            kinds=kinds,
            pages=pages,
            lines=lines,
            domains=domains,
            unknown=frozenset(unknown),
            settings=settings,
            roles={n.label: roles[n.label] for n in names if n.label in roles and n.person},
            role_ids=frozenset(role_ids),
        )

    def held_offices(self, reader: OfficeReader) -> dict[str, frozenset[Post]]:
        """label → the posts the People appendix gives each person, as translated and shown
        (an untranslated or fuzzy role gives none): each office, with the organisation
        named right before it."""
        if reader not in self._held:
            shown = partial(shape_of, settings=self.settings, shows=self._translated)
            self._held[reader] = {
                label: reader.held([shown(text).shown for text in texts], self.bodies)
                for label, texts in self.roles.items()
            }
        return self._held[reader]

    @cached_property
    def bodies(self) -> tuple[str, ...]:
        """The organisations' approved names, as text shows them (no 《》)."""
        return tuple(n.core for n in self.names if not n.person and not n.pending and n.core)

    def bodies_named(self, source: str) -> tuple[str, ...]:
        """The approved names of the organisations the English ``source`` names."""
        return tuple(
            n.core
            for n in self.names
            if not n.person and not n.pending and n.core and n.pattern.search(source)
        )

    def _translated(self, role: Role) -> str | None:
        return self.shows(role, english=False)

    def shows(self, role: Role, english: bool) -> str | None:
        """What a reference with no text of its own shows in the English (``english``) or in
        the translation, or None where the base does not know: its target's title, a {doc}'s
        page's, as translated (and in the English only where the translation is known, so
        that both read a name or a term in it alike; the translation shows the English title
        of a heading the catalog leaves untranslated, as Sphinx does), or a {numref}'s caption
        label with its number (``%s``, the number Sphinx writes; ``%s`` alone for a label not
        known)."""
        if role.name in NUMREF_ROLES:
            kind = self.kinds.get(role.target or "", "")
            return (ENGLISH_LABELS if english else self.labels).get(kind, "%s")
        pair: tuple[str, str | None] | None = None
        if role.name in REF_ROLES and role.target in self.english:
            pair = (self.english[role.target], self.titles.get(role.target))
        elif role.name in DOC_ROLES:
            pair = self.pages.get((role.target or "").removeprefix("/"))
        if pair is None or (english and pair[1] is None):
            return None
        # A heading the catalog leaves untranslated: Sphinx shows its English title.
        return self._text(pair[0] if english or pair[1] is None else pair[1])

    def _text(self, title: str) -> str:
        """A title's text as a reader sees it (its markup read)."""
        if title not in self._texts:
            self._texts[title] = shape_of(title, self.settings).text
        return self._texts[title]

    def same_titles(self) -> list[tuple[str, str]]:
        """(label, another label) for each two labelled headings translated alike (letters
        and digits) whose English titles differ: a reference to either reads the same, and
        two people or organisations would share a name."""
        by_form: dict[str, list[str]] = {}
        for label, title in self.titles.items():
            if essentials(title):
                by_form.setdefault(essentials(title), []).append(label)
        return [
            (label, other)
            for labels in by_form.values()
            for label in labels
            for other in labels
            if _english_words(self.english[label]) != _english_words(self.english[other])
        ]

    def held_titles(self, alike: Callable[[str, str], bool] | None = None) -> list[tuple[str, str]]:
        """(label, another label) for each labelled heading whose translated title (letters
        and digits) holds another's whole, three letters or more, where its English title
        does not hold that one's (联盟工作报告（续） for "Interactive discussion"): a reference
        to it reads as one to the other, and so does one that holds a stretch that reads as it
        (``alike`` letters: 联盟工怍报告（续）). A heading on the other's page whose English
        shares a word with it may name it (主旨报告 in the keynote's title). Two-letter titles
        are words inside longer ones too (机构 in 研究机构), so they are left out."""
        forms = {label: essentials(title) for label, title in self.titles.items()}
        found = []
        for label, form in forms.items():
            words = _english_words(self.english[label])
            for other, held in forms.items():
                if not 3 <= len(held) < len(form) or not holds_alike(form, held, alike):
                    continue  # one length: near_titles's
                other_words = _english_words(self.english[other])
                if f" {' '.join(other_words)} " in f" {' '.join(words)} ":
                    continue
                page, other_page = self.lines.get(label, ("",))[0], self.lines.get(other, ("",))[0]
                if page == other_page and set(words) & set(other_words):
                    continue
                found.append((label, other))
        return found

    def near_titles(self, alike: Callable[[str, str], bool]) -> list[tuple[str, str]]:
        """(label, another label) for each two labelled headings whose translated titles
        (letters and digits), two letters or more, are one or two letters apart, each pair
        ``alike`` to the eye (末来工作重点 or 末耒工作重点 for 未来工作重点, 入物 for 人物), and
        whose English titles differ: the one reads as the other. Letters that do not look alike make
        another title, as honest ones do (开幕致辞, 闭幕致辞)."""
        by_length: dict[int, list[tuple[str, str]]] = {}
        for label, title in self.titles.items():
            if len(form := essentials(title)) >= 2:
                by_length.setdefault(len(form), []).append((label, form))
        found = []
        for titled in by_length.values():  # one letter apart: the same length
            for label, form in titled:
                english = _english_words(self.english[label])
                for other, other_form in titled:
                    if english != _english_words(self.english[other]) and reads_as(
                        form, other_form, alike
                    ):
                        found.append((label, other))
        return found

    def missing(self, source: Shape, translation: Shape) -> list[tuple[Name, int, int]]:
        """(name, times the English has it, times the translation shows its approved form) for
        each name the source's text uses more often than the translation shows it: a name the
        English states twice is there twice. Both read a reference with no text of its own
        as the title it shows, so a title that holds the name counts once on each side."""
        missing, used = [], []
        source_text = source.shown
        for name in self.names:
            if name.english not in source_text:  # a cheap test first: most names are absent
                continue
            # The English name kept as English states it only inside a quotation of the
            # English ('calls it the "Consumer Goods Industry Department"'); where it names
            # someone, 陈大鹏（[Han Jing]{.language-en}） would name another person.
            quoted = quoted_times(name.pattern, source.shown, source_text, translation)
            times, source_text = _blank(name.pattern, source_text)
            if times:
                used.append((name, times, quoted))
        kept = frozenset(name.english for name, _, _ in used)
        for name, times, quoted in used:
            text = self.without_longer(name, translation.shown, kept)
            if (shown := text.count(name.core) + quoted) < times:
                missing.append((name, times, shown))
        return missing

    def added(
        self,
        source: Shape,
        translation: Shape,
        titles: tuple[str, ...] = (),
        prefixes: tuple[str, ...] = (),
    ) -> list[tuple[Name, int, int]]:
        """(person, times the English names them, times the translation names them) for each
        person the translation names more often than the English: a statement given to
        someone the English does not name there (陈大鹏重点介绍了 for "He concentrated on…":
        red team 47).

        The translation names a person by the approved form, with gaps or not (蒋 衡杰), or by
        the surname with one of ``titles`` after it or ``prefixes`` before it (蒋顾问, 老蒋),
        which names everyone of that surname. The English names a person in full or by a
        surname that is theirs alone ("Mr Jiang"; "Mr Chen" names neither Chen Dapeng nor Chen
        Xinping); so does the English the translation quotes, marked as such (韩晶（[Han
        Jing]{.language-en}）: such a phrase uses only the English's words)."""
        added = []
        # Two people given one form are refused as such (same_titles), not named here.
        shared = {core for core, n in Counter(n.core for n in self.names).items() if n > 1}
        surnames = Counter(name.english.split()[0] for name in self.names if name.person)
        shown_text = closed(translation.shown)  # 蒋 衡杰, 蒋·衡杰 name him too (red team 50)
        # A surname with a title is read outside every approved form: 王总明 holds 王总.
        outside = shown_text
        for form in self._cores:
            outside = outside.replace(form, "\n" * len(form))
        for name in self.names:
            if name.core in shared or not name.person:
                continue
            shown = self.without_longer(name, shown_text).count(name.core)
            shown += _by_surname(name, outside, titles, prefixes)
            if not shown:
                continue
            times = len(name.pattern.findall(source.shown))
            if surnames[surname := name.english.split()[0]] == 1:
                times = max(times, len(re.findall(rf"\b{re.escape(surname)}\b", source.shown)))
            times += sum(len(name.pattern.findall(quoted)) for _, quoted in translation.marked)
            if shown > times:
                added.append((name, times, shown))
        return added

    @cached_property
    def _near(self) -> tuple[re.Pattern | None, list[Name], frozenset[str]]:
        """One expression for every name's near misses (a group each), the names in its
        groups' order, and the forms a near miss may be: approved forms and short forms.
        People's of three letters or more; organisations' of six Chinese letters or more, one
        letter changed or two swapped (中国服装学会 for 中国服装协会): a letter left out or
        added makes a short or a long form (联盟专家 of 联盟专家组)."""
        names = [n for n in self.names if len(n.core) <= MAX_NAME]
        people = [n for n in names if n.person and len(n.core) >= 3]
        bodies = [n for n in names if not n.person and ORGANISATION.fullmatch(n.core)]
        allowed = {n.core for n in self.names}
        groups = []
        for person in people:
            parts = _person_parts(person.english, person.core)
            allowed.update(parts)
            surname = len(parts[0]) if parts and "·" not in person.core else 0
            edits = _one_edit(person.core, surname)
            if surname == 1 and all(map(sounds_like, person.core)):
                # The surname kept (创新平 is no 陈新平), unless one that sounds like it
                # stands in its place (漕学军, 江衡杰); and any letter may be one that sounds
                # like it, all of them too (闻立声 for 闻力生: the name as heard).
                edits.append("".join(f"[{re.escape(ch + sounds_like(ch))}]" for ch in person.core))
            groups.append("(" + "|".join(edits) + ")")
        groups += ["(" + "|".join(_one_edit(n.core, 0, same_length=True)) + ")" for n in bodies]
        # A look-ahead: near misses may overlap, and each start is tried once (linear).
        pattern = re.compile("(?=" + "|".join(groups) + ")") if groups else None
        return pattern, [*people, *bodies], frozenset(allowed)

    def misspelt(self, source: Shape, translation: Shape) -> list[tuple[Name, str]]:
        """(name, what the translation writes) for each person whose approved form, three
        letters or more, the translation writes one edit off (a letter changed, left out or
        added, or two side by side swapped: 闻立生, 蒋杰, 闻生力 for 闻力生 and 蒋衡杰), in any
        message, whether or not its English names the person ("he"): it reads as the person
        misspelt, or names another. So for each organisation's, six letters or more, one letter
        changed or two swapped (中国服装学会 for 中国服装协会, where the English says "it").
        Read with every approved form blanked out and a name's gaps closed (曹 学君); the
        surname kept (创新平 of 创新平台 is no 陈新平) or one that sounds like it (漕学军), or
        the name as heard, every letter one that sounds like its own (闻立声); not
        another name's approved form nor a short form (the surname, the given name); not a
        name ``missing`` finds (one finding says it). A two-letter name is left out: one edit
        from 黄海 is a word (黄河)."""
        pattern, people, allowed = self._near
        if pattern is None:
            return []
        text = translation.shown
        for form in self._cores:  # blanked with what parts words, so no gap closes over it
            text = text.replace(form, "\n" * len(form))
        text = closed(text)  # 曹 学君, 曹·学君 show the name with a gap
        found, end = {}, 0
        for m in pattern.finditer(text):
            written = m.group(m.lastindex)
            if m.start() >= end and written not in allowed:  # not one inside another: 衡蒋杰
                found[(people[m.lastindex - 1].label, written)] = people[m.lastindex - 1]
                end = m.start() + len(written)
        if found:
            missing = {n.label for n, _, _ in self.missing(source, translation)}
            return [(name, w) for (label, w), name in found.items() if label not in missing]
        return []

    @cached_property
    def _cores(self) -> list[str]:
        """Every name's approved form, the longest first (中国服装协会科技部 before
        中国服装协会)."""
        return sorted({n.core for n in self.names}, key=len, reverse=True)

    def without_longer(self, name: Name, text: str, kept: frozenset[str] = frozenset()) -> str:
        """``text`` with every approved form of another name that holds ``name``'s blanked
        out, as ``blank_longer`` says: 中国服装协会科技部 names the Association's department,
        not the Association. (Another name's form that is this name's is refused on its own:
        same_titles.)"""
        others = [(n.english, (n.core,)) for n in self.names if n is not name]
        return blank_longer(text, (name.core,), name.pattern, others, kept)

    def wrong_refs(self, source_roles: list[Role], roles: list[Role]) -> list[tuple[Name, str]]:
        """(name, shown text) of each reference to a name's label whose text the source gives
        ("Alliance", "Chen Dapeng") but the translation shows neither with the approved form
        nor as a shortened form of it (联盟 of 中国服装智能制造技术创新战略联盟)."""
        texted = {r.target for r in source_roles if r.target in self.by_label and r.text}
        wrong = []
        for role in roles:
            name = self.by_label.get(role.target or "")
            shown = self.without_longer(name, role.text) if name else ""
            if name and role.target in texted and role.text and not name.shown_by(shown):
                wrong.append((name, role.text))
        return wrong

    def retitled(self, source_roles: list[Role], roles: list[Role]) -> list[tuple[str, str]]:
        """(label, shown text) of each reference the source shows with its target's title
        ({ref}`app-people`) that the translation gives another text than that title: two
        references could trade titles, an organisation's show another's name."""
        texted = {r.key for r in source_roles if r.text}
        titled = {r.key for r in source_roles if not r.text and r.target} - texted
        wrong = []
        for role in roles:
            if role.key in titled and role.text and role.target not in self.unknown:
                title = self.titles.get(role.target)
                if title is None or _strip_punctuation(role.text) != _strip_punctuation(title):
                    wrong.append((role.target, role.text))
        return wrong

    def misnamed(
        self,
        source_roles: list[Role],
        roles: list[Role],
        alike: Callable[[str, str], bool] | None = None,
    ) -> list[Misnamed]:
        """Each {ref} whose text the source gives and whose translated text names another
        target than the one it links to: it is, or holds, another labelled heading's title as
        translated (outside its own title's), or is a shortened form of one and not of its own,
        and the English text does not name that heading too (or reads as one: 联盟工怍报告, with
        letters ``alike`` to the eye). Where the English text is its
        target's title or a shortened form of it, the translation shows that title as
        translated or a shortened form of it (for a name, the name check says so). A text the
        source does not give is ``retitled``'s."""
        shown_in_source: dict[tuple[str, str | None], list[str]] = {}
        for role in source_roles:
            if role.name in REF_ROLES and role.target:
                shown = role.text or self.english.get(role.target, "")
                shown_in_source.setdefault(role.key, []).append(shown)
        texted = {r.key for r in source_roles if r.text}
        wrong = []
        for role in roles:
            english = shown_in_source.get(role.key)
            if not english or role.key not in texted or not role.text:
                continue
            if other := self._other_named(role.target, role.text, english, alike):
                wrong.append(Misnamed(role.target, role.text, english[0], *other))
            elif self._untitled(role.target, role.text, english):
                wrong.append(Misnamed(role.target, role.text, english[0]))
        return wrong

    def _other_named(
        self, label: str, text: str, english: list[str], alike: Callable[[str, str], bool] | None
    ) -> tuple[str, str] | None:
        """(another label, how the text shows its title) if ``text`` names it and no English
        text does; the longest title first."""
        shown, own = essentials(text), essentials(self.titles.get(label, ""))
        # Where the text shows its own title, a title inside it is its own (总结讲话 in
        # 新成员授牌与总结讲话); the Association's title holds no department.
        covered = set()
        if own:
            for m in re.finditer(re.escape(own), shown):
                covered.update(range(m.start(), m.end()))
        own_short = bool(own) and _shortens(own, shown)
        for form, other in self.forms:
            if other == label or len(form) < 2 or form == own:
                continue
            spans = (range(m.start(), m.end()) for m in re.finditer(re.escape(form), shown))
            held = any(not set(span) <= covered for span in spans)
            how = ("is" if form == shown else "holds") if held else ""
            if how == "holds" and len(form) < 3 and other not in self.by_label:
                how = ""  # a two-letter title is a word too: 机构 (Organisations) in 联盟各机构
            if (
                not how
                and (len(form) >= 3 or len(form) == len(shown))
                and reads_in(shown, form, alike, frozenset(covered))
            ):
                how = "is" if len(form) == len(shown) else "holds"  # 末来工作重点, 工怍
            if not how and len(form) >= 3 and _holds_apart(shown, form):
                how = "holds" if not _holds_apart(own, form) else ""  # 联盟的工作报告
            if not how and not own_short and _shortens(form, shown):
                how = "shortens"
            title = self.english.get(other, "")
            if how and not any(_english_names(e, title) for e in english):
                return other, how
        return None

    def _untitled(self, label: str, text: str, english: list[str]) -> bool:
        """The English shows the target's title (or a shortened form) and the translation
        shows neither that title as translated nor a shortened form of it."""
        title, translated = self.english.get(label), self.titles.get(label)
        if label in self.by_label or not title or not translated:
            return False
        titled = _english_words(title)
        if not all(_english_short(_english_words(e), titled) for e in english):
            return False
        shown, translated = essentials(text), essentials(translated)
        return shown != translated and not _shortens(translated, shown)

    def relabelled(self, source_roles: list[Role], roles: list[Role]) -> list[tuple[Role, str]]:
        """(reference, the title it must show) of each {numref} whose English title names the
        caption's kind ("Table %s", "Figure %s") and whose translation shows another than that
        label's translation (图%s for a table would call it a figure)."""
        wanted = {}
        for role in source_roles:
            if role.name in NUMREF_ROLES and role.text:
                word = _label_word(role.text)
                found = [w for w in self.labels if word.startswith(w)]
                wanted[role.key] = self.labels[found[0]] if len(found) == 1 else None
        return [
            (role, title)
            for role in roles
            if role.text and (title := wanted.get(role.key)) and role.text.strip() != title
        ]

    def __len__(self) -> int:
        return len(self.names)


def _blank(pattern: re.Pattern, text: str) -> tuple[int, str]:
    """How many times the pattern occurs, and the text with every occurrence blanked out."""
    parts, last, times = [], 0, 0
    for m in pattern.finditer(text):
        parts += [text[last : m.start()], " " * (m.end() - m.start())]
        last, times = m.end(), times + 1
    return times, "".join(parts) + text[last:]


def unapproved(lang: str, form: str, english: str) -> str | None:
    """Why ``form`` cannot be an approved form in ``lang``, or None: it must be real text in
    the language's letters, unless the name is kept as it is (DeepSeek-R1)."""
    if not form.strip():
        return "is empty or only whitespace"
    if form.strip() == english:
        return None
    letters = load_languages().get(lang)
    letters = letters.lint.letters if letters else None
    if letters and not re.search(f"[{letters}]", form):
        return "has none of the language's letters"
    return None
