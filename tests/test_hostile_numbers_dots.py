"""Red team 29: numbers the reader sees that the checker skipped or split.

A digit right after an ASCII "." was never read: {numref}`表%s <…>`.5 shows 表1.5, sphinx.po's
表%s.5 puts 表1.5 in every caption, No.1 adds a ranking, and 76.000.000 was read as the decimal
76 with the rest skipped (a reader sees 76 million). Chinese numerals joined by "." ":" "," or
"'" (十.五年) were two numbers where a reader sees 10.5. A Latin letter after a number past a
space (近40 K) passed where 40K is refused. And the idiom 万一 "just in case" took the 万 of
近万一千 (11,000), which was read as 1000. Now no digit is skipped, numerals joined by a mark
are refused as digits are, a letter binds past spaces, and an idiom ends before a numeral."""

import pytest

from i18n_support import check_with, lint_one, real_catalogs_pass
from reportbook.i18n.lint.numerals import reader

ZH = reader("zh_CN", "en", translation=True)  # as the linter reads a translation
GREW = "Over the past 10 years, membership grew from the initial 24 to 76."


def joined(span: str, ch: str, name: str) -> str:
    return (
        f"[number] {span!r}: numbers joined by {ch!r} (U+{ord(ch):04X} {name}) may read as one "
        "number (1 024, 1/24, 9:30): write the source's number, or separate the numbers with words"
    )


def neighbour(span: str, ch: str, name: str) -> str:
    return (
        f"[number] {span!r}: {ch!r} (U+{ord(ch):04X} {name}) next to the number may change what "
        "it says, and the checker does not read it: write the number as the source does"
    )


DOT = "FULL STOP"


@pytest.mark.parametrize(
    ("msgid", "msgstr", "found"),
    [
        # 01, 01b: a digit after the number Sphinx writes, or after a reference's text.
        ("Table %s", "表%s.5", [joined("%s.5", ".", DOT)]),
        (
            "Founded in 2016 ({numref}`Table %s <tbl-key-figures>`).",
            "成立于2016年（见{numref}`表%s <tbl-key-figures>`.5）。",
            [joined("%s.5", ".", DOT)],
        ),
        (
            "Founded in 2016 ({numref}`tbl-key-figures`).",
            "成立于2016年（见{numref}`tbl-key-figures`.5）。",
            [joined(".5", ".", DOT)],
        ),
        # 02: a number after a dot is read, and is added.
        (
            "It leads the country.",
            "规模居全国同类联盟No.1。",
            ["[added-number] number 1 is not in the source"],
        ),
        # A dot after no digit, numeral or word: 第.5名 may read as 0.5 or 5, so 5th is not found.
        (
            "It ranked 5th.",
            "排名第.5名。",
            [
                neighbour(".5", ".", DOT),
                "[number] number 5 is a count in the translation (十四个, 14个: with a measure "
                "word), the English states it only as an ordinal (14th, second): write it as a "
                "place (第十四个) or as the source does",
            ],
        ),
        ("Over the past 8 years.", "过去...8年。", [neighbour(".8", ".", DOT)]),
        # 09: a second decimal point joins the numbers (76 million to a reader), as 76_000 does.
        (
            GREW,
            "过去十年，成员单位由24家增至76.000.000家。",
            [
                "[added-number] number 0 is not in the source",
                joined("76.000.000", ".", DOT),
            ],
        ),
        (
            GREW,
            "过去十年，成员单位由24家增至76_000家。",
            [
                "[added-number] number 0 is not in the source",
                joined("76_000", "_", "LOW LINE"),
            ],
        ),
        # 03: numerals joined by a mark that separates nothing, as digits are.
        (
            "Over the past 10 years. The next 5 years.",
            "回顾了联盟十.五年来的发展历程。",
            [joined("十.五", ".", DOT)],
        ),
        ("10 and 5", "十:五年。", [joined("十:五", ":", "COLON")]),
        ("10 and 5", "十,五年。", [joined("十,五", ",", "COMMA")]),
        ("10 and 5", "十'五年。", [joined("十'五", "'", "APOSTROPHE")]),
        ("10 and 5", "10.五年。", [joined("10.五", ".", DOT)]),
        # 04: a Latin letter binds to a number past spaces, as it does touching it.
        (
            "nearly 40 honours",
            "获得近40 K项荣誉。",
            [neighbour("40 K", "K", "LATIN CAPITAL LETTER K")],
        ),
        (
            GREW,
            "过去十年，成员单位由24 K家增至76 K家。",
            [
                neighbour("24 K", "K", "LATIN CAPITAL LETTER K"),
                neighbour("76 K", "K", "LATIN CAPITAL LETTER K"),
            ],
        ),
        (
            "nearly 40 honours",
            "获得近40 w项荣誉。",
            [neighbour("40 w", "w", "LATIN SMALL LETTER W")],
        ),
        (
            "nearly 40 honours",
            "获得近40  Ｍ项荣誉。",
            [neighbour("40  Ｍ", "Ｍ", "FULLWIDTH LATIN CAPITAL LETTER M")],
        ),
        (
            "nearly 40 honours",
            "获得近40 bn项荣誉。",
            [neighbour("40 b", "b", "LATIN SMALL LETTER B")],
        ),
        ("Table %s", "表%s K", [neighbour("%s K", "K", "LATIN CAPITAL LETTER K")]),
        # 万一 before a numeral is no idiom: 近万一千 is 11000, not the source's 1000.
        (
            "nearly 1,000 firms",
            "近万一千家企业。",
            [
                "[number] number 1000 of the source is missing",
                "[added-number] number 11000 is not in the source",
            ],
        ),
    ],
)
def test_the_payload_is_refused(tmp_path, msgid, msgstr, found):
    assert lint_one(tmp_path, msgid, msgstr) == sorted(f"page.po:9: {f}" for f in found)


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("It grew 3.5% to 120 million.", "增长3.5%，达1.2亿。"),
        ("Over the past 10 years, 24 grew to 76.", "过去十年，由24家增至76家。"),
        ("Just in case, check twice.", "万一出现问题，要检查两次。"),
        ("10 and 5", "十、五。"),
        # What the English has after a number, written as it does, stays allowed.
        ("The 5 G network.", "5 G网络。"),
        ("A 5 Gbps link.", "5 Gbps链路。"),
        ("A pair of firms.", "[a pair of]{.language-en}企业。"),
    ],
)
def test_honest_forms_pass(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


def test_the_reading_is_what_a_reader_sees():
    assert ZH.read("近万一千家") == ["11000"]
    assert ZH.read("万一出现问题") == []
    assert ZH.read("No.1") == ["1"]
    assert ZH.read("76.000.000家") == ["76", "0"]  # and refused as joined


# The red team's closing.po payload: "10 years" becomes 十.五年 (10.5) and "5 years" is dropped.
CLOSING = "来的发展历程（见{numref}`表%s <tbl-key-figures>`），并对联盟的未来寄予厚望。他指出，"


def test_the_red_team_s_catalogs_are_refused(tmp_path):
    lines, where = check_with(
        tmp_path,
        {
            "closing": (f"联盟十年{CLOSING}未来五年是", f"联盟十.五年{CLOSING}未来是"),
            "organisations": ("成员单位由24家增至76家", "成员单位由24 K家增至76.000.000家"),
        },
    )
    assert lines[:-1] == [
        f"{where['closing']}: {joined('十.五', '.', DOT)}",
        f"{where['organisations']}: [added-number] number 0 is not in the source",
        f"{where['organisations']}: {neighbour('24 K', 'K', 'LATIN CAPITAL LETTER K')}",
        f"{where['organisations']}: {joined('76.000.000', '.', DOT)}",
    ]


def test_real_catalogs_pass():
    real_catalogs_pass()
