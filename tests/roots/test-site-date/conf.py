extensions = ["myst_parser", "reportbook"]
report_languages = ["en", "zh_CN"]
report_date = "2025-03-09"
