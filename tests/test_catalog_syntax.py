"""Strict validation: what msgfmt -c refuses, and what it accepts but we refuse."""

import pytest

from i18n_support import HEADER, cli, entry, po_text, write_po
from reportbook.i18n.validate import validate_file


def problems(tmp_path, text: str | bytes) -> list[str]:
    path = tmp_path / "zh_CN" / "LC_MESSAGES" / "page.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return [str(p).replace(f"{path}:", "page.po:") for p in validate_file(path, "zh_CN")]


def test_a_sound_catalog_passes(tmp_path):
    assert problems(tmp_path, po_text(entry("Hello", "你好"))) == []


def test_unquoted_line(tmp_path):
    text = HEADER + '\nmsgid "Hello"\nmsgstr 你好\n'
    assert "page.po:10: [syntax] syntax error" in problems(tmp_path, text)


def test_unterminated_string(tmp_path):
    text = HEADER + '\nmsgid "Hello"\nmsgstr "你好\n'
    assert problems(tmp_path, text) == ["page.po:10: [syntax] end-of-line within string"]


def test_a_plural_msgstr_with_no_msgid_plural_is_the_entrys_syntax(tmp_path):
    """Red team 57: msgfmt's "missing 'msgid_plural' section" was filed under [header]."""
    text = HEADER + '\nmsgid "Hello"\nmsgstr[0] "你好"\n'
    found = problems(tmp_path, text)
    assert found and all("[syntax]" in line for line in found), found
    assert any("msgid_plural" in line for line in found), found


def test_conflict_markers(tmp_path):
    text = (
        HEADER + '\nmsgid "Hello"\n<<<<<<< HEAD\nmsgstr "你好"\n=======\nmsgstr "您好"\n>>>>>>> b\n'
    )
    found = problems(tmp_path, text)
    marker = "merge-conflict marker {!r}; resolve the conflict and keep one version of the entry"
    for line, sign in ((10, "<<<<<<<"), (12, "======="), (14, ">>>>>>>")):
        assert f"page.po:{line}: [conflict-marker] {marker.format(sign)}" in found


def test_conflict_marker_inside_a_valid_file_is_still_refused(tmp_path):
    # "=======" alone on a line between entries is not a syntax error for every parser
    text = po_text(entry("Hello", "你好")) + "=======\n"
    assert any("[conflict-marker]" in p for p in problems(tmp_path, text))


def test_duplicate_entries(tmp_path):
    text = po_text(entry("Hello", "你好"), entry("Hello", "您好"))
    assert problems(tmp_path, text) == [
        "page.po:12: [duplicate] duplicate message: the same msgid is defined at line 10"
    ]


@pytest.mark.parametrize(
    ("header_line", "expected"),
    [
        (
            '"Content-Type: text/plain\\n"',
            "Content-Type has no charset: write 'text/plain; charset=UTF-8'",
        ),
        (
            '"Content-Type: text/plain; charset=CHARSET\\n"',
            "charset 'CHARSET': catalogs must be UTF-8",
        ),
        (
            '"Content-Type: text/plain; charset=ISO-8859-1\\n"',
            "charset 'ISO-8859-1': catalogs must be UTF-8",
        ),
    ],
)
def test_bad_charset(tmp_path, header_line, expected):
    header = HEADER.replace('"Content-Type: text/plain; charset=UTF-8\\n"', header_line)
    assert f"page.po:4: [header] {expected}" in problems(
        tmp_path, po_text(entry("a", "b"), header=header)
    )


def test_missing_or_bad_plural_forms(tmp_path):
    missing = HEADER.replace('"Plural-Forms: nplurals=1; plural=0;\\n"\n', "")
    assert problems(tmp_path, po_text(entry("a", "b"), header=missing)) == [
        "page.po:1: [header] Plural-Forms header missing"
    ]
    bad = HEADER.replace("nplurals=1; plural=0;", "nplurals=x; plural=;")
    found = problems(tmp_path, po_text(entry("a", "b"), header=bad))
    assert (
        "page.po:7: [header] Plural-Forms is 'nplurals=x; plural=;'; a zh_CN catalog has "
        "'nplurals=1; plural=0;'"
    ) in found


def test_wrong_language_and_no_header(tmp_path):
    other = HEADER.replace("Language: zh_CN", "Language: de")
    assert problems(tmp_path, po_text(entry("a", "b"), header=other)) == [
        "page.po:1: [header] Language is 'de' but the catalog is under 'zh_CN'"
    ]
    found = problems(tmp_path, entry("a", "b"))
    assert found[0].startswith("page.po:1: [header] no header entry")


def test_format_flags(tmp_path):
    text = po_text(entry("%(count)s members", "成员", "#, python-format"))
    assert problems(tmp_path, text) == [
        "page.po:11: [format] a format specification for argument 'count' doesn't exist in 'msgstr'"
    ]


def test_unknown_flag(tmp_path):
    text = po_text(entry("Hello", "你好", "#, fuzzy, trust-me"))
    assert problems(tmp_path, text) == ["page.po:9: [flags] unknown flag 'trust-me'"]


def test_not_utf8(tmp_path):
    text = po_text(entry("Hello", "x")).encode("utf-8").replace(b'"x"', b'"\xff"')
    assert problems(tmp_path, text) == [
        "page.po:10: [encoding] not valid UTF-8; save the catalog as UTF-8"
    ]


def test_check_command_prints_file_line_and_fails(tmp_path):
    path = write_po(tmp_path, "page", HEADER + '\nmsgid "Hello"\nmsgstr "你好\n')
    result = cli("check", "--locales", tmp_path)
    assert result.returncode == 1
    assert f"{path}:10: [syntax] end-of-line within string" in result.stderr


def test_a_refused_catalog_is_named_alone(tmp_path):
    """Red team 57: a catalog refused for its syntax left its headings' titles unknown, and a
    reference to one in another catalog (discussion.po) was refused as showing another title."""
    import shutil

    from conftest import LOCALES, SOURCE

    locales = tmp_path / "locales"
    shutil.copytree(LOCALES, locales)
    po = locales / "zh_CN" / "LC_MESSAGES" / "closing.po"
    text = po.read_text("utf-8")
    closing = 'msgid "Closing summary"\nmsgstr "总结讲话"'
    assert closing in text
    po.write_text(text.replace(closing, closing.replace("msgstr", "msgstr[0]")), "utf-8")
    result = cli("check", "zh_CN", "--locales", locales, "--source", SOURCE)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{po}:102: [syntax] missing 'msgid_plural' section",
        "check failed: 1 problem(s)",
    ]
