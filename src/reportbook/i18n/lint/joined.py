"""A term's approved form joined to a letter that makes another word of it: 非智能制造
("non-intelligent manufacturing") and 反智能制造 ("anti-") hold 智能制造 and negate it (red team
58). The term base finds the approved form in them, so the letter before it is read here: one
of ``[<lang>.lint] term_prefixes`` is refused unless the English says a negation (non-, anti-,
not: the "not" words of clause_words.py); a letter that ends a longer word is that word's
(各类技术沙龙, "all kinds of technology salons").

A person's full name joined to a letter names another person, and still holds the approved
form (陈大鹏程, 韩晶晶: red team 58). A letter beside a full name is a word of its own only if
it is one of ``[<lang>.lint] name_neighbours`` (陈大鹏在, 由陈大鹏), or begins a word after
the name (陈大鹏表示) or ends one before it (会长陈大鹏); any other is refused. A dictionary
word across the name's edge is no sign (生在 of 闻力生在 is 闻力生, 在).
"""

import re

from ...languages import load_languages
from .clause_words import words_of
from .names import NameBase
from .segments import begins_word, longer_word
from .termbase import TermBase


def joined_problems(
    source: str,
    shown: str,
    termbase: TermBase | None,
    source_lang: str | None,
    lang: str | None,
) -> list[tuple[str, str]]:
    """(check, message) for each term's form in ``shown`` (the translation as a reader reads
    it) with a prefix letter, where the English says no negation."""
    language = load_languages().get(lang) if lang else None
    problems: list[tuple[str, str]] = []
    prefixes = frozenset(language.lint.term_prefixes) if language else frozenset()
    _, negated = words_of(source_lang, "not") if source_lang in load_languages() else ((), None)
    if termbase and prefixes and not (negated and negated.search(source)):
        for term in termbase.terms:
            for m in term.forms_pattern.finditer(shown):
                at = m.start()
                # The last letter of a longer word is none of its own (各类技术沙龙: "all kinds")
                if (
                    m.group()
                    and at
                    and shown[at - 1] in prefixes
                    and not longer_word(shown, at - 1, at, before=True)
                ):
                    joined = shown[at - 1 : m.end()]
                    problems.append(
                        (
                            "term",
                            f"the term {term.english!r} ({m.group()}) is joined to "
                            f"{shown[at - 1]} ({joined}), which makes another word of "
                            "it (non-, anti-) where the English says no such thing: write the "
                            "term alone",
                        )
                    )
    return problems


def name_joined_problems(shown: str, names: NameBase | None, lang: str | None) -> list[str]:
    """A message for each person's full name in ``shown`` with a letter beside it that reads
    as part of the name."""
    language = load_languages().get(lang) if lang else None
    if not names or not language or not language.lint.letters:
        return []
    neighbours = frozenset(language.lint.name_neighbours)
    letter = re.compile(f"[{language.lint.letters}]")
    problems = []
    for name in names.names:
        if not name.person:
            continue
        for m in re.finditer(re.escape(name.core), shown):
            before, after = shown[m.start() - 1 : m.start()], shown[m.end() : m.end() + 1]
            if (
                letter.fullmatch(before)
                and before not in neighbours
                and not longer_word(shown, m.start() - 1, m.start(), before=True)
            ):
                problems.append(_joined_name(name.core, before + name.core))
            if (
                letter.fullmatch(after)
                and after not in neighbours
                and not begins_word(shown, m.end())
            ):
                problems.append(_joined_name(name.core, name.core + after))
    return problems


def _joined_name(name: str, joined: str) -> str:
    return (
        f"the name {name!r} is joined to a letter ({joined}) that reads as part of it: "
        "another person's name; put a word or punctuation beside the name"
    )
