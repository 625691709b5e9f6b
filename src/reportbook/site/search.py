"""The site's search: Chinese full-text search that works in the browser, and result summaries
cut outside numbers.

Sphinx 9.0's Chinese search language indexes words with jieba and stems Latin words with the
English Snowball stemmer, but names its JavaScript stemmer after ``language_name``: the search
page's ``language_data.js`` ends with ``window.Stemmer = ChineseStemmer;``, a class that does
not exist, and the search page stops with a ReferenceError (sphinx-doc/sphinx#14229, fixed
upstream by deriving the class name from the stemmer's file, sphinx-doc/sphinx#14416). We
register the same language with the stemmer's real name; once Sphinx derives the name from the
file, this class changes nothing.
"""

import re
from functools import cache

from sphinx.application import Sphinx
from sphinx.search.zh import SearchChinese

from ..i18n.lint.numerals import reader
from ..languages import load_languages


class SearchChineseWithStemmer(SearchChinese):
    # Names the JS class ``EnglishStemmer`` from english-stemmer.js, matching ``self.stemmer``.
    language_name = "English"

    def __init__(self, options: dict[str, str]) -> None:
        # Sphinx loads jieba's own dictionary a second time, as a user dictionary, whenever the
        # search index is opened, even when no page changed: seconds of work that add no word.
        # jieba reads that dictionary itself on its first use; a project dictionary
        # (html_search_options["dict"]) is still loaded.
        super().__init__({**options, "dict": options.get("dict", "")})


# The search page cuts each result's summary from the page's text, and must never cut inside
# a number as the translation checks read one (static/report-search-summary.js). It finds the
# numbers with the number reader's own pattern (NumberReader.spans, as site/shorten.py does),
# written here for JavaScript and put on the search page as it is rendered: one reader, read
# alike (tests/test_site_search_numbers.py runs both on every catalog text). Where the engines
# differ, JavaScript may know a character of a newer Unicode than Python's as a letter.
WORD_LETTER = r"[^\W\d_]"  # Python's letter or non-decimal numeral (Unicode 14: L, Nl, No)
JS_WORD_LETTER = r"[\p{L}\p{Nl}\p{No}]"
JS_SYNTAX = frozenset("^$\\.*+?()[]{}|/")  # escaped alike in a JavaScript "u" pattern
GROUP = re.compile(r"\(\?(?:P<(\w+)>|P=(\w+)\)|[:=!]|<[=!])")
QUANTIFIER = re.compile(r"\{\d+(?:,\d*)?\}|\{,\d+\}")


class PatternError(ValueError):
    """A construct of the number reader's pattern that ``js_regex`` cannot write alike."""


def js_regex(pattern: re.Pattern) -> tuple[str, str]:
    """``pattern`` as the source and flags of a JavaScript ``RegExp`` (in "u" mode) that
    matches what it matches, in printable characters (it travels in an HTML attribute, where
    a carriage return would be read as a line feed). Only what the number reader's pattern
    uses is written; anything else is refused, never guessed."""
    if pattern.flags & ~(re.IGNORECASE | re.UNICODE):
        raise PatternError(f"flags {re.RegexFlag(pattern.flags)!r}")
    src, out, at, in_class = pattern.pattern, [], 0, False

    def char(ch: str) -> str:
        return ch if ch.isprintable() else f"\\u{{{ord(ch):x}}}"

    while at < len(src):
        ch = src[at]
        if not in_class and src.startswith(WORD_LETTER, at):
            out.append(JS_WORD_LETTER)
            at += len(WORD_LETTER)
            continue
        if ch == "\\":
            escaped = src[at + 1]
            if escaped in "ux":  # \uXXXX, \xXX
                width = 6 if escaped == "u" else 4
                out.append(src[at : at + width])
                at += width
                continue
            if escaped.isascii() and (escaped.isalnum() or escaped == "_"):
                if escaped not in "ntrfv":  # \d, \w, \b, \1, \N{…}: another meaning or none
                    raise PatternError(f"escape \\{escaped} at {at}")
                out.append("\\" + escaped)
            elif escaped in JS_SYNTAX:
                out.append("\\" + escaped)
            else:  # "\-" too: in a class, a hyphen as itself, not a range
                out.append(f"\\u{{{ord(escaped):x}}}")
            at += 2
            continue
        if in_class:
            in_class = ch != "]"
            out.append(char(ch))
            at += 1
            continue
        if ch == "[":  # Python reads a "]" first in a class, after any "^", as itself
            opening = "[^" if src.startswith("[^", at) else "["
            at += len(opening)
            out.append(opening + ("\\]" if src.startswith("]", at) else ""))
            at += src.startswith("]", at)
            in_class = True
            continue
        if src.startswith("(?", at):
            group = GROUP.match(src, at)
            if not group:
                raise PatternError(f"group {src[at : at + 4]!r} at {at}")
            name, reference = group.groups()
            out.append(f"(?<{name}>" if name else f"\\k<{reference}>" if reference else group[0])
            at = group.end()
            continue
        if ch == "{" and (quantifier := QUANTIFIER.match(src, at)):
            out.append(quantifier[0].replace("{,", "{0,"))
            at = quantifier.end()
            if src.startswith("+", at):
                raise PatternError(f"possessive quantifier at {at}")
            continue
        if ch in "^$":  # Python's $ also matches before a final line break
            raise PatternError(f"anchor {ch} at {at}")
        if ch in "*+?" and src.startswith("+", at + 1):
            raise PatternError(f"possessive quantifier at {at}")
        out.append("[^\\n]" if ch == "." else "\\" + ch if ch in "{}]" else char(ch))
        at += 1
    return "".join(out), "iu" if pattern.flags & re.IGNORECASE else "u"


@cache
def number_pattern() -> tuple[str, str]:
    """The number reader's pattern for the search page, in every language of the report."""
    return js_regex(reader(*load_languages()).pattern)


def search_page_numbers(app: Sphinx, pagename: str, templatename: str, context: dict, doctree):
    if templatename == "search.html":
        context["report_numbers"], context["report_number_flags"] = number_pattern()


def setup_search(app: Sphinx) -> None:
    app.add_search_language(SearchChineseWithStemmer)
    app.connect("html-page-context", search_page_numbers)
