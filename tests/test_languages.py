"""languages.toml is read into typed records: a key unknown, missing or of the wrong type is
refused when the file is loaded, naming the file, its line, the table and the key."""

import subprocess
import sys
from pathlib import Path

import pytest

from reportbook.languages import LANGUAGES_FILE, LanguagesError, read_languages

REAL = LANGUAGES_FILE.read_text("utf-8")


def edited(tmp_path: Path, old: str, new: str) -> Path:
    """The real languages.toml with one line changed."""
    assert REAL.count(old) == 1
    path = tmp_path / "languages.toml"
    path.write_text(REAL.replace(old, new), "utf-8")
    return path


def line_of(path: Path, start: str) -> int:
    """The number of the line that starts with ``start``."""
    lines = path.read_text("utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.startswith(start))


def test_the_real_file_reads_into_typed_records():
    languages = read_languages(LANGUAGES_FILE)
    english, chinese = languages["en"].pdf, languages["zh_CN"].pdf
    assert english.body_fonts == ("Noto Serif", "Noto Serif CJK SC")
    assert (english.pad_page_numbers, chinese.pad_page_numbers) == (True, True)
    assert (english.centre_page_numbers, chinese.centre_page_numbers) == (False, True)
    assert (english.page_number_fonts, chinese.page_number_fonts) == ((), ("Noto Serif",))
    assert chinese.fonts("mono") == ("Noto Sans Mono CJK SC",)
    with pytest.raises(AttributeError):
        english.font_size = "12pt"  # frozen: read once, the same for every reader


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            'font_size = "10.5pt"',
            'font_sise = "10.5pt"',
            "[zh_CN.pdf] font_sise: unknown key (known: body_fonts, heading_fonts,",
        ),
        (
            "centre_page_numbers = true",
            'centre_page_numbers = "yes"',
            "[zh_CN.pdf] centre_page_numbers: 'yes' must be true or false",
        ),
        (
            'body_fonts = ["Noto Serif CJK SC"]',
            'body_fonts = "Noto Serif CJK SC"',
            "[zh_CN.pdf] body_fonts: 'Noto Serif CJK SC' must be a list of strings",
        ),
        (
            'interface_alike = [["Go", "search"]]',
            'interface_alike = ["Go", "search"]',
            "[zh_CN.lint] interface_alike: ['Go', 'search'] must be a list of lists of strings",
        ),
        ('collation = "pinyin"', 'colation = "pinyin"', "[zh_CN] colation: unknown key"),
        ('babel_locale = "en_GB"', "babel_locale = 44", "[en] babel_locale: 44 must be a string"),
    ],
)
def test_a_wrong_key_or_type_names_the_file_line_table_and_key(tmp_path, old, new, message):
    path = edited(tmp_path, old, new)
    with pytest.raises(LanguagesError) as refused:
        read_languages(path)
    assert refused.value.location == f"{path}:{line_of(path, new)}"
    assert refused.value.problem.startswith(message), refused.value.problem


def test_a_missing_font_stack_is_named_at_its_table(tmp_path):
    path = edited(tmp_path, 'mono_fonts = ["Noto Sans Mono CJK SC"]\n', "")
    with pytest.raises(LanguagesError) as refused:
        read_languages(path)
    assert str(refused.value) == (
        f"{path}:{line_of(path, '[zh_CN.pdf]')}: [zh_CN.pdf] mono_fonts: missing: code's font stack"
    )


def test_sphinx_build_stops_with_one_clean_error(tmp_path, rootdir):
    """What a user sees: one ERROR paragraph at the key's line, no crash report."""
    path = edited(tmp_path, "centre_page_numbers = true", "centre_page_numbers = 0")
    with_languages = (
        "import sys; from pathlib import Path; import reportbook.languages as languages; "
        f"languages.LANGUAGES_FILE = Path({str(path)!r}); "
        "from sphinx.cmd.build import main; sys.exit(main(sys.argv[1:]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", with_languages, "-q", "-b", "html"]
        + [str(rootdir / "test-basic"), str(tmp_path / "out")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"{path}:{line_of(path, 'centre_page_numbers = 0')}: ERROR: [zh_CN.pdf] "
        "centre_page_numbers: 0 must be true or false"
    )


def test_the_command_lines_report_a_languages_toml_mistake_in_one_paragraph(monkeypatch, capsys):
    """A mistake in languages.toml stops reportbook.build and reportbook.i18n with exit
    status 2 and one ERROR line at its file:line, not a traceback."""
    from reportbook import build
    from reportbook.i18n import cli
    from reportbook.languages import LanguagesError

    def broken(*args, **kwargs):
        raise LanguagesError("languages.toml:76", "[en.pdf] font_sise: unknown key")

    monkeypatch.setattr(build, "load_languages", broken)
    monkeypatch.setattr(cli, "cmd_check", broken)
    for main, argv in ((build.main, ["--steps"]), (cli.main, ["check"])):
        assert main(argv) == 2
        assert capsys.readouterr().err == (
            "languages.toml:76: ERROR: [en.pdf] font_sise: unknown key\n"
        )


def test_a_translated_language_without_its_allowlists_is_refused():
    """The guard's allowlists fail closed: a translated language that lists no bidi classes
    or blocks (or misspells the key) is refused when the file is read, never unchecked."""
    from reportbook.languages import LanguagesError, parse_languages
    from test_lint_languages import MADE_UP

    start = MADE_UP.index("blocks = [")
    blocks = MADE_UP[start : MADE_UP.index("]\n", start) + 2]
    assert parse_languages(MADE_UP)["xx"].lint.blocks
    for wrong in (MADE_UP.replace(blocks, ""), MADE_UP.replace("blocks = [", "block = [")):
        with pytest.raises(LanguagesError, match=r"\[xx\.lint\] (blocks: missing|block: unknown)"):
            parse_languages(wrong)
