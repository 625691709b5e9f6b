"""References whose text is free keep the source's order: two links cannot trade targets."""

from i18n_support import lint_one

MSG = "See [the report](https://example.org/r) and [the list](https://example.org/l)."
REFS = "See {ref}`the report <sec-report>` and {ref}`the list <sec-list>`."


def test_swapped_links_are_refused(tmp_path):
    # Both targets and both texts are still there: only the order tells.
    assert lint_one(
        tmp_path, MSG, "见[报告](https://example.org/l)和[名单](https://example.org/r)。"
    ) == [
        "page.po:9: [order] the reference 'https://example.org/l' comes before "
        "'https://example.org/r': references whose text is free keep the source's order (or "
        "show the target's own title, a name's or a term's approved form)"
    ]


def test_links_in_the_source_order_pass(tmp_path):
    assert (
        lint_one(tmp_path, MSG, "见[报告](https://example.org/r)和[名单](https://example.org/l)。")
        == []
    )


def test_swapped_references_with_their_own_text_are_refused(tmp_path):
    found = lint_one(tmp_path, REFS, "见{ref}`报告 <sec-list>`和{ref}`名单 <sec-report>`。")
    assert [p.split(":")[0:3] for p in found] == [
        ["page.po", "9", " [order] the reference {ref}`sec-list` comes before {ref}`sec-report`"]
    ]


def test_references_that_show_their_targets_title_may_move(tmp_path):
    # Sphinx writes the section's own title: the reader sees where each one goes.
    msgid = "See {ref}`sec-report` and {ref}`sec-list`."
    assert lint_one(tmp_path, msgid, "名单（{ref}`sec-list`）与报告（{ref}`sec-report`）。") == []


def test_a_recorded_reorder_passes(tmp_path):
    msgstr = "见{ref}`名单 <sec-list>`前的{ref}`报告 <sec-report>`。"
    assert lint_one(tmp_path, REFS, msgstr) != []
    reason = "# lint-ignore: order — Chinese puts the list first; each text names its target"
    assert lint_one(tmp_path, REFS, msgstr, reason) == []
