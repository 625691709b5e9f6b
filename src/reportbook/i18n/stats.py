"""Translated / fuzzy / untranslated counts per catalog and per language."""

import gettext
import io
import subprocess
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from .catalogs import approving, catalog_dir, domain_of
from .templates import template_of


@dataclass(frozen=True)
class Counts:
    name: str  # a domain, or a language for a total
    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.untranslated

    def percent(self, n: int) -> float:
        return 100.0 * n / self.total if self.total else 100.0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(
            self.name,
            self.translated + other.translated,
            self.fuzzy + other.fuzzy,
            self.untranslated + other.untranslated,
        )


def published(message) -> bool:
    """Whether Sphinx's Locale transform can publish the message: it looks a page's msgstr up
    by its plain msgid alone, so a plural entry or one with a msgctxt is never shown."""
    return isinstance(message.id, str) and not message.context and bool(message.string)


def count(name: str, catalog: Catalog, template: set[str] | None = None) -> Counts:
    """A catalog's counts; with its page's ``template``, of the template's messages only: one
    the catalog lacks is untranslated, one the page does not have is not counted."""
    translated = fuzzy = untranslated = 0
    for message in catalog:
        if not message.id or (template is not None and message.id not in template):
            continue  # the header, or a message no page shows
        if template is not None and message.context:
            continue  # a template has no msgctxt: its plain msgid is counted on its own
        if not published(message):
            untranslated += 1
        elif message.fuzzy:
            fuzzy += 1
        else:
            translated += 1
    if template is not None:
        plain = {m.id for m in catalog if isinstance(m.id, str) and not m.context}
        untranslated += len(template - plain)
    return Counts(name, translated, fuzzy, untranslated)


def stale(catalog: Catalog, template: set[str] | None) -> int:
    """Messages no page shows: edited or removed from the sources, or never in them."""
    if template is None:
        return 0
    return sum(1 for m in catalog if m.id and published(m) and m.id not in template)


def loaded_count(name: str, catalog: Catalog, mo: Path, template: set[str] | None = None) -> Counts:
    """Counts as the build will see them: translated is what Python's gettext loads from the
    compiled ``mo``, the way Sphinx loads it, and a page looks up (its ``template``); the rest
    of the page appears in English: fuzzy, the translations that await review, and
    untranslated."""
    with open(mo, "rb") as f:
        loaded = gettext.GNUTranslations(f)._catalog  # the only view of what it loaded
    # Locale's lookup: plain msgids; not (msgid, n) plural keys, nor "context\x04msgid".
    found = {k for k in loaded if isinstance(k, str) and "\x04" not in k} - {""}
    in_po = count(name, catalog, template)
    translated = len(found & template if template is not None else found)
    # In the catalog and not loaded: marked fuzzy, or awaiting review (review.py's record)
    held = in_po.fuzzy + max(0, in_po.translated - translated)
    fuzzy = min(held, in_po.total - translated)
    return Counts(name, translated, fuzzy, in_po.total - translated - fuzzy)


def catalog_counts(
    lang: str,
    locales: Path,
    catalogs: dict[Path, Catalog],
    templates: dict[str, set[str]] | None = None,
) -> list[Counts]:
    """Per catalog; with the pages' ``templates``, of their messages only."""
    root = catalog_dir(locales, lang)
    return [
        count(domain, catalog, template_of(templates, domain))
        for path, catalog in sorted(catalogs.items())
        if (domain := domain_of(path, root))
    ]


def total(lang: str, counts: list[Counts]) -> Counts:
    result = Counts(lang)
    for c in counts:
        result = result + c
    return result


def format_table(lang: str, counts: list[Counts]) -> str:
    width = max([len(c.name) for c in counts] + [len("TOTAL " + lang)])
    head = f"{'catalog':<{width}}  {'translated':>16}  {'fuzzy':>14}  {'untranslated':>14}"
    rows = [head, "-" * len(head)]
    for c in [*counts, total(lang, counts)]:
        name = c.name if c.name != lang else f"TOTAL {lang}"
        rows.append(
            f"{name:<{width}}  {c.translated:>6} {c.percent(c.translated):6.1f} %  "
            f"{c.fuzzy:>5} {c.percent(c.fuzzy):6.1f} %  "
            f"{c.untranslated:>5} {c.percent(c.untranslated):6.1f} %"
        )
    return "\n".join(rows)


# Approved forms (the term base's and the name base's) decide what every other message is
# checked against, so a change to one is listed for reviewers: against a git revision (HEAD by
# default; `--since main` on a branch), the committed catalogs being the reviewed state.


def approved_forms(source: Path, catalogs: dict[str, Catalog | None]) -> dict[str, str]:
    """'term …' / 'name …' / 'caption label …' → its approved form, from the glossary, people,
    organisations and sphinx catalogs (by domain); a fuzzy or empty translation approves
    nothing. A term's recorded
    variants are approved forms too: 'term … variants' → them, joined by '；'."""
    from .lint.markup import project_settings
    from .lint.names import NAME_DOMAINS, name_entries
    from .lint.offices import role_items
    from .lint.termbase import GLOSSARY_DOMAIN, glossary_terms, variants

    wanted = {f"term {t!r}": (GLOSSARY_DOMAIN, t) for t in glossary_terms(source / "glossary.md")}
    settings = project_settings(source)
    for domain in NAME_DOMAINS:
        for name in name_entries(source / f"{domain}.md", settings).values():
            wanted[f"name {name!r}"] = (domain, name)
    from .configtexts import NUMFIG_LABELS

    for items in role_items(source / "people.md", settings).values():
        for item in items:  # the offices each use of a person's name is held to (offices.py)
            wanted[f"role {item!r}"] = ("people", item)
    for label in NUMFIG_LABELS:  # what a {numref} titled with its kind must show (names.py)
        wanted[f"caption label {label!r}"] = ("sphinx", label)
    forms = {}
    for key, (domain, english) in wanted.items():
        if message := approving(catalogs.get(domain), english):
            forms[key] = message.string.strip()
            if domain == GLOSSARY_DOMAIN and (listed := variants(message.user_comments)):
                forms[f"{key} variants"] = "；".join(listed)
    return forms


def is_revision(folder: Path, revision: str) -> bool:
    result = subprocess.run(
        ["git", "-C", str(folder), "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"],
        capture_output=True,
    )
    return result.returncode == 0


def committed_catalog(po: Path, revision: str, lang: str, locales: Path) -> Catalog | None:
    """The catalog as committed at ``revision``, or None (not there, or unreadable). Git runs
    in the folder that holds ``locales``, never under it: a .git file or folder a translator
    put there would answer for another repository (red team 31). The path is the one under
    ``locales`` as written, no link followed: a linked folder is not this path's history."""
    top = Path(locales).resolve().parent
    try:
        path = Path(Path(locales).resolve().name, Path(po).relative_to(locales))
    except ValueError:  # not under locales: nothing committed to compare
        return None
    result = subprocess.run(
        ["git", "-C", str(top), "show", f"{revision}:./{path.as_posix()}"],
        capture_output=True,
    )
    if result.returncode != 0:
        return None
    try:
        return read_po(io.BytesIO(result.stdout), locale=lang)
    except Exception:  # an old catalog that no longer reads has nothing to compare
        return None


def approved_changes(old: dict[str, str], new: dict[str, str]) -> list[str]:
    lines = []
    for key in sorted(old.keys() | new.keys()):
        if key not in new:
            # Nothing is checked against it now: every message that uses it is unchecked.
            lines.append(f"{key}: {old[key]!r} no longer approved; what uses it is not checked")
        elif key not in old:
            lines.append(f"{key}: {new[key]!r} newly approved")
        elif old[key] != new[key]:
            lines.append(f"{key}: {old[key]!r} → {new[key]!r}")
    return lines


def unreviewed_exceptions(now: Catalog, then: Catalog | None) -> list:
    """The messages of ``now`` whose recorded exceptions are new since ``then``, or whose
    translation changed under one: a translator writes both the text and the exception, so a
    reviewer reads every exception that was not there, word for word, when last reviewed."""
    from .lint.exceptions import parse_exceptions

    changed = []
    for message in now:
        excepted, _ = parse_exceptions(message.user_comments)
        if not message.id or not excepted:
            continue
        old = then.get(message.id, message.context) if then is not None else None
        if (
            old is None
            or old.string != message.string
            or parse_exceptions(old.user_comments)[0] != excepted
        ):
            changed.append(message)
    return changed
