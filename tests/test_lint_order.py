"""References whose text is free keep the source's order: two links cannot trade targets."""

from i18n_support import lint_one, refused_on_the_report

MSG = "See [the report](https://example.org/r) and [the list](https://example.org/l)."
REFS = "See {ref}`the report <sec-report>` and {ref}`the list <sec-list>`."


def test_swapped_links_are_refused(tmp_path):
    # Both targets and both texts are still there: only the order tells.
    assert lint_one(
        tmp_path, MSG, "见[报告](https://example.org/l)和[名单](https://example.org/r)。"
    ) == [
        "page.po:9: [order] the reference 'https://example.org/l' comes before "
        "'https://example.org/r': references whose text is free keep the source's order, and "
        "so do those that show a section's title among themselves (a name's or a term's "
        "approved form may move)"
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


TITLED = "The report ({ref}`sec-report`) and the list ({ref}`sec-list`)."


def test_references_that_show_their_titles_keep_their_order_among_themselves(tmp_path):
    # Each shows its section's own title, but the words around it say what it is for: two
    # trading places point "the report" at the list (red team 76 row 15).
    found = lint_one(tmp_path, TITLED, "报告（{ref}`sec-list`）与名单（{ref}`sec-report`）。")
    assert [p.split(":")[0:3] for p in found] == [
        ["page.po", "9", " [order] the reference {ref}`sec-list` comes before {ref}`sec-report`"]
    ]
    assert lint_one(tmp_path, TITLED, "报告（{ref}`sec-report`）与名单（{ref}`sec-list`）。") == []


def test_a_reference_that_shows_its_title_may_move_past_one_with_text(tmp_path):
    # "Figure 1 in Growth" is “增长”一节中的图1: the two groups keep their orders apart.
    msgid = "{ref}`The figure <sec-figure>` in {ref}`sec-growth` shows it."
    assert (
        lint_one(tmp_path, msgid, "“{ref}`sec-growth`”一节中的{ref}`图 <sec-figure>`显示了它。")
        == []
    )


def test_red_team_76_row_15_is_refused(tmp_path):
    # people.po: the two "see section" references after Chen Dapeng's deeds, swapped.
    attendees, new_members = "{ref}`sec-opening-attendees`", "{ref}`sec-closing-new-members`"
    honest = f"（见“{attendees}”一节），为联盟新成员单位授牌（见“{new_members}”一节）"
    hostile = f"（见“{new_members}”一节），为联盟新成员单位授牌（见“{attendees}”一节）"
    refused_on_the_report(
        tmp_path,
        [
            (
                "people",
                [(honest, hostile)],
                [
                    "[order] the reference {ref}`sec-closing-new-members` comes before "
                    "{ref}`sec-opening-attendees`: references whose text is free keep the "
                    "source's order, and so do those that show a section's title among "
                    "themselves (a name's or a term's approved form may move)"
                ],
            )
        ],
    )


def test_a_recorded_reorder_passes(tmp_path):
    msgstr = "见{ref}`名单 <sec-list>`前的{ref}`报告 <sec-report>`。"
    assert lint_one(tmp_path, REFS, msgstr) != []
    reason = "# lint-ignore: order — Chinese puts the list first; each text names its target"
    assert lint_one(tmp_path, REFS, msgstr, reason) == []
