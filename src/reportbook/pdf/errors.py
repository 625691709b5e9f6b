"""The pdf package's one error type.

Each module's error (fonts, limits, rendering, joining, the forked writer) is a ``PdfError``
with a category of its own; the builder catches ``PdfError`` alone and reports it as one
ERROR paragraph, and the build fails (builder.py). Any other exception is a bug, and keeps
Sphinx's crash report.
"""

from sphinx.errors import SphinxError


class PdfError(SphinxError):
    """Why the book cannot be made, in words its author can act on: which file, line, key or
    setting, and what to change."""

    category = "PDF error"
