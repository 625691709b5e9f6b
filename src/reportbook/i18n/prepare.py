"""What every build runs first: validate, lint, then compile (or refuse to publish)."""

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path

from babel.messages.catalog import Catalog

from ..languages import load_languages, source_language
from ..pdf.fonts import Face, match
from ..system import FONT_ROLES
from ..uptodate import fingerprint
from .catalogs import approving, catalog_dir, domain_of, find_catalogs, load_catalog
from .compile import compile_catalogs
from .lint import (
    GLOSSARY_DOMAIN,
    NAME_DOMAINS,
    NameBase,
    TermBase,
    lint_catalog,
    project_settings,
)
from .lint.checks import index_change
from .lint.names import MAX_NAME, name_parts, unapproved
from .lint.survey import look_alike
from .lint.termbase import essentials, kept_in_order
from .problems import CatalogError, Problem, internal_problem
from .review import read_record, record_path
from .stats import Counts, loaded_count, stale, total
from .templates import page_templates, template_of
from .themecatalog import DOMAIN as THEME_DOMAIN
from .themecatalog import theme_catalog_problems
from .validate import limits_problems, over_the_limits, validate_file


@dataclass
class Checked:
    catalogs: dict[Path, Catalog]  # the catalogs that passed strict validation, read
    problems: list[Problem]
    # Each page's msgids (templates.page_templates), or None where the source is no project
    templates: dict[str, set[str]] | None = None


def default_source(locales: Path) -> Path:
    return Path(locales).resolve().parent / "source"


def check_language(lang: str, locales: Path, source: Path | None = None) -> Checked:
    """Strict validation of every catalog, then the linter over those that are readable."""
    if lang == source_language() and catalog_dir(locales, lang).exists():
        return Checked({}, [source_language_catalogs(locales, lang)])
    catalogs, problems = {}, []
    if unread := limits_problems(find_catalogs(locales, lang), lang):  # by size, unread
        return Checked({}, unread)
    for po in find_catalogs(locales, lang):
        found = validate_file(po, lang)
        if found:
            problems += found
        else:
            catalogs[po] = load_catalog(po, lang)
    root = catalog_dir(locales, lang)
    source = Path(source) if source else default_source(locales)
    try:
        templates = page_templates(source)
    except CatalogError:  # the sources do not build: every message is checked, as with none
        templates = None  # (prepare refuses such sources itself: it counts by the templates)
    settings = project_settings(source)
    glossary = catalogs.get(root / f"{GLOSSARY_DOMAIN}.po")
    # A refused catalog is None: the titles of its headings are unknown, not untranslated. A
    # linked language or LC_MESSAGES folder, listed alone to be refused, is no page's.
    listed = [po for po in find_catalogs(locales, lang) if po != root and po.is_relative_to(root)]
    try:  # the approved forms come from the catalogs: hostile input, as every check's
        by_domain = {domain_of(po, root): catalogs.get(po) for po in listed}
        termbase = TermBase.from_glossary(source / f"{GLOSSARY_DOMAIN}.md", glossary)
        names = NameBase.from_source(source, by_domain, settings)
    except Exception as error:
        where = f"reading the {lang} catalogs' approved names and terms"
        return Checked({}, sorted([*problems, internal_problem(root, 1, error, where, "language")]))

    def across(check, *args) -> list[Problem]:
        """A check across messages that raised is one finding at the folder, not a traceback
        (lint_catalog refuses a message the same way)."""
        try:
            return check(*args)
        except Exception as error:
            where = f"across the {lang} catalogs, in {check.__name__}"
            return [internal_problem(root, 1, error, where, "language")]

    problems += across(_unapproved_names, lang, root, names, catalogs)
    problems += across(_same_titles, root, names)
    problems += across(_near_titles, root, names, partial(look_alike, lang))
    problems += across(_held_titles, root, names, partial(look_alike, lang))
    problems += across(_entered_apart, root, source, names, catalogs, settings)
    problems += across(_unapproved_terms, lang, root / f"{GLOSSARY_DOMAIN}.po", termbase, glossary)
    for po, catalog in catalogs.items():
        domain = domain_of(po, root)
        plain = domain == THEME_DOMAIN  # interface texts: published as written
        # A message of no page is never looked up: validation read it, the checks need not
        # (red team 56: 33 such messages, each its own long English, took 6 min to lint).
        # sphinx.po's are refused by the theme catalog's own check.
        page = None if plain else template_of(templates, domain)
        problems += lint_catalog(po, catalog, termbase, names, settings, plain, page)
    problems += across(theme_catalog_problems, catalogs, source)
    problems += across(_unpublished_kinds, root, catalogs)
    return Checked(catalogs, sorted(problems), templates)


def source_language_catalogs(locales: Path, lang: str) -> Problem:
    """The sources are the source language's text: a catalog for it would rewrite the
    English site with none of the checks a translation gets (the build does not load one)."""
    folder = catalog_dir(locales, lang)
    return Problem(
        next(iter(find_catalogs(locales, lang)), folder),
        1,
        "source-language",
        f"the sources are written in {source_language()}; its pages are not translated from "
        "catalogs: remove the folder",
    )


def _unpublished_kinds(root: Path, catalogs: dict[Path, Catalog]) -> list[Problem]:
    """A page's template (Sphinx's gettext build) has plain msgids only, and Sphinx's Locale
    transform looks a msgstr up by its plain msgid: a plural entry is never published, and
    would count as translated while the page shows English. (One with a msgctxt is refused
    in every catalog by validation.)"""
    problems = []
    for po, catalog in catalogs.items():
        if domain_of(po, root) == THEME_DOMAIN:  # its template's kinds: themecatalog.py
            continue
        for message in catalog:
            if message.id and not isinstance(message.id, str):
                problems.append(
                    Problem(
                        po,
                        message.lineno,
                        "template",
                        "a page's template has no msgid_plural: this entry is not the "
                        "template's, yet gettext would show its first form for the plain msgid, "
                        "unchecked; translate the template's plain msgid",
                    )
                )
    return problems


def _unapproved_terms(
    lang: str, po: Path, termbase: TermBase, glossary: Catalog | None
) -> list[Problem]:
    """A glossary term's translation and its recorded variants are the term base's approved
    forms: each must be real text, as a name's must (a blank one matches every translation);
    and a variant is a shorter or longer form of the approved one, not another word. The
    translation is also the term's index entry, filed as the English's: no category (' : '),
    no level (';'), not under another entry (' (…)')."""
    problems = []
    for term in termbase.approved_terms:  # a pending term has no form to judge
        message = glossary.get(term.english)
        if len(term.variants) > MOST_VARIANTS:
            problems.append(
                Problem(
                    po,
                    message.lineno,
                    "term",
                    f"{term.english!r} has {len(term.variants)} variants; a term has at most "
                    f"{MOST_VARIANTS}: record the forms the translation uses",
                )
            )
            continue
        for form in (message.string, *term.variants):
            reason = unapproved(lang, form, term.english)
            if not reason and " : " in form:  # Sphinx's glossary: "term : category"
                reason = "has ' : ', which the index reads as the start of a category"
            if not reason and form == message.string:  # the term's index entry
                reason = index_change(term.english, form)
            if not reason and form != message.string:
                reason = _unlike(form, message.string.strip())
            if reason:
                problems.append(
                    Problem(
                        po,
                        message.lineno,
                        "term",
                        f"the approved form of {term.english!r}, {form!r}, {reason}",
                    )
                )
    return problems + _shared_terms(po, termbase, glossary)


def _shared_terms(po: Path, termbase: TermBase, glossary: Catalog | None) -> list[Problem]:
    """Two terms given one approved form (letters and digits alike): the glossary would
    define both under one name, which Sphinx refuses as a duplicate term (naming the English
    glossary's line), and a link to either would read the same. Each is named at its line."""
    by_form: dict[str, list] = {}
    for term in termbase.approved_terms:
        if form := essentials(term.approved):
            by_form.setdefault(form, []).append(term)
    problems = []
    for terms in by_form.values():
        for term in terms:
            for other in (t for t in terms if t is not term):
                problems.append(
                    Problem(
                        po,
                        glossary.get(term.english).lineno,
                        "term",
                        f"the approved form of {term.english!r}, {term.approved!r}, is also "
                        f"that of {other.english!r} ({po.name}:"
                        f"{glossary.get(other.english).lineno}): the glossary would define "
                        "two terms under one name (the build stops: Sphinx refuses a duplicate "
                        "term), and a link to either would read the same; give each term its "
                        "own form",
                    )
                )
    return problems


def _same_titles(root: Path, names: NameBase) -> list[Problem]:
    """Two labelled headings with different English titles translated alike (letters and
    digits): a reference with no text of its own to either reads the same, and two people or
    organisations would share one name. Each is named at its line."""
    problems = []
    for label, other in names.same_titles():
        (domain, line), (other_domain, other_line) = names.lines[label], names.lines[other]
        both = label in names.by_label and other in names.by_label
        problems.append(
            Problem(
                root / f"{domain}.po",
                line,
                "name" if both else "title",
                f"the title of {label} ({names.english[label]!r}) is translated "
                f"{names.titles[label]!r}, as is that of {other} ({names.english[other]!r}, "
                f"{other_domain}.po:{other_line}): "
                + (
                    "two names would name one person or organisation"
                    if both
                    else "a reference to either would read the same"
                )
                + "; give each its own",
            )
        )
    return problems


def _held_titles(root: Path, names: NameBase, alike) -> list[Problem]:
    """A labelled heading translated with another's whole title in it where its English does
    not hold that title (联盟工作报告（续） for "Interactive discussion"): a reference to it
    reads as one to the other. Refused at both lines."""
    problems = []
    for label, other in names.held_titles(alike):
        (domain, line), (other_domain, other_line) = names.lines[label], names.lines[other]
        kind = "name" if label in names.by_label and other in names.by_label else "title"
        held = f"{other} ({names.english[other]!r}, {other_domain}.po:{other_line})"
        holder = f"{label} ({names.english[label]!r}, {domain}.po:{line})"
        why = (
            f"the English title of {label} does not hold that of {other}: a reader reads a "
            f"reference to {label} as one to {other}; give each its own"
        )
        problems.append(
            Problem(
                root / f"{domain}.po",
                line,
                kind,
                f"the title of {label} ({names.english[label]!r}) is translated "
                f"{names.titles[label]!r}, which holds the title of {held}, "
                f"{names.titles[other]!r}; {why}",
            )
        )
        problems.append(
            Problem(
                root / f"{other_domain}.po",
                other_line,
                kind,
                f"the title of {other} ({names.english[other]!r}) is translated "
                f"{names.titles[other]!r}, which the title of {holder}, "
                f"{names.titles[label]!r}, holds; {why}",
            )
        )
    return problems


def _near_titles(root: Path, names: NameBase, alike) -> list[Problem]:
    """Two labelled headings with different English titles translated one look-alike letter
    apart (末来工作重点 and 未来工作重点): the one reads as the other. Each at its line."""
    problems = []
    for label, other in names.near_titles(alike):
        (domain, line), (other_domain, other_line) = names.lines[label], names.lines[other]
        problems.append(
            Problem(
                root / f"{domain}.po",
                line,
                "name" if label in names.by_label and other in names.by_label else "title",
                f"the title of {label} ({names.english[label]!r}) is translated "
                f"{names.titles[label]!r}, which reads as {names.titles[other]!r}, the title of "
                f"{other} ({names.english[other]!r}, {other_domain}.po:{other_line}): the "
                "letters that differ (one or two) look like the other's; a reference to either "
                "would read the same; give each its own",
            )
        )
    return problems


# A variant is a form of a term, a few words at most, and a term has a few: longer ones, or
# more, are not compared (each comparison's cost grows with the product of the two lengths).
# The report's longest variant has 12 letters; no term has more than two.
LONGEST_VARIANT = 60
MOST_VARIANTS = 12


def _unlike(variant: str, approved: str) -> str | None:
    """Why ``variant`` is not a form of ``approved``, or None. A shortened form (智造 of
    智能制造, the approved form's letters left out, none added) keeps at least half of its
    letters and digits, and two; a form that adds letters (产学研深度融合 of 产学研融合,
    少人化乃至无人化 of 少人化、无人化生产线) keeps more than half, in order, so that it cannot
    replace half a term (信息孤岛 of 数据孤岛). A variant any translation contains (技术 for
    AI大模型) would switch the term check off; a synonym is a second approved form, for the
    glossary to choose."""
    want, have = essentials(approved), essentials(variant)
    if len(have) > LONGEST_VARIANT:
        return (
            f"is longer than {LONGEST_VARIANT} letters and digits: a variant is a form of the term"
        )
    kept = kept_in_order(want, have)
    shortened = kept == len(have)
    if kept >= min(2, len(want)) and (kept * 2 >= len(want) if shortened else kept * 2 > len(want)):
        return None
    return (
        f"keeps only {kept} of the {len(want)} letters and digits of {approved!r} in their "
        "order: a shortened form keeps at least half of them, one that adds letters more than "
        "half, and each at least two"
    )


def _unapproved_names(
    lang: str, root: Path, names: NameBase, catalogs: dict[Path, Catalog]
) -> list[Problem]:
    """An approved name must be real text: a blank one would make every name check pass; and
    the index files it as the English, one level, not under another entry."""
    problems = []
    for name in names.names:
        for domain in NAME_DOMAINS:
            message = approving(catalogs.get(root / f"{domain}.po"), name.english)
            if message and len(name.core) > MAX_NAME:
                problems.append(
                    Problem(
                        root / f"{domain}.po",
                        message.lineno,
                        "name",
                        f"the approved form of {name.english!r} has {len(name.core):,} "
                        f"characters; a name has at most {MAX_NAME}: write the name alone",
                    )
                )
                continue
            reason = message and (
                unapproved(lang, message.string, name.english)
                or index_change(name.english, message.string)  # the name's index entry
            )
            if reason:
                problems.append(
                    Problem(
                        root / f"{domain}.po",
                        message.lineno,
                        "name",
                        f"the approved form of {name.english!r}, {message.string!r}, {reason}",
                    )
                )
    return problems


def _entered_apart(
    root: Path, source: Path, names: NameBase, catalogs: dict[Path, Catalog], settings
) -> list[Problem]:
    """A name entered in the index under another ("Alliance Work Office" as "Alliance; Work
    Office") is printed from its parts' translations: together, in order, they must end the
    name's approved form (工作办公室 of 联盟工作办公室), or two entries could trade theirs (专家组
    listed with the Work Office's pages), or a part could name its parent (科技部 listed as
    中国服装协会 under 中国服装协会)."""
    problems = []
    approved = {name.english: name for name in names.names}
    for domain in NAME_DOMAINS:
        po = root / f"{domain}.po"
        for english, parts in name_parts(source / f"{domain}.md", settings).items():
            name = approved.get(english)
            if name is None:  # not approved, or its catalog was refused: nothing to compare
                continue
            messages = [approving(catalogs.get(po), part) for part in parts]
            shown = [m.string.strip() if m else "" for m in messages]
            ending = essentials("".join(shown)) if all(shown) else ""
            for part, message, text in zip(parts, messages, shown, strict=True):
                if message and ";" in text:
                    problems.append(
                        Problem(
                            po,
                            message.lineno,
                            "name",
                            f"the index part {part!r} is translated {text!r}, whose ';' the "
                            "index reads as another level: write it without one",
                        )
                    )
                elif message and (
                    not essentials(text)  # no letters: ……, which is in every form
                    or essentials(text) not in essentials(name.approved)
                    or not essentials(name.approved).endswith(ending)
                ):
                    problems.append(
                        Problem(
                            po,
                            message.lineno,
                            "name",
                            f"the index lists {english!r} under its part {part!r}, translated "
                            f"{text!r}: the parts under the first, in order, must end its "
                            f"approved form {name.approved!r}",
                        )
                    )
    return problems


def read_valid(lang: str, locales: Path) -> dict[Path, Catalog]:
    """Every catalog of ``lang``, read only after it passed validation; else CatalogError."""
    problems, catalogs = [], {}
    if unread := limits_problems(find_catalogs(locales, lang), lang):
        raise CatalogError(unread)
    for po in find_catalogs(locales, lang):
        found = validate_file(po, lang)
        problems += found
        if not found:
            catalogs[po] = load_catalog(po, lang)
    if problems:
        raise CatalogError(problems)
    return catalogs


@dataclass
class Prepared:
    compiled: list[Path]
    # The language's total: fuzzy (marked so, or awaiting a maintainer's review: review.py)
    # and untranslated messages fall back to English
    counts: Counts
    stale: int = 0  # translated messages no page shows (not counted)
    gated: bool = False  # whether only reviewed translations were compiled (review.py)


def gate(lang: str, source: Path, unreviewed: bool = False) -> set[str] | None:
    """The reviewed digests a build may publish, or None to publish every checked translation:
    a project that keeps no record, or a preview asked for (``--unreviewed``)."""
    record = None if unreviewed else record_path(source, lang)
    return None if record is None else read_record(record)


def inputs_digest(lang: str, locales: Path, source: Path, unreviewed: bool = False) -> str:
    """Everything the checks and counts read: the catalogs, the sources (the term and name
    bases, the MyST settings, the pages' templates), the per-language data (numerals, approved
    forms, font stacks, the Chinese character table) and the code that reads it, the checks'
    code (the glyph check's, in pdf/, too), and the font files the language's stacks find
    (the glyph check and the look-alike comparison of titles read them)."""
    digest = hashlib.sha256()
    package = Path(__file__).parent.parent
    inputs = [
        *find_catalogs(locales, lang),
        *sorted(p for p in Path(source).rglob("*") if p.is_file()),  # the pages' templates
        *sorted(p for p in (package / "data").rglob("*") if p.is_file()),
        package / "languages.py",
        *sorted(Path(__file__).parent.rglob("*.py")),
        package / "pdf" / "fonts.py",
        package / "pdf" / "glyphs.py",
    ]
    record = None if unreviewed else record_path(source, lang)
    inputs += [record] if record else []  # what the build may publish
    digest.update(f"record:{record}\0".encode())
    for path in inputs:
        # Any name and any kind of file: the checks, not the digest, refuse what is not a
        # catalog (a name that is not UTF-8, a link out of locales/, a loop of links).
        digest.update(os.fsencode(path) + b"\0")
        digest.update(fingerprint(path))
    for face in font_faces(lang):  # by name, place and size: a font is megabytes to hash
        found = Path(face.path).stat() if Path(face.path).is_file() else None
        digest.update(f"{face}:{found and (found.st_size, found.st_mtime_ns)}\0".encode())
    return digest.hexdigest()


def font_faces(lang: str) -> list[Face]:
    """The installed faces of every family of the language's font stacks (none missing ones)."""
    language = load_languages().get(lang)
    families = [f for role in FONT_ROLES for f in language.pdf.fonts(role)] if language else []
    return [face for family in dict.fromkeys(families) if (face := match(family))]


def prepare(
    lang: str, locales: Path, out: Path, source: Path | None = None, unreviewed: bool = False
) -> Prepared:
    """Check and compile (only reviewed translations, where the project keeps a record and no
    preview is asked for); when nothing the checks read has changed since the last success,
    the compiled catalogs are still right and the checks are not run again."""
    source = Path(source) if source else default_source(locales)
    stamp = catalog_dir(out, lang).parent / ".prepared.json"
    if over_the_limits(find_catalogs(locales, lang), lang):  # refused unread, none hashed
        raise CatalogError(check_language(lang, locales, source).problems)
    reviewed = gate(lang, source, unreviewed)
    digest = inputs_digest(lang, locales, source, unreviewed)
    if stamp.exists():
        last = json.loads(stamp.read_text("utf-8"))
        compiled = [Path(path) for path in last["compiled"]]
        if last["digest"] == digest and all(path.exists() for path in compiled):
            gated = last.get("gated", False)
            return Prepared(compiled, Counts(**last["counts"]), last["stale"], gated)
    checked = check_language(lang, locales, source)
    if checked.problems:
        raise CatalogError(checked.problems)
    compiled = compile_catalogs(lang, locales, out, reviewed)
    root, target = catalog_dir(locales, lang), catalog_dir(out, lang)
    # None where the sources did not build: page_templates says why, as a CatalogError
    templates = checked.templates if checked.templates is not None else page_templates(source)
    domains = {po: domain_of(po, root) for po in sorted(checked.catalogs)}
    counts = total(
        lang,
        [
            loaded_count(d, checked.catalogs[po], target / f"{d}.mo", template_of(templates, d))
            for po, d in domains.items()
        ]
        + [Counts(page, untranslated=len(ids)) for page, ids in missing(templates, domains)],
    )
    unseen = sum(
        stale(checked.catalogs[po], template_of(templates, d)) for po, d in domains.items()
    )
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(
        json.dumps(
            {
                "digest": digest,
                "compiled": [str(p) for p in compiled],
                "counts": asdict(counts),
                "stale": unseen,
                "gated": reviewed is not None,
            }
        ),
        "utf-8",
    )
    return Prepared(compiled, counts, unseen, reviewed is not None)


def missing(templates: dict[str, set[str]] | None, domains: dict[Path, str]):
    """The pages that have a template and no catalog: every message of theirs is English."""
    have = set(domains.values())
    return sorted((page, ids) for page, ids in (templates or {}).items() if page not in have)
