"""Red team 32: numbers a reader reads that the checker did not, each stated in a form the
data did not list yet: the Latin-1 twins of look-alikes already refused (¦ of ￨, ¯ of ￣),
English words for a share or a multiple (a quarter, tenfold), a Chinese multiplier (两个数量级, a
hundred times), and a numeral naming a place before 等, 号 or the
enumerating comma (一等奖, 二号文件, 二、) or after a caption's word (表二, 图一: a citation of a
table the report does not have), which a translation may not add; 番 after a numeral (两番,
"quadrupled"). Red team 31: 秩
and 旬 after digits, 两个世纪, a cyclic year without 年 (岁次乙巳), short names of ages (知命),
an era before a year (公元前2016年)."""

import pytest

from i18n_support import lint_one, real_catalogs_pass


@pytest.mark.parametrize(
    ("msgid", "msgstr", "finding"),
    [
        (
            "It ranks among the alliances.",
            "规模居全国同类联盟第¦位。",
            "[block] U+00A6 (BROKEN BAR",
        ),
        ("It won a prize.", "联盟获评¯等奖。", "[block] U+00AF (MACRON"),
        (
            "It gathered 147 experts.",
            "汇聚147位专家（其中[a quarter]{.language-en}来自海外）。",
            "[number] 'quarter' states a number the checker does not read",
        ),
        ("Profits rose.", "效益提升约tenfold。", "[number] 'tenfold' states a number"),
        (
            "It grew larger.",
            "服务规模扩大了两个数量级。",
            "[number] '两个数量级': '个数量级' changes",
        ),
        ("It won nearly 40 honours.", "获得近40项荣誉，均为一等奖。", "[added-number] number 1 is"),
        ("It is supported.", "被列入二号文件重点支持。", "[added-number] number 2 is"),
        ("Discussion", "二、交流研讨", "[added-number] number 2 is"),
        (
            "All key figures are gathered.",
            "汇集了全部数字（分项数字见表二）。",
            "[added-number] number 2 is",
        ),
        ("Membership grew.", "成员数量的增长见图一。", "[added-number] number 1 is"),
        ("See the appendix.", "见附录一。", "[added-number] number 1 is"),
        ("Output grew.", "产量增长两番。", "[number] '两番' states a number"),
        # Red team 35: an added 一 naming a month, a weekday, a quarter, a floor; 半百 (fifty).
        ("It was founded in 2016.", "联盟成立于2016年一月。", "[added-number] number 1 is"),
        ("It met on 9 March 2025.", "2025年3月9日（星期一）开会。", "[added-number] number 1 is"),
        ("It met on 9 March 2025.", "2025年3月9日（周一）开会。", "[added-number] number 1 is"),
        ("It met in spring.", "联盟于一季度开会。", "[added-number] number 1 is"),
        ("The meeting had aims.", "本次会议旨在（详见附件一）：", "[added-number] number 1 is"),
        ("It won honours.", "其中_等奖多项。", "[number] '中_等': '_' (U+005F LOW LINE)"),
        # Red team 35: the first look-alikes fixed, back inside brackets or quotation marks.
        ("Over the years, it grew.", "过去（＋）年，联盟壮大。", "[number] '（＋）': '＋'"),
        ("It won a prize.", "荣获“＝”等奖。", "[number] '“＝”': '＝'"),
        # Red team 36, row 11: wrapped in other marks instead.
        ("Over the years, it grew.", "过去·＋·年，联盟壮大。", "[number] '·＋·': '＋'"),
        ("Over the years, it grew.", "过去、＋、年，联盟壮大。", "[number] '、＋、': '＋'"),
        ("Over the years, it grew.", "过去…＋…年，联盟壮大。", "[number] '…＋…': '＋'"),
        ("It won a prize.", "荣获＊—＊等奖。", "[number] '＊—＊': '—'"),
        (
            "It was founded in March 2016.",
            "联盟成立于2016年3月一日。",
            "[added-number] number 1 is",
        ),
        ("It met on 9 March 2025.", "2025年3月9日两点钟开会。", "[added-number] number 2 is"),
        ("It met downstairs.", "联盟在一楼开会。", "[added-number] number 1 is"),
        # Red team 33: English number words no table read, in a phrase marked as English.
        ("Its members won honours.", "[zero]{.language-en}项荣誉。", "[number] 'zero' states"),
        ("Revenue grew.", "营收[quadrupled]{.language-en}。", "[number] 'quadrupled' states"),
        (
            "Member units won honours.",
            "[thousands of]{.language-en}成员单位获奖。",
            "[number] 'thousands' states",
        ),
        ("It met again.", "联盟[once]{.language-en}开会。", "[number] 'once' states"),
        # Symbols of the allowed blocks that look like numerals (〒 千, ￤ 丨).
        ("Member units won honours.", "近〒家成员单位获奖。", "[block] U+3012 (POSTAL MARK"),
        ("In recent years, it grew.", "过去￤￤年，联盟壮大。", "[block] U+FFE4 (FULLWIDTH"),
        # Red team 31: ages and spans of time, a cyclic year without 年, an era before a year.
        ("It lasted 10 years.", "历经10秩。", "[number] '10秩' states a number"),
        ("The next 5 years", "未来五旬", "[number] '五旬': '旬' changes the number"),
        ("Its work over the years.", "联盟两个世纪以来的工作。", "[number] '两个世纪': '个世纪'"),
        ("In the year ahead.", "岁次乙巳。", "[number] '乙巳' states a number"),
        ("He is old.", "年已知命。", "[number] '知命' states a number"),
        ("It was founded in 2016.", "成立于公元前2016年。", "[number] '公元前' names a calendar"),
        # Red team 38: its relatives, and the word split by a space or a dot.
        ("It was founded in 2016.", "成立于西元前2016年。", "[number] '西元前' names a calendar"),
        ("It was founded in 2016.", "成立于民国前2016年。", "[number] '民国' names a calendar"),
        ("It was founded in 2016.", "成立于公元 前2016年。", "[number] '公元前' names a calendar"),
        ("Output grew.", "产量增长两 番。", "[number] '两番' states a number"),
        ("He is old.", "年已过花·甲。", "[number] '花甲' states a number"),
        ("It met at one.", "会议于一点整举行。", "[number] '一点整' states a number"),
        # Red team 36, rows 2 and 13: another calendar before a year or a date; 半 before a
        # number.
        ("It was founded in 2016.", "成立于佛历2016年。", "[number] '佛历' names a calendar"),
        (
            "It met on 9 March 2025.",
            "会议于农历2025年3月9日召开。",
            "[number] '农历' names a calendar",
        ),
        ("It reached over 4 million.", "超过半个400万。", "[number] '半个400万': '半个'"),
        ("It reached over 4 million.", "超过半400万。", "[number] '半400万': '半'"),
    ],
)
def test_a_number_stated_in_an_unlisted_form_is_refused(tmp_path, msgid, msgstr, finding):
    found = lint_one(tmp_path, msgid, msgstr)
    assert len(found) == 1 and found[0].startswith(f"page.po:9: {finding}"), found


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("It won nearly 40 honours and a prize.", "获得近40项荣誉和一项奖。"),
        ("Two parts: A and B.", "两个环节：甲和乙。"),
        ("76 members won a first prize.", "76家成员获得一等奖。"),
        ("It grew fourfold.", "增长了[fourfold]{.language-en}。"),
        ("In the 21st century.", "在21世纪。"),
        ("In its own future.", "在自己未来的工作中。"),
        ("It was founded in 2016.", "成立于2016年。"),
        ("One company represented them.", "由代表一家企业发言。"),
        ("He tried once more.", "他试图一再说明。"),
        ("After a discussion.", "经过一番讨论。"),
        ("It meets weekly.", "联盟每周一次例会。"),
        ("At the start of the year, a firm joined.", "年初一家企业加入联盟。"),
        ("It took a month.", "历时一个月。"),
        ("He made two points.", "他提出两点意见。"),
        ("He asked time and again.", "他三番五次提问。"),
        ("It went through 3 rounds.", "联盟经历3轮评审。"),
        ("It was founded in 2016.", "联盟成立于公历2016年。"),
    ],
)
def test_the_same_forms_the_english_states_pass(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


def test_an_hour_after_a_time_of_day_is_refused(tmp_path):
    # Red team 35: 下午两点 ("two in the afternoon") named an hour the English does not state.
    found = lint_one(tmp_path, "It met on 9 March 2025.", "2025年3月9日下午两点开会。")
    assert "[number] '下午两点' states a number the checker does not read" in str(found)


def test_half_a_hundred_is_a_number_not_an_idiom(tmp_path):
    # Red team 35: 半百 ("fifty") was an idiom, read as no number, so a count of 50 passed.
    found = lint_one(tmp_path, "Some are garment firms.", "其中半百家为服装企业。")
    assert "page.po:9: [number] '半百' states a number the checker does not read" in str(found)
    assert lint_one(tmp_path, "Some are garment firms.", "其中一些为服装企业。") == []


def test_real_catalogs_pass():
    real_catalogs_pass()
