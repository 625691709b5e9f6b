"""Sphinx toolchain that publishes one bilingual report as a site and a book."""

from sphinx.application import Sphinx

__version__ = "0.1.0"


def setup(app: Sphinx) -> dict:
    from .site import setup_site

    app.setup_extension("reportbook.config")
    setup_site(app)
    app.setup_extension("reportbook.pdf")
    app.setup_extension("reportbook.epub")
    app.setup_extension("reportbook.bilingual")
    app.setup_extension("reportbook.i18n")
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True}
