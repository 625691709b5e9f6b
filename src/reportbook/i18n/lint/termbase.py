"""The term base: glossary terms (source/glossary.md), their approved forms (glossary.po).

English terms match case-insensitively with simple plural tolerance ("data islands" uses the
term "data island"). The approved form is matched as a substring of the translation, which
needs no word boundaries (Chinese has none); one in Latin script (CAD) may inflect.

A glossary entry may list approved variants and short forms in a translator comment, so that
natural Chinese passes without repeating the full form::

    # variants: 产学研深度融合；产学研协同
    msgid "integration of industry, academia and research"
    msgstr "产学研融合"

Variants are separated by "；" (or ";"); the translation must contain the approved form or one
of its variants.
"""

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from babel.messages.catalog import Catalog

from ...languages import load_languages
from ..catalogs import approving, awaiting
from .lookalikes import FULL_WIDTH
from .markup import Shape, parser

GLOSSARY_DOMAIN = "glossary"
TERM_ROLES = {"term", "std:term"}
VARIANTS = re.compile(r"^\s*variants\s*[:：]\s*(.*)$")


def variants(comments: list[str]) -> list[str]:
    """The forms listed in ``# variants: a；b`` translator comments."""
    forms = []
    for comment in comments:
        m = VARIANTS.match(comment)
        if m:
            forms += [f.strip() for f in re.split(r"[；;]", m.group(1)) if f.strip()]
    return forms


def glossary_terms(glossary_md: Path) -> list[str]:
    """The term lines of every ``{glossary}`` directive: unindented, non-option lines."""
    if not Path(glossary_md).is_file():
        return []
    terms = []
    for token in parser().parse(Path(glossary_md).read_text("utf-8")):
        if token.type in ("fence", "colon_fence") and token.info.strip().startswith("{glossary}"):
            for line in token.content.splitlines():
                if line.strip() and not line[0].isspace() and not line.startswith(":"):
                    terms.append(line.split(" : ")[0].strip())  # drop a classifier
    return terms


def _pattern(term: str) -> re.Pattern:
    words = term.split()
    last = words[-1]
    if last.endswith("y") and len(last) > 2:
        last_re = re.escape(last[:-1]) + r"(?:y|ies)"
    else:
        last_re = re.escape(last) + r"(?:s|es)?"
    body = r"[\s-]+".join([*map(re.escape, words[:-1]), last_re])
    return re.compile(rf"(?<!\w){body}(?:['’]s)?(?!\w)", re.I)


# A quotation in the English: a phrase between double quotation marks ('"' or “ ”, ‘ ’); not
# the straight single quote, an apostrophe too (the Alliance's).
QUOTATION = re.compile(r'"[^"\n]*"|“[^”\n]*”|‘[^’\n]*’')


def quoted_times(pattern: re.Pattern, source: str, counted: str, translation: Shape) -> int:
    """How many of the pattern's occurrences in ``counted`` (``source`` with what is counted
    already blanked out) a translation that keeps the English quotations as English has
    there: those inside a quotation of ``source`` ('is rendered as "the highlight of the
    Alliance"') that the translation quotes whole, the same words, as a phrase marked as
    another language (``foreign``), as often as the source has it. An English name or term
    anywhere else, or quoted with other words, or beside another Chinese name
    (陈小鹏（[Chen Dapeng]{.language-en}）), does not translate it; nor a quotation the
    translation glosses in brackets (“[…]{.language-en}”（蒋衡杰，…）): the gloss says it, and
    counts on its own."""
    if not translation.foreign:  # a cheap test first: most translations quote no English
        return 0
    # The phrases marked as English, whole: a quotation kept is one of them, not inside one.
    foreign = {_words(phrase) for phrase in translation.foreign.split("\n")}
    shown = translation.shown
    kept = Counter(
        _words(m.group()[1:-1])
        for m in QUOTATION.finditer(shown)
        if not shown[m.end() :].lstrip().startswith(("（", "("))
    )
    times, quotes = 0, Counter()
    for m in QUOTATION.finditer(source):
        words = _words(m.group()[1:-1])
        quotes[words] += 1
        if words in foreign and quotes[words] <= kept[words]:
            times += len(pattern.findall(counted[m.start() : m.end()]))
    return times


def _words(text: str) -> str:
    return " ".join(text.split())


def blank_longer(
    text: str,
    forms: tuple[str, ...],
    pattern: re.Pattern,
    others: list[tuple[str, tuple[str, ...]]],
    kept: frozenset[str] = frozenset(),
) -> str:
    """``text`` with every form of another entry, (English, forms) of ``others``, that holds
    one of ``forms`` blanked out, as the English is counted: a longer entry whose English
    holds this one's (``pattern``) is matched first and blanked there, so it is here too
    (《“十四五”智能制造发展规划》 does not also state 智能制造). One whose English does not is
    blanked unless the English has it (``kept``): 数据资产化 ("data capitalization") does not
    state 数据资产 ("data asset"). The one mechanism of the term base and the name base."""
    for english, other_forms in others:
        if english in kept and not pattern.search(english):
            continue
        for form in other_forms:
            if any(f and f in form and f != form for f in forms):
                text = text.replace(form, " " * len(form))
    return text


def essentials(text: str) -> str:
    """The letters and digits of a form as a reader tells them apart, in order, without
    punctuation or spaces (《》, “”, 、): full-width Latin as ASCII, and the letters that look
    like digits as the digits (look_alike_digits: Al大模型 reads as AI大模型, ＡＩ as AI), so two
    forms a reader cannot tell apart are one form to the checks that compare them."""
    return "".join(ch for ch in text.translate(_read_alike()).casefold() if ch.isalnum())


@cache
def _read_alike() -> dict[int, str]:
    table = dict(FULL_WIDTH)
    for language in load_languages().values():
        table.update({ord(c): d for c, d in language.lint.look_alike_digits.items()})
    return table


def kept_in_order(approved: str, variant: str) -> int:
    """How many of ``approved``'s letters ``variant`` keeps in their order (the longest common
    subsequence): 智造 keeps 2 of 智能制造, 信息孤岛 2 of 数据孤岛."""
    row = [0] * (len(variant) + 1)
    for a in approved:
        diagonal = 0
        for j, v in enumerate(variant, 1):
            diagonal, row[j] = row[j], diagonal + 1 if a == v else max(row[j], row[j - 1])
    return row[-1]


# A reference's text that paraphrases its term ("green" for green development) is a few words:
# a longer one is not compared letter by letter.
LONGEST_PARAPHRASE = 60
# A paraphrase shortens its term and adds at most this many letters of its own, after the
# kept ones (绿色化 for 绿色发展): with more, two kept letters carried any other meaning (粗放
# 发展, "extensive development", for green development); before them, one letter negates or
# turns it (非绿色 for 绿色发展, 多人化 for 少人化, 真样衣 for 虚拟样衣: red team 36).
MOST_ADDED = 1


@dataclass(frozen=True)
class Term:
    english: str
    approved: str  # the translation's form, glossary.po's msgstr
    pattern: re.Pattern
    variants: tuple[str, ...] = ()
    # No approved form yet (its glossary entry untranslated, fuzzy or gone): the English term
    # stands, as the glossary shows it, so marking the entry fuzzy frees no use of the term
    # (red team 66).
    pending: bool = False

    def found_in(self, translation: str) -> bool:
        """The approved form or a variant is in ``translation``."""
        return self.times_found(translation) > 0

    def times_found(self, translation: str) -> int:
        """How many times ``translation`` has the approved form or a variant, without overlap:
        at each place the longest form, so 数据资产化 is one, not also 数据资产; a form in Latin
        script may inflect (CAD, CADs). One pass, linear in the text."""
        return sum(1 for m in self.forms_pattern.finditer(translation) if m.group())

    @cached_property
    def forms_pattern(self) -> re.Pattern:
        forms = sorted(filter(str.strip, (self.approved, *self.variants)), key=len, reverse=True)
        # An inflected Latin form first (CADs before CAD), then each form as written.
        choices = [f"(?:{_pattern(f).pattern})" for f in forms if f.isascii()]
        choices += [re.escape(f) for f in forms]
        return re.compile("|".join(choices) or "(?!)", re.I)


class TermBase:
    def __init__(
        self,
        approved: dict[str, str],
        allowed: dict[str, list[str]] | None = None,
        pending: frozenset[str] = frozenset(),
    ):
        """``approved``: English term → approved form; ``allowed``: → its variants;
        ``pending``: terms whose approved form is still to come, each its own English."""
        allowed = allowed or {}
        forms = {**approved, **{term: term for term in pending}}
        # Longest first, so "digital twin" is found before "twin" inside it.
        self.terms = [
            Term(en, form, _pattern(en), tuple(allowed.get(en, ())), en in pending)
            for en, form in sorted(forms.items(), key=lambda kv: -len(kv[0]))
        ]

    @classmethod
    def from_glossary(cls, glossary_md: Path, catalog: Catalog | None) -> "TermBase":
        """The glossary's terms, approved by glossary.po. Where the catalog has no published
        translation of a term (none, empty or fuzzy), the term is pending: its uses keep the
        English until the entry is translated. Without a catalog nothing is checked."""
        approved, allowed, pending = {}, {}, set()
        if catalog is not None:
            for term in glossary_terms(glossary_md):
                if message := approving(catalog, term):
                    approved[term] = message.string.strip()
                    allowed[term] = variants(message.user_comments)
                elif awaiting(catalog, term):
                    pending.add(term)
        return cls(approved, allowed, frozenset(pending))

    @property
    def approved_terms(self) -> list[Term]:
        """The terms with an approved form of their own (not pending)."""
        return [term for term in self.terms if not term.pending]

    def term(self, target: str) -> Term | None:
        """The term a {term} role points at: Sphinx looks the target up as written, then in
        lower case (one space between words either way)."""
        wanted = " ".join(target.lower().split())
        return next((t for t in self.terms if " ".join(t.english.lower().split()) == wanted), None)

    def shows(self, target: str, text: str) -> bool:
        """Whether ``text`` shows the approved form (or a variant) of the term ``target``,
        not as part of another term's (数据资产化 is not 数据资产)."""
        term = self.term(target)
        return term is not None and term.found_in(self.without_longer(term, text))

    def without_longer(self, term: Term, text: str, kept: frozenset[str] = frozenset()) -> str:
        """``text`` with every form of another term that holds one of ``term``'s blanked
        out, as ``blank_longer`` says."""
        others = [(t.english, (t.approved, *t.variants)) for t in self.terms if t is not term]
        return blank_longer(text, (term.approved, *term.variants), term.pattern, others, kept)

    def wrong_refs(self, source_roles: list, roles: list) -> list[tuple[Term, str]]:
        """(term, shown text) of each {term} reference whose source shows the term but whose
        translation shows neither its approved form nor a variant: two references could
        otherwise trade texts in place. Where the source paraphrases the term ("green" for
        green development), the translation's text keeps two letters of one of its forms in
        order, adds at most one (绿色化), and shows no other term's form (数据孤岛 for
        industry-university-research integration)."""
        terms = {r.target for r in source_roles if r.name in TERM_ROLES and self.term(r.target)}
        named = {r.target for r in source_roles if r.target in terms and self._named(r)}
        return [
            (self.term(r.target), r.text)
            for r in roles
            if r.name in TERM_ROLES
            and r.target in terms
            and not self.shows(r.target, r.text)
            and (r.target in named or not self._paraphrases(self.term(r.target), r.text))
        ]

    def _named(self, role) -> bool:
        return bool(self.term(role.target).pattern.search(role.text))

    def _paraphrases(self, term: Term, text: str) -> bool:
        shown = essentials(text)
        if len(shown) > LONGEST_PARAPHRASE:
            return False
        others = (f for t in self.terms if t is not term for f in (t.approved, *t.variants))
        if any(len(essentials(f)) >= 2 and essentials(f) in shown for f in others):
            return False
        forms = (term.approved, *term.variants)
        return any(
            (kept := kept_in_order(essentials(f), shown)) >= 2
            and len(shown) - kept <= MOST_ADDED
            and kept_in_order(essentials(f), shown[:kept]) == kept  # what it adds ends it
            for f in forms
        )

    def missing(self, source: Shape, translation: Shape) -> list[tuple[Term, int, int]]:
        """(term, times the English uses it, times the translation has its approved form or a
        variant, or keeps it in an English quotation) for each term the source uses more often
        than the translation shows it: a term used twice is translated twice. Both read a
        reference with no text of its own as the title it shows, so a title that holds the
        term counts once on each side."""
        source_text, translation_text = source.shown, translation.shown
        used = []
        for term in self.terms:
            quoted = quoted_times(term.pattern, source.shown, source_text, translation)
            times = 0
            for m in term.pattern.finditer(source_text):
                times += 1
                source_text = (
                    source_text[: m.start()] + " " * len(m.group()) + source_text[m.end() :]
                )
            if times and term.approved.strip():  # a blank form is refused on its own
                used.append((term, times, quoted))
        kept = frozenset(term.english for term, _, _ in used)
        missing = []
        for term, times, quoted in used:
            text = self.without_longer(term, translation_text, kept)
            if (shown := term.times_found(text) + quoted) < times:
                missing.append((term, times, shown))
        return missing

    def __len__(self) -> int:
        return len(self.terms)
