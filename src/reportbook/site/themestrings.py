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


def attach(catalog: NullTranslations, strings: dict[str, str]) -> None:
    """Put ``strings`` at the end of the catalog's fallback chain, once."""
    while True:
        if isinstance(catalog, ThemeStrings):
            return  # already there: Sphinx shares one catalog object within a process
        if catalog._fallback is None:
            catalog.add_fallback(ThemeStrings(strings))
            return
        catalog = catalog._fallback


def add_theme_strings(app: Sphinx) -> None:
    if strings := get_language(app.config.language).theme_strings:
        attach(app.translator, strings)


def setup_theme_strings(app: Sphinx) -> None:
    app.connect("builder-inited", add_theme_strings)
