"""Message templates: the same wherever they are written, and the report's configured texts
are in them for translators."""

from conftest import build_or_fail


def pots(folder):
    return {path.relative_to(folder): path.read_text("utf-8") for path in folder.rglob("*.pot")}


def test_templates_do_not_depend_on_the_output_folder(rootdir, tmp_path):
    source = rootdir / "test-basic"
    build_or_fail("gettext", tmp_path / "a", tmp_path / "da", source=source)
    build_or_fail("gettext", tmp_path / "b" / "deeper" / "still", tmp_path / "db", source=source)
    first, second = pots(tmp_path / "a"), pots(tmp_path / "b" / "deeper" / "still")
    assert first and first == second
    # Locations are written from the project's own build/gettext, beside the sources.
    assert "#: ../../test-basic/chapter.md:" in first[next(p for p in first if p.stem == "chapter")]


def test_configured_texts_are_offered_for_translation(tmp_path):
    from conftest import SOURCE

    build_or_fail("gettext", tmp_path / "pot", tmp_path / "doctrees")
    sphinx = (tmp_path / "pot" / "sphinx.pot").read_text("utf-8")
    conf = (SOURCE / "conf.py").read_text("utf-8")
    for name in ("report_subtitle", "report_place", "report_source", "copyright"):
        value = next(
            line.split("=", 1)[1].strip().strip('"')
            for line in conf.splitlines()
            if line.startswith(f"{name} =")
        )
        assert f'msgid "{value}"' in sphinx, name
