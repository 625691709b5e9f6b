"""A page's description and a preview's text are shortened by one function (site/shorten.py):
at a space or a Chinese pause near the limit, or at the limit, and never inside a number as
the translation checks read one (red teams 13, 15, 16: 增至七十… for 七十六, 为实现20… for 2035;
a space or a ，inside 3 000, or 多 of 180多万)."""

import pytest
from docutils import nodes

from reportbook.site.meta import LIMIT, trim
from reportbook.site.previews import LONGEST, plain


def preview(text: str) -> str:
    return plain([nodes.paragraph(text=text)])


SHORTENED = [(trim, LIMIT), (preview, LONGEST)]


@pytest.mark.parametrize(("shortened", "limit"), SHORTENED)
@pytest.mark.parametrize(
    "number",
    [
        "2035",  # red teams 15 and 16: the description's 为实现20…
        "七十六",  # red team 13: the preview's 增至七十…
        "７６",
        "3 000",  # one number to the checks (3000): not cut at its space
        "3，000",  # nor at its ，
        "180多万",  # 多 binds to 万: 180多… would say 180
        "76%",
        "百分之七十六",
        "十点五亿",
        "十分",  # an idiom ("very") cut to 十… would say ten
    ],
)
def test_a_number_across_the_limit_is_left_out_whole(shortened, limit, number):
    head = "联" * (limit - 2)  # the number starts where the "…" would leave one character
    assert shortened(head + number + "家并持续增长") == head + "…"
    # Before the limit, it is shown whole.
    head = "联" * (limit - 1 - len(number))
    assert shortened(head + number + "家并持续增长") == head + number + "…"


@pytest.mark.parametrize(("shortened", "limit"), SHORTENED)
def test_the_marks_and_words_inside_a_number_are_no_place_to_cut(shortened, limit):
    # The number's space or ， is the last break near the limit; the limit falls between 多
    # and 万. The old preview cut ended 联3… and 联180多…
    for number in ("3 000", "3，000", "180多万"):
        head = "联" * (limit - len(number))
        assert shortened(head + number + "人") == head + "…", number
    head = "联" * (limit - 10) + "，"
    assert shortened(head + "联联联联联3 000人并持续增长") == head[:-1] + "…"


@pytest.mark.parametrize(("shortened", "limit"), SHORTENED)
def test_a_text_is_cut_at_its_last_pause_near_the_limit(shortened, limit):
    text = "联" * (limit - 20) + "，增至七十六家，" + "联" * 40
    assert shortened(text) == "联" * (limit - 20) + "，增至七十六家…"
    text = "word " * limit
    assert shortened(text) == ("word " * ((limit - 2) // 5)).strip() + "…"
    # A pause far from the end is not used: the text is cut at the limit.
    text = "联" * 10 + "，" + "联" * limit
    assert shortened(text) == text[: limit - 1] + "…"
    # Short enough: left whole.
    assert shortened("联" * limit) == "联" * limit


def test_the_red_team_descriptions_end_before_the_year():
    padded = (
        "正如报告导语所述，在新一轮科技革命和产业变革深入发展的大背景下，面对日益激烈的市场竞争和"
        "不断变化的消费需求，我国服装行业始终坚持以创新驱动发展、以质量赢得市场、以品牌引领消费、"
        "以人才支撑未来、以文化铸魂的总体发展思路，我国服装行业正持续推进数字化转型和智能化升级，"
        "加快实现从“中国制造”到“中国智造”的转变，为实现2035年中国服装行业发展愿景和目标奠定了坚实"
        "基础（见表1）。"
    )
    assert trim(padded).endswith("加快实现从“中国制造”到“中国智造”的转变…")
    assert len(trim(padded)) <= LIMIT
