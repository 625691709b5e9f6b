"""The ``bilingual`` builder: the report with every block in the source language beside its
translation, into ``build/html/bilingual/``."""

from sphinx.application import Sphinx


def setup(app: Sphinx) -> dict:
    from .builder import setup_bilingual

    setup_bilingual(app)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
