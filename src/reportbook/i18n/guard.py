"""The Sphinx side of the trust boundary: what a translation may put into a page.

``prepare`` lints the catalogs before every build; these transforms enforce the safety checks
again inside Sphinx, on the compiled catalogs a build actually loads, so a .mo that did not come
through ``prepare`` cannot inject markup or files either:

- before the Locale transform (priority 20), each msgstr of the page is compared with its msgid
  and the build stops before Sphinx parses a refused msgstr (parsing runs its directives);
- after it, translated nodes are inspected for raw output, included files and new images.
"""

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.errors import ConfigError, SphinxError
from sphinx.locale import init as init_locale
from sphinx.transforms import SphinxTransform
from sphinx.util.i18n import docname_to_domain
from sphinx.util.nodes import extract_messages

from .lint import SAFETY_CHECKS, compare

TEMPLATE_EXTENSIONS = {"substitution"}  # MyST extensions that render {{ }} templates


class TranslationRefused(SphinxError):
    category = "Translation refused"


def refuse_template_extensions(app: Sphinx, config: Config) -> None:
    enabled = set(getattr(config, "myst_enable_extensions", None) or [])
    if enabled & TEMPLATE_EXTENSIONS:
        raise ConfigError(
            f"myst_enable_extensions: {', '.join(sorted(enabled & TEMPLATE_EXTENSIONS))} must "
            "stay off: it would render {{ }} templates written in translations"
        )


def _translating(transform: SphinxTransform) -> bool:
    from sphinx.builders.gettext import MessageCatalogBuilder

    language = transform.config.language
    return (
        bool(language)
        and language != "en"
        and not issubclass(transform.env._builder_cls, MessageCatalogBuilder)
    )


def _where(node: nodes.Node, document: nodes.document) -> str:
    return f"{node.source or document['source']}:{node.line or 0}"


class TranslationGate(SphinxTransform):
    """Refuse a page whose catalog has a msgstr failing a safety check, before it is parsed."""

    default_priority = 19  # just before sphinx.transforms.i18n.Locale (20)

    def apply(self, **kwargs) -> None:
        # Remember the images the source has, for TranslatedNodeGuard.
        self.document.reportbook_images = {n["uri"] for n in self.document.findall(nodes.image)}
        if not _translating(self):
            return
        domain = docname_to_domain(self.env.current_document.docname, self.config.gettext_compact)
        dirs = [self.env.srcdir / d for d in self.config.locale_dirs]
        catalog, has_catalog = init_locale(dirs, self.config.language, domain)
        if not has_catalog:
            return
        errors = []
        for node, msgid in extract_messages(self.document):
            msgstr = catalog.gettext(msgid)
            if not msgstr or msgstr == msgid:
                continue
            for check, text in compare(msgid, msgstr, only=SAFETY_CHECKS):
                errors.append(
                    f"{_where(node, self.document)}: [{check}] {text} "
                    f"(catalog {domain}.po, msgid {msgid[:40]!r})"
                )
        if errors:
            raise TranslationRefused("\n".join(errors))


class TranslatedNodeGuard(SphinxTransform):
    """After translation: no raw output, included file or new image inside a translated node."""

    default_priority = 21  # just after sphinx.transforms.i18n.Locale (20)

    def apply(self, **kwargs) -> None:
        if not _translating(self):
            return
        images = getattr(self.document, "reportbook_images", set())
        source = self.document["source"]

        def included(node: nodes.Node) -> bool:  # a literal block read from another file
            return isinstance(node, nodes.literal_block) and node.get("source", source) != source

        errors = []
        for node in self.document.findall(nodes.Element):
            if not node.get("translated"):
                continue
            for inner in node.findall(include_self=False):
                if isinstance(inner, nodes.raw):
                    errors.append(
                        f"{_where(node, self.document)}: [html] raw output in a translation"
                    )
                elif included(inner):
                    errors.append(
                        f"{_where(node, self.document)}: [directive] a translation "
                        f"includes the file {inner['source']!r}"
                    )
                elif isinstance(inner, nodes.image) and inner["uri"] not in images:
                    errors.append(
                        f"{_where(node, self.document)}: [image] a translation "
                        f"shows the image {inner['uri']!r}, which the source does not"
                    )
        if errors:
            raise TranslationRefused("\n".join(errors))


def setup_guard(app: Sphinx) -> None:
    app.connect("config-inited", refuse_template_extensions)
    app.add_transform(TranslationGate)
    app.add_transform(TranslatedNodeGuard)
