"""The translation-status page of a translated site: per page, how many messages are
translated, fuzzy (in the catalog but awaiting review, so shown in the source language) and
untranslated.

Translated and untranslated come from what Sphinx's Locale transform did to the page, each
message counted once as its catalog counts it (its paragraphs, titles, alt texts and index
entries' parts; one translated as itself, "Report" for "Report", is translated, as `stats`
counts it: ``untranslated.in_source_language``); fuzzy is what the page's ``.po`` translates
and its compiled ``.mo`` leaves out: marked fuzzy, or awaiting a maintainer's review.
The ``.po`` files are looked up in ``report_catalog_dir`` (default: the ``locale_dirs``).
"""

import gettext
import math
from pathlib import Path

from babel.messages.pofile import read_po
from babel.numbers import format_decimal, format_percent
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.transforms import SphinxTransform
from sphinx.util.i18n import docname_to_domain
from sphinx.util.index_entries import split_index_msg
from sphinx.util.nodes import extract_messages, traverse_translatable_index

from ..i18n.guard import page_messages
from ..i18n.stats import published
from ..languages import get_language
from .untranslated import in_source_language, translating

PAGENAME = "translation-status"
TEMPLATE = "report-status.html"
STATES = ("translated", "fuzzy", "untranslated")


def catalog_dirs(env: BuildEnvironment) -> list[Path]:
    dirs = (
        [env.config.report_catalog_dir] if env.config.report_catalog_dir else env.config.locale_dirs
    )
    return [env.srcdir / directory for directory in dirs]  # relative to the sources, as Sphinx does


def fuzzy_messages(env: BuildEnvironment, docname: str) -> set[str]:
    """The page's msgids its catalog translates and the page does not show: marked fuzzy, or,
    where prepare compiled only reviewed translations (i18n/review.py), awaiting review. A
    fuzzy entry with no text is untranslated, as prepare and stats count it."""
    domain = docname_to_domain(docname, env.config.gettext_compact)
    fuzzy: set[str] = set()
    for directory in catalog_dirs(env):
        po = directory / env.config.language / "LC_MESSAGES" / f"{domain}.po"
        if po.is_file():
            with po.open("rb") as stream:
                catalog = read_po(stream, locale=None)
            fuzzy |= {m.id for m in catalog if m.id and m.fuzzy and published(m)}
            loaded = compiled_ids(po.with_suffix(".mo"))
            if loaded is not None:
                fuzzy |= {m.id for m in catalog if published(m)} - loaded
    return fuzzy


def compiled_ids(mo: Path) -> set[str] | None:
    """The msgids a compiled catalog holds, loaded as Sphinx loads it; None where there is
    none (a folder of .po files alone: only their fuzzy marks tell)."""
    if not mo.is_file():
        return None
    with mo.open("rb") as stream:
        return set(gettext.GNUTranslations(stream)._catalog)


class CountTranslation(SphinxTransform):
    default_priority = 30  # after Locale (20)

    def apply(self, **kwargs) -> None:
        if not translating(self.config):
            return
        docname = self.env.current_document.docname
        fuzzy = fuzzy_messages(self.env, docname)
        # A message, as a catalog counts it: one said twice on a page is one to translate.
        states = {}
        for node, msg in extract_messages(self.document):
            if not in_source_language(node):
                states[msg] = "translated"
            else:
                states.setdefault(msg, "fuzzy" if msg in fuzzy else "untranslated")
        if "index" in self.config.gettext_additional_targets:  # their parts are messages too
            messages = page_messages(self) or {}
            for node, entries in traverse_translatable_index(self.document):
                for entry_type, value, *_ in node.get("raw_entries", entries):
                    for part in split_index_msg(entry_type, value):
                        if messages.get(part):  # as Locale looks them up
                            states[part] = "translated"
                        else:
                            states.setdefault(part, "fuzzy" if part in fuzzy else "untranslated")
        counts = dict.fromkeys(STATES, 0)
        for state in states.values():
            counts[state] += 1
        status_of(self.env)[docname] = counts


def status_of(env: BuildEnvironment) -> dict[str, dict[str, int]]:
    if not hasattr(env, "report_translation_status"):
        env.report_translation_status = {}
    return env.report_translation_status


def purge(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    status_of(env).pop(docname, None)


def merge(app: Sphinx, env: BuildEnvironment, docnames: set[str], other: BuildEnvironment) -> None:
    status_of(env).update(
        {name: status_of(other)[name] for name in docnames if name in status_of(other)}
    )


def _share(translated: int, total: int) -> float:
    """The translated share, in whole per cent rounded down: 494 of 495 is 99 %, never the
    100 % of a complete translation."""
    return math.floor(100 * translated / total) / 100 if total else 1


def status_rows(env: BuildEnvironment, locale: str) -> tuple[list[dict], dict]:
    """One row per page (root first, then by name) and the totals, numbers spelled for locale."""
    status = status_of(env)
    order = sorted(status, key=lambda name: (name != env.config.root_doc, name))

    def spelled(counts: dict[str, int]) -> dict:
        total = sum(counts.values())
        return {
            **{state: format_decimal(counts[state], locale=locale) for state in STATES},
            "total": format_decimal(total, locale=locale),
            "share": format_percent(_share(counts["translated"], total), locale=locale),
        }

    rows = [
        {
            "docname": name,
            "title": env.titles[name].astext() if name in env.titles else name,
            **spelled(status[name]),
        }
        for name in order
    ]
    totals = {state: sum(status[name][state] for name in order) for state in STATES}
    return rows, spelled(totals)


def status_page(app: Sphinx):
    if not translating(app.config) or app.builder.name not in {"html", "dirhtml"}:
        return
    here = get_language(app.config.language)
    rows, totals = status_rows(app.env, here.babel_locale)
    yield PAGENAME, {"title": here.labels["status_title"], "rows": rows, "totals": totals}, TEMPLATE


def status_link(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    if translating(app.config) and app.builder.name in {"html", "dirhtml"}:
        context["report_status_url"] = context["pathto"](PAGENAME)


def setup_status(app: Sphinx) -> None:
    app.add_transform(CountTranslation)
    app.connect("env-purge-doc", purge)
    app.connect("env-merge-info", merge)
    app.connect("html-collect-pages", status_page)
    app.connect("html-page-context", status_link)
