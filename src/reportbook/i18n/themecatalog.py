"""``sphinx.po``, the catalog of interface texts, checked before a build loads it.

Sphinx loads every message of a compiled catalog, including one whose msgid is not in the
template: such a message replaces Sphinx's own translation of that text (every page's
"Search", say). So ``sphinx.po`` may hold only the template's msgids: the ``_()`` texts of the
templates Sphinx's gettext build reads and the report's configured texts
(``configtexts.TRANSLATABLE``). Interface texts are plain text: markup characters are refused
here with ``file:line``, and whatever reaches a page is escaped there (``site/escaping.py``).
"""

import re
from pathlib import Path

from babel.messages.catalog import Catalog
from jinja2 import Environment
from sphinx.config import eval_config_file
from sphinx.util.tags import Tags

from .configtexts import TRANSLATABLE
from .problems import Problem

DOMAIN = "sphinx"
SITE_TEMPLATES = Path(__file__).parent.parent / "site" / "templates"
MARKUP = re.compile(r"<[^<>]*>|&#?\w+;")
MARKUP_CHARACTERS = set('<>&"')


def template_msgids(source: Path) -> set[str]:
    """The msgids of ``sphinx.pot``, as the gettext build writes it, without running it."""
    conf_py = (source / "conf.py").resolve()
    conf = eval_config_file(conf_py, Tags()) if conf_py.exists() else {}
    found = {text for name in TRANSLATABLE if isinstance(text := conf.get(name), str) and text}
    folders = [SITE_TEMPLATES, *(source / folder for folder in conf.get("templates_path", []))]
    jinja = Environment(extensions=["jinja2.ext.i18n"])
    for folder in folders:
        for template in sorted(Path(folder).rglob("*.html")):
            for _line, _function, message in jinja.extract_translations(
                template.read_text("utf-8")
            ):
                found.update(m for m in (message if isinstance(message, tuple) else [message]) if m)
    return found


def _markup_characters(msgid: str, msgstr: str) -> set[str]:
    allowed = set(MARKUP.findall(msgid))
    rest = MARKUP.sub(lambda m: "" if m.group() in allowed else m.group(), msgstr)
    return MARKUP_CHARACTERS & set(rest)


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
            strings = (
                message.string if isinstance(message.string, (list, tuple)) else [message.string]
            )
            for msgstr in filter(None, strings):
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
    return problems
