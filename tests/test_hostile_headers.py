"""A catalog read one way by the checks and another by Babel, which compiles the .mo the
build loads (red team 25). Babel takes the *last* entry with an empty msgid, a msgctxt too,
for the header and stops reading its fields at the first line that is no field; the checks
read the first entry and every line. And Babel compiles ``msgctxt ""`` as no context, after
the plain entry, so the page shows a translation no cross-message check read. So: one header,
first, each line one ``Name: value`` field given once, and no msgctxt in any catalog; each
refused at its line, by check and by prepare (which the build runs), never a traceback."""

import shutil

import pytest

from conftest import LOCALES, SOURCE
from i18n_support import HEADER, cli, entry, po_text, real_catalogs_pass, write_po
from reportbook.i18n.catalogs import load_catalog
from reportbook.i18n.validate import _babel_differs, validate_file

SECOND_HEADER = (
    "[header] a second header: an entry with an empty msgid{}; Babel, which compiles the "
    "catalog, reads the last one as the header, msgfmt the first: a catalog has one header, "
    'msgid "" with no msgctxt, first'
)
EMPTY_CONTEXT = (
    "[msgctxt] msgctxt '' (msgid {!r}): Sphinx's templates have no msgctxt; the build compiles "
    "an empty one as none, so this entry would replace the plain msgid's translation "
    "unchecked: write the msgid once, without msgctxt"
)
NOT_A_FIELD = (
    "[header] header line {!r} is not a 'Name: value' field; Babel, which compiles the "
    "catalog, stops reading the header there: one field a line"
)


def report_copy(tmp_path, domain: str):
    """A copy of the report's catalogs: the copy, ``domain``.po in it and that file's text."""
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES, locales)
    po = locales / "zh_CN" / "LC_MESSAGES" / f"{domain}.po"
    return locales, po, po.read_text("utf-8")


def appended(tmp_path, domain: str, text: str):
    """A copy of the report's catalogs with ``text`` after the last entry of ``domain``.po;
    the copy, the catalog and the line the text starts on."""
    locales, po, old = report_copy(tmp_path, domain)
    po.write_text(old + "\n" + text, "utf-8")
    return locales, po, old.count("\n") + 2


def refused(locales) -> list[list[str]]:
    """check's and prepare's error lines (each refuses, cleanly), without their verdicts."""
    found = []
    for command in ("check", "prepare"):
        out = locales.parent / "out"
        extra = ("--out", out) if command == "prepare" else ()
        result = cli(command, "zh_CN", "--locales", locales, "--source", SOURCE, *extra)
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        found.append(result.stderr.splitlines()[:-1])
    return found


def problems(tmp_path, text: str) -> list[str]:
    path = write_po(tmp_path, "page", text)
    return [str(p).replace(f"{path}:", "page.po:") for p in validate_file(path, "zh_CN")]


def test_a_second_header_with_a_context_crashed_the_build(tmp_path):
    # 02: its Plural-Forms, Babel's, made Sphinx crash with ZeroDivisionError.
    header = (
        'msgctxt "x"\nmsgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n'
        '"Plural-Forms: nplurals=1; plural=1/0;\\n"\n"Language: zh_CN\\n"\n'
    )
    locales, po, line = appended(tmp_path, "sphinx", header)
    shown = SECOND_HEADER.format(" (with msgctxt 'x')")
    wanted = [f"{po}:{line + 1}: {shown}"]
    assert refused(locales) == [wanted, wanted]


@pytest.mark.parametrize(
    ("context", "shown"),
    [('msgctxt "x"\n', " (with msgctxt 'x')"), ('msgctxt ""\n', " (with msgctxt '')"), ("", "")],
)
def test_a_second_header_switched_the_language(tmp_path, context, shown):
    # 03, 10: Babel, and so the linter, read the catalog as language xx: no zh_CN rules.
    second = f'{context}msgid ""\nmsgstr "Language: xx\\n"\n'
    found = problems(tmp_path, po_text(entry("a", "甲"), second))
    assert found == [f"page.po:{12 + bool(context)}: {SECOND_HEADER.format(shown)}"]


def test_an_obsolete_second_header_is_refused(tmp_path):
    found = problems(
        tmp_path, po_text(entry("a", "甲"), '#~ msgid ""\n#~ msgstr "Language: xx\\n"\n')
    )
    assert found == [f"page.po:12: {SECOND_HEADER.format('')}"]


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        ('"X-Note\\n"', NOT_A_FIELD.format("X-Note")),  # 04: Babel stopped before Language
        ('" Language: xx\\n"', NOT_A_FIELD.format(" Language: xx")),  # Babel: a continuation
        ('"\\n"', NOT_A_FIELD.format("")),  # the end of e-mail headers
        ('"From xx\\n"', NOT_A_FIELD.format("From xx")),
        (
            '"Language: zh_CN\\n"',
            "[header] Language given twice in the header (first at line 6); Babel reads the "
            "last, msgfmt the first: keep one",
        ),
    ],
)
def test_a_header_line_babel_reads_otherwise(tmp_path, line, wanted):
    # Inserted as line 6, before "Language: zh_CN" (then line 7, where a second is named).
    header = HEADER.replace('"Language: zh_CN\\n"', f'{line}\n"Language: zh_CN\\n"')
    at = 7 if "twice" in wanted else 6
    assert problems(tmp_path, po_text(entry("a", "甲"), header=header)) == [
        f"page.po:{at}: {wanted}"
    ]


def test_the_language_babel_stopped_at_is_refused_in_the_report(tmp_path):
    # 04 whole: a header Babel read as Language xx (its first fields) while the checks read
    # the last Language, zh_CN; 过去＋年 was published unlinted.
    locales, po, text = report_copy(tmp_path, "discussion")
    last = '"Last-Translator: FULL NAME <EMAIL@ADDRESS>\\n"\n'
    line = text[: text.index(last)].count("\n") + 2
    po.write_text(text.replace(last, last + '"Language: xx\\n"\n"X-Note\\n"\n', 1), "utf-8")
    check, prepare = refused(locales)
    assert check == prepare
    assert check[0] == f"{po}:{line + 1}: {NOT_A_FIELD.format('X-Note')}"
    assert check[1].startswith(f"{po}:{line + 2}: [header] Language given twice in the header")


@pytest.mark.parametrize(
    ("domain", "msgid", "msgstr"),
    [
        ("opening", "Opening of the meeting", "新成员授牌与总结讲话"),  # 05: another title
        ("sphinx", "Table %s", "图%s"),  # 06: another caption label
    ],
)
def test_an_empty_context_replaced_a_checked_translation(tmp_path, domain, msgid, msgstr):
    text = f'msgctxt ""\nmsgid "{msgid}"\nmsgstr "{msgstr}"\n'
    locales, po, line = appended(tmp_path, domain, text)
    wanted = [f"{po}:{line}: {EMPTY_CONTEXT.format(msgid)}"]
    assert refused(locales) == [wanted, wanted]


def test_index_parts_trading_places_are_refused(tmp_path):
    # 09: each part's index entry printed the other's translation.
    text = (
        'msgctxt ""\nmsgid "Work Office"\nmsgstr "专家组"\n\n'
        'msgctxt ""\nmsgid "expert group"\nmsgstr "工作办公室"\n'
    )
    locales, po, line = appended(tmp_path, "organisations", text)
    for found in refused(locales):
        assert f"{po}:{line}: {EMPTY_CONTEXT.format('Work Office')}" in found
        assert f"{po}:{line + 4}: {EMPTY_CONTEXT.format('expert group')}" in found


def test_a_context_is_refused_in_every_catalog(tmp_path):
    found = problems(
        tmp_path,
        po_text(
            entry("a", "甲"),
            'msgctxt "x"\nmsgid "b"\nmsgstr "乙"\n',
            '#~ msgctxt "y"\n#~ msgid "c"\n#~ msgstr "丙"\n',
        ),
    )
    never_shown = (
        "Sphinx's templates have no msgctxt and Sphinx looks a text up by its msgid alone, so "
        "this entry is never shown: write it without msgctxt"
    )
    assert found == [
        f"page.po:12: [msgctxt] msgctxt 'x' (msgid 'b'): {never_shown}",
        f"page.po:16: [msgctxt] msgctxt 'y' (msgid 'c'): {never_shown}",
    ]


def test_what_babel_reads_is_what_was_checked(tmp_path):
    """The last guard: once the header passes, Babel's Language and Plural-Forms are compared
    with the header's, so a reading of Babel's not foreseen here is refused, not linted."""
    catalog = load_catalog(write_po(tmp_path, "page", po_text(entry("a", "甲"))), "zh_CN")
    fields = {"language": "zh_CN", "plural-forms": "nplurals=1; plural=0;"}
    assert _babel_differs(catalog, fields) is None
    assert _babel_differs(catalog, {**fields, "language": "xx"}) == (
        "Babel, which compiles the catalog, reads its Language as 'zh_CN', not 'xx': fix the header"
    )
    assert _babel_differs(catalog, {**fields, "plural-forms": "nplurals=2; plural=n;"}) == (
        "Babel, which compiles the catalog, reads its Plural-Forms as 'nplurals=1; plural=0;', "
        "not 'nplurals=2; plural=n;': fix the header"
    )


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ('msgid "a"\nmsgstr "新成员" "授牌"\n', '\'"新成员" "授牌"\''),
        ('msgid "a"\nmsgstr ""\n"新成员" "授牌"\n', '\'"新成员" "授牌"\''),
        ('msgid "a" "b"\nmsgstr "甲"\n', '\'"a" "b"\''),
    ],
)
def test_two_strings_on_a_line_are_refused(tmp_path, body, shown):
    """Red team 66 row 06: msgfmt joins "新成员" "授牌" and Babel, the build's reader, read it
    as one string with its quotes, which every page's navigation then showed."""
    found = problems(tmp_path, po_text() + "\n" + body)
    assert len(found) == 1 and found[0].startswith("page.po:"), found
    assert found[0].endswith(
        f"[syntax] more than one string on a line ({shown}): msgfmt joins them and the build's "
        "reader does not; write one quoted string a line"
    ), found


def test_one_string_a_line_passes(tmp_path):
    body = 'msgid "a"\nmsgstr ""\n"新成员"\n"授牌 \\"quoted\\""\n'
    assert problems(tmp_path, po_text() + "\n" + body) == []


@pytest.mark.parametrize("escape", ["\\xab", "\\xef\\xbb\\xbf", "\\101", "\\a", "\\x3cscript\\x3e"])
def test_an_escape_msgfmt_reads_otherwise_is_refused(tmp_path, escape):
    """Red team 67 rows 17, 18: Babel, the build's reader, keeps \\xab as those four letters,
    which the site showed; msgfmt and Python's gettext read the character (\\xef\\xbb\\xbf a
    BOM, \\x3cscript\\x3e markup)."""
    body = f'msgid "a"\nmsgstr ""\n"新成员{escape}授牌"\n'
    line = len((po_text() + "\n" + body).splitlines())
    assert problems(tmp_path, po_text() + "\n" + body) == [
        f"page.po:{line}: [syntax] a backslash escape, \\{escape[1]}…, that the build's reader "
        "keeps as written and msgfmt and gettext read as another character: write the character "
        'itself (the only escapes are \\\\, \\", \\n, \\t and \\r)'
    ]


def test_the_escapes_every_reader_reads_alike_pass(tmp_path):
    body = 'msgid "a"\nmsgstr ""\n"新成员\\"授牌\\" \\\\ \\t"\n'
    assert problems(tmp_path, po_text() + "\n" + body) == []


def test_real_catalogs_pass():
    real_catalogs_pass()


CONTENT_TYPE = (
    "[header] Content-Type {!r}: write exactly 'text/plain; charset=UTF-8'; a second charset "
    "or any other parameter is read by some tools and not by others"
)


@pytest.mark.parametrize(
    "value",
    [
        "text/plain; charset=utf-8; charset*0=utf-7",  # red team 59: Babel decoded UTF-7
        "text/plain; charset=utf-8; charset*=us-ascii''latin-1",  # an internal error's text
        "text/plain; charset*=utf-8''utf-8",
        "text/plain; charset=utf-8; format=flowed",
        'text/plain; charset="utf-8"',
        "text/html; charset=utf-8",
        "text/plain; charset=utf-8 (utf-7)",
    ],
)
def test_a_content_type_read_otherwise_by_babel_is_refused(tmp_path, value):
    header = HEADER.replace("text/plain; charset=UTF-8", value)
    found = problems(tmp_path, po_text(entry("a", "甲"), header=header))
    assert found == [f"page.po:4: {CONTENT_TYPE.format(value)}"]


@pytest.mark.parametrize(
    "value", ["text/plain; charset=UTF-8", "text/plain; charset=utf-8", "text/plain;charset=utf8"]
)
def test_one_plain_utf8_charset_passes(tmp_path, value):
    header = HEADER.replace("text/plain; charset=UTF-8", value)
    assert problems(tmp_path, po_text(entry("a", "甲"), header=header)) == []


def test_a_translation_babel_decodes_as_utf7_is_refused_in_the_report(tmp_path):
    # 59/12: the file held only ASCII (a reviewer's diff shows "+TpJSqE6kbUE-"), check and
    # msgfmt read it as UTF-8, and the site showed 互动交流, which no check had read.
    locales, po, old = report_copy(tmp_path, "discussion")
    value = "text/plain; charset=utf-8; charset*0=utf-7"
    text = old.replace("text/plain; charset=utf-8", value, 1)
    text = text.replace('msgstr "互动交流"', 'msgstr "+TpJSqE6kbUE-"', 1)
    assert text.count("+TpJSqE6kbUE-") == 1
    po.write_text(text, "utf-8")
    line = text[: text.index("Content-Type")].count("\n") + 1
    wanted = [f"{po}:{line}: {CONTENT_TYPE.format(value)}"]
    assert refused(locales) == [wanted, wanted]
    assert not (tmp_path / "out").exists()
    po.write_text(old.replace('msgstr "互动交流"', 'msgstr "+TpJSqE6kbUE-"', 1), "utf-8")
    result = cli("check", "zh_CN", "--locales", locales, "--source", SOURCE)
    assert result.returncode == 1  # the same text under a plain charset: untranslated
    assert "discussion.po" in result.stderr and "Content-Type" not in result.stderr


@pytest.mark.parametrize(
    ("header", "line"),
    [
        # A field whose value names Content-Type, before it: the problem is the field's own.
        (HEADER.replace('"Project-Id-Version: test\\n"', '"X-Note: Content-Type below\\n"'), 4),
        # A field split over two strings: it begins on the first.
        (HEADER.replace('"Content-Type: text/plain; ', '"Content-Type: "\n"text/plain; '), 4),
        # The header's first field in its msgstr's own line.
        (HEADER.replace('msgstr ""\n"Project-Id-Version: test\\n"', 'msgstr "X-A: b\\n"'), 3),
    ],
)
def test_a_content_type_problem_names_the_fields_own_line(tmp_path, header, line):
    value = "text/plain; charset=utf-8; format=flowed"
    header = header.replace("text/plain; charset=UTF-8", value)
    found = problems(tmp_path, po_text(entry("a", "甲"), header=header))
    assert found == [f"page.po:{line}: {CONTENT_TYPE.format(value)}"]


@pytest.mark.parametrize(
    ("header", "problem"),
    [
        (
            HEADER.replace("; charset=UTF-8", ""),
            "page.po:4: [header] Content-Type has no charset: write 'text/plain; charset=UTF-8'",
        ),
        (
            HEADER.replace('"Content-Type: text/plain; charset=UTF-8\\n"\n', ""),
            "page.po:1: [header] Content-Type header missing",
        ),
    ],
)
def test_a_catalog_with_no_charset_is_read_no_further(tmp_path, header, problem):
    # Python's gettext reads such a file as ASCII and Babel as UTF-8: its messages are judged
    # once it says what it is, as with any other charset.
    messages = entry("a", "甲"), entry("%(n)s members", "成员", "#, python-format")
    assert problems(tmp_path, po_text(*messages, header=header)) == [problem]
    # With its charset, the message's own problem is what is said.
    found = problems(tmp_path, po_text(*messages))
    assert found and all("[format]" in p for p in found), found
