"""Red team 6, break 4: ordinals and count words. "former First-Level Inspector" became
原二级巡视员, "a single news report" 依据两篇新闻报道, and 一是/二是 traded places under
"First," and "Second,": the English ordinals and "single" were no numbers to the checker,
and a translation could add 一 and 二/两 anywhere. Now they are numbers (first = 1, single =
1); a numeral that names a place (第二, 二级, 二是) restates a number of the source's and is
never added as a count; and beside "single" no count of another number is added. Each
payload fails with the exact finding; the report's honest Chinese passes."""

import shutil

import pytest

from conftest import LOCALES, SOURCE
from i18n_support import check_with, cli, fill, kind, lint_one, misheld, real_catalogs_pass, unnamed
from reportbook.i18n.catalogs import load_catalog
from reportbook.i18n.lint.numerals import reader

EN = reader("en")
INSPECTOR = "Cao Xuejun, former First-Level Inspector."
SINGLE = "This publication is based on a single news report."
ONE_FOR_TWO = [
    "page.po:9: [added-number] number 2 is not in the source",
    "page.po:9: [number] number 1 of the source is missing",
]
TWO_FOR_ONE = [
    "page.po:9: [added-number] number 1 is not in the source",
    "page.po:9: [number] number 2 of the source is missing",
]
TWO_BESIDE_SINGLE = (
    "page.po:9: [number] the source's 'single' says there is 1: the translation adds a count of "
    "2 beside it"
)


@pytest.mark.parametrize(
    ("msgid", "msgstr", "found"),
    [
        (INSPECTOR, "曹学军，原二级巡视员。", ONE_FOR_TWO),  # the red team's
        # A 一 added elsewhere as a count does not stand for the rank: 二级 names a place.
        # (委员 is an office the English does not name: red team 75.)
        (
            INSPECTOR,
            "曹学军，原二级巡视员、一名委员。",
            ONE_FOR_TWO[:1]
            + ["page.po:9: " + unnamed(["委员"], "委员 for 'Member', 'Commissioner'")],
        ),
        # The English says no "former": the office is another one, besides the number, and
        # a "member" is no inspector.
        (
            "Cao Xuejun, a member.",
            "曹学军，原二级巡视员。",
            [
                ONE_FOR_TWO[0],
                "page.po:9: " + unnamed(["原二级巡视员"], "原二级巡视员 for 'Inspector'"),
                "page.po:9: " + kind("former", 1, "原二级巡视员", 0),
            ],
        ),
        ("First, firms must act.", "二是企业需行动。", ONE_FOR_TWO),
        ("Firstly, firms must act.", "二是企业需行动。", ONE_FOR_TWO),
        ("Second, data matters.", "一是数据是关键。", TWO_FOR_ONE),
        ("His first direction.", "他提出的第二大方向。", ONE_FOR_TWO),
        ("He stressed the direction.", "他强调第二大方向。", ONE_FOR_TWO[:1]),
        (
            "It met twice.",
            "会议召开了一次。",
            ["page.po:9: [number] number 2 of the source is missing"],
        ),
        (SINGLE, "本出版物依据两篇新闻报道编写。", [ONE_FOR_TWO[1], TWO_BESIDE_SINGLE]),
        # The red team's: the one is stated as one of the two.
        (SINGLE, "本出版物依据两篇新闻报道编写，其中一篇标注来源。", [TWO_BESIDE_SINGLE]),
        (SINGLE, "本出版物依据两份新闻报道编写，其中一篇标注来源。", [TWO_BESIDE_SINGLE]),
        (
            'It means "make" in the first and "intelligence" in the second.',
            "后者为“制”，前者为“智”。",
            [
                "page.po:9: [number] numbers in another order: the source reads 1, 2; the "
                "translation reads 2, 1"
            ],
        ),
    ],
)
def test_ordinals_and_count_words_are_numbers(tmp_path, msgid, msgstr, found):
    assert lint_one(tmp_path, msgid, msgstr) == found


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (INSPECTOR, "曹学军，原一级巡视员。"),
        ("First, firms must act.", "一是企业需行动。"),
        ("First, firms must act.", "首先，企业需行动。"),
        ("First, firms must act.", "第一，企业需行动。"),
        ("Second, data matters.", "二是数据是关键。"),
        ("Second, data matters.", "其次，数据是关键。"),
        ("He first reviewed the decade.", "他首先回顾了过去十年。"),
        ("His first direction.", "他提出的第一大方向。"),
        ("The second title stands before the name.", "第二个职务位于姓名之前。"),
        (
            'It means "make" in the first and "intelligence" in the second.',
            "前者为“制”，后者为“智”。",
        ),
        ("Names are given surname first.", "姓名按姓在前、名在后书写。"),
        ("A first-rate enterprise.", "一流企业。"),
        ("At first it was small.", "起初规模很小。"),
        ("In the first half of 2025.", "2025年上半年。"),
        ("It was held for the first time.", "首次举办。"),
        (SINGLE, "本出版物依据一篇新闻报道编写。"),
        (SINGLE, "本出版物依据单篇新闻报道编写。"),
        ("Picking up a single layer (ply).", "逐层（单片）抓取。"),
        ("Small batches and single orders.", "小批量订单和单件订单。"),
        ("It met twice.", "会议召开了两次。"),
        ("The twenty-first meeting.", "第二十一次会议。"),
        ("The 21st meeting.", "第21次会议。"),
        # Counts the English implies may still be added: "a", "both", two sections named.
        (
            "Members signed an agreement with both universities.",
            "成员单位与两所大学签署了一份协议。",
        ),
        ("See the opening and the keynote.", "见开幕和主旨报告两节。"),
        (
            INSPECTOR + " See the opening and the keynote.",
            "曹学军，原一级巡视员。见开幕和主旨报告两节。",
        ),
        # 一 that ends a word before 是 or 级 names no place.
        ("The main problem is cost.", "主要问题之一是成本。"),
        ("At the same level.", "在同一级别。"),
        ("The department above.", "上一级部门。"),
    ],
)
def test_honest_ordinals_and_counts_pass(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


def test_english_ordinals_are_read_where_they_are_numbers():
    assert EN.read("the First-Level Inspector, firstly, the twenty-first, that first meeting") == [
        "1",
        "1",
        "21",
        "1",
    ]
    assert EN.read("surname first, at first, first-rate, the first half, seconds") == []
    assert EN.read("a single report, twice, 1st") == ["1", "2", "1"]


def test_the_red_team_s_rank_is_refused(tmp_path):
    found, where = check_with(tmp_path, {"people": ("原一级巡视员。", "原二级巡视员。")})
    # The appendix's changed rank also parts it from every use of the honest one.
    held = "中国纺织工业联合会专家咨询委员会委员、消费品工业司原二级巡视员"
    uses = [problem.split(": ", 1)[1] for problem in found if "[name]" in problem]
    assert uses == [
        misheld("曹学军", "person-cao-xuejun", office, held)
        for office in ("消费品工业司原一级巡视员", "消费品工业司原一级巡视员", "原一级巡视员")
    ]
    assert [problem for problem in found if "[name]" not in problem] == [
        f"{where['people']}: [added-number] number 2 is not in the source",
        f"{where['people']}: [number] number 1 of the source is missing",
        "check failed: 5 problem(s)",
    ]


def test_the_red_team_s_two_reports_are_refused_under_a_recorded_reason(tmp_path):
    # The message records why it adds numbers (the English title it quotes and glosses): that
    # silences added numbers, not a count beside "single".
    old, new = "依据一篇新闻报道编写，该报道标注", "依据两篇新闻报道编写，其中一篇标注"
    found, where = check_with(tmp_path, {"editorial-note": (old, new)})
    assert found == [
        f"{where['editorial-note']}: [number] the source's 'single' says there is 1: the "
        "translation adds a count of 2 beside it",
        "check failed: 1 problem(s)",
    ]


def test_the_red_team_s_swapped_points_are_refused(tmp_path):
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES, locales)
    po = locales / "zh_CN" / "LC_MESSAGES" / "keynote.po"
    catalog = load_catalog(po, "zh_CN")
    first = next(m for m in catalog if m.string.startswith("一是"))
    second = next(m for m in catalog if m.string.startswith("二是"))
    fill(po, {first.id: "二是" + first.string[2:], second.id: "一是" + second.string[2:]})
    lines = [m.lineno for m in load_catalog(po, "zh_CN") if m.id in (first.id, second.id)]
    result = cli("check", "--locales", locales, "--source", SOURCE)
    assert result.stderr.splitlines() == [
        f"{po}:{lines[0]}: [added-number] number 2 is not in the source",
        f"{po}:{lines[0]}: [number] number 1 of the source is missing",
        f"{po}:{lines[1]}: [added-number] number 1 is not in the source",
        f"{po}:{lines[1]}: [number] number 2 of the source is missing",
        "check failed: 4 problem(s)",
    ]


def test_real_catalogs_pass():
    real_catalogs_pass()


PLAN = "It serves the 14th Five-Year Plan."


def counted(value: str) -> list[str]:
    return [
        f"page.po:9: [number] number {value} is a count in the translation (十四个, 14个: with a "
        "measure word), the English states it only as an ordinal (14th, second): write it as a "
        "place (第十四个) or as the source does"
    ]


@pytest.mark.parametrize(
    ("msgid", "msgstr", "found"),
    [
        # Red team 65 row 05: the 14th plan made fourteen plans.
        (PLAN, "它服务于十四个五年规划。", counted("14")),
        ("The 14th plan.", "14个规划。", counted("14")),
        ("The second direction.", "两个方向。", counted("2")),
        ("The second direction.", "二 项方向。", counted("2")),
    ],
)
def test_an_ordinal_made_a_count_is_refused(tmp_path, msgid, msgstr, found):
    assert lint_one(tmp_path, msgid, msgstr) == found


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (PLAN, "它服务于第十四个五年规划。"),
        (PLAN, "它服务于“十四五”规划。"),
        ("The 14th plan.", "第14个规划。"),
        ("The second direction.", "第二个方向。"),
        # The English counts it too: the count may be either's.
        ("The 2nd of 2 directions.", "两个方向中的第二个。"),
        # 1: 一个 is also "a", which the English does not write as a number (the reviewer's).
        ("He first reviewed a plan.", "他首先回顾了一个规划。"),
    ],
)
def test_an_ordinal_as_a_place_or_a_name_passes(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []
