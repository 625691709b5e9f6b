"""The ``pdf`` builder: the single-page HTML build, typeset by WeasyPrint."""

from sphinx.application import Sphinx


def setup(app: Sphinx) -> dict:
    from .builder import setup_builder
    from .config import setup_pdf_config
    from .xrefs import setup_xrefs

    app.setup_extension("reportbook.config")  # the report_* values it prints
    app.setup_extension("reportbook.site.mentions")  # every mention, for the book's index
    setup_pdf_config(app)
    setup_builder(app)
    setup_xrefs(app)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
