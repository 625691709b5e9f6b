"""A translator changes a translation and sees it in the next incremental build, while a
build with nothing changed re-reads nothing."""

from i18n_support import MSG_CODE, HostileSite, entry


def test_a_changed_translation_reaches_the_page_without_a_clean_build(tmp_path):
    site = HostileSite(tmp_path)
    catalog = site.translate(entry(MSG_CODE, "旧版译文，含 `code`。"))
    assert site.publish()[1].returncode == 0
    assert "旧版译文" in (site.out / "index.html").read_text("utf-8")

    catalog.write_text(catalog.read_text("utf-8").replace("旧版", "新版"), "utf-8")
    prepared, built = site.publish()
    assert prepared.returncode == 0 and built.returncode == 0, built.stderr
    page = (site.out / "index.html").read_text("utf-8")
    assert "新版译文" in page and "旧版译文" not in page


def test_preparing_unchanged_catalogs_leaves_the_compiled_files_alone(tmp_path):
    site = HostileSite(tmp_path)
    site.translate(entry(MSG_CODE, "译文，含 `code`。"))
    assert site.prepare().returncode == 0
    compiled = sorted(site.compiled.rglob("*.[mp]o"))
    assert [path.suffix for path in compiled] == [".mo", ".po"]
    before = [path.stat().st_mtime_ns for path in compiled]
    assert site.prepare().returncode == 0
    assert [path.stat().st_mtime_ns for path in compiled] == before


def test_a_catalog_changed_after_a_good_prepare_is_checked_again(tmp_path):
    site = HostileSite(tmp_path)
    catalog = site.translate(entry(MSG_CODE, "译文，含 `code`。"))
    assert site.prepare().returncode == 0
    catalog.write_text(
        catalog.read_text("utf-8").replace("译文", "<script>alert(1)</script>"), "utf-8"
    )
    refused = site.prepare()
    assert refused.returncode == 1 and "[html]" in refused.stderr
