"""The theme's interface texts that Sphinx's catalogs do not translate (alabaster's own
"Related Topics", "Previous", ...), from ``theme_strings`` in languages.toml.

They are added as the last fallback of Sphinx's ``sphinx`` catalog, which the templates'
``_()`` reads, so a translation Sphinx does ship always wins.
"""

from gettext import NullTranslations

from sphinx.application import Sphinx

from ..languages import get_language


class ThemeStrings(NullTranslations):
    def __init__(self, strings: dict[str, str]) -> None:
        super().__init__()
        self.strings = strings

    def gettext(self, message: str) -> str:
        return self.strings.get(message, message)


def add_theme_strings(app: Sphinx) -> None:
    strings = get_language(app.config.language).theme_strings
    if not strings:
        return
    catalog = app.translator
    while catalog._fallback is not None:  # the end of the chain: after everything Sphinx has
        if isinstance(catalog, ThemeStrings):
            return  # already added (the catalog object is shared within a process)
        catalog = catalog._fallback
    if not isinstance(catalog, ThemeStrings):
        catalog.add_fallback(ThemeStrings(strings))


def setup_theme_strings(app: Sphinx) -> None:
    app.connect("builder-inited", add_theme_strings)
