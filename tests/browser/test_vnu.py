"""Every page of both sites, and the language chooser, is valid HTML to the Nu HTML checker."""

import pytest

from .checks import listing
from .sitebuild import LANGUAGES, page_names
from .vnu import vnu_errors

pytestmark = pytest.mark.slow


def test_nu_checker_finds_no_errors(site):
    files = [site / "index.html"] + [
        site / language / name for language in LANGUAGES for name in page_names(site, language)
    ]
    assert len(files) > 2
    errors = vnu_errors(files)
    assert not errors, listing(errors)
