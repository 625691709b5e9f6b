"""stats counts and --min; prepare compiles fresh .mo files atomically, outside locales/."""

from i18n_support import HEADER, cli, entry, po_text, write_po
from reportbook.i18n.catalogs import load_catalog
from reportbook.i18n.prepare import prepare
from reportbook.i18n.stats import count


def make(tmp_path):
    locales = tmp_path / "locales"
    write_po(
        locales,
        "a",
        po_text(
            entry("One.", "一。"),
            entry("Two.", "二。"),
            entry("Three.", "三。", "#, fuzzy"),
            entry("Four.", ""),
        ),
    )
    write_po(locales, "b", po_text(entry("Five.", "五。")))
    return locales


def test_counts(tmp_path):
    locales = make(tmp_path)
    c = count("a", load_catalog(locales / "zh_CN/LC_MESSAGES/a.po", "zh_CN"))
    assert (c.translated, c.fuzzy, c.untranslated, c.total) == (2, 1, 1, 4)
    assert c.percent(c.translated) == 50.0


def test_stats_table_and_min(tmp_path):
    locales = make(tmp_path)
    result = cli("stats", "--locales", locales)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert any(line.split()[:2] == ["a", "2"] and "50.0 %" in line for line in lines)
    assert any(line.startswith("TOTAL zh_CN") and "60.0 %" in line for line in lines)
    assert cli("stats", "--locales", locales, "--min", "60").returncode == 0
    below = cli("stats", "--locales", locales, "--min", "61", "zh_CN")
    assert below.returncode == 1
    assert "zh_CN: 60.0 % translated, below --min 61 %" in below.stderr


def test_stats_refuses_a_broken_catalog(tmp_path):
    po = write_po(tmp_path, "a", HEADER + '\nmsgid "One."\nmsgstr "一\n')
    result = cli("stats", "--locales", tmp_path)
    assert result.returncode == 1 and f"{po}:10: [syntax]" in result.stderr


def test_prepare_compiles_and_reports_fallbacks(tmp_path):
    locales, out = make(tmp_path), tmp_path / "build" / "locale"
    (out / "zh_CN/LC_MESSAGES").mkdir(parents=True)
    (out / "zh_CN/LC_MESSAGES/gone.mo").write_bytes(b"stale")
    done = prepare("zh_CN", locales, out)
    compiled = sorted(p.name for p in (out / "zh_CN/LC_MESSAGES").iterdir())
    assert compiled == ["a.mo", "a.po", "b.mo", "b.po"]  # each .mo beside its checked .po
    assert (done.counts.fuzzy, done.counts.untranslated) == (1, 1)
    assert not list(locales.rglob("*.mo"))
    result = cli("prepare", "zh_CN", "--locales", locales, "--out", out)
    assert result.returncode == 0
    assert "2 message(s) will appear in English (fuzzy or untranslated)" in result.stdout


def test_prepare_refuses_and_writes_nothing(tmp_path):
    locales, out = make(tmp_path), tmp_path / "out"
    po = write_po(locales, "c", po_text(entry("See [x](https://a.org).", "见[x](https://b.org)。")))
    result = cli("prepare", "zh_CN", "--locales", locales, "--out", out)
    assert result.returncode == 1
    assert f"{po}:9: [link] link target 'https://b.org' is not in the source" in result.stderr
    assert "refusing to publish zh_CN" in result.stderr
    assert not out.exists()


def test_a_failed_write_leaves_no_file(tmp_path, monkeypatch):
    import os

    import pytest

    from reportbook.i18n import catalogs

    target = tmp_path / "x.mo"
    target.write_bytes(b"old and good")

    def fail(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        catalogs.write_atomic(target, b"new")
    assert target.read_bytes() == b"old and good"
    assert [p.name for p in tmp_path.iterdir()] == ["x.mo"]
