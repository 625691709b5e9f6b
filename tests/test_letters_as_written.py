"""No stylesheet changes the letters a page shows: a reader sees what the translation checks
read. ``text-transform: uppercase`` showed a caption's "第ii卷" as "第II卷", a numeral the
checks refuse; small capitals make "ii" look like "II" too."""

from pathlib import Path

import alabaster
import sphinx
import tinycss2

import reportbook

# Each property that may change the letters shown, and its values that leave them as written.
AS_WRITTEN = {
    "text-transform": {"none"},
    "font-variant-caps": {"normal"},
    "font-variant": {"normal", "none"},  # the shorthand sets font-variant-caps
}
# OpenType features that draw other letters (small or petite capitals, unicase, titling).
CASE_FEATURES = {"smcp", "c2sc", "pcap", "c2pc", "unic", "titl"}


def stylesheets() -> list[Path]:
    """Ours (the site's, the book's and its templates) and the themes' of the site and the
    EPUB, as installed."""
    ours = sorted(Path(reportbook.__file__).parent.rglob("*.css"))
    theme = Path(alabaster.__file__).parent / "static" / "alabaster.css_t"
    themes = Path(sphinx.__file__).parent / "themes"
    basic = themes / "basic" / "static" / "basic.css.jinja"
    epub = themes / "epub" / "static" / "epub.css.jinja"
    return [*ours, theme, basic, epub]


def letter_changes(css: str) -> list[str]:
    """Every declaration in ``css`` that shows letters other than as written."""
    found = []
    rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    stack = list(rules)
    while stack:
        rule = stack.pop()
        if rule.type not in ("qualified-rule", "at-rule") or rule.content is None:
            continue
        content = tinycss2.parse_blocks_contents(rule.content, skip_whitespace=True)
        stack += [item for item in content if item.type in ("qualified-rule", "at-rule")]
        for item in content:
            if item.type != "declaration":
                continue
            value = tinycss2.serialize(item.value).strip().lower()
            selector = tinycss2.serialize(rule.prelude).strip()
            if item.lower_name in AS_WRITTEN and value not in AS_WRITTEN[item.lower_name]:
                found.append(f"{selector} {{ {item.lower_name}: {value} }}")
            elif item.lower_name == "font-feature-settings" and any(
                f'"{feature}"' in value or f"'{feature}'" in value for feature in CASE_FEATURES
            ):
                found.append(f"{selector} {{ {item.lower_name}: {value} }}")
    return found


def test_no_stylesheet_changes_the_letters_shown():
    sheets = stylesheets()
    assert len(sheets) > 5 and all(sheet.is_file() for sheet in sheets)
    found = {
        sheet.name: changes for sheet in sheets if (changes := letter_changes(sheet.read_text()))
    }
    assert found == {}


def test_the_scan_finds_each_way_of_changing_letters():
    css = """
    .caption { text-transform: uppercase; color: grey }
    @media print { .part { font-variant: small-caps } }
    h2 { font-variant-caps: all-small-caps }
    p { font-feature-settings: "smcp" 1, "liga" }
    .fine { text-transform: none; font-variant: normal; font-feature-settings: "tnum" }
    """
    assert sorted(letter_changes(css)) == [
        ".caption { text-transform: uppercase }",
        ".part { font-variant: small-caps }",
        "h2 { font-variant-caps: all-small-caps }",
        'p { font-feature-settings: "smcp" 1, "liga" }',
    ]
