"""Red team 6, break 2: 十分 read as "very" whenever a Chinese character followed it, so that
年度考评均在十分以上 ("all evaluations above ten points") added a 10 the English does not have.
十分 is "very" only before what an adverb modifies; before a word that makes its 分 a measure
(以上, 左右, 制, 满分, 钟…) or after a verb that deducts or gives points (扣, 打) it is ten. Each
payload fails with the exact finding; honest uses of 十分 pass."""

import shutil

import pytest

from conftest import LOCALES, SOURCE
from i18n_support import cli, fill, lint_one, real_catalogs_pass
from reportbook.i18n.catalogs import load_catalog
from reportbook.i18n.lint.numerals import reader

ZH = reader("zh_CN", "en", translation=True)  # as the linter reads a translation
GRADED = "The annual evaluations were all good."
TEN_ADDED = ["page.po:9: [added-number] number 10 is not in the source"]


@pytest.mark.parametrize(
    "msgstr",
    [
        "年度考评均在十分以上。",  # the red team's
        "年度考评实行十分制。",
        "年度考评均在十分左右。",
        "年度考评用时十分多钟。",
        "年度考评十分满分。",
        "年度考评扣十分后仍然良好。",
        "年度考评扣 十分后仍然良好。",
        "年度考评给他打十分。",
        "年度考评均在十分以下。",
        "年度考评均在十分以内。",
        "年度考评均在十分上下。",
    ],
)
def test_shifen_as_a_quantity_is_ten(tmp_path, msgstr):
    assert lint_one(tmp_path, GRADED, msgstr) == TEN_ADDED


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("This is very important.", "这十分重要。"),
        ("This point is very important.", "这一点十分重要。"),
        ("It became very important.", "它变得十分重要。"),  # 得 before "very"
        ("It achieved very notable results.", "取得了十分显著的成效。"),
        ("Help firms in great difficulty.", "帮助十分困难的企业。"),
        ("Thinking went very deep.", "思考十分深入。"),
        ("The discount is very good.", "折扣十分优惠。"),  # 扣 that ends a word
        ("The steps are closely linked.", "环环相扣十分紧密。"),
        ("It scored ten.", "得分为十分。"),  # ten, as the English says
        ("It scored ten points or more.", "得分在十分以上。"),
        ("Ten points were deducted.", "扣十分。"),
    ],
)
def test_shifen_as_very_or_as_the_source_s_ten_passes(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


def test_what_follows_and_what_precedes_decide():
    assert ZH.read("十分重要，变得十分重要，折扣十分优惠") == []
    assert ZH.read("十分以上，十分制，扣十分后，打十分") == ["10", "10", "10", "10"]


def test_the_red_team_s_catalog_is_refused(tmp_path):
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES, locales)
    po = locales / "zh_CN" / "LC_MESSAGES" / "work-report.po"
    message = next(m for m in load_catalog(po, "zh_CN") if "由最初的24家增长至76家" in m.string)
    old = "<tbl-key-figures>`）。"
    assert old in message.string
    new = "<tbl-key-figures>`），年度考评均在十分以上。"
    fill(po, {message.id: message.string.replace(old, new)})
    line = load_catalog(po, "zh_CN")[message.id].lineno
    result = cli("check", "--locales", locales, "--source", SOURCE)
    assert result.stderr.splitlines() == [
        f"{po}:{line}: [added-number] number 10 is in the translation 2 times, in the source 1",
        "check failed: 1 problem(s)",
    ]


def test_real_catalogs_pass():
    real_catalogs_pass()
