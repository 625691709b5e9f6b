"""One message's two sides as the rules that read words around its numbers take them."""

from typing import NamedTuple

from ...languages import load_languages
from .numerals import NumberReader


class Sides(NamedTuple):
    """The English and the translation as the number checks read them (``numbers_text``),
    the numbers the English states, and each side's reader and language."""

    source: str
    translation: str
    stated: set[str]
    numbers: NumberReader  # the translation's
    english: NumberReader
    source_lang: str | None
    lang: str | None

    @property
    def known(self) -> bool:
        """Both languages have data (word lists): else the rules have nothing to read."""
        known = load_languages()
        return self.lang in known and self.source_lang in known
