"""update: new, changed and removed messages; no diff without change; broken catalogs untouched."""

from i18n_support import HEADER, cli, entry, fill, po_text, write_po, write_pot
from reportbook.i18n.catalogs import load_catalog
from reportbook.i18n.problems import CatalogError
from reportbook.i18n.update import update_catalogs

P1 = "The Alliance was established in 2016 and has grown steadily since then."
P2 = "Members discussed the needs of intelligent manufacturing in the garment industry."
P2_EDITED = "Members discussed the needs of intelligent manufacturing in the clothing industry."
P3 = "A new paragraph about something else entirely, added by the editor."


def setup(tmp_path):
    pot, locales = tmp_path / "gettext", tmp_path / "locales"
    write_pot(pot, "page", [P1, P2])
    update_catalogs("zh_CN", pot, locales)
    po = locales / "zh_CN/LC_MESSAGES/page.po"
    fill(
        po,
        {P1: "联盟成立于2016年。", P2: "成员讨论了服装行业。"},
        {P2: ['translator: keep "服装" here']},
    )
    text = po.read_text("utf-8")
    po.write_text(
        text.replace('"Language-Team:', '"X-Generator: Poedit 3.4\\n"\n"Language-Team:'), "utf-8"
    )
    return pot, locales, po


def test_new_catalog_is_created_and_valid(tmp_path):
    pot, locales = tmp_path / "gettext", tmp_path / "locales"
    write_pot(pot, "page", [P1])
    assert update_catalogs("zh_CN", pot, locales)["create"] == ["page"]
    assert cli("check", "--locales", locales).returncode == 0


def test_no_source_change_means_no_diff(tmp_path):
    pot, locales, po = setup(tmp_path)
    before = po.read_bytes()
    write_pot(pot, "page", [P1, P2], date="2025-04-01 10:00+0000")  # a later gettext run
    assert update_catalogs("zh_CN", pot, locales)["unchanged"] == ["page"]
    assert po.read_bytes() == before


def test_changed_message_becomes_fuzzy_with_previous_msgid(tmp_path):
    pot, locales, po = setup(tmp_path)
    write_pot(pot, "page", [P1, P2_EDITED, P3], date="2025-04-01 10:00+0000")
    assert update_catalogs("zh_CN", pot, locales)["update"] == ["page"]
    text = po.read_text("utf-8")
    catalog = load_catalog(po, "zh_CN")
    edited = catalog[P2_EDITED]
    assert edited.fuzzy and edited.string == "成员讨论了服装行业。"
    assert edited.previous_id == [P2]
    assert (
        '#| msgid ""\n#| "Members discussed the needs of intelligent manufacturing in the ' in text
    )
    assert edited.user_comments == ['translator: keep "服装" here']
    assert catalog[P3].string == "" and not catalog[P3].fuzzy
    assert catalog[P1].string == "联盟成立于2016年。" and not catalog[P1].fuzzy
    assert '"X-Generator: Poedit 3.4\\n"' in text  # the translator's header kept
    assert '"POT-Creation-Date: 2025-04-01 10:00+0000\\n"' in text
    # a second update with the same templates changes nothing, #| lines included
    before = po.read_bytes()
    assert update_catalogs("zh_CN", pot, locales)["unchanged"] == ["page"]
    assert po.read_bytes() == before


def test_removed_message_is_kept_obsolete_and_comes_back(tmp_path):
    pot, locales, po = setup(tmp_path)
    write_pot(pot, "page", [P2])
    update_catalogs("zh_CN", pot, locales)
    assert f'#~ msgid "{P1}"' in po.read_text("utf-8")
    write_pot(pot, "page", [P1, P2])
    update_catalogs("zh_CN", pot, locales)
    catalog = load_catalog(po, "zh_CN")
    assert catalog[P1].string == "联盟成立于2016年。" and not catalog.obsolete


def test_short_messages_do_not_inherit(tmp_path):
    pot, locales = tmp_path / "gettext", tmp_path / "locales"
    write_pot(pot, "page", ["Agenda"])
    update_catalogs("zh_CN", pot, locales)
    po = locales / "zh_CN/LC_MESSAGES/page.po"
    fill(po, {"Agenda": "议程"})
    write_pot(pot, "page", ["Agents"])
    update_catalogs("zh_CN", pot, locales)
    catalog = load_catalog(po, "zh_CN")
    assert catalog["Agents"].string == "" and catalog.obsolete["Agenda"].string == "议程"


def test_broken_catalog_is_byte_identical_after_a_refused_update(tmp_path):
    pot, locales = tmp_path / "gettext", tmp_path / "locales"
    write_pot(pot, "page", [P1, P2])
    broken = write_po(locales, "page", HEADER + f'\nmsgid "{P1}"\nmsgstr "联盟成立于2016年。\n')
    write_po(locales, "other", po_text(entry("x", "y")))
    write_pot(pot, "other", ["x"])
    before = broken.read_bytes()
    try:
        update_catalogs("zh_CN", pot, locales)
    except CatalogError as err:
        assert [str(p) for p in err.problems] == [
            f"{broken}:10: [syntax] end-of-line within string"
        ]
    else:
        raise AssertionError("update accepted a broken catalog")
    assert broken.read_bytes() == before
    result = cli("update", "zh_CN", "--pot", pot, "--locales", locales)
    assert result.returncode == 1
    assert f"{broken}:10: [syntax] end-of-line within string" in result.stderr
    assert broken.read_bytes() == before


def test_conflicted_catalog_is_never_rewritten(tmp_path):
    pot, locales = tmp_path / "gettext", tmp_path / "locales"
    write_pot(pot, "page", [P1])
    text = HEADER + f'\nmsgid "{P1}"\n<<<<<<< ours\nmsgstr "甲"\n=======\nmsgstr "乙"\n>>>>>>> x\n'
    po = write_po(locales, "page", text)
    result = cli("update", "zh_CN", "--pot", pot, "--locales", locales)
    assert result.returncode == 1 and f"{po}:10: [conflict-marker]" in result.stderr
    assert po.read_text("utf-8") == text
