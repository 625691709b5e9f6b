"""Control and format characters in a translation (bidi overrides and isolates, zero-width
characters, C0 controls): refused before the msgstr is parsed (the gate runs the linter's
check), so the reader sees what the checks read."""

import pytest

from hostile_support import HostileBuild
from i18n_support import MSG_CODE, entry, lint_one

SUFFIX = "(catalog index.po, msgid 'A plain paragraph with `code` in it.')"


@pytest.mark.parametrize(
    ("msgstr", "named"),
    [
        (
            "一个带有`code`的段落，共\u202e42\u202c人。",
            ["U+202E (RIGHT-TO-LEFT OVERRIDE)", "U+202C (POP DIRECTIONAL FORMATTING)"],
        ),
        (
            "一个带有`code`的\u2066段落\u2069\u200b。",
            [
                "U+2066 (LEFT-TO-RIGHT ISOLATE)",
                "U+2069 (POP DIRECTIONAL ISOLATE)",
                "U+200B (ZERO WIDTH SPACE)",
            ],
        ),
        ("一个带有`code`的\x01段落。", ["U+0001 (a control character)"]),
    ],
)
def test_control_and_format_characters_are_refused(tmp_path, msgstr, named):
    site = HostileBuild(tmp_path)
    site.translate(entry(MSG_CODE, msgstr))
    result = site.build()
    assert result.returncode == 1
    assert site.refusals(result) == [
        f"index.md:10: [control-character] {name} is not in the source {SUFFIX}" for name in named
    ]
    pages = "".join(p.read_text("utf-8") for p in (site.out.parent / "html").rglob("*.html"))
    for name in named:
        assert chr(int(name[2:].split()[0], 16)) not in pages


def test_ordinary_chinese_text_builds(tmp_path):
    site = HostileBuild(tmp_path)
    site.translate(entry(MSG_CODE, "一个带有`code`的段落：\u3000全角空格、《书名》与“引号”。"))
    result = site.build()
    assert result.returncode == 0, result.stderr


def test_a_character_written_as_an_entity_is_refused_in_prepare(tmp_path):
    # MyST decodes "&#x202E;" into the character: the linter reads the text as parsed too,
    # so prepare names it at the catalog's line, before any build. (Any character reference
    # is refused as well: an alt text shows it as written, test_hostile_plain_text.py.)
    assert lint_one(tmp_path, MSG_CODE, "一个带有`code`的&#x202E;段落。") == [
        "page.po:9: [control-character] U+202E (RIGHT-TO-LEFT OVERRIDE) is not in the source",
        "page.po:9: [plain-text] character references &#x202E; read as '\\u202e' in MyST, "
        "but an alt text, a toctree caption, an index entry or an interface text shows it as "
        "written: type the characters themselves",
    ]
    assert lint_one(tmp_path, MSG_CODE, "一个带有`code`的&段落。") == []
