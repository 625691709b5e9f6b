"""The report's configured texts (subtitle, place, source, copyright) are translated like
Sphinx's own labels: the gettext build adds them to ``sphinx.pot``, translators translate them
in ``sphinx.po``, and the builders look them up with Sphinx's ``_()``."""

from pathlib import Path

from sphinx.application import Sphinx
from sphinx.builders.gettext import MsgOrigin
from sphinx.locale import _

TRANSLATABLE = ("report_subtitle", "report_place", "report_source", "copyright")
# Sphinx's default caption labels, so a language can set its own ("表%s": Chinese puts no space
# between a label and its number) instead of Sphinx's translation.
NUMFIG_LABELS = ("Fig. %s", "Table %s")


def line_of(conf: Path, name: str) -> int:
    """Where conf.py sets the value, so the template points translators at it."""
    if conf.exists():
        for number, line in enumerate(conf.read_text("utf-8").splitlines(), 1):
            if line.startswith(f"{name} ") or line.startswith(f"{name}="):
                return number
    return 0


def add_config_texts(app: Sphinx) -> None:
    if app.builder.name != "gettext":
        return
    conf = Path(app.confdir) / "conf.py"
    for name in TRANSLATABLE:
        text = getattr(app.config, name)
        if text:
            origin = MsgOrigin(source=str(conf), line=line_of(conf, name))
            app.builder.catalogs["sphinx"].add(text, origin)
    origin = MsgOrigin(source=str(conf), line=line_of(conf, "numfig"))
    for label in NUMFIG_LABELS:
        if app.config.numfig and label in app.config.numfig_format.values():
            app.builder.catalogs["sphinx"].add(label, origin)


def translate_footer(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    # The theme prints the copyright as configured; translate it per page rather than
    # change the configuration, which Sphinx would take for a changed project.
    if context.get("copyright"):
        context["copyright"] = str(_(app.config.copyright))


def setup_config_texts(app: Sphinx) -> None:
    app.connect("builder-inited", add_config_texts)
    app.connect("html-page-context", translate_footer)
