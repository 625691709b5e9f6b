"""A translation keeps the block structure of its message."""

from i18n_support import lint_one

MSGID = "The meeting discussed the plan."


def test_same_structure_passes(tmp_path):
    assert lint_one(tmp_path, MSGID, "会议讨论了该计划。") == []


def test_list_added(tmp_path):
    assert lint_one(tmp_path, MSGID, "- 会议\n- 讨论了该计划。") == [
        "page.po:9: [structure] block structure changed: the source is paragraph; the "
        "translation is bullet_list, list_item, paragraph, list_item, paragraph"
    ]


def test_heading_added(tmp_path):
    assert lint_one(tmp_path, MSGID, "## 会议讨论了该计划。") == [
        "page.po:9: [structure] block structure changed: the source is paragraph; the "
        "translation is heading h2"
    ]


def test_paragraph_split(tmp_path):
    assert lint_one(tmp_path, MSGID, "会议。\n\n讨论了该计划。") == [
        "page.po:9: [structure] block structure changed: the source is paragraph; the "
        "translation is paragraph, paragraph"
    ]


def test_table_added(tmp_path):
    found = lint_one(tmp_path, MSGID, "| 会议 |\n|---|\n| 计划 |")
    assert found == [
        "page.po:9: [structure] block structure changed: the source is paragraph; "
        "the translation is table, thead, tr, th, tbody, tr, td"
    ]
