"""The general index in the order of the page's language.

Sphinx files index entries under their first character and sorts them by code point, so a
Chinese index would get one heading per character in an arbitrary order. Sphinx offers no hook
into ``IndexEntries``' key functions, but the grouped entries reach the ``genindex`` template
through the page context, so we regroup them there: under the letter the language's collation
gives (the pinyin initial for Chinese), sorted by its spelling (the pinyin).
"""

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.errors import ConfigError
from sphinx.locale import _

from ..languages import get_language
from .collation import check, initial, sort_key

INDEX_PAGES = {"genindex", "genindex-all"}


def regroup(groups: list, collation: str, symbols: str) -> list:
    """Regroup Sphinx's ``[(heading, [(term, (targets, subitems, category)), ...]), ...]``."""
    by_heading: dict[str, list] = {}
    for _heading, entries in groups:
        for term, (targets, subitems, category) in entries:
            heading = category if category is not None else initial(term, collation) or symbols
            subitems = sorted(subitems, key=lambda sub: sort_key(sub[0], collation))
            by_heading.setdefault(heading, []).append((term, (targets, subitems, category)))
    order = sorted(
        by_heading, key=lambda heading: (heading != symbols, sort_key(heading, collation))
    )
    return [
        (heading, sorted(by_heading[heading], key=lambda entry: sort_key(entry[0], collation)))
        for heading in order
    ]


def line_counts(groups: list) -> list[int]:
    # The template splits each group into two columns by these counts, as Sphinx computes them.
    return [sum(1 + len(subitems) for _, (_, subitems, _) in entries) for _, entries in groups]


def sort_index(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    if pagename not in INDEX_PAGES or "genindexentries" not in context:
        return
    collation = get_language(app.config.language).collation
    groups = regroup(context["genindexentries"], collation, _("Symbols"))
    context["genindexentries"] = groups
    context["genindexcounts"] = line_counts(groups)


def check_collation(app: Sphinx, config: Config) -> None:
    collation = get_language(config.language).collation
    try:
        check(collation)
    except ValueError as error:
        raise ConfigError(f"languages.toml, {config.language}: {error}") from None
    if config.html_split_index and collation != "alphabetical":
        # One page per heading is written before we can regroup; the headings would be wrong.
        raise ConfigError(f"html_split_index cannot be used with the {collation!r} collation")


def setup_genindex(app: Sphinx) -> None:
    app.connect("config-inited", check_collation)
    app.connect("html-page-context", sort_index)
