"""Sphinx configuration for the report. Settings shared by every language live here;
per-language settings are data in the toolchain (``reportbook/data/languages.toml``)."""

project = (
    "2025 Annual Meeting of the China Garment Intelligent Manufacturing Technology "
    "Innovation Strategic Alliance"
)
author = "China Garment Association"
copyright = "2025, China Garment Association"
version = "2025"  # the edition; EPUB readers show it

extensions = ["myst_parser", "reportbook"]

report_slug = "garment-alliance-2025"
report_languages = ["en", "zh_CN"]
report_subtitle = "Report of the annual meeting"
report_date = "2025-03-09"
report_place = "Linping, Hangzhou"
report_source = "China Garment Association"

language = "en"
locale_dirs = ["../locales/"]
# The maintainers' record of reviewed translations (reportbook/i18n/review.py): a build
# publishes a translation only once a maintainer has approved it (`nox -s review`).
report_reviewed = "../reviewed"
gettext_compact = False
gettext_uuid = False
gettext_location = True
# Index entries are text a reader sees: the Chinese index must be in Chinese.
gettext_additional_targets = ["index"]

root_doc = "index"
exclude_patterns = []
numfig = True
# The People and Organisations appendices: a {ref} to one of their entries is indexed where
# it stands, as every {term} is (reportbook/site/mentions.py).
report_index_entry_documents = ["people", "organisations"]
nitpicky = True

myst_enable_extensions = ["colon_fence", "attrs_inline", "deflist"]
myst_heading_anchors = 0

html_theme = "alabaster"
html_title = "2025 Annual Meeting of the Garment Intelligent Manufacturing Alliance"
html_short_title = "Alliance annual meeting 2025"
html_static_path = ["_static"]
html_favicon = "_static/favicon.svg"
html_last_updated_fmt = None
html_copy_source = False
html_show_sourcelink = False
# The book's contents, this page's sections nested under its entry, then the search box.
# The contents are rendered once a build (reportbook/site/navigation.py), not once a page.
html_sidebars = {"**": ["report-nav.html", "searchbox.html"]}
# Links to these entries (People and Organisations appendices) show the entry in a popup, as
# links to glossary terms do.
report_preview_prefixes = ["person-", "org-"]
html_theme_options = {
    "description": "Report of the annual meeting, 9 March 2025",
    "show_powered_by": False,
    "fixed_sidebar": False,
    "page_width": "1000px",
    "sidebar_width": "240px",
}
