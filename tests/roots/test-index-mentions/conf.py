extensions = ["myst_parser", "reportbook"]
project = "Indexed book"
author = "Test author"
report_slug = "indexed-book"
report_index_entry_documents = ["people"]
nitpicky = True
myst_enable_extensions = ["colon_fence"]
