"""Red team 49: the number is there, in order, and counts another thing. A unit of time the
English counts in another unit (十个月 for "10 years"), a count of groups (6批研发中心, 147组专家
for "6 R&D centres, 147 experts"), a rate (每年76家, 每个中心汇聚147位) and a place (6号研发中心)
where the English says none of these are refused; the English's own units, groups and rates
pass.

Red team 51: a number the source states may be followed only by a word the language's tables
list with what it counts (180波, 6弄 and 四会 are refused), and a unit of time the English gives
must be there in the translation (五个财季 for "5 years" is refused)."""

import pytest

from i18n_support import lint_one

CENTRES = "It set up 6 R&D centres and gathered 147 experts."
BATCHES = "Two batches of 24 firms joined; 4 more joined later."


@pytest.mark.parametrize(
    ("msgid", "msgstr", "said"),
    [
        ("Over the past 10 years, it grew.", "过去十个月，联盟发展壮大。", "10 counts months"),
        ("10 years", "10个月", "10 counts months"),
        ("It took 2 hours.", "它历时2天。", "2 counts days"),
        ("It took 10 years.", "它历时10周。", "10 counts weeks"),
        (CENTRES, "它设立了6批研发中心，汇聚147位专家。", "6 is a count of groups"),
        (CENTRES, "它设立了6个研发中心，汇聚147组专家。", "147 is a count of groups"),
        # Row 13: "a single report" made a set of reports.
        ("It is based on a single news report.", "它依据一组新闻报道。", "1 is a count of groups"),
        (CENTRES, "它设立了6个研发中心，每个中心汇聚147位专家。", "147 is a rate"),
        ("It grew from the initial 24 to 76.", "由最初的24家增长至每年76家。", "76 is a rate"),
        (CENTRES, "它设立了6号研发中心，汇聚147位专家。", "6 is an ordinal"),
        (CENTRES, "它设立了6级研发中心，汇聚147位专家。", "6 is an ordinal"),
        # A rate beside a count the translation adds is judged as itself: its value is also
        # a digit of the counted 24, or the added 两's.
        (BATCHES, "两批24家企业加入；后来每年又有4家加入。", "4 is a rate"),
        # Red team 50: units, groups and rates in words the lists did not have.
        ("Over the past 10 years, it grew.", "过去十日，联盟发展壮大。", "10 counts days"),
        ("Over the past 10 years, it grew.", "过去十个季度，联盟发展壮大。", "10 counts quarters"),
        ("Over the past 10 years, it grew.", "过去十个年代，联盟发展壮大。", "10 counts decades"),
        ("Over the past 10 weeks, it grew.", "过去十个春秋，联盟发展壮大。", "10 counts years"),
        ("Over the past 10 years, it grew.", "过去十晚，联盟发展壮大。", "10 counts nights"),
        ("It gathered 147 experts.", "它汇聚147帮专家。", "147 is a count of groups"),
        (CENTRES, "它设立了6个研发中心，各中心均汇聚147位专家。", "147 is a rate"),
        (CENTRES, "它设立了6个研发中心，分别汇聚147位专家。", "147 is a rate"),
        (CENTRES, "它设立了6个研发中心，单个中心汇聚147位专家。", "147 is a rate"),
        (CENTRES, "它设立了6个研发中心，汇聚147个专家团队。", "147 is a count of groups"),
        ("It invited 180 speakers.", "它邀请演讲嘉宾180支团队。", "180 is a count of groups"),
        ("Nearly 3,000 attended.", "场均参会近3000人次。", "3000 is a rate"),
        ("More than 4 million exposures.", "单日媒体曝光量超过400万次。", "4000000 is a rate"),
        # Row 9: a rate word of another clause ("annual meeting") makes no rate of 24.
        (
            "It grew from 24 to 76 members. Its annual meeting was held in Hangzhou.",
            "成员单位每年增加24家，增至76家。其年会在杭州举行。",
            "24 is a rate",
        ),
        (CENTRES, "它设立了6区研发中心，汇聚147位专家。", "6 is an ordinal"),
        (CENTRES, "它排名6的研发中心汇聚147位专家。", "6 is an ordinal"),
        (
            BATCHES.replace("4 more", "2 more"),
            "两批24家企业加入；后来每年又有2家加入。",
            "2 is a rate",
        ),
        # Red team 51: the 一 of 每一个 is the rate's own; a rate written as a slash, or with
        # 届均.
        (CENTRES, "它设立了6个研发中心，每一个研发中心都汇聚了147位专家。", "147 is a rate"),
        (CENTRES, "它设立了6个研发中心，汇聚147位专家/年。", "147 is a rate"),
        ("Nearly 3,000 attended.", "历届年会届均参会近3000人次。", "3000 is a rate"),
        # A unit the tables do not know is no unit the English gives.
        ("Over the next 5 years, it will grow.", "未来五个财季，它将发展。", "5 counts years in"),
        # Nor a measure word they do not know: what it counts is the reviewer's to say.
        ("It invited 180 speakers.", "它邀请了180波演讲嘉宾。", "180 is followed by 波"),
        (CENTRES, "它设立了6弄研发中心，汇聚147位专家。", "6 is followed by 弄"),
        # Red team 53: at the text's very end, a slice of one letter is no word of two.
        ("It has 76 members.", "它拥有76弄", "76 is followed by 弄"),
        ("It has 4 member units.", "它有四会成员单位。", "4 is followed by 会"),
        # Red team 53: past "-odd" or a closing mark the letter still follows the number; a
        # slash with spaces is a slash.
        ("It invited 180 speakers.", "它邀请了180余波演讲嘉宾。", "180 is followed by 波"),
        ("It invited 180 speakers.", "它邀请了“180”波演讲嘉宾。", "180 is followed by 波"),
        (CENTRES, "它设立了6个研发中心，汇聚147位 / 年专家。", "147 is a rate"),
        # "set up" says no set: only the plural "sets" speaks of groups.
        (CENTRES, "它设立了6套研发中心，汇聚147位专家。", "6 is a count of groups"),
    ],
)
def test_a_number_made_to_count_another_thing_is_refused(tmp_path, msgid, msgstr, said):
    found = " ".join(lint_one(tmp_path, msgid, msgstr))
    assert f"page.po:9: [number] number {said}" in found, found


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("Over the past 10 years, it grew.", "过去十年，联盟发展壮大。"),
        ("The past decade.", "过去十年。"),  # "decade" gives no unit: 十年 keeps its own
        ("It is a 10-year plan.", "这是十年规划。"),
        ("It took 2 hours.", "它历时2小时。"),
        ("The Alliance marked its 10 years.", "联盟迎来成立10周年。"),  # no weeks
        ("It was held in 2016.", "它于2016年举行。"),
        (CENTRES, "它设立了6个研发中心，汇聚147位专家。"),
        ("It drafted 9 series of standards.", "它编制了9个系列的标准。"),
        ("It admitted 2 batches of 24 members.", "它吸收了2批共24家成员。"),
        ("It grew to 76 a year.", "增长至每年76家。"),
        ("Each centre has 147 experts.", "每个中心汇聚147位专家。"),
        ("He is a First-Level Inspector.", "他是一级巡视员。"),
        ("It won the first prize.", "它获得一等奖。"),
        ("See No. 6.", "见6号。"),
        (BATCHES, "两批24家企业加入；后来又有4家加入。"),
        ("It was held on 9 March 2025.", "会议于2025年3月9日举行。"),  # a date's 日
        ("It took 10 days.", "历时10日。"),
        ("Over the past 10 years, it grew.", "过去十载，联盟发展壮大。"),  # 载, 春秋: years
        ("It was held on the evening of 9 March 2025.", "会议于2025年3月9日晚举行。"),
        ("Each centre has 147 experts.", "各中心均汇聚147位专家。"),
        ("They have 24 and 76 members respectively.", "它们分别有24家和76家成员。"),
        ("The sections below follow these three platforms.", "以下各节即按这三个平台展开。"),
        ("It had 2 quarters of growth.", "它实现了两个季度的增长。"),
        ("It ranked 6th.", "它排名6。"),
        ("It grew by 24 members a year, to 76.", "成员单位每年增加24家，增至76家。"),
        ("It set up 6 R&D centres in 6 districts.", "它在6个区设立了6个研发中心。"),
        ("Each R&D centre has 147 experts.", "每一个研发中心都汇聚了147位专家。"),
        ("Over 20 years, it grew.", "二十多年来，联盟发展壮大。"),  # 多, 余: still years
        ("Over 30 years, it grew.", "30余年来，联盟发展壮大。"),
        ("It set the 14th Five-Year Plan.", "它制定了“十四五”规划。"),  # a modifier: no unit
        ("Its share was 24/76.", "其份额为24/76。"),  # a slash between numbers
        ("The first batch had 24 members.", "首批均为24家成员。"),  # 均为: all, no rate
        ("It has 76 member units.", "成员单位均增至76家。"),  # 位 of 单位 is no 位均
        ("Sanya hosted 3 meetings.", "三亚举办了3场会议。"),  # a name's numeral
        ("It set the three garments and two trousers.", "它确定了三衣两裤。"),  # count_nouns
        # Red team 53: ages, everyday measure words, places counted, the English's own slash.
        ("The child is 5 years old.", "孩子5岁。"),
        ("Applicants must be 18 years of age.", "申请人须年满18周岁。"),
        ("The trip lasts 2 nights.", "行程为期两宿。"),
        ("It has 5 sheep and 10 trees.", "它有5只羊和10棵树。"),
        ("It serves 200 households.", "它服务200户居民。"),
        ("It covers three provinces and one city.", "它覆盖三省一市。"),
        ("It has 147 researchers/experts.", "它有147位研究员/专家。"),
        ("The speed is 120 km/h.", "速度为120公里/小时。"),
        ("It drafted two sets of rules.", "它制定了两套规则。"),
        ("They filled 5 boxes of files.", "他们装满了5箱文件。"),
    ],
)
def test_the_englishs_own_units_groups_rates_and_places_pass(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


def test_an_added_two_before_a_measure_of_time_is_refused(tmp_path):
    # 两 before a measure of time is a number of its own, refused as added (财年, 年度 too).
    recent = "In recent years, it grew."
    for msgstr in ("近两个财年，它发展壮大。", "两个年度以来，它发展壮大。"):
        assert lint_one(tmp_path, recent, msgstr) == [
            "page.po:9: [added-number] number 2 is not in the source"
        ], msgstr


@pytest.mark.parametrize(
    ("msgstr", "refused"),
    [
        ("它运行（2021年、2025年）。", True),  # row 11: two years, not the five between
        ("它运行（2021—2025年）。", False),
        ("它运行（2021至2025年）。", False),
    ],
)
def test_a_range_of_years_stays_a_range(tmp_path, msgstr, refused):
    found = lint_one(tmp_path, "It ran (2021-2025).", msgstr)
    said = "page.po:9: [number] the source's range 2021–2025 is no range in the translation"
    assert any(f.startswith(said) for f in found) == refused, found
