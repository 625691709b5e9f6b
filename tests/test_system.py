"""The set-up's list of system needs, and how a missing one is found and reported."""

import pytest

from reportbook import system


def test_the_tests_need_what_the_build_needs():
    build = {(n.kind, n.name) for n in system.needs("build")}
    tests = {(n.kind, n.name) for n in system.needs("tests")}
    assert build < tests
    assert set(system.packages("build")) < set(system.packages("tests"))


def test_every_font_of_every_language_is_a_need():
    from reportbook.languages import load_languages

    families = {
        family
        for language in load_languages().values()
        for role in system.FONT_ROLES
        for family in language.pdf.fonts(role)
    }
    assert families == {n.name for n in system.needs("build") if n.kind == "font"}


def test_a_family_used_by_two_languages_names_both():
    users = {need.name: need.why for need in system.font_needs()}
    shared = [why for why in users.values() if "en " in why and "zh_CN " in why]
    assert shared, users


def test_nothing_is_missing_here():
    assert system.missing("tests") == []


def test_a_missing_program_is_found_on_path(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    lacking = {need.name for need in system.missing("build") if need.kind == "program"}
    assert {"msgfmt", "fc-match"} <= lacking


def test_a_missing_library_is_found_in_ldconfigs_cache(monkeypatch):
    monkeypatch.setattr(system, "_ldconfig_cache", lambda: "")
    lacking = {need.name for need in system.missing("build") if need.kind == "library"}
    assert "libharfbuzz-subset.so.0" in lacking


def test_a_substituted_font_is_missing():
    assert not system.font_installed("No Such Family Serif")
    assert system.font_installed("Noto Serif CJK SC")


def test_the_message_is_one_paragraph_with_the_command(monkeypatch, capsys):
    monkeypatch.setattr(system, "font_installed", lambda family: "CJK" not in family)
    monkeypatch.setattr(system.os, "geteuid", lambda: 1000)
    assert system.main(["install", "build"]) == 1
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "Traceback" not in err
    assert "the font 'Noto Serif CJK SC' (" in err and "zh_CN body text" in err
    assert err.endswith("apt-get install -y --no-install-recommends fonts-noto-cjk")


@pytest.mark.parametrize("purpose", system.PURPOSES)
def test_packages_are_listed_once(purpose, capsys):
    assert system.main(["packages", purpose]) == 0
    listed = capsys.readouterr().out.split()
    assert listed == list(dict.fromkeys(listed)) and "fonts-noto-cjk" in listed
