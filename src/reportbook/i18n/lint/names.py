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
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog

from ...languages import load_languages
from ..catalogs import approving
from ..configtexts import NUMFIG_LABELS
from .markup import Role, Settings, Shape, parser

NAME_DOMAINS = ("people", "organisations")
NUMREF_ROLES = {"numref", "std:numref"}


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

    @property
    def core(self) -> str:
        """The approved form without enclosing punctuation: 《…》 marks a title in running
        text, but a {ref} inside the marks shows the title alone."""
        return _strip_punctuation(self.approved)

    def stated_in(self, text: str, quoted: str = "") -> bool:
        """The approved form is in ``text``, or the name itself is in ``quoted`` (phrases
        marked as the source's language): the English name alone, or beside another Chinese
        name (陈小鹏（Chen Dapeng）), does not state it."""
        return self.core in text or self.english in quoted

    def shown_by(self, text: str) -> bool:
        """A reference's text shows the name: with its approved form, or as a shortened form
        of it, the approved form's letters left out and none added, at least two kept, and
        its last kept: a Chinese name ends in what it names (联盟 of
        中国服装智能制造技术创新战略联盟; not 中国, nor 联盟 for 联盟工作办公室, the office)."""
        shown = _strip_punctuation(text)
        if self.core in shown:
            return True
        rest = iter(self.core)
        return len(shown) >= 2 and shown[-1] == self.core[-1] and all(ch in rest for ch in shown)


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


class NameBase:
    def __init__(
        self,
        names: list[Name],
        titles: dict[str, str] | None = None,
        labels: dict[str, str] | None = None,
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

    @classmethod
    def from_source(
        cls, source: Path, catalogs: dict[str, Catalog | None], settings: Settings
    ) -> "NameBase":
        """The names of the appendices, approved by people.po and organisations.po, and the
        translated title of every labelled heading, from its page's catalog (by domain)."""
        names, titles = [], {}
        for page in sorted(Path(source).rglob("*.md")):
            domain = page.relative_to(source).with_suffix("").as_posix()
            for label, (heading, parts) in labelled_headings(page, settings).items():
                if message := approving(catalogs.get(domain), heading):
                    titles[label] = message.string.strip()
                    if parts and domain in NAME_DOMAINS:
                        names.append(Name(label, heading, titles[label], _pattern(heading)))
        labels = {
            _label_word(label): message.string.strip()
            for label in NUMFIG_LABELS
            if (message := approving(catalogs.get("sphinx"), label))
        }
        return cls(names, titles, labels)

    def missing(self, source: Shape, translation: Shape) -> list[Name]:
        """Names the source's text uses whose approved form the translation lacks."""
        missing, used = [], []
        source_text = source.text
        for name in self.names:
            if name.english not in source_text:  # a cheap test first: most names are absent
                continue
            # The English name quoted as English states it only where the source quotes the
            # name as a name ('calls it the "Consumer Goods Industry Department"'); where it
            # names someone, 陈大鹏（[Han Jing]{.language-en}） would name another person.
            quoted = translation.foreign if _quotes(name.english, source_text) else ""
            found, source_text = _blank(name.pattern, source_text)
            if found:
                used.append((name, quoted))
        kept = frozenset(name.english for name, _ in used)
        for name, quoted in used:
            if not name.stated_in(self.without_longer(name, translation.text, kept), quoted):
                missing.append(name)
        return missing

    def without_longer(self, name: Name, text: str, kept: frozenset[str] = frozenset()) -> str:
        """``text`` with every approved form of another name that holds ``name``'s blanked
        out, unless that name is in ``kept`` (the English has it): 中国服装协会科技部 names
        the Association's department, not the Association."""
        for other in self.names:
            if other is not name and other.english not in kept and name.core in other.core:
                text = text.replace(other.core, " " * len(other.core))
        return text

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
            if role.key in titled and role.text:
                title = self.titles.get(role.target)
                if title is None or _strip_punctuation(role.text) != _strip_punctuation(title):
                    wrong.append((role.target, role.text))
        return wrong

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


QUOTES = "\"“”‘’'"


def _quotes(english: str, text: str) -> bool:
    """Whether ``text`` has ``english`` between quotation marks, as a name quoted."""
    return re.search(f"[{QUOTES}]{re.escape(english)}[{QUOTES}]", text) is not None


def _blank(pattern: re.Pattern, text: str) -> tuple[bool, str]:
    """Whether the pattern occurs, and the text with every occurrence blanked out."""
    parts, last, found = [], 0, False
    for m in pattern.finditer(text):
        parts += [text[last : m.start()], " " * (m.end() - m.start())]
        last, found = m.end(), True
    return found, "".join(parts) + text[last:]


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
