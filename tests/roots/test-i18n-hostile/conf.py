# A tiny page with a link, a reference, an image and code: hostile translations of it are
# written by the tests (tests/i18n_support.py) into locales/zh_CN/LC_MESSAGES/index.po.
extensions = ["myst_parser", "reportbook"]
project = "Hostile translations"
report_slug = "hostile"
report_languages = ["en", "zh_CN"]
report_date = "2025-03-09"
nitpicky = True
myst_enable_extensions = ["colon_fence", "attrs_inline", "deflist"]
locale_dirs = ["locales/"]
gettext_compact = False
html_theme = "alabaster"
html_copy_source = False
html_show_sourcelink = False
