"""The previews' texts (site/previews.py): kept across incremental builds, and short."""

import json
from types import SimpleNamespace

from docutils import nodes

from reportbook.site.previews import DATA, LONGEST, plain, write_data


def build(tmp_path, written: dict, docs: set[str]) -> dict:
    """One build's end: the pages it wrote, the documents the project has; the data it leaves."""
    app = SimpleNamespace(
        builder=SimpleNamespace(format="html", name="html", _report_previews=written),
        env=SimpleNamespace(all_docs=dict.fromkeys(docs)),
        doctreedir=str(tmp_path / "doctrees"),
        outdir=str(tmp_path / "html"),
    )
    (tmp_path / "doctrees").mkdir(exist_ok=True)
    write_data(app, None)
    text = (tmp_path / "html" / "_static" / DATA).read_text("utf-8")
    return json.loads(text.removeprefix("window.reportPreviews = ").removesuffix(";\n"))


TERM = {"glossary.html#term-a": {"title": "A", "text": "A term."}}
PERSON = {"people.html#person-b": {"title": "B", "text": "A person."}}


def test_a_page_not_written_again_keeps_its_previews_until_it_is_gone(tmp_path):
    assert build(tmp_path, {"glossary": TERM, "people": PERSON}, {"glossary", "people"}) == {
        **TERM,
        **PERSON,
    }
    # An incremental build writes only the people page: the glossary's terms stay.
    changed = {"people.html#person-b": {"title": "B", "text": "Edited."}}
    assert build(tmp_path, {"people": changed}, {"glossary", "people"}) == {**TERM, **changed}
    # The glossary removed from the project: its terms go with it.
    assert build(tmp_path, {}, {"people"}) == changed


def test_a_long_entry_is_cut_at_a_word_and_each_block_is_a_line():
    long = nodes.paragraph(text="word " * 200)
    text = plain([long])
    assert len(text) <= LONGEST + 1 and text.endswith("word…")
    lines = [nodes.paragraph(text="中国服装协会顾问。"), nodes.paragraph(text="联盟专家组组长。")]
    assert plain(lines) == "中国服装协会顾问。\n联盟专家组组长。"
    assert plain([nodes.paragraph(text="Vice President."), nodes.paragraph(text="Chair.")]) == (
        "Vice President.\nChair."
    )


def test_two_blocks_edges_are_never_joined_into_a_word():
    # Red team 42: a list item ending 年逾古 and a paragraph starting 稀 were joined with
    # nothing between, 年逾古稀 ("past seventy"), which neither message says.
    items = nodes.bullet_list(
        "",
        nodes.list_item("", nodes.paragraph(text="专家咨询委员会委员。")),
        nodes.list_item("", nodes.paragraph(text="年逾古")),
    )
    text = plain([items, nodes.paragraph(text="稀，出席会议。")])
    assert text == "专家咨询委员会委员。\n年逾古\n稀，出席会议。"
    # Within a list too, each item is a line; a comment and a target print nothing.
    hidden = [nodes.comment(text="古稀"), nodes.target(ids=["x"])]
    assert plain([nodes.paragraph(text="年逾古"), *hidden, nodes.paragraph(text="稀")]) == (
        "年逾古\n稀"
    )


def test_a_long_chinese_entry_is_never_cut_inside_a_number():
    # Red team 13: Chinese has no spaces; the cut at the limit left 增至七十… for 增至七十六.
    lead = "成员单位由最初的24家增至"
    for number in ("七十六", "76", "７６"):
        head = "联" * (LONGEST - 1 - len(lead))  # the number straddles the limit
        text = plain([nodes.paragraph(text=head + lead + number + "家并持续增长")])
        assert text == head + lead + "…", text
    # Two blocks' numerals are not joined into one number (二十 + 四).
    assert plain([nodes.paragraph(text="二十"), nodes.paragraph(text="四家")]) == "二十\n四家"
    assert plain([nodes.paragraph(text="２４"), nodes.paragraph(text="７６家")]) == "２４\n７６家"


def test_a_preview_keeps_the_space_between_two_numbers():
    blocks = [nodes.paragraph(text="联盟成员由２４"), nodes.paragraph(text="７６家组成。")]
    assert plain(blocks) == "联盟成员由２４\n７６家组成。"
    blocks = [nodes.paragraph(text="只有一 两字之差。"), nodes.paragraph(text="联盟。")]
    assert plain(blocks) == "只有一 两字之差。\n联盟。"  # red team 14: its own space is kept
