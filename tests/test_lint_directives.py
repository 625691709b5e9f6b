"""Directives, fences and {{ }} substitutions a translation adds; MyST's substitution extension."""

import shutil

from i18n_support import MSG_CODE, HostileSite, entry, lint_one

LITERALINCLUDE = "一个带有`code`的段落。\n\n```{literalinclude} secret.txt\n```"


def test_literalinclude(tmp_path):
    assert lint_one(tmp_path, MSG_CODE, LITERALINCLUDE) == [
        "page.po:9: [directive] directive or code fence not in the source: "
        "'```{literalinclude} secret.txt'",
    ]


def test_colon_fence_directive_and_code_fence(tmp_path):
    found = lint_one(tmp_path, "Members met.", "成员开会。\n\n:::{include} /etc/passwd\n:::")
    assert found == [
        "page.po:9: [directive] directive or code fence not in the source: "
        "':::{include} /etc/passwd'"
    ]
    found = lint_one(tmp_path, "Members met.", "成员开会。\n\n```\ncode\n```")
    assert found == ["page.po:9: [directive] directive or code fence not in the source: '```'"]


def test_substitution(tmp_path):
    assert lint_one(tmp_path, "Members met.", "成员{{ env.config }}开会。") == [
        "page.po:9: [substitution] substitution '{{ env.config }}' is not in the source"
    ]


def test_substitution_extension_is_refused(rootdir, tmp_path):
    """One ERROR naming conf.py's line and the key, no crash report; without it, the build
    runs."""
    from test_config import append_to_conf, refused, sphinx_build

    shutil.copytree(rootdir / "test-basic", tmp_path / "src")
    conf, line = append_to_conf(tmp_path / "src", "myst_enable_extensions", ["substitution"])
    assert refused(tmp_path / "src") == (
        f"{conf}:{line}: ERROR: myst_enable_extensions = ['substitution']: substitution must "
        "stay off: it would render {{ }} templates written in translations"
    )
    conf.write_text(conf.read_text("utf-8").replace("['substitution']", "[]"), "utf-8")
    assert sphinx_build(tmp_path / "src").returncode == 0


def test_literalinclude_never_reaches_the_site(tmp_path):
    site = HostileSite(tmp_path)
    po = site.translate(entry(MSG_CODE, LITERALINCLUDE))
    prepared, built = site.publish()
    assert prepared.returncode == 1 and built is None
    assert f"{po}:9: [directive] directive or code fence not in the source" in prepared.stderr
    bypass = site.build_bypassing_prepare()
    assert bypass.returncode != 0 and "[directive]" in bypass.stderr
    assert site.files_containing("PAYLOAD-SECRET-FILE") == []


def test_substitution_never_reaches_the_site(tmp_path):
    site = HostileSite(tmp_path)
    site.translate(entry(MSG_CODE, "一个带有`code`的段落。{{ PAYLOAD_SUBST }}"))
    prepared, built = site.publish()
    assert prepared.returncode == 1 and built is None
    assert "[substitution] substitution '{{ PAYLOAD_SUBST }}' is not in the source" in (
        prepared.stderr
    )
    bypass = site.build_bypassing_prepare()
    assert bypass.returncode != 0 and "[substitution]" in bypass.stderr
    assert site.files_containing("PAYLOAD_SUBST") == []
