"""Chinese full-text search that works in the browser.

Sphinx 9.0's Chinese search language indexes words with jieba and stems Latin words with the
English Snowball stemmer, but names its JavaScript stemmer after ``language_name``: the search
page's ``language_data.js`` ends with ``window.Stemmer = ChineseStemmer;``, a class that does
not exist, and the search page stops with a ReferenceError (sphinx-doc/sphinx#14229, fixed
upstream by deriving the class name from the stemmer's file, sphinx-doc/sphinx#14416). We
register the same language with the stemmer's real name; once Sphinx derives the name from the
file, this class changes nothing.
"""

from sphinx.application import Sphinx
from sphinx.search.zh import SearchChinese


class SearchChineseWithStemmer(SearchChinese):
    # Names the JS class ``EnglishStemmer`` from english-stemmer.js, matching ``self.stemmer``.
    language_name = "English"

    def __init__(self, options: dict[str, str]) -> None:
        # Sphinx loads jieba's own dictionary a second time, as a user dictionary, whenever the
        # search index is opened, even when no page changed: seconds of work that add no word.
        # jieba reads that dictionary itself on its first use; a project dictionary
        # (html_search_options["dict"]) is still loaded.
        super().__init__({**options, "dict": options.get("dict", "")})


def setup_search(app: Sphinx) -> None:
    app.add_search_language(SearchChineseWithStemmer)
