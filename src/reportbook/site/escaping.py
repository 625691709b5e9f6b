"""Interface texts from catalogs reach the page as text.

Sphinx's Jinja does not autoescape, and themes print ``_()`` results and some context values
(alabaster's footer prints ``copyright``, ``genindex.html`` prints its group keys) as they
are. A catalog is untrusted, so:

- the templates' ``_()`` and ``gettext`` go through ``EscapedTranslations``: a translated
  string is escaped, except for the markup its msgid itself has (``<a href="%(path)s">``,
  ``&#169;``), which the template's author wrote;
- context values a catalog can reach (``CATALOG_VALUES``, the index's group keys) are made
  ``Markup``: escaped once, so a template printing them raw prints text, and one that
  escapes them (``|e``) does not escape them twice.
"""

import html
import re
from gettext import NullTranslations

from markupsafe import Markup
from sphinx.application import Sphinx

MARKUP = re.compile(r"<[^<>]*>|&#?\w+;")
CATALOG_VALUES = ("copyright", "project", "docstitle", "shorttitle")
INDEX_PAGES = {"genindex", "genindex-all"}


def escape_translation(msgid: str, msgstr: str) -> str:
    """``msgstr`` as HTML text, keeping only tags and entities found verbatim in ``msgid``."""
    if msgstr == msgid:
        return msgstr
    allowed = set(MARKUP.findall(msgid))
    out, at = [], 0
    for match in MARKUP.finditer(msgstr):
        if match.group() in allowed:
            out += [html.escape(msgstr[at : match.start()]), match.group()]
            at = match.end()
    out.append(html.escape(msgstr[at:]))
    return "".join(out)


class EscapedTranslations(NullTranslations):
    """A translator whose translated strings are HTML text (plain ``str``, so a template may
    still concatenate them with markup, as the basic theme's copyright block does)."""

    def __init__(self, inner: NullTranslations) -> None:
        super().__init__()
        self.inner = inner

    def gettext(self, message: str) -> str:
        return escape_translation(message, self.inner.gettext(message))

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return escape_translation(
            plural if n != 1 else singular, self.inner.ngettext(singular, plural, n)
        )

    def pgettext(self, context: str, message: str) -> str:
        return escape_translation(message, self.inner.pgettext(context, message))

    def npgettext(self, context: str, singular: str, plural: str, n: int) -> str:
        translated = self.inner.npgettext(context, singular, plural, n)
        return escape_translation(plural if n != 1 else singular, translated)


def escape_template_translations(app: Sphinx) -> None:
    templates = getattr(app.builder, "templates", None)
    environment = getattr(templates, "environment", None)
    translator = getattr(app.builder, "_translator", None)
    if environment is not None and translator is not None:
        environment.install_gettext_translations(EscapedTranslations(translator))


def escape_context(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    for key in CATALOG_VALUES:
        if isinstance(context.get(key), str):
            context[key] = Markup.escape(context[key])
    if pagename in INDEX_PAGES and context.get("genindexentries"):
        context["genindexentries"] = [
            (Markup.escape(key), entries) for key, entries in context["genindexentries"]
        ]


def setup_escaping(app: Sphinx) -> None:
    app.connect("builder-inited", escape_template_translations)
    # After every handler that puts catalog text into the context (priority 500).
    app.connect("html-page-context", escape_context, priority=900)
