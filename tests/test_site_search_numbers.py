"""The search page cuts its result summaries outside numbers with the number reader's own
pattern, written for JavaScript by site/search.py (red team 19: Sphinx's summary ended
…增长至7... where the page says 76). The pattern must find in JavaScript exactly the spans
Python finds; the browser side is tests/browser/test_search.py."""

import json
import re
import shutil
import subprocess

import pytest
from babel.messages.pofile import read_po

from conftest import LOCALES
from reportbook.i18n.lint.numerals import reader
from reportbook.languages import load_languages
from reportbook.site.search import PatternError, js_regex, number_pattern

# Each kind of number the reader reads whole, and what reads differently in JavaScript unless
# written for it: a letter after 十分 ([^\W\d_]), an astral numeral variant (𱁶), Python's
# case-insensitive i (İ, ı), ſ and K, white space of every kind.
SAMPLES = [
    "由最初的24家增长至76家，共计3 000、3，000、1\u202f024 000家",
    "180多万、十几万、百分之七十六、76%、76 per cent、十点五亿、10点5、一百五、二〇二五年",
    "2025年3月9日、2025年3月、9 March 2025、March 9, 2025、in 2016、14th、4 million",
    "twenty-one, first, a single report, −24, ±3, ＋5, －7, ７６",
    "评分为十分。十分好。十分之三。扣十分。折扣十分优惠。十分钟。一干二净",
    "𱁶万, 五𱁶, fİve, fıve, ſeven, twenty-fİve, thousand, Kth",
    "a\tb 3\t000, 3\u00a0000, 3\u3000000, 3\x0b000, 3\r000, 1\n2",
]
SPANS = """
const input = JSON.parse(require("fs").readFileSync(0, "utf-8"));
const numbers = new RegExp(input.source, input.flags + "g");
const asPython = (text) => text.replace(/[\\u0130\\u0131]/g, "i");  // as the page's script
const points = (text, at) => [...text.slice(0, at)].length;  // UTF-16 to Python's offsets
process.stdout.write(JSON.stringify(input.texts.map((text) =>
  [...asPython(text).matchAll(numbers)].map((m) =>
    [points(text, m.index), points(text, m.index + m[0].length)]))));
"""


def catalog_texts() -> list[str]:
    texts = []
    for path in sorted(LOCALES.glob("*/LC_MESSAGES/*.po")):
        with path.open("rb") as po:
            for message in read_po(po):
                for text in (message.id, message.string):
                    texts += [text] if isinstance(text, str) else list(text)
    return [text for text in texts if text]


def javascript_spans(texts: list[str]) -> list[list[list[int]]]:
    if not shutil.which("node"):
        pytest.fail("node is missing: `apt-get install -y nodejs`", pytrace=False)
    source, flags = number_pattern()
    result = subprocess.run(
        ["node", "-e", SPANS],
        input=json.dumps({"source": source, "flags": flags, "texts": texts}),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout)


def test_javascript_finds_the_numbers_python_finds():
    texts = SAMPLES + catalog_texts()
    python = reader(*load_languages())
    found = javascript_spans(texts)
    differ = {
        text: (python.spans(text), spans)
        for text, spans in zip(texts, found, strict=True)
        if [list(span) for span in python.spans(text)] != spans
    }
    assert not differ, differ
    assert sum(map(len, found)) > 500  # the catalogs' numbers were read


def test_the_pattern_is_printable_text():
    # It travels in an HTML attribute, where a carriage return would become a line feed.
    source, flags = number_pattern()
    assert source.isprintable() and flags == "iu"
    assert "\\u{d}" in source  # the carriage return of the reader's white space


@pytest.mark.parametrize(
    ("pattern", "written"),
    [
        (r"(?P<n>\d)", None),  # \d is every script's digit in Python, ASCII's in JavaScript
        (r"\bfour", None),
        (r"(?>ab)", None),
        (r"a*+", None),
        (r"a{2}+", None),
        (r"(?i:a)", None),
        (r"a$", None),
        (r"(?P<n>a)(?P=n)", r"(?<n>a)\k<n>"),
        (r"[^\W\d_]x[]a]\ [a\-z].", r"[\p{L}\p{Nl}\p{No}]x[\]a]\u{20}[a\u{2d}z][^\n]"),
        ("a{,2}}\t", r"a{0,2}\}\u{9}"),
    ],
)
def test_a_construct_is_written_alike_or_refused(pattern, written):
    if written is None:
        with pytest.raises(PatternError):
            js_regex(re.compile(pattern))
    else:
        assert js_regex(re.compile(pattern)) == (written, "u")


def test_flags_other_than_ignorecase_are_refused():
    assert js_regex(re.compile("a", re.I)) == ("a", "iu")
    with pytest.raises(PatternError):
        js_regex(re.compile("a", re.M))
