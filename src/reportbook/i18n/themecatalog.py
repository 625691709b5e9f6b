"""``sphinx.po``, the catalog of interface texts, checked before a build loads it.

Sphinx loads every message of a compiled catalog, including one whose msgid is not in the
template: such a message replaces Sphinx's own translation of that text (every page's
"Search", say). So ``sphinx.po`` may hold only the template's msgids: the ``_()`` texts of the
templates Sphinx's gettext build reads and the report's configured texts
(``configtexts.TRANSLATABLE``). Interface texts are plain text, one line each: markup
characters and line breaks are refused here with ``file:line`` (the linter reads these texts
as written, not as MyST), and whatever reaches a page is escaped there (``site/escaping.py``).
Some are format strings (``Table %s``: Sphinx's writers run ``label % number``): a translation
keeps exactly its msgid's placeholders, or the writer would crash, pad or drop the number.
Sphinx's template has no plural entries (its gettext builder writes plain msgids only), yet
gettext shows a plural entry's ``msgstr[0]`` for its msgid: every plural entry is refused.
"""

import gettext
import re
from pathlib import Path

import sphinx
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po
from jinja2 import Environment
from sphinx.application import Sphinx
from sphinx.config import eval_config_file
from sphinx.locale import _ as sphinx_gettext
from sphinx.util import logging
from sphinx.util.tags import Tags

from ..languages import load_languages
from .configtexts import NUMFIG_LABELS, TRANSLATABLE
from .problems import Problem
from .validate import context_problem

logger = logging.getLogger(__name__)
DOMAIN = "sphinx"
SITE_TEMPLATES = Path(__file__).parent.parent / "site" / "templates"
SPHINX_LOCALES = Path(sphinx.__file__).parent / "locale"
MARKUP = re.compile(r"<[^<>]*>|&#?\w+;")
MARKUP_CHARACTERS = set('<>&"')
# Sphinx's default caption labels (sphinx.config.init_numfig_format), by figure type.
SPHINX_CAPTION_LABELS = {
    "section": "Section %s",
    "figure": "Fig. %s",
    "table": "Table %s",
    "code-block": "Listing %s",
}
CAPTION_LABELS = {*SPHINX_CAPTION_LABELS.values(), *NUMFIG_LABELS}
# Sphinx formats a {numref} with no title with its caption label: by str.format when the label
# has "{name}" or the word "number" (std domain, _resolve_numref_xref), else by "%".
LABEL_FIELDS = re.compile(r"[{}]|number")
PLURAL_PROBLEM = (
    "the template sphinx.pot has no msgid_plural, but gettext shows this entry's msgstr[0] "
    "for its msgid on every page, unchecked: write a plain msgid and msgstr"
)
# The templates' texts are looked up with _() and ngettext(), by msgid alone.
# A placeholder Python's % operator fills; anything else after a "%" is refused.
PLACEHOLDER = re.compile(r"%(?:\([A-Za-z_]\w*\))?s|%%")


def template_msgids(source: Path) -> set[str]:
    """The msgids of ``sphinx.pot``, as the gettext build writes it, without running it."""
    conf_py = (source / "conf.py").resolve()
    conf = eval_config_file(conf_py, Tags()) if conf_py.exists() else {}
    return _msgids(conf, source)


def _msgids(conf, confdir: Path) -> set[str]:
    found = {text for name in TRANSLATABLE if isinstance(text := conf.get(name), str) and text}
    if conf.get("numfig"):  # configtexts.py adds the caption labels then
        found.update(NUMFIG_LABELS)
    folders = [
        SITE_TEMPLATES,
        *(Path(confdir) / folder for folder in conf.get("templates_path", [])),
    ]
    jinja = Environment(extensions=["jinja2.ext.i18n"])
    for folder in dict.fromkeys(Path(f).resolve() for f in folders):
        for template in sorted(folder.rglob("*.html")):
            for _line, _function, message in jinja.extract_translations(
                template.read_text("utf-8")
            ):
                found.update(m for m in (message if isinstance(message, tuple) else [message]) if m)
    return found


def drop_unknown_messages(app: Sphinx) -> None:
    """Inside the build too (a .mo that skipped prepare): the project's sphinx.mo loses every
    message whose msgid is not in the template, before a page is rendered."""
    if not app.config.language:
        return
    known = _msgids(
        {name: app.config[name] for name in (*TRANSLATABLE, "templates_path", "numfig")},
        app.confdir,
    )
    dropped: dict[str, list[str]] = {}  # msgid → the msgstrs dropped, plural forms too
    for folder in app.config.locale_dirs:
        try:
            catalog = gettext.translation(DOMAIN, Path(app.srcdir) / folder, [app.config.language])
        except OSError:
            continue
        # gettext shares one message table per .mo file: Sphinx's translator reads this one.
        # Keys: a msgid, "context\x04msgid", or (msgid, n) for each plural form.
        refused: dict[str, tuple[str, list]] = {}
        for key, msgstr in catalog._catalog.items():
            msgid = key[0] if isinstance(key, tuple) else key
            if not msgid:
                continue
            if "\x04" in msgid:  # gettext's key of an entry with a msgctxt: context\x04msgid
                reason = context_problem(*msgid.split("\x04", 1))
            elif isinstance(key, tuple):
                reason = f"msgid {msgid!r} is ignored: {PLURAL_PROBLEM}"
            elif msgid not in known:
                reason = (
                    f"msgid {msgid!r} is not in the template sphinx.pot: ignored, it would "
                    "replace Sphinx's own text"
                )
            elif _format_problem(msgid, msgstr):
                reason = f"msgid {msgid!r} is ignored: {_format_problem(msgid, msgstr)}"
            else:
                continue
            refused.setdefault(msgid, (reason, []))[1].append(key)
        for msgid, (reason, keys) in refused.items():
            for key in keys:
                dropped.setdefault(msgid, []).append(catalog._catalog.pop(key))
            logger.warning(
                f"[theme] {reason}",
                location=_where(Path(app.srcdir) / folder, app.config.language, msgid),
                type="i18n",
                subtype="refused",
            )
    _reset_caption_labels(app, dropped)


def _reset_caption_labels(app: Sphinx, dropped: dict[str, list[str]]) -> None:
    """Sphinx reads its caption labels (``numfig_format``) from the catalog before this
    runs: a label taken from a dropped message is looked up again, without it."""
    labels = app.config.numfig_format
    for figtype, msgid in SPHINX_CAPTION_LABELS.items():
        if str(labels.get(figtype)) in dropped.get(msgid, []):
            labels[figtype] = str(sphinx_gettext(msgid))


def _where(folder: Path, language: str, msgid: str) -> str:
    """The message's file:line: in the checked .po prepare copies beside the .mo, if any."""
    mo = folder / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
    po = mo.with_suffix(".po")
    if po.exists():
        with po.open("rb") as handle:
            catalog = read_po(handle)
        context, separator, plain = msgid.rpartition("\x04")
        if message := catalog.get(plain, context if separator else None):
            return f"{po}:{message.lineno}"
    return f"{mo}:0"


def refuse_translation_scripts(app: Sphinx) -> None:
    """Sphinx publishes ``<locale dir>/<lang>/LC_MESSAGES/sphinx.js`` as every page's
    translations.js: a script a translator could write. Only Sphinx's own is published."""
    found = False
    for folder in app.config.locale_dirs:
        for base in dict.fromkeys([Path(folder), Path(app.srcdir) / folder]):
            script = base / app.config.language / "LC_MESSAGES" / "sphinx.js"
            if script.is_file():
                found = True
                logger.warning(
                    "[theme] a catalog folder holds sphinx.js, a script every page would run: "
                    "not published",
                    location=f"{script}:0",
                    type="i18n",
                    subtype="refused",
                )
    if found and hasattr(app.builder, "_get_translations_js"):
        own = SPHINX_LOCALES / app.config.language / "LC_MESSAGES" / "sphinx.js"
        app.builder._get_translations_js = lambda: own if own.is_file() else None


def setup_theme_catalog(app: Sphinx) -> None:
    app.connect("builder-inited", drop_unknown_messages)
    app.connect("builder-inited", refuse_translation_scripts)


def _markup_characters(msgid: str, msgstr: str) -> set[str]:
    allowed = set(MARKUP.findall(msgid))
    rest = MARKUP.sub(lambda m: "" if m.group() in allowed else m.group(), msgstr)
    return MARKUP_CHARACTERS & set(rest)


def _placeholders(text: str) -> list[str]:
    return sorted(p for p in PLACEHOLDER.findall(text) if p != "%%")


def _format_problem(msgid: str, msgstr: str) -> str:
    return _placeholder_problem(msgid, msgstr) or _label_problem(msgid, msgstr)


def _label_problem(msgid: str, msgstr: str) -> str:
    """A caption label is "%s" and plain text: braces or "number" in it make Sphinx read it
    with str.format, which crashes on a field ("{number:d}") or prints no number."""
    if msgid not in CAPTION_LABELS or not (found := LABEL_FIELDS.findall(msgstr)):
        return ""
    shown = ", ".join(repr(f) for f in dict.fromkeys(found))
    return (
        f"caption label {msgid!r}: the translation has {shown}, which make Sphinx format a "
        "{numref} without a title by str.format (a crash, or no number): write the label "
        "with %s for the number and no { } or 'number'"
    )


def _placeholder_problem(msgid: str, msgstr: str) -> str:
    """What is wrong with the msgstr's ``%`` placeholders, or "" when it has its msgid's."""
    if "%" not in msgid + msgstr:
        return ""
    stray = "%" in PLACEHOLDER.sub("", msgstr)
    if stray or _placeholders(msgstr) != _placeholders(msgid):
        if not _placeholders(msgid):
            return "'%' in the translation of a text without placeholders; write '%%' for a %"
        wanted = ", ".join(_placeholders(msgid))
        return f"the translation's % placeholders must be the msgid's ({wanted}), each once"
    return ""


def theme_catalog_problems(catalogs: dict[Path, Catalog], source: Path) -> list[Problem]:
    problems = []
    for path, catalog in catalogs.items():
        if path.name != f"{DOMAIN}.po":
            continue
        known = template_msgids(Path(source))
        for message in catalog:
            if not message.id:
                continue
            msgid = message.id if isinstance(message.id, str) else message.id[0]
            # an entry with a msgctxt never gets here: validation refuses it in any catalog
            if not isinstance(message.id, str):
                problems.append(
                    Problem(path, message.lineno, "theme", f"msgid {msgid!r}: {PLURAL_PROBLEM}")
                )
                continue
            if msgid not in known:
                problems.append(
                    Problem(
                        path,
                        message.lineno,
                        "theme",
                        f"msgid {msgid!r} is not in the template sphinx.pot: it would replace "
                        "Sphinx's own text",
                    )
                )
                continue
            for msgstr in filter(None, [message.string]):  # a plural entry was refused above
                if placeholders := _format_problem(msgid, msgstr):
                    problems.append(Problem(path, message.lineno, "theme", placeholders))
                if "\n" in msgstr and "\n" not in msgid:
                    problems.append(
                        Problem(
                            path,
                            message.lineno,
                            "theme",
                            "a line break in an interface text, which is one line (a footer, a "
                            "link, the PDF cover, the EPUB's metadata): write it on one line",
                        )
                    )
                if found := _markup_characters(msgid, msgstr):
                    problems.append(
                        Problem(
                            path,
                            message.lineno,
                            "theme",
                            f"markup characters {''.join(sorted(found))!r} in an interface "
                            'text, which is plain text without < > & or "',
                        )
                    )
        problems += _alike_problems(path, catalog)
    return problems


def _alike_problems(path: Path, catalog: Catalog) -> list[Problem]:
    """Interface texts translated alike that the language's data does not list as alike
    (``[xx.lint] interface_alike``): "Previous" as 下一页, the translation of "Next", leaves a
    reader two links that say one thing (red team 77 row 58)."""
    language = load_languages().get(str(catalog.locale_identifier))
    alike = [set(group) for group in (language.lint.interface_alike if language else ())]
    first: dict[str, str] = {}  # a translation: the first msgid translated so
    problems = []
    for message in catalog:
        if not message.id or not isinstance(message.id, str) or message.fuzzy:
            continue
        shown = " ".join(str(message.string or "").split())
        if not shown:
            continue
        other = first.setdefault(shown, message.id)
        if other != message.id and not any({other, message.id} <= group for group in alike):
            problems.append(
                Problem(
                    path,
                    message.lineno,
                    "theme",
                    f"{message.id!r} is translated as {shown!r}, as {other!r} is: a reader "
                    "cannot tell two interface texts apart that say one thing; translate each "
                    "as its English says (where both mean one thing, a maintainer lists them "
                    f"in [{catalog.locale_identifier}.lint] interface_alike)",
                )
            )
    return problems
