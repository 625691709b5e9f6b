"""A hostile catalog at the language's size limit, for the benchmark's guard that every
catalog check stays linear.

    python bench/hostile.py DIR    write DIR/locales/zh_CN/LC_MESSAGES/hostile.po, check it,
                                   exit 0 if the checks read it and refused it (as they
                                   must), 1 if not
    python bench/hostile.py DIR --slowest
                                   the same with the language's whole size limit filled with
                                   the slowest text per byte found (SLOWEST)
    python bench/hostile.py DIR --names
                                   a copy of the report, every name's approved form as long as
                                   a name may be, every message filled up to the size limit
                                   (red team 62: the near misses of names 230 characters long
                                   were looked for in every message, and check took 203 s)

Each message is a pattern that made one of the checks super-linear once (issue 12): runs
of Chinese numerals (broken at validation's run limit, which refuses longer ones before
any check reads the catalog), role targets padded with spaces, unclosed {{, unmatched [,
definition lists of many lines, and msgstrs at and beyond the length limits; or one a
check reads since (what binds to numbers: joined digits, signs, marks). A second catalog,
header.po, pads its Plural-Forms with spaces; the two fill the language's limit together
(validate.MAX_TOTAL_BYTES), as a translator may.
bench/run.py times the check and fails its target past a minute.
"""

import re
import shutil
import sys
from pathlib import Path

from reportbook.i18n.catalogs import domain_of, find_catalogs, load_catalog
from reportbook.i18n.lint import NameBase, project_settings
from reportbook.i18n.lint.checks import MAX_RATIO, RATIO_ALLOWANCE
from reportbook.i18n.lint.names import MAX_NAME
from reportbook.i18n.prepare import check_language
from reportbook.i18n.update import render
from reportbook.i18n.validate import LONGEST_RUN, MAX_TOTAL_BYTES

REPO = Path(__file__).resolve().parent.parent

PADDING = 100_000  # spaces in header.po's Plural-Forms
SOURCE = "word " * 700  # a msgid long enough for msgstrs up to the length limit

PATTERNS = [
    "十" + "一" * 9_000,
    "九" * 9_000,
    "1" * 9_000,  # numbers too large to read: refused, never built
    "1" + "亿" * 9_000,
    "{ref}`a" + " " * 9_000 + "b`",
    "{ref}`text" + " " * 9_000 + "<target>`",
    "{{" * 4_500,
    "[" * 100 + "a" * 9_000,
    "[a](" * 25 + "(" * 9_000,
    "*a" * 4_500,
    "`" * 9_000,
    "<" * 9_000,
    "24, 76, " * 1_100,
    "1\u202f" * 4_500,  # numbers joined by a space, each refused
    "1/" * 4_500,
    "－1%" * 3_000,  # signs and marks read with the number
    "百分之" * 3_000,
    "萬参一" * 3_000,  # numerals the checker does not read
    "扣十分以上" * 1_800,  # 十分 as ten: read by what stands before and after it
    "2016—2017年，" * 900,  # ranges of years: a year's mark ends the range
    "第二级是" * 2_250,  # numerals that name a place
    "二十四\t七十六，" * 1_000,  # numerals joined by a tab, each refused
    "両三" * 4_500,  # variants of numerals, read as the numeral
    "3千5百" * 2_250,  # numbers touching with nothing between: one chain, refused once
    "7六，" * 3_000,  # digits beside numerals, each refused
    "第V卷" * 3_000,  # Roman letters where a numeral names a place
    "近干家" * 3_000,  # look-alikes of numerals standing alone, each refused
    "第—名＋" * 2_250,  # dashes and symbols touching ideographs, each refused
    "技术——若干" * 1_500,  # the Chinese dash and a listed word: read, and allowed
    "xiv " * 2_250,  # Roman numerals in lower case
    "a-" * 4_500,  # a run an address pattern scanned to its end from each letter (red team 48)
    "a.b%" * 2_250,
    "副原" * 4_500,  # office modifiers with no office after them (lint/offices.py)
    "原会长陈大鹏、" * 1_200,  # offices and names, each office placed by bisection
    "陈大鹏" + "在会" * 4_000 + "任主任",  # an office far from the name of its clause
    "三亚九江" * 2_250,  # numerals in names: the text segmented once, not once a numeral
    "代理商生前接任" * 1_300,  # words of a person's standing, one of them held in another
    "字" * 50_000,
    "a\n: b\n" * 1_500,  # a definition list of many lines: refused on its line count
    ("a" * 90 + "\n: b\n") * 33,  # within the line limit: parsed, at about 30 µs a line
    # With an English of its own, (msgid, msgstr): the rules that read the English's clauses.
    ("N no 7; " * 2_000, "N 无7；" * 2_000),  # every clause against every English one (red team 56)
    # Offices against the English's: one matching try a kind, and a quoted English office's
    # modifiers and body read within bounds (lint/offices.py).
    ("President Director " * 400, "会长主任总裁" * 1_600),
    ("Vice President of the Alliance " * 300, "[" + "Vice " * 1_900 + "]{.language-en}"),
    ("Vice President of the Alliance " * 300, "[" + "President " * 950 + "]{.language-en}"),
    ("the initial 1, now 2; " * 150, "最初1目前2" * 500),  # words of a time among counts
    (" ".join(f"{i} centres" for i in range(800)), "".join(f"{i}位" for i in range(800))),
]
# The slowest text per byte found, numerals and digits spaced apart: red team 52 filled 3 MB
# with the numerals, and the checks took 80 s (the limit was 3 MB then); red team 54 0.8 MB
# with the digits, about 1.5 times as slow per byte, and they took 72 s.
SLOWEST = "一 二 三 四 五 1 2 3 4 5 " * 500  # within the length limits of a 3,500-letter msgid


def broken(text: str) -> str:
    """``text`` with a comma in every run of letters or digits at the run limit: validation
    refuses a longer run before any check reads the catalog, and the checks must be timed."""
    return re.sub(rf"\w{{{LONGEST_RUN}}}", lambda m: m[0] + "，", text)


def quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'  # a line end escaped: else msgfmt refuses the file, and nothing is linted


def write(root: Path, patterns: list[str]) -> Path:
    po = root / "locales" / "zh_CN" / "LC_MESSAGES" / "hostile.po"
    po.parent.mkdir(parents=True, exist_ok=True)
    header = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Language: zh_CN\\n"\n"Plural-Forms: nplurals=1; plural=0;\\n"\n'
    )
    padded = header.replace("plural=0;", "plural=n" + " " * PADDING + "x;")
    padded += '\nmsgid "a"\nmsgstr "b"\n'
    (po.parent / "header.po").write_text(padded, "utf-8")
    room = MAX_TOTAL_BYTES - len(padded.encode()) - len(header.encode()) - 1
    entries, size, n = [], 0, 0
    while True:
        pattern = patterns[n % len(patterns)]
        # A pair's msgstr has the msgid's number too: a missing number stops the later rules.
        english, msgstr = (
            (pattern[0], f"{n} {pattern[1]}") if isinstance(pattern, tuple) else (SOURCE, pattern)
        )
        msgstr = broken(msgstr)
        msgid = f"{n} {english}" + ("\n" if msgstr.endswith("\n") else "")  # as msgfmt -c wants
        entry = f"msgid {quote(msgid)}\nmsgstr {quote(msgstr)}\n\n"
        if size + len(entry.encode()) > room:
            break
        entries.append(entry)
        size, n = size + len(entry.encode()), n + 1
    po.write_text(header + "\n" + "".join(entries), "utf-8")
    return po


FILLER = "中，"  # one letter a comma: a name's near miss is tried, and fails, at every letter


def report_at_limit(root: Path) -> Path:
    """A copy of the report in ``root`` whose every name is MAX_NAME characters (its approved
    form, its last letter repeated), and whose every message has FILLER before it, up to its
    length limit and the language's size limit; its catalogs' folder."""
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(REPO / "source", root / "source")
    shutil.copytree(REPO / "locales", root / "locales")
    folder = root / "locales" / "zh_CN" / "LC_MESSAGES"
    pos = find_catalogs(root / "locales", "zh_CN")
    catalogs = {po: load_catalog(po, "zh_CN") for po in pos}
    by_domain = {domain_of(po, folder): catalog for po, catalog in catalogs.items()}
    names = NameBase.from_source(root / "source", by_domain, project_settings(root / "source"))
    longer = {n.english: n.core + n.core[-1] * (MAX_NAME - len(n.core)) for n in names.names}
    # What the filler may take, in bytes: a tenth kept for the quotes and line ends of the
    # lines Babel wraps the longer strings in.
    room = (MAX_TOTAL_BYTES - sum(po.stat().st_size for po in pos)) * 9 // 10
    for po, catalog in catalogs.items():
        for message in catalog:
            if not message.id or not isinstance(message.string, str) or not message.string:
                continue
            if message.id in longer and domain_of(po, folder) in ("people", "organisations"):
                message.string = longer[message.id]
                continue
            limit = MAX_RATIO * len(message.id) + RATIO_ALLOWANCE - len(message.string)
            times = min(limit // len(FILLER), room // len(FILLER.encode()))
            fill = FILLER * max(0, times)
            message.string, room = fill + message.string, room - len(fill.encode())
        po.write_bytes(render(catalog, po.read_bytes()))
    return root / "locales"


def main() -> int:
    root = Path(sys.argv[1])
    if "--names" in sys.argv[2:]:
        locales = report_at_limit(root)
        problems = check_language("zh_CN", locales, root / "source").problems
        print(f"{locales}: {len(problems)} problem(s)")
        return 0 if any(problem.check == "name" for problem in problems) else 1
    po = write(root, [SLOWEST] if "--slowest" in sys.argv[2:] else PATTERNS)
    problems = check_language("zh_CN", po.parents[2], root / "source").problems
    print(f"{po}: {len(problems)} problem(s)")
    # Refused unread (by a size or a run limit) would time none of the checks.
    linted = any(problem.check == "number" for problem in problems)
    if not linted:
        print(f"{po}: refused before the checks read it: {problems[:1]}")
    return 0 if linted else 1


if __name__ == "__main__":
    sys.exit(main())
