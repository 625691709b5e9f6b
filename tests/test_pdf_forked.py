"""The book's HTML is written in a forked child: what it logs and raises reaches the build."""

import os

import pytest
from sphinx.util import logging

from reportbook.pdf.forked import run_forked
from reportbook.pdf.glyphs import MissingGlyphError

logger = logging.getLogger(__name__)


@pytest.mark.sphinx("pdf", testroot="pdf-basic")
def test_the_child_returns_its_result_and_its_warnings_count(app):
    def step():
        logger.warning("a warning from the child")
        return os.getpid()

    assert run_forked(step) != os.getpid()
    assert "a warning from the child" in app._warning.getvalue()
    assert app._warncount == 1


@pytest.mark.sphinx("pdf", testroot="pdf-basic")
def test_the_childs_error_is_raised_as_it_was(app):
    def step():
        raise MissingGlyphError("no glyph for U+4E2D in chapter.md:3")

    with pytest.raises(MissingGlyphError, match=r"U\+4E2D in chapter\.md:3"):
        run_forked(step)
