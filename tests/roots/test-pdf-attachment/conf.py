extensions = ["myst_parser", "reportbook"]
project = "Test"
report_slug = "t"
myst_enable_extensions = ["colon_fence"]
