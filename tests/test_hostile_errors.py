"""Clear errors: a BOM, control characters, a confused charset and a link out of locales/ are
each named once at their file:line; a foreign file's content is never printed."""

import os

from i18n_support import HEADER, cli, entry, lint_one, po_text, real_catalogs_pass, write_po


def check(locales) -> tuple[int, list[str]]:
    result = cli("check", "--locales", locales)
    assert "Traceback" not in result.stderr
    return result.returncode, result.stderr.splitlines()


def test_a_byte_order_mark(tmp_path):
    po = write_po(tmp_path, "page", "\ufeff" + po_text(entry("Hello", "你好")))
    assert check(tmp_path) == (
        1,
        [
            f"{po}:1: [encoding] the file starts with a byte-order mark (BOM); "
            "save it as UTF-8 without BOM",
            "check failed: 1 problem(s)",
        ],
    )


def test_a_nul_character(tmp_path):
    po = write_po(tmp_path, "page", po_text(entry("Hello", "你\x00好"), entry("Bye", "再\x00见")))
    assert check(tmp_path) == (
        1,
        [
            f"{po}:10: [control-character] control character U+0000 (NUL); remove it "
            "(and on 1 more line(s))",
            "check failed: 1 problem(s)",
        ],
    )


def test_a_format_character_in_a_translation(tmp_path):
    # U+202E makes the reader see "67" where the checks read "76".
    assert lint_one(tmp_path, "76 members.", "\u202e76\u202c名会员。") == [
        "page.po:9: [control-character] U+202C (POP DIRECTIONAL FORMATTING) is not in the source",
        "page.po:9: [control-character] U+202E (RIGHT-TO-LEFT OVERRIDE) is not in the source",
    ]


def test_a_second_charset_is_one_error_not_dozens(tmp_path):
    header = HEADER.replace("charset=UTF-8", "charset=UTF-8; charset=ISO-8859-1")
    entries = [entry(f"{n} members.", f"{n}名会员。") for n in range(20)]
    po = write_po(tmp_path, "page", po_text(*entries, header=header))
    assert check(tmp_path) == (
        1,
        [
            f"{po}:4: [header] Content-Type 'text/plain; charset=UTF-8; charset=ISO-8859-1': "
            "write exactly 'text/plain; charset=UTF-8'; a second charset or any other parameter "
            "is read by some tools and not by others",
            "check failed: 1 problem(s)",
        ],
    )


def test_a_link_out_of_locales_is_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:TOP-SECRET-LINE\n", "utf-8")
    locales = tmp_path / "locales"
    po = write_po(locales, "page", po_text(entry("Hello", "你好")))
    link = po.parent / "stolen.po"
    os.symlink(secret, link)
    result = cli("check", "--locales", locales)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{link}:1: [symlink] is a symbolic link to a file outside locales/; a catalog must "
        "be a file there",
        "check failed: 1 problem(s)",
    ]
    prepared = cli("prepare", "zh_CN", "--locales", locales, "--out", tmp_path / "out")
    assert prepared.returncode == 1
    assert "TOP-SECRET" not in result.stdout + result.stderr + prepared.stdout + prepared.stderr
    assert not (tmp_path / "out").exists()


def test_a_link_to_a_folder_and_a_huge_catalog(tmp_path):
    po = write_po(tmp_path, "page", po_text(entry("Hello", "你好")))
    (po.parent / "folder.po").symlink_to(po.parent)
    huge = write_po(tmp_path, "huge", po_text(entry("Hello", "你" * 3_000_000)))
    assert check(tmp_path) == (
        1,
        [
            f"{po.parent / 'folder.po'}:1: [syntax] is not a file; a catalog must be a plain file",
            f"{huge}:1: [length] the catalog has {huge.stat().st_size:,} bytes; "
            "the limit is 8,000,000",
            "check failed: 2 problem(s)",
        ],
    )


def test_a_missing_msgfmt_is_a_clear_error(tmp_path):
    import subprocess
    import sys

    po = write_po(tmp_path, "page", po_text(entry("Hello", "你好")))
    env = {**os.environ, "PATH": str(tmp_path / "nothing")}
    result = subprocess.run(
        [sys.executable, "-m", "reportbook.i18n", "check", "--locales", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{po}:1: [msgfmt] cannot check this catalog: GNU msgfmt is not installed "
        "(apt-get install gettext)",
        "check failed: 1 problem(s)",
    ]


def test_a_sound_catalog_passes(tmp_path):
    write_po(tmp_path, "page", po_text(entry("Hello", "你好")))
    assert check(tmp_path) == (0, [])


def test_real_catalogs_pass():
    real_catalogs_pass()


def test_links_and_devices_are_never_read_before_the_checks(tmp_path):
    """The digests that decide whether to check and build again looked at every file of the
    translator's folder, following links: /proc/self/mem crashed prepare and the build with a
    traceback before any check ran (red team 7, break 1)."""
    from reportbook.i18n.catalogs import find_catalogs
    from reportbook.uptodate import digest

    def catalogs_digest():
        return digest(tmp_path, find_catalogs(locales, "zh_CN"), [])

    locales = tmp_path / "locales"
    po = write_po(locales, "page", po_text(entry("Hello", "你好")))
    (po.parent / "notes.po").symlink_to("/proc/self/mem")
    os.mkfifo(po.parent / "pipe.po")  # a read would wait for ever
    before = catalogs_digest()
    assert catalogs_digest() == before
    (po.parent / "notes.po").unlink()
    (po.parent / "notes.po").symlink_to("/proc/self/pagemap")
    assert catalogs_digest() != before  # the link itself still counts
    (po.parent / "notes.po").unlink()
    (po.parent / "pipe.po").unlink()
    link = po.parent / "mem.po"
    link.symlink_to("/proc/self/mem")
    prepared = cli("prepare", "zh_CN", "--locales", locales, "--out", tmp_path / "out")
    assert prepared.returncode == 1
    assert prepared.stderr.splitlines() == [
        f"{link}:1: [symlink] is a symbolic link to a file outside locales/; a catalog must "
        "be a file there",
        "refusing to publish zh_CN: 1 problem(s)",
    ]


def test_a_link_to_a_catalog_inside_locales_is_refused(tmp_path):
    """Red team 9: twenty links to one 2.7 MB catalog were each validated and linted as a
    catalog of their own (102 s) while the size limit counted the file once."""
    po = write_po(tmp_path, "page", po_text(entry("Hello", "你好")))
    link = po.parent / "again.po"
    link.symlink_to(po.name)
    assert check(tmp_path) == (
        1,
        [
            f"{link}:1: [symlink] is a symbolic link; a catalog must be a file, not another "
            "name for one",
            "check failed: 1 problem(s)",
        ],
    )
    link.unlink()
    assert check(tmp_path)[0] == 0


def test_a_hard_link_is_not_read(tmp_path):
    """Red team 57: a hard link to a system file (ln /etc/passwd zz.po) is no symbolic link,
    and each line's first word came back in the syntax errors."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET:x:0:0:root\n", "utf-8")
    po = write_po(tmp_path / "locales", "page", po_text(entry("Hello", "你好")))
    link = po.parent / "zz.po"
    os.link(secret, link)
    prepared = cli("prepare", "zh_CN", "--locales", tmp_path / "locales", "--out", tmp_path / "o")
    assert check(tmp_path / "locales") == (
        1,
        [
            f"{link}:1: [symlink] is a hard link, one of 2 names of one file; a catalog must be "
            "a file of its own, not another name for one (it is not read)",
            "check failed: 1 problem(s)",
        ],
    )
    assert prepared.returncode == 1 and "TOP-SECRET" not in prepared.stdout + prepared.stderr
    link.unlink()
    assert check(tmp_path / "locales")[0] == 0


def test_a_language_has_a_bounded_number_of_catalogs(tmp_path):
    """Red team 9: each empty catalog was refused after its own msgfmt run: 5,000 took 14 s."""
    from reportbook.i18n.validate import MAX_CATALOGS

    folder = write_po(tmp_path, "page", po_text(entry("Hello", "你好"))).parent
    for n in range(MAX_CATALOGS):
        (folder / f"empty-{n:04d}.po").write_bytes(b"")
    first = sorted(folder.glob("*.po"))[0]
    assert check(tmp_path) == (
        1,
        [
            f"{first}:1: [length] the zh_CN catalogs are {MAX_CATALOGS + 1:,} files; the limit "
            f"is {MAX_CATALOGS:,}",
            "check failed: 1 problem(s)",
        ],
    )


LINKED = (
    ":1: [symlink] is a symbolic link to a folder; a language's catalogs must be files in "
    "locales/<language>/LC_MESSAGES/ itself, not reached through a link"
)


def test_a_linked_lc_messages_is_refused_unwalked(tmp_path):
    # Red team 34, break 05: LC_MESSAGES linked to / walked the whole file system and printed
    # a machine's paths.
    outside = tmp_path / "outside"
    write_po(outside, "page", po_text(entry("Hello", "你好")))
    (outside / "zh_CN" / "LC_MESSAGES" / "secret.txt").write_text("TOP-SECRET", "utf-8")
    folder = tmp_path / "locales" / "zh_CN"
    folder.mkdir(parents=True)
    (folder / "LC_MESSAGES").symlink_to(outside / "zh_CN" / "LC_MESSAGES")
    code, lines = check(tmp_path / "locales")
    assert (code, lines) == (1, [f"{folder / 'LC_MESSAGES'}{LINKED}", "check failed: 1 problem(s)"])
    # An honest folder of real files passes (the negative case).
    (folder / "LC_MESSAGES").unlink()
    write_po(tmp_path / "locales", "page", po_text(entry("Hello", "你好")))
    assert check(tmp_path / "locales")[0] == 0


def test_update_writes_nothing_through_a_linked_language_folder(tmp_path):
    # Red team 34, break 06: a language folder linked out of the checkout; update wrote the new
    # catalogs where it led.
    from i18n_support import write_pot

    pot, locales, outside = tmp_path / "gettext", tmp_path / "locales", tmp_path / "outside"
    write_pot(pot, "page", ["Hello there, readers of the report."])
    outside.mkdir()
    locales.mkdir()
    (locales / "zh_CN").symlink_to(outside)
    result = cli("update", "zh_CN", "--pot", pot, "--locales", locales)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{locales / 'zh_CN'}{LINKED}" in result.stderr
    assert list(outside.rglob("*")) == []


def test_a_run_with_no_space_too_long_for_babels_wrapping_is_refused(tmp_path):
    # Red team 34, break 04: 250 messages of 10,000 letters with no space took update minutes
    # in Babel's line wrapping, quadratic in such a run.
    po = write_po(tmp_path, "page", po_text(entry("Hello", "你好"), entry("e" * 401, "")))
    assert check(tmp_path) == (
        1,
        [
            f"{po}:12: [length] a run of 401 letters or digits with no space or punctuation; "
            "the limit is 400 (the catalog tools take time quadratic in it)",
            "check failed: 1 problem(s)",
        ],
    )
    write_po(tmp_path, "page", po_text(entry("Hello", "你好"), entry("e" * 400, "")))
    assert check(tmp_path)[0] == 0


def test_a_line_separator_in_a_comment_does_not_move_the_line_named(tmp_path):
    # Red team 39, break 05: validation counted lines with str.splitlines, which breaks at
    # U+2028 too; msgfmt and Babel count line feeds only. The msgctxt is refused at its line.
    from reportbook.i18n.prepare import check_language

    text = (
        po_text(entry("Hello.", "你好。"))
        + '\n# note\u2028\u2028\u2028\nmsgctxt "c"\nmsgid "zz"\nmsgstr "值"\n'
    )
    po = write_po(tmp_path / "locales", "page", text)
    line = text.split("\n").index('msgctxt "c"') + 1
    found = check_language("zh_CN", tmp_path / "locales").problems
    assert [(p.path, p.line, p.check) for p in found] == [(po, line, "msgctxt")]
