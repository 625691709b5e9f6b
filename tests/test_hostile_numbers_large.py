"""Numbers too large to read (red team 4, loc10): a run of thousands of digits or of scales
(1亿亿亿…) stopped ``check`` and the build with a traceback (Python's limit on converting an
int of over 4,300 digits; decimal.Overflow for a million 亿). No report states a number of
more than 18 digits or of 10^18 or more: such a number is refused at its file:line, never
built."""

import pytest

from i18n_support import cli, entry, lint_one, po_text, real_catalogs_pass, write_po
from reportbook.i18n.lint.numerals import reader

ZH = reader("zh_CN", "en", translation=True)  # as the linter reads a translation
FIRM = "There was one firm. "
LARGE = (
    ": a number of more than 18 digits, or of 10^18 or more, is larger than any a report "
    "states, and the checker does not read it: write the number as the source does"
)


def test_the_red_teams_payload_is_a_finding_not_a_traceback(tmp_path):
    msgid = FIRM + "x" * 700
    assert lint_one(tmp_path / "honest", msgid, "有一家企业。" + "x" * 700) == []
    payload = "1" + "亿" * 700
    assert lint_one(tmp_path / "payload", msgid, payload) == [
        f"page.po:9: [number] '1{'亿' * 38}…'{LARGE}"
    ]


@pytest.mark.parametrize(
    ("payload", "shown"),
    [
        # Up to validation's longest run (validate.LONGEST_RUN): a longer one is refused there.
        ("1" * 400, "1" * 39),
        ("一" * 400, "一" * 39),
        ("1" + "亿" * 399, "1" + "亿" * 38),
    ],
)
def test_check_refuses_a_long_numeral_run_at_its_line(tmp_path, payload, shown):
    msgid = FIRM + "x，" * 800
    po = write_po(tmp_path, "page", po_text(entry(msgid, "有一家企业。" + "x，" * 800)))
    result = cli("check", "--locales", tmp_path)
    assert (result.returncode, result.stdout.strip()) == (0, "catalogs valid; no lint problems")
    write_po(tmp_path, "page", po_text(entry(msgid, "有一家企业。" + payload)))
    result = cli("check", "--locales", tmp_path)
    assert "Traceback" not in result.stderr
    assert (result.returncode, result.stderr.splitlines()) == (
        1,
        [f"{po}:9: [number] '{shown}…'{LARGE}", "check failed: 1 problem(s)"],
    )


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("9" * 18, ["9" * 18]),  # the largest number read
        ("1" + "0" * 18, []),
        ("1" * 19, []),
        ("0" * 19 + "1", []),  # every digit counts: a reader is shown them all
        ("0." + "0" * 17 + "1", []),
        ("1万亿", ["1000000000000"]),
        # A smaller scale before a larger one multiplies, as a reader reads it.
        ("三万亿", ["3000000000000"]),
        ("一亿三千万", ["130000000"]),
        ("100亿亿", []),
        ("4 million million", ["4000000000000"]),
        ("4 million million million", []),
        ("九" * 18, ["9" * 18]),
        ("九" * 19, []),
        ("−" + "1" * 19 + "%", []),  # a sign and a mark bind to a number refused whole
    ],
)
def test_the_bound(text, values):
    reading = ZH.reading(text)
    assert reading.values == values
    assert [u.kind for u in reading.unread] == ([] if values else ["large"])


@pytest.mark.parametrize(
    "text", ["一亿亿", "两万万", "一亿亿亿", "一" + "亿" * 4_400, "1亿亿", "4万百"]
)
def test_chinese_scales_after_a_scale_as_large_are_no_number(text):
    # 亿亿 and 万万 never grow a value: the run is refused whole (test_hostile_numbers_reading);
    # after digits too (red team 64: 4万百 for 400万).
    assert [u.kind for u in ZH.reading(text).unread] == ["scales"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("1" * 1_000_000, "large"),
        ("1" + "亿" * 1_000_000, "large"),
        ("一" + "亿" * 1_000_000, "scales"),
        ("4" + " million" * 100_000, "large"),
    ],
)
def test_a_huge_run_is_refused_without_building_its_value(text, kind):
    # Each raised before (int conversion, decimal.Overflow) or built a number of a million
    # digits; the value now stops growing at the bound.
    assert [u.kind for u in ZH.reading(text).unread] == [kind]


def test_real_catalogs_pass():
    real_catalogs_pass()


def test_prepare_refuses_it_and_compiles_nothing(tmp_path):
    msgid = FIRM + "x，" * 350
    po = write_po(tmp_path / "locales", "page", po_text(entry(msgid, "1" + "亿" * 399)))
    out = tmp_path / "out"
    result = cli("prepare", "zh_CN", "--locales", tmp_path / "locales", "--out", out)
    assert "Traceback" not in result.stderr
    assert (result.returncode, result.stderr.splitlines()) == (
        1,
        [f"{po}:9: [number] '1{'亿' * 38}…'{LARGE}", "refusing to publish zh_CN: 1 problem(s)"],
    )
    assert not list(out.rglob("*.mo"))
    write_po(tmp_path / "locales", "page", po_text(entry(msgid, "有一家企业。" + "x，" * 350)))
    result = cli("prepare", "zh_CN", "--locales", tmp_path / "locales", "--out", out)
    assert result.returncode == 0, result.stderr
    assert [p.name for p in out.rglob("*.mo")] == ["page.mo"]
