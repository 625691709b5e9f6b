extensions = ["myst_parser", "reportbook"]
report_slug = "tiny-report"
report_languages = ["en", "zh_CN"]
nitpicky = True
myst_enable_extensions = ["colon_fence", "attrs_inline"]
