"""What a msgstr would run when Sphinx parses it (a directive reads a file, front matter changes
the parser's settings): refused before parsing, so it never runs."""

from hostile_support import HostileBuild
from i18n_support import MSG_CODE, entry

SECRET = "PAYLOAD-SECRET-FILE-7d1c"
SUFFIX = "(catalog index.po, msgid 'A plain paragraph with `code` in it.')"


def test_front_matter_is_refused(tmp_path):
    site = HostileBuild(tmp_path)
    front = "---\ntitle: PAYLOAD_FM\nmyst:\n  enable_extensions: [substitution]\n---\n"
    site.translate(entry(MSG_CODE, front + "一个带有`code`的段落。"))
    result = site.build()
    assert result.returncode == 1
    assert site.refusals(result) == [
        f"index.md:10: [directive] the translation adds 'front matter ---', which the source "
        f"does not have {SUFFIX}",
    ]
    assert site.traces("PAYLOAD_FM") == []


def test_include_is_refused_and_never_read(tmp_path):
    site = HostileBuild(tmp_path)
    site.translate(entry(MSG_CODE, "```{include} secret.txt\n```"))
    result = site.build()
    assert result.returncode == 1
    assert any(r.startswith("index.md:10: [directive]") for r in site.refusals(result))
    assert site.traces(SECRET) == []


def test_text_that_only_looks_like_markup_builds(tmp_path):
    # A dash rule inside the text, braces and backticks as punctuation: nothing runs, all text.
    site = HostileBuild(tmp_path)
    site.translate(entry(MSG_CODE, "一个带有`code`的段落——见{附录}与‘引号’。"))
    result = site.build()
    assert result.returncode == 0, result.stderr
    assert "见{附录}与‘引号’" in (site.out.parent / "html" / "index.html").read_text("utf-8")
