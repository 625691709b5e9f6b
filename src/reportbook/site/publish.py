"""Finish the site root after the builds: the language chooser page and the downloadable books.

    python -m reportbook.site.publish build/

``build/html/index.html`` lets the reader choose a language and sends a browser that prefers
one of the report's other languages straight to it; ``build/html/pdf/`` and ``build/html/epub/``
hold the books that every page links to.
"""

import argparse
import html
import shutil
import sys
from pathlib import Path

from sphinx.errors import ConfigError

from ..languages import Language, get_language, load_languages

# The books every page links to: build/<kind>/*.<kind> is copied to html/<kind>/.
BOOKS = ("pdf", "epub")
EDITIONS = {"bilingual"}  # sites under build/html/ that are not one language's

CHOOSER = """<!DOCTYPE html>
<html lang="{default_tag}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="description" content="{title}">
<link rel="icon" href="{default}/_static/favicon.svg" type="image/svg+xml">
{alternates}
<script>
// A browser that prefers another of the report's languages goes straight to it.
(function () {{
  var sites = {sites};
  var wanted = navigator.languages || [navigator.language || ""];
  for (var i = 0; i < wanted.length; i++) {{
    var tag = wanted[i].toLowerCase();
    for (var j = 0; j < sites.length; j++) {{
      if (tag === sites[j][0] || tag.split("-")[0] === sites[j][0].split("-")[0]) {{
        location.replace(sites[j][1]);
        return;
      }}
    }}
  }}
  location.replace("{default}/index.html");
}})();
</script>
<style>
body {{ font-family: Georgia, "Noto Serif CJK SC", serif; max-width: 36em; margin: 4em auto;
       padding: 0 1em; }}
li {{ margin: 0.5em 0; font-size: 1.2em; }}
</style>
</head>
<body>
<main>
<h1>{title}</h1>
<ul>
{links}
</ul>
</main>
</body>
</html>
"""


def chooser_page(languages: list[Language], titles: dict[str, str]) -> str:
    default = languages[0]
    ordered = languages[1:] + languages[:1]  # the default is the fallback, tried last
    sites = ", ".join(f'["{lang.tag.lower()}", "{lang.code}/index.html"]' for lang in ordered)
    links = "\n".join(
        f'<li><a href="{lang.code}/index.html" hreflang="{lang.tag}" lang="{lang.tag}">'
        f"{html.escape(titles.get(lang.code, lang.name))}</a> "
        f'(<span lang="{lang.tag}">{lang.name}</span>)</li>'  # the name is in its own language
        for lang in languages
    )
    alternates = "\n".join(
        f'<link rel="alternate" hreflang="{lang.tag}" href="{lang.code}/index.html">'
        for lang in languages
    )
    return CHOOSER.format(
        default_tag=default.tag,
        default=default.code,
        title=html.escape(titles.get(default.code, "")),
        alternates=alternates,
        sites="[" + sites + "]",
        links=links,
    )


def site_title(site: Path) -> str:
    """The built home page's own title, so the chooser says it in every language."""
    text = (site / "index.html").read_text("utf-8")
    start = text.find("<title>") + len("<title>")
    return html.unescape(text[start : text.find("</title>", start)]).strip()


def built_languages(site: Path) -> set[str]:
    """The sites built under ``site``; the bilingual edition is an edition, not a language."""
    return {page.parent.name for page in site.glob("*/index.html")} - EDITIONS


def publish(build: Path) -> list[Path]:
    site = build / "html"
    built = built_languages(site)
    if not built:
        raise FileNotFoundError(f"{site}: no language has been built yet")
    # In languages.toml's order: its first language (the source's) is the default.
    languages = [get_language(code) for code in load_languages() if code in built]
    unknown = built - {lang.code for lang in languages}
    if unknown:
        raise KeyError(f"{', '.join(sorted(unknown))}: not a language in languages.toml")
    titles = {lang.code: site_title(site / lang.code) for lang in languages}
    (site / "index.html").write_text(chooser_page(languages, titles), "utf-8")
    written = [site / "index.html"]
    for kind in BOOKS:
        books = sorted((build / kind).glob(f"*.{kind}")) if (build / kind).exists() else []
        if books:
            (site / kind).mkdir(exist_ok=True)
        for book in books:
            shutil.copy2(book, site / kind / book.name)
            written.append(site / kind / book.name)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", type=Path, help="the build directory (build/)")
    args = parser.parse_args(argv)
    try:
        for path in publish(args.build):
            print(f"wrote {path}")
    except (FileNotFoundError, KeyError, ConfigError) as error:
        print(f"publish: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
