"""A term's approved form joined to a letter that makes another word of it: 非智能制造
("non-intelligent manufacturing") and 反智能制造 ("anti-") hold 智能制造 and negate it (red team
58). The term base finds the approved form in them, so the letter before it is read here: one
of ``[<lang>.lint] term_prefixes`` is refused unless the English says a negation (non-, anti-,
not: the "not" words of clause_words.py); a letter that ends a longer word is that word's
(各类技术沙龙, "all kinds of technology salons"). A person's name joined to a letter after
it (陈大鹏程) is not judged: a dictionary word there (生在 of 闻力生在) is most often the next
word's.
"""

from ...languages import load_languages
from .clause_words import words_of
from .segments import longer_word
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
