"""A translation that publishes a file through ``{download}``: refused before Sphinx parses
it, so the file is never copied into ``_downloads/`` nor embedded in the book."""

from hostile_support import HostileBuild
from i18n_support import MSG_CODE, entry

SECRET = "PAYLOAD-SECRET-FILE-7d1c"  # the content of tests/roots/test-i18n-hostile/secret.txt
SUFFIX = "(catalog index.po, msgid 'A plain paragraph with `code` in it.')"


def test_download_role_is_refused_and_nothing_is_published(tmp_path):
    site = HostileBuild(tmp_path)
    site.translate(entry(MSG_CODE, "一个带有`code`的段落{download}`文件 <secret.txt>`。"))
    for builder in ("html", "pdf"):
        result = site.build(builder)
        assert result.returncode == 1
        assert site.refusals(result) == [
            f"index.md:10: [role] reference {{download}}`secret.txt` is not in the source {SUFFIX}"
        ]
    assert not (site.out.parent / "html" / "_downloads").exists()
    assert site.traces(SECRET) == []
    assert site.traces("secret.txt") == []


def test_the_parse_gate_allows_only_the_roles_of_the_msgid():
    # The gate tokenises as Sphinx does, whatever the linter reads: a role the msgid does not
    # use is refused before it runs; the msgid's own role is not.
    from myst_parser.config.main import MdParserConfig

    from reportbook.i18n.guard import _parse_time_effects, _tokenizer

    tokenizer = _tokenizer(MdParserConfig(enable_extensions={"colon_fence", "attrs_inline"}))
    assert _parse_time_effects(tokenizer, "Members met.", "成员{download}`x <secret.txt>`。") == [
        ("role", "{download}")
    ]
    assert (
        _parse_time_effects(tokenizer, "See {download}`a <a.txt>`.", "见{download}`甲 <a.txt>`。")
        == []
    )


def test_an_honest_translation_builds(tmp_path):
    site = HostileBuild(tmp_path)
    site.translate(entry(MSG_CODE, "一个带有`code`的段落。"))
    result = site.build()
    assert result.returncode == 0, result.stderr
    assert "一个带有" in (site.out.parent / "html" / "index.html").read_text("utf-8")
