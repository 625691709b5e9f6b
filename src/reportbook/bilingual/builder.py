"""The ``bilingual`` builder: the translated language's HTML build, each block beside its
source (see pairs.py), with a control to show one language only.

It runs in the translated language's pipeline with a doctree cache of its own (its doctrees
hold both languages) and writes ``build/html/bilingual/``; its pages link to each other, to its
own index and to the same page on the two one-language sites.
"""

from html import escape
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.builders.html import StandaloneHTMLBuilder
from sphinx.locale import __

from ..config import pdf_name
from ..languages import get_language, source_language
from ..site.links import language_links, site_root
from .pairs import BUILDER, BUILDERS, KeepSource, MarkPairs
from .titles import RecordTitles, setup_titles

STATIC = Path(__file__).parent / "static"
# The control is a group of radio buttons styled by bilingual.css (``:has``): no script.
CONTROL = """<form class="bilingual-control" aria-label="{label}">
<label><input type="radio" name="show" value="both" checked> {both}</label>
<label lang="{source_tag}"><input type="radio" name="show" value="source"> {source}</label>
<label lang="{target_tag}"><input type="radio" name="show" value="target"> {target}</label>
</form>"""


class BilingualBuilder(StandaloneHTMLBuilder):
    name = BUILDER
    epilog = __("The bilingual edition is in %(outdir)s.")

    def init(self) -> None:
        super().init()
        self.add_css_file("bilingual.css")

    def copy_static_files(self) -> None:
        super().copy_static_files()
        (self._static_dir / "bilingual.css").write_bytes((STATIC / "bilingual.css").read_bytes())


def add_control(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """The one-language control, at the top of every page of the edition."""
    if app.builder.name != BUILDER:
        return
    source = get_language(source_language())
    target = get_language(app.config.language)
    texts = {
        "label": target.labels["bilingual_show"],
        "both": target.labels["bilingual_both"],
        "source": source.name,
        "source_tag": source.tag,
        "target": target.name,
        "target_tag": target.tag,
    }
    control = CONTROL.format(**{key: escape(value) for key, value in texts.items()})
    doctree.insert(0, nodes.raw("", control, format="html"))


def page_links(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """The page's bar: the same page in each one-language site, and the bilingual book."""
    builder = app.builder
    if builder.name != BUILDER:
        return
    config = app.config
    here = get_language(config.language)
    root = site_root(pagename)  # from bilingual/<page> to the site root
    target = builder.get_target_uri(pagename)
    context["report_lang_tag"] = here.tag
    context["report_labels"] = here.labels
    context["report_pdf_url"] = root + "pdf/" + pdf_name(config.report_slug, "bilingual")
    context["report_translations"] = language_links(
        map(get_language, config.report_languages), target, f"{BUILDER}/{Path(pagename).parent}"
    )


def add_pairing(app: Sphinx) -> None:
    """The transforms that pair each message with its source, for the bilingual builders
    only: a transform cannot ask which builder reads (``SphinxTransform.app`` goes in Sphinx
    11), and transforms are looked up when the documents are read, after this event."""
    if app.builder.name in BUILDERS:
        for transform in (KeepSource, MarkPairs, RecordTitles):
            app.add_transform(transform)


def setup_bilingual(app: Sphinx) -> None:
    from .book import BilingualPDFBuilder, BookApplyPageReferences, BookPageReferences

    app.add_builder(BilingualBuilder)
    app.add_builder(BilingualPDFBuilder)
    app.add_post_transform(BookPageReferences)
    app.add_post_transform(BookApplyPageReferences)
    app.connect("builder-inited", add_pairing)
    setup_titles(app)
    app.connect("doctree-resolved", add_control)
    app.connect("html-page-context", page_links)
