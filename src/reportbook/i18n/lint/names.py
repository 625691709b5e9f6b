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
from .markup import Role, Settings, Shape, parser

NAME_DOMAINS = ("people", "organisations")


def name_entries(page: Path, settings: Settings) -> dict[str, str]:
    """label → name for every entry of an appendix page: a labelled heading followed by an
    ``{index}`` directive."""
    if not Path(page).is_file():
        return {}
    tokens = parser(settings).parse(Path(page).read_text("utf-8"))
    entries, label = {}, None
    for i, token in enumerate(tokens):
        if token.type == "myst_target":
            label = token.content.strip().lower()
        elif token.type == "heading_open" and label:
            following = next((t for t in tokens[i + 3 :] if t.type != "myst_target"), None)
            if following is not None and following.info.strip().startswith("{index}"):
                entries[label] = tokens[i + 1].content.strip()
            label = None
    return entries


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
    def __init__(self, names: list[Name]):
        # Longest first: "Expert Advisory Committee of the China Textile Industry Federation"
        # is one name, not also the federation's.
        self.names = sorted(names, key=lambda n: -len(n.english))
        self.by_label = {n.label: n for n in self.names}

    @classmethod
    def from_source(
        cls, source: Path, catalogs: dict[str, Catalog | None], settings: Settings
    ) -> "NameBase":
        names = []
        for domain in NAME_DOMAINS:
            catalog = catalogs.get(domain)
            if catalog is None:
                continue
            for label, english in name_entries(Path(source) / f"{domain}.md", settings).items():
                if message := approving(catalog, english):
                    names.append(Name(label, english, message.string.strip(), _pattern(english)))
        return cls(names)

    def missing(self, source: Shape, translation: Shape) -> list[Name]:
        """Names the source's text uses whose approved form the translation lacks."""
        missing = []
        source_text = source.text
        for name in self.names:
            if name.english not in source_text:  # a cheap test first: most names are absent
                continue
            found, source_text = _blank(name.pattern, source_text)
            if found and not name.stated_in(translation.text, translation.foreign):
                missing.append(name)
        return missing

    def wrong_refs(self, source_roles: list[Role], roles: list[Role]) -> list[tuple[Name, str]]:
        """(name, shown text) of each reference to a name's label whose text the source gives
        but the translation shows without the approved form."""
        named = {
            r.target
            for r in source_roles
            if r.target in self.by_label and self.by_label[r.target].english in r.text
        }
        wrong = []
        for role in roles:
            name = self.by_label.get(role.target or "")
            if name and role.target in named and role.text and not name.stated_in(role.text):
                wrong.append((name, role.text))
        return wrong

    def __len__(self) -> int:
        return len(self.names)


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
