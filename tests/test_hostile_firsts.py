"""Red team 40, row 01: synonyms of the listed ordinals.

首场 and 首批 were number words ("the first"), but 首度, 首日, 首例, 头批, 头名, 头号, 初次 and
元年 were not, so a translation could add a "first" the English does not state. 首 and 头 before
any measure word, measure of time or word of a first event are "the first" now, except the
words that begin so and say no such thing (首页, 头条) or end in 首 or 头 (榜首, 龙头)."""

import pytest

from i18n_support import lint_one

HELD = "The annual meeting was held in Hangzhou."


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (HELD, "年会在杭州首度召开。"),
        (HELD, "年会在杭州首日召开。"),
        (HELD, "年会在杭州初次召开。"),
        ("Four new members were given plaques.", "为头批4家新成员单位授牌。"),
        ("He won the prize.", "他获得头名。"),
        ("It is a case.", "这是首例。"),
        ("It is the key enterprise.", "这是头号企业。"),
        ("It is the year of intelligent manufacturing.", "这是智能制造元年。"),
        # A measure word after the number word is the word's own: "the first batch".
        (HELD, "年会在杭州首批次召开。"),
    ],
)
def test_a_first_the_english_does_not_state_is_refused(tmp_path, msgid, msgstr):
    found = lint_one(tmp_path, msgid, msgstr)
    assert "page.po:9: [added-number] number 1 is not in the source" in found, found


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("It met for the first time.", "会议首度召开。"),
        ("It met on the first day.", "会议在首日召开。"),
        ("He first noted it.", "他首先指出。"),
        ("It is the home page.", "这是首页。"),
        ("It is the headline.", "这是头条新闻。"),
        ("It is a leading company.", "这是头部企业。"),
        ("It is the capital.", "这是首都。"),
        ("He is the chief data officer.", "他是首席数据官。"),
        ("It is at the top of the list.", "它位居榜首位置。"),
        ("It is a leading stock.", "它是龙头个股。"),
        ("Its opening paragraph is long.", "它的开头段落很长。"),
    ],
)
def test_first_stated_by_the_english_or_a_word_that_says_no_first_passes(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


@pytest.mark.parametrize("msgstr", ["年会在杭州首 · 度召开。", "年会在杭州头．名获奖。"])
def test_a_first_split_by_a_mark_is_read_as_the_word(tmp_path, msgstr):
    found = lint_one(tmp_path, HELD, msgstr)
    word = "首度" if "首" in msgstr else "头名"
    said = f"page.po:9: [number] {word!r} is split by a gap, which a reader reads as the number"
    assert said in " ".join(found), found


@pytest.mark.parametrize(
    "msgstr",
    [
        # Red team 44, rows 01 and 02: 首 before any letter, 头 before more measure words, 初版.
        "联盟签下首笔订单。",
        "为首批4家新成员授牌。",  # 为首 "led by" is no word before a measure word
        "联盟的首富企业。",
        "联盟获得首金。",
        "联盟荣获头奖。",
        "联盟拔得头筹。",
        "联盟稳坐头把交椅。",
        "联盟制定初版标准。",
        "联盟推出初代产品。",
    ],
)
def test_every_first_word_is_read_as_the_first(tmp_path, msgstr):
    found = lint_one(tmp_path, "The Alliance did well.", msgstr)
    assert "page.po:9: [added-number] number 1 is not in the source" in found, found


@pytest.mark.parametrize(
    ("msgstr", "word"),
    [
        ("这是倒数第一大方向。", "'倒数第一': '倒数第' changes"),  # row 05: "the last"
        ("头几年联盟实力不断增强。", "'头几' states a number"),  # row 06: "the first few"
        ("联盟签下首 · 笔订单。", "'首笔' is split by a gap"),
    ],
)
def test_a_first_turned_round_or_a_first_few_is_refused(tmp_path, msgstr, word):
    found = " ".join(lint_one(tmp_path, "It is a direction of the Alliance.", msgstr))
    assert f"page.po:9: [number] {word}" in found, found


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("It ranks among the best.", "它首屈一指。"),
        ("It bore the brunt.", "它首当其冲。"),
        ("He is the head of state.", "他是国家元首。"),
        ("Looking back on ten years.", "回首十年。"),
        ("Firms led by the Alliance.", "以联盟为首的企业。"),
        ("Two works.", "两首作品。"),
        ("It signed its first order.", "联盟签下首笔订单。"),
        ("It won first prize.", "联盟荣获头奖。"),
    ],
)
def test_an_idiom_or_a_first_the_english_states_passes(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []
