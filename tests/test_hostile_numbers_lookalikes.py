"""Red team 18: a look-alike standing alone as the whole numeral. 过去＋年 looks like 过去十年,
近干家 like 近千家, 第—名 like 第一名, while the checker read a mark or a word and no number.
An ideograph that looks like a numeral stands only inside a listed word (若干, 躯干); a dash
or a symbol only away from ideographs, as the Chinese dash (——) or between numbers. Each payload
fails with the exact finding; the honest forms and the report's own catalogs pass."""

import unicodedata

import pytest
from fontTools.unicodedata import block

from i18n_support import (
    check_with,
    cli,
    entry,
    lint_one,
    po_text,
    real_catalogs_pass,
    write_po,
)
from reportbook.languages import load_languages

ZH = load_languages()["zh_CN"]
LINT = ZH.lint
# The numerals the checker reads: digits, the language's digits, units and scales.
READ = set("0123456789") | {n for kind in ("digits", "units", "scales") for n in ZH.numerals[kind]}


def unlisted(span: str, ch: str) -> str:
    numeral = write = LINT.look_alike_numerals[ch]
    if numeral not in READ:  # 廿 for 甘: a numeral the checker reads only by its value
        value = int(unicodedata.numeric(numeral))
        numeral, write = f"{numeral} ({value})", f"{value} in digits or in the language's numerals"
    return (
        f"page.po:9: [number] {span!r}: {ch!r} (U+{ord(ch):04X} CJK UNIFIED IDEOGRAPH-"
        f"{ord(ch):04X}) looks like the numeral {numeral} and is a word only inside the words "
        "the language lists (look_alike_words): alone a reader reads the numeral (近干家 looks "
        f"like 近千家, 第丨名 like 第1名) and the checker reads no number: write {write} if "
        "the English has the number; else use another word, or have a maintainer add the word "
        "to look_alike_words"
    )


def symbol(span: str, ch: str) -> str:
    return (
        f"page.po:9: [number] {span!r}: {ch!r} (U+{ord(ch):04X} {unicodedata.name(ch)}), a dash "
        "or a symbol touching an ideograph, reads as a numeral there (过去＋年 looks like "
        "过去十年, 第—名 like 第一名) and the checker reads none: write the numeral if the "
        "English has the number; a dash as —— (or between two numbers: 2021—2025年); else use "
        "words"
    )


# The red team's payloads (redteam/01-lookalike-numeral-alone.patch), each passed.
PAYLOADS = [
    (
        "In recent years, the member units won nearly 40 honours.",
        "过去＋年，近干家成员单位获得近40项荣誉。",
        [symbol("去＋年", "＋"), unlisted("近干家", "干")],
    ),
    (
        "Kuangdun developed an automated production line.",
        "匡顿科技研发了行业第—条多工序联动的自动化生产线。",
        [symbol("第—条", "—")],
    ),
    (
        "Kuangdun was one of the new members.",
        "匡顿科技是新成员之一，并荣获＝等奖。",
        [symbol("获＝等", "＝")],
    ),
    (
        "The following companies also became members.",
        "以下＋余家企业也成为联盟新成员单位。",
        [symbol("下＋余", "＋")],
    ),
    # The variants the red team passed in the linter.
    ("He won a place.", "他获得第丨名。", [unlisted("第丨名", "丨")]),
    ("He won a place.", "他获得第亅名。", [unlisted("第亅名", "亅")]),
    ("He won a place.", "他获得第―名。", [symbol("第―名", "―")]),
    ("He won a place.", "他获得第－名。", [symbol("第－名", "－")]),
    ("A prize.", "荣获—等奖。", [symbol("获—等", "—")]),
    ("A former inspector.", "原—级巡视员。", [symbol("原—级", "—")]),
    ("Many firms.", "近白家企业。", [unlisted("近白家", "白")]),
    ("Many firms.", "上白家企业。", [unlisted("上白家", "白")]),
    ("Much money.", "超忆元。", [unlisted("超忆元", "忆")]),
    ("Many firms.", "干余家企业。", [unlisted("干余", "干")]),
    ("Some firms.", "—至＋家企业。", [symbol("—至", "—"), symbol("至＋家", "＋")]),
    # Past one space, as a reader still reads it.
    ("He won a place.", "他获得第 — 名。", [symbol("第 — 名", "—")]),
    # Three em dashes are no Chinese dash: 第———名 is no mark of the language.
    ("He won a place.", "第———名。", [symbol("第———名", "—")]),
    # Red team 24: ideographs the list lacked, read as 六 and 万, and the others it named.
    ("In recent years.", "过去亣年。", [unlisted("去亣年", "亣")]),
    ("Many firms.", "超丏家企业。", [unlisted("超丏家", "丏")]),
    ("Many firms.", "近丷家企业。", [unlisted("近丷家", "丷")]),
    ("He won a place.", "他获得第弋名。", [unlisted("第弋名", "弋")]),
    ("Much money.", "超仡元。", [unlisted("超仡元", "仡")]),
    ("In recent years.", "过去丸年。", [unlisted("去丸年", "丸")]),
    ("Many firms.", "近儿家企业。", [unlisted("近儿家", "儿")]),
    ("He won a place.", "他获得第互名。", [unlisted("第互名", "互")]),
    # Red team 42, row 02: 甘 looks like 廿 (20), a numeral the checker reads by its value
    # only, and was on no list: a reader reads 廿余家, "twenty-odd".
    ("Among them are new members.", "其中甘余家为新成员。", [unlisted("中甘余", "甘")]),
    ("Many firms.", "近伯家企业。", [unlisted("近伯家", "伯")]),
]


@pytest.mark.parametrize(("msgid", "msgstr", "found"), PAYLOADS)
def test_a_look_alike_standing_alone_is_refused(tmp_path, msgid, msgstr, found):
    # One outside the language's characters (亣, 丨…) is refused for that too (test_hostile_blocks).
    assert [f for f in lint_one(tmp_path, msgid, msgstr) if "[block]" not in f] == found


def test_prepare_refuses_the_red_team_s_paragraph(tmp_path):
    # What a user notices: nothing is compiled, and the message names both look-alikes.
    msgid, msgstr, found = PAYLOADS[0]
    po = write_po(tmp_path / "locales", "work-report", po_text(entry(msgid, msgstr)))
    out = tmp_path / "out"
    result = cli("prepare", "zh_CN", "--locales", tmp_path / "locales", "--out", out)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        *(line.replace("page.po:", f"{po}:") for line in found),
        "refusing to publish zh_CN: 2 problem(s)",
    ]
    assert not list(out.rglob("*.mo"))
    honest = "近年来，成员单位获得近40项荣誉。"
    write_po(tmp_path / "locales", "work-report", po_text(entry(msgid, honest)))
    result = cli("prepare", "zh_CN", "--locales", tmp_path / "locales", "--out", out)
    assert result.returncode == 0, result.stderr
    assert [p.name for p in out.rglob("*.mo")] == ["work-report.mo"]


@pytest.mark.parametrize("ch", sorted(LINT.look_alike_numerals))
def test_every_ideograph_look_alike_alone_is_refused(tmp_path, ch):
    found = lint_one(tmp_path, "He won a place.", f"他获得第{ch}名。")
    # One outside the language's characters (亣, 丨…) is refused for that too (test_hostile_blocks).
    assert [f for f in found if "[block]" not in f] == [unlisted(f"第{ch}名", ch)]


def allowed_symbols() -> list[str]:
    """The dashes and mathematical symbols (Pd, Sm) of the blocks a translation may use."""
    blocks = set(LINT.blocks)
    return [
        chr(c)
        for c in range(0x10000)
        if unicodedata.category(chr(c)) in ("Pd", "Sm") and block(chr(c)) in blocks
    ]


def test_the_symbols_are_the_dashes_and_signs_that_look_like_numerals():
    looks = {"—", "―", "–", "‒", "－", "‐", "＋", "＝", "｜", "-", "+", "="}  # 一, 十, 二, 丨
    assert looks <= set(allowed_symbols())


@pytest.mark.parametrize("ch", allowed_symbols())
def test_every_dash_and_symbol_between_ideographs_is_refused(tmp_path, ch):
    found = lint_one(tmp_path, "He won a place.", f"他获得第{ch}名。")
    # A symbol the book's fonts lack (⁄, ⁒) is refused for that too (test_hostile_glyphs.py).
    assert [f for f in found if "[glyph]" not in f] == [symbol(f"第{ch}名", ch)]


@pytest.mark.parametrize(
    ("ch", "name"),
    [
        ("〓", "GETA MARK"),  # a bold 二
        ("￣", "FULLWIDTH MACRON"),  # 一
        ("￨", "HALFWIDTH FORMS LIGHT VERTICAL"),  # 丨
        ("‖", "DOUBLE VERTICAL LINE"),  # 11
    ],
)
def test_a_symbol_no_sentence_needs_is_refused_anywhere(tmp_path, ch, name):
    assert lint_one(tmp_path, "He won a place.", f"他获得第{ch}名。") == [
        f"page.po:9: [block] U+{ord(ch):04X} ({name}, block {block(ch)}) is not in the source "
        "and may not be in a zh_CN translation: it looks like a digit, a numeral or a space "
        "(the language's look-alikes) (a letter that looks like a digit or a numeral reads as "
        "a number the checks do not read)"
    ]


HONEST = [
    # The catalogs' words, and the other listed ones.
    ("Several stations.", "由若干工位衔接而成。"),
    ("With less human intervention.", "减少人工干预的情况。"),
    ("It has a torso and arms.", "它具有躯干、手臂。"),
    ("Cadres and land.", "干部与土地。"),
    ("Members interact; data are connected.", "成员互动，数据互联互通，相互协作。"),
    ("Order is kept.", "维护统一秩序。"),
    ("Doctors understand white.", "博士明白白色。"),
    ("Memory.", "记忆。"),
    ("If cadres fail.", "万一干部失职。"),
    # The words of the look-alikes of numerals read by their value (廿, 佰, 柒).
    ("Gansu Province.", "甘肃省。"),
    ("Written in Arabic numerals.", "使用阿拉伯数字。"),
    ("Printing, dyeing and pollution.", "印染与污染。"),
    # Idioms of the numerals, look-alikes and all.
    ("It was wiped clean.", "清理得一干二净。"),
    ("From nothing.", "从一穷二白起步。"),
    ("Clear.", "一清二白。"),
    # The numeral itself, where the English has the number.
    ("Over the past ten years.", "过去十年。"),
    ("Nearly a thousand firms.", "近千家企业。"),
    ("He came first.", "他获得第一名。"),
    # Dashes as Chinese writes them: the dash, and a range between numbers.
    ("Technology, that is, application.", "技术——应用。"),
    ("Technology, that is, application.", "技术――应用。"),
    ("From 2021 to 2025.", "2021—2025年。"),
    ("From 2021 to 2025.", "2021年—2025年。"),
    ("Between 24 and 76 firms.", "24～76家企业。"),
    ("The 14th Five-Year Plan (2021-2025).", "“十四五”规划（2021—2025年）。"),
    # A hyphen between Latin letters touches no ideograph.
    ("An AI-ready plant.", "AI-ready工厂。"),
]


@pytest.mark.parametrize(("msgid", "msgstr"), HONEST)
def test_listed_words_idioms_and_dashes_pass(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


def test_a_listed_word_where_a_numeral_fits_passes(tmp_path):
    # The residual (docs/translating.md): 近干部门 looks like 近千部门, and 干部 is listed. No
    # rule tells it from 接近干部 ("close to the cadres") without reading the sentence.
    assert lint_one(tmp_path, "Near the department.", "近干部门。") == []


def latin(span: str, run: str, digits: str) -> str:
    one = len(run) == 1
    letters, digit_s, s = ("letter", "digit", "s") if one else ("letters", "digits", "")
    alike = ", ".join(dict.fromkeys(f"{c} like {d}" for c, d in zip(run, digits, strict=True)))
    return (
        f"page.po:9: [number] {span!r}: the Latin {letters} {run!r} stand{s} alone where a "
        f"number would and look{s} like the {digit_s} {digits} ({alike}): a reader reads "
        f"{digits} (过去lO年 looks like 过去10年) and the checker reads no number: write "
        f"{digits} if the English has the number; else use words"
    )


# Red team 23: Latin letters that look like digits standing alone as the whole number. The
# English has no number; a reader reads 过去10年, 未来10年, 第10届.
LATIN = [
    (
        "In recent years, the Alliance grew.",
        "过去lO年，联盟不断壮大。",
        [latin("去lO年", "lO", "10")],
    ),
    (
        "In future the Alliance will focus on:",
        "未来IO年联盟将重点做好：",
        [latin("来IO年", "IO", "10")],
    ),
    ("Report of the annual meeting", "第IO届年会报告", [latin("第IO届", "IO", "10")]),
    ("In recent years.", "过去ＩＯ年。", [latin("去ＩＯ年", "ＩＯ", "10")]),
    ("In recent years.", "过去ｌｏ年。", [latin("去ｌｏ年", "ｌｏ", "10")]),
    ("In recent years.", "过去 lOO 年。", [latin("去 lOO 年", "lOO", "100")]),
    # Before a numeral no other rule reads it. After one, past a space, a letter binds to the
    # number as it does touching it (一O): the neighbour rule refuses it.
    (
        "In recent years.",
        "过去一 O年。",
        [
            "page.po:9: [number] '一 O': 'O' (U+004F LATIN CAPITAL LETTER O) next to the number "
            "may change what it says, and the checker does not read it: write the number as the "
            "source does"
        ],
    ),
    ("In recent years.", "过去O一年。", [latin("去O一", "O", "0")]),
    # The English's run is the same run only: IO does not let lO pass.
    ("The IO board.", "IO板，过去lO年。", [latin("去lO年", "lO", "10")]),
    # The English's pronoun does not let the letter stand between Chinese words (review).
    ("As I said, it grew.", "正如我所说，过去I年有所增长。", [latin("去I年", "I", "1")]),
    ("As I said, it grew.", "正如我所说，过去 I 年有所增长。", [latin("去 I 年", "I", "1")]),
    # Review: the letter is judged where it stands; the English's own "I", kept in a marked
    # phrase, is not refused because another "I" stands between Chinese words.
    (
        "As I said, it grew.",
        "[As I said]{.language-en}，我们I增长了。",
        [latin("们I增", "I", "1")],
    ),
    # Red team 26: a letter with a mark (Latin-1, which pinyin's tone marks need) is read as
    # its base letter: Ø and Ò as O, Í as I.
    ("In recent years.", "过去lØ年。", [latin("去lØ年", "lØ", "10")]),
    ("In recent years.", "过去lÒ年。", [latin("去lÒ年", "lÒ", "10")]),
    ("In recent years.", "过去ÍÓ年。", [latin("去ÍÓ年", "ÍÓ", "10")]),
]


def test_letters_with_marks_in_a_longer_word_pass(tmp_path):
    # Pinyin and words with marks are words: zhìzào, Lògo (the English's: a Latin word it
    # lacks, between Chinese words, is refused on its own, test_hostile_numbers_spoken).
    msgid = "The zhìzào plan, the Lògo design."
    assert lint_one(tmp_path, msgid, "zhìzào计划，Lògo设计。") == []


@pytest.mark.parametrize(("msgid", "msgstr", "found"), LATIN)
def test_latin_letters_standing_alone_as_a_number_are_refused(tmp_path, msgid, msgstr, found):
    assert lint_one(tmp_path, msgid, msgstr) == found


def test_latin_letters_touching_a_number_are_named_once(tmp_path):
    # The number's own rules name them (l76, 一O, 第I届, II); the run is not named twice.
    assert [len(lint_one(tmp_path, "Years.", t)) for t in ("l76年", "一O年", "第I届", "II年")] == [
        1,
        1,
        1,
        1,
    ]


def lint_plain(tmp_path, msgid: str, msgstr: str) -> list[str]:
    """Lint a one-message sphinx.po as prepare does: its interface texts are plain."""
    from reportbook.i18n.catalogs import load_catalog
    from reportbook.i18n.lint import lint_catalog

    path = write_po(tmp_path, "sphinx", po_text(entry(msgid, msgstr)))
    found = lint_catalog(path, load_catalog(path, "zh_CN"), plain=True)
    return [str(p).replace(f"{path}:", "page.po:") for p in sorted(found)]


def test_an_interface_text_is_read_for_latin_look_alikes(tmp_path):
    msgid, msgstr, found = LATIN[2]
    assert lint_plain(tmp_path, msgid, msgstr) == found
    assert lint_plain(tmp_path, msgid, "年会报告") == []
    assert lint_plain(tmp_path, "IO ports", "IO端口") == []


def test_check_refuses_the_red_team_s_cover_subtitle(tmp_path):
    # redteam/02-cover-subtitle-IO.patch: the PDF cover, its metadata and the EPUB's.
    found, where = check_with(tmp_path, {"sphinx": ("年会报告", "第IO届年会报告")})
    assert found == [
        latin("第IO届", "IO", "10").replace("page.po:9:", f"{where['sphinx']}:"),
        "check failed: 1 problem(s)",
    ]


LATIN_HONEST = [
    ("AI is used.", "使用AI。"),
    ("CAD software.", "CAD软件。"),
    ("DeepSeek-R1 was deployed.", "部署了DeepSeek-R1。"),
    ("3D printing.", "3D打印。"),
    ("Logo design for iOS.", "iOS的Logo设计。"),
    # A run the English has: input/output, a blood type, the pronoun in an English phrase.
    ("IO ports.", "IO端口。"),
    ("I/O ports.", "I/O端口。"),
    ("Blood type O.", "O型血。"),
    ("He said: I agree.", "他说：[I agree]{.language-en}。"),
    ("The IO board is new.", "[IO board]{.language-en}是新的。"),
]


@pytest.mark.parametrize(("msgid", "msgstr"), LATIN_HONEST)
def test_latin_words_and_the_english_s_runs_pass(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr) == []


def test_the_real_catalogs_pass():
    real_catalogs_pass()
