"""The ``epub`` builder: one EPUB 3 book per language, ``<slug>-<language>.epub``."""

from sphinx.application import Sphinx


def setup(app: Sphinx) -> dict:
    from .builder import setup_epub

    setup_epub(app)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
