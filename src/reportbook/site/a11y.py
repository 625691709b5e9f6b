"""Accessibility fixes to Sphinx's HTML that no template or stylesheet can reach.

Sphinx renders a toctree caption as ``<p role="heading">`` without the ``aria-level`` that
ARIA 1.2 requires (axe-core: aria-required-attr, critical; the Nu checker: an error).
Level 2 is what ARIA 1.1 implied. Upstream: sphinx-doc/sphinx#14030.
"""

from sphinx.application import Sphinx
from sphinx.writers.html5 import HTML5Translator


class ReportHTMLTranslator(HTML5Translator):
    def starttag(self, node, tagname, suffix="\n", empty=False, **attributes):
        given = {name.lower(): value for name, value in attributes.items()}
        if given.get("role") == "heading" and "aria-level" not in given:
            attributes["aria-level"] = "2"
        return super().starttag(node, tagname, suffix, empty, **attributes)


def setup_a11y(app: Sphinx) -> None:
    app.set_translator("html", ReportHTMLTranslator)
