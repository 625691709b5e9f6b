"""#noqa is reported; a recorded exception silences one content check and is listed by stats."""

from i18n_support import cli, entry, lint_one, po_text, write_po

MSGID = "Nearly 3,000 firms took part."
ROUNDED = "约两千九百八十七家企业参加。"


def test_noqa_is_reported(tmp_path):
    assert lint_one(tmp_path, MSGID, "近3000家企业参加。 #noqa") == [
        "page.po:9: [noqa] '#noqa' in a translation would hide Sphinx's reference checks; "
        "remove it (record a deliberate exception with '# lint-ignore: <check> — <reason>')"
    ]


def test_exception_silences_its_check(tmp_path):
    comment = "# lint-ignore: number, added-number — the speaker gave the exact count, 2,987"
    assert lint_one(tmp_path, MSGID, ROUNDED, comment) == []
    assert lint_one(tmp_path, MSGID, ROUNDED) == [
        "page.po:9: [added-number] number 2987 is not in the source",
        "page.po:9: [number] number 3000 of the source is missing",
    ]
    # Only the checks named: the count the translation adds is still reported.
    comment = "# lint-ignore: number — the speaker gave the exact count, 2,987"
    assert lint_one(tmp_path, MSGID, ROUNDED, comment) == [
        "page.po:10: [added-number] number 2987 is not in the source"
    ]


def test_exception_needs_a_reason(tmp_path):
    assert lint_one(tmp_path, MSGID, ROUNDED, "# lint-ignore: number") == [
        "page.po:10: [added-number] number 2987 is not in the source",
        "page.po:10: [lint-ignore] malformed exception 'lint-ignore: number': write "
        "'# lint-ignore: <check> — <reason>' with a reason",
        "page.po:10: [number] number 3000 of the source is missing",
    ]


def test_safety_checks_cannot_be_silenced(tmp_path):
    found = lint_one(
        tmp_path, "Members met.", "成员<b>开会</b>。", "# lint-ignore: html — bold looks nicer"
    )
    assert (
        "page.po:10: [lint-ignore] check html cannot be silenced (only added-number, name, "
        "number, order, qualifier, term, untranslated can)" in found
    )
    assert "page.po:10: [html] HTML not in the source: '<b>'" in found


def test_stats_lists_exceptions(tmp_path):
    po = write_po(
        tmp_path,
        "page",
        po_text(entry(MSGID, ROUNDED, "# lint-ignore: number — the speaker gave the exact count")),
    )
    result = cli("stats", "--locales", tmp_path)
    assert result.returncode == 0
    assert "deliberate lint exceptions in zh_CN: 1" in result.stdout
    assert (
        f"{po}:10: [number] 'Nearly 3,000 firms took part.' — the speaker gave the exact count"
    ) in result.stdout


def test_stats_shows_a_reason_as_written_not_as_it_would_print(tmp_path):
    """A reason is the translator's text: a right-to-left override or a line separator in it
    would reverse the listing, or forge a line of it, in the reviewer's terminal."""
    forged = "fine\u2028key-figures.po:341: [added-number] reviewed \u202eby editors"
    comment = f"# lint-ignore: number — {forged}"
    po = write_po(tmp_path, "page", po_text(entry(MSGID, ROUNDED, comment)))
    listing = cli("stats", "--locales", tmp_path).stdout
    assert "\u2028" not in listing and "\u202e" not in listing
    assert (
        f"{po}:10: [number] 'Nearly 3,000 firms took part.' — fine\\u2028key-figures.po:341: "
        "[added-number] reviewed \\u202eby editors"
    ) in listing
    # The negative: a reason of plain words is printed as it is.
    po = write_po(tmp_path, "page", po_text(entry(MSGID, ROUNDED, "# lint-ignore: number — fine")))
    assert (
        f"{po}:10: [number] 'Nearly 3,000 firms took part.' — fine\n"
        in cli("stats", "--locales", tmp_path).stdout
    )


def test_structure_cannot_be_silenced(tmp_path):
    # Sphinx publishes no translation whose blocks differ from the source's: a heading
    # translated as a list stayed English while stats counted it translated (red team 7).
    found = lint_one(tmp_path, "Purpose", "- 会议宗旨", "# lint-ignore: structure — reads better")
    assert found == [
        "page.po:10: [lint-ignore] check structure cannot be silenced (only added-number, name, "
        "number, order, qualifier, term, untranslated can)",
        "page.po:10: [structure] block structure changed: the source is paragraph; the "
        "translation is bullet_list, list_item, paragraph",
    ]
    assert lint_one(tmp_path, "Purpose", "会议宗旨") == []


def test_stats_lists_exceptions_new_or_under_a_changed_translation(tmp_path):
    """A translator writes the exception too: stats shows a reviewer each one that is new since
    the reviewed revision, or whose translation changed under it."""
    import subprocess

    reason = "# lint-ignore: number — the speaker rounded it"
    po = write_po(
        tmp_path / "locales",
        "page",
        po_text(entry("About 3,000 firms.", "近3000家企业。"), entry("Nearly 76.", "约七十六。")),
    )
    git = ["git", "-C", str(tmp_path), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "reviewed"], check=True)
    args = ("stats", "--locales", tmp_path / "locales")
    heading = "lint exceptions new, or on a changed translation, in zh_CN since HEAD"

    def listed() -> list[str]:
        lines = cli(*args).stdout.splitlines()
        at = next(i for i, line in enumerate(lines) if line.startswith(heading))
        return lines[at : lines.index("", at) if "" in lines[at:] else None]

    assert listed() == [f"{heading}: 0"]
    po.write_text(
        po_text(
            entry("About 3,000 firms.", "两千九百家企业。", reason),
            entry("Nearly 76.", "约七十六。"),
        ),
        "utf-8",
    )
    assert listed() == [f"{heading}: 1", f"  {po}:10: '两千九百家企业。'"]
    subprocess.run([*git, "commit", "-qam", "reviewed again"], check=True)
    assert listed() == [f"{heading}: 0"]  # the same text, already reviewed
    po.write_text(
        po_text(
            entry("About 3,000 firms.", "两千家企业。", reason), entry("Nearly 76.", "约七十六。")
        ),
        "utf-8",
    )
    assert listed() == [f"{heading}: 1", f"  {po}:10: '两千家企业。'"]  # changed under it


def test_a_translation_of_spaces_is_empty(tmp_path):
    # Red team 9: an ideographic space (U+3000), a no-break space or an em space published a
    # blank heading, counted as translated; only ASCII spaces read as empty.
    for blank in ("\u3000", "\u00a0", "\u2003"):
        assert lint_one(tmp_path, "Key figures", blank) == [
            "page.po:9: [structure] the source is paragraph; the translation shows nothing "
            "(only spaces), so the page would show an empty heading or paragraph"
        ], repr(blank)
    assert lint_one(tmp_path, "Key figures", "主要数字") == []


def test_a_translation_ending_in_a_literal_block_marker_is_refused(tmp_path):
    # Red team 11: a title ending in "::" no longer parses as one in Sphinx, which then keeps
    # the English while the counts say translated.
    assert lint_one(tmp_path, "Key figures stated in the report", "报告中的主要数字::") == [
        "page.po:9: [structure] the translation ends with '::', which Sphinx reads as the start "
        "of a literal block: it would publish the English; end it as the source does"
    ]
    assert lint_one(tmp_path, "Key figures stated in the report", "报告中的主要数字") == []


def test_a_line_break_the_source_lacks_is_refused(tmp_path):
    # Red team 12: ２４ and ７６ on two lines read as two numbers, and a browser may join them.
    # The number check reads the line break as the space a browser shows, and refuses it too.
    msgid = "The Alliance grew from 24 to 76 members."
    assert lint_one(tmp_path, msgid, "联盟成员增至２４\n７６家。") == [
        "page.po:9: [number] '２４ ７６': numbers joined by ' ' (U+0020 SPACE) may read as one "
        "number (1 024, 1/24, 9:30): write the source's number, or separate the numbers with "
        "words",
        "page.po:9: [structure] the translation breaks a line where the source has none (a "
        "browser may join the lines, so ２４ and ７６ show as ２４７６): write it on one line",
    ]
    assert lint_one(tmp_path, msgid, "联盟成员由24家增至76家。") == []
