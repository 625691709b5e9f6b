"""Bounded cost: msgstr length limits, and parsing that stays linear on hostile input.

How long the checks take on a 1 MB hostile catalog is guarded in the benchmark (bench/run.py,
"hostile catalog"), not here: a timed test fails on a busy machine, not on slow code.
"""

import os

import pytest

from i18n_support import HEADER, cli, entry, lint_one, po_text, real_catalogs_pass, write_po
from reportbook import build, uptodate
from reportbook.i18n import prepare
from reportbook.i18n.lint.markup import split_target, substitutions
from reportbook.i18n.problems import CatalogError
from reportbook.i18n.validate import MAX_TOTAL_BYTES, validate_file

MSGID = "A plain paragraph with `code` in it."


def test_a_msgstr_over_the_absolute_limit(tmp_path):
    msgstr = "带有`code`的段落。" + "字" * 10_000
    assert lint_one(tmp_path, MSGID * 100, msgstr) == [
        "page.po:9: [length] the translation has 10,012 characters; the limit is 10,000"
    ]


def test_a_msgstr_far_longer_than_its_msgid(tmp_path):
    msgstr = "带有`code`的段落。" + "字" * 300
    assert lint_one(tmp_path, MSGID, msgstr) == [
        "page.po:9: [length] the translation has 312 characters for a source of 36; "
        "the limit is 3 × the source + 200"
    ]


def test_a_msgid_over_the_absolute_limit(tmp_path):
    # A catalog may hold a msgid that is in no source; the linter reads it all the same.
    assert lint_one(tmp_path, "word " * 2_001, "字") == [
        "page.po:9: [length] the message (msgid) has 10,005 characters; the limit is 10,000"
    ]


def test_unmatched_brackets_are_not_parsed(tmp_path):
    # markdown-it scans from each "[" for a "]": quadratic in the brackets without one.
    assert lint_one(tmp_path, MSGID * 10, "[" * 101 + "带有`code`的段落。") == [
        "page.po:9: [length] the translation has 101 '['; the limit is 100"
    ]


def test_messages_of_many_lines_are_not_parsed(tmp_path):
    # A definition list parses each definition again: 115 messages of 3,000 lines, msgid and
    # msgstr alike (a catalog may hold any msgid), took minutes to check.
    deflist = "a\n: b\n" * 1_499
    assert lint_one(tmp_path, deflist, deflist + "c") == [
        "page.po:9: [length] the message (msgid) has 2,999 lines; the limit is 100"
    ]
    assert lint_one(tmp_path, "A paragraph.", "一段。\n" * 100) == [
        "page.po:9: [length] the translation has 101 lines; the limit is 100"
    ]
    assert lint_one(tmp_path, "a\n: b\n" * 49 + "a", "a\n: b\n" * 49 + "字") == []


def test_a_length_within_the_limits_passes(tmp_path):
    assert lint_one(tmp_path, MSGID, "带有`code`的段落。" + "字" * 200) == []


def test_a_role_target_padded_with_spaces_is_read_in_one_pass():
    # Sphinx's explicit-title regex, which the linter used to copy, backtracks quadratically
    # here: minutes for this input. The reading must still be Sphinx's.
    assert split_target("a" + " " * 1_000_000 + "b") == (None, "a" + " " * 1_000_000 + "b")
    assert split_target("the opening" + " " * 1_000_000 + "<ch-opening>") == (
        "the opening",
        "ch-opening",
    )
    assert split_target("<ch-opening>") == (None, "<ch-opening>")


def test_many_unclosed_substitutions_are_read_in_one_pass():
    assert substitutions("{{" * 500_000) == set()
    assert substitutions("a {{ x }} b {{ y") == {"{{ x }}"}


def test_a_plural_forms_padded_with_spaces(tmp_path):
    # The header regex once backtracked quadratically here: hours for a megabyte of spaces.
    header = HEADER.replace("plural=0;", "plural=n" + " " * 1_000_000 + "x;")
    po = write_po(tmp_path, "page", po_text(entry("Hello", "你好"), header=header))
    assert [str(p) for p in validate_file(po, "zh_CN")] == [
        f"{po}:2: [header] invalid plural expression",  # msgfmt's own word
        f"{po}:7: [header] Plural-Forms is 'nplurals=1; plural=n{' ' * 39}…'; a zh_CN "
        "catalog has 'nplurals=1; plural=0;'",
    ]


def test_real_catalogs_pass():
    real_catalogs_pass()


def test_many_catalogs_too_large_together(tmp_path):
    # Each catalog is under the per-file limit; a translator may add as many as they like.
    body = po_text(
        *(entry(f"{n} {MSGID}", f"{n} 带有`code`的段落。" + "字" * 90) for n in range(1_000))
    )
    paths = [write_po(tmp_path, f"extra-{n:02}", body) for n in range(10)]
    total = sum(p.stat().st_size for p in paths)
    result = cli("check", "--locales", tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        f"{paths[0]}:1: [length] the zh_CN catalogs have {total:,} bytes together; "
        "the limit is 1,000,000"
    )
    assert len([line for line in result.stderr.splitlines() if "[" in line]) == 1
    for path in paths[1:]:
        path.unlink()  # one of them alone is within the limits, and is read and passes
    result = cli("check", "--locales", tmp_path)
    assert (result.returncode, result.stdout.strip()) == (0, "catalogs valid; no lint problems")


def sparse(path, size: int):
    """A file of ``size`` zero bytes that takes no room on disk."""
    path.touch()
    os.truncate(path, size)
    return path


@pytest.fixture
def hashed(monkeypatch) -> list:
    """Every file the digests (prepare's and the build's) read, in order."""
    found, real = [], uptodate.fingerprint

    def fingerprint(path):
        found.append(path)
        return real(path)

    monkeypatch.setattr(uptodate, "fingerprint", fingerprint)
    monkeypatch.setattr(prepare, "fingerprint", fingerprint)
    return found


def test_a_huge_catalog_is_refused_before_any_digest_reads_it(tmp_path, hashed):
    # Red team 25, break 07: check refused a 40 GB catalog unread, but the build hashed it
    # whole first (100 s), in its own digest and prepare's. Its size refuses it, by stat.
    locales = tmp_path / "locales"
    po = write_po(locales, "page", po_text(entry("Hello", "你好")))
    huge = sparse(po.parent / "notes.po", 4 * 2**30)
    with pytest.raises(CatalogError) as refused:
        prepare.prepare("zh_CN", locales, tmp_path / "out", tmp_path / "source")
    assert [str(problem) for problem in refused.value.problems] == [
        f"{huge}:1: [length] the catalog has 4,294,967,296 bytes; the limit is 8,000,000"
    ]
    layout = build.Layout(tmp_path / "source", locales, tmp_path / "build")
    refused_digest = build.input_digest(layout, "zh_CN", ["html"])
    assert huge not in hashed
    assert not (tmp_path / "out").exists()
    huge.unlink()  # the negative case: the sound catalog is read, hashed and compiled
    assert build.input_digest(layout, "zh_CN", ["html"]) != refused_digest
    prepare.prepare("zh_CN", locales, tmp_path / "out", tmp_path / "source")
    assert hashed.count(po) == 2


def test_a_file_that_is_no_catalog_is_neither_hashed_nor_copied(tmp_path, hashed):
    # Nothing reads it (Sphinx reads build/locale only): check does not judge it, and the
    # build neither hashes nor compiles it, however large.
    locales = tmp_path / "locales"
    po = write_po(locales, "page", po_text(entry("Hello", "你好")))
    layout = build.Layout(tmp_path / "source", locales, tmp_path / "build")
    before = build.input_digest(layout, "zh_CN", ["html"])
    notes = sparse(po.parent / "notes.bin", 4 * 2**30)
    sparse(po.parent.parent / "notes.txt", 4 * 2**30)
    assert build.input_digest(layout, "zh_CN", ["html"]) == before
    prepare.prepare("zh_CN", locales, tmp_path / "out", tmp_path / "source")
    assert [path for path in hashed if path.is_relative_to(locales)] == [po, po, po]
    assert sorted(p.name for p in (tmp_path / "out").rglob("*.*")) == [
        ".prepared.json",
        "page.mo",
        "page.po",
    ]
    assert cli("check", "--locales", locales).returncode == 0
    assert notes.exists()


def test_the_benchmarks_hostile_catalog_is_read_by_the_checks(tmp_path):
    # Its guard times the checks: a catalog that validation refuses unread (a run or a size
    # over its limit) timed nothing, as it did once the run limit came in.
    import importlib.util
    from pathlib import Path

    path = Path(__file__).parents[1] / "bench" / "hostile.py"
    spec = importlib.util.spec_from_file_location("hostile_bench", path)
    hostile = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hostile)
    po = hostile.write(tmp_path / "mixed", hostile.PATTERNS)
    checks = {p.check for p in prepare.check_language("zh_CN", po.parents[2]).problems}
    assert {"number", "added-number", "role"} <= checks, checks
    # The slowest text alone, at the language's size limit: read too, and within it.
    po = hostile.write(tmp_path / "slowest", [hostile.SLOWEST])
    size = sum(path.stat().st_size for path in po.parent.glob("*.po"))
    assert MAX_TOTAL_BYTES * 0.95 < size <= MAX_TOTAL_BYTES
    checks = {p.check for p in prepare.check_language("zh_CN", po.parents[2]).problems}
    assert "added-number" in checks, checks
    # The report with every name at its length limit: read too, within the size limit, and
    # no name refused as too long (each is as long as a name may be).
    locales = hostile.report_at_limit(tmp_path / "names")
    size = sum(path.stat().st_size for path in locales.rglob("*.po"))
    assert MAX_TOTAL_BYTES * 0.8 < size <= MAX_TOTAL_BYTES
    problems = prepare.check_language("zh_CN", locales, tmp_path / "names" / "source").problems
    assert {"name", "term"} <= {p.check for p in problems}
    assert not any("a name has at most" in p.message for p in problems)


@pytest.mark.parametrize(("stars", "refused"), [(668, True), (41, True), (40, False)])
def test_markup_nested_deeper_than_the_limit_is_refused(tmp_path, stars, refused):
    # Red team 39, break 04: 668 nested emphases passed check; Sphinx's Locale transform
    # builds a tree of the msgstr recursively and the build ended in Sphinx's crash report.
    msgid = "*The Alliance grew.*" + " It held many meetings over the years." * 60
    msgstr = "多年来联盟召开了许多会议。" * 20 + "*" * stars + "联盟壮大。" + "*" * stars
    found = [f for f in lint_one(tmp_path, msgid, msgstr) if "[length]" in f]
    wanted = f"page.po:9: [length] the translation's markup nests {stars // 2 + stars % 2} deep"
    assert [f.startswith(wanted) for f in found] == ([True] if refused else []), found


def test_a_reference_text_longer_than_the_limit_is_refused(tmp_path):
    # Red team 39, break 03: 199 references with 9,900-letter texts of their own took check
    # four minutes: every stretch of each was compared with every title.
    msgid = "See {ref}`Chen Dapeng <person-chen-dapeng>`." + " More words follow here." * 200
    text = "陈大鹏" * 67 + "先生"
    found = lint_one(tmp_path, msgid, f"见{{ref}}`{text} <person-chen-dapeng>`。" + "字，" * 400)
    assert found == [
        "page.po:9: [length] the references' own texts have 203 characters; the limit is 200 "
        "(a reference shows a title or a few words)"
    ]
    assert not any(
        "[length]" in f for f in lint_one(tmp_path, msgid, "见{ref}`陈大鹏 <person-chen-dapeng>`。")
    )
