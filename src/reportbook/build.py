"""Build the publication: every language's site and book, then the site root.

    python -m reportbook.build [--languages en zh_CN] [--builders html pdf epub] [--build build]

Each language is one pipeline (check and compile its catalogs, then one ``sphinx-build`` per
builder, sharing the language's doctree cache). Languages are independent, so they run in
parallel processes when the machine has cores to spare.
"""

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from . import uptodate
from .config import epub_name, pdf_name
from .i18n.catalogs import find_catalogs
from .i18n.review import record_path
from .i18n.validate import over_the_limits
from .languages import LanguagesError, load_languages, source_language
from .lifeline import PARENT_VARIABLE, die_with_parent_from_environment

# What ``nox -s build`` makes: each language's site, book and e-book, and the bilingual
# edition's site and book.
PUBLICATION = ["html", "pdf", "epub", "bilingual", "bilingual-pdf"]
BUILDERS = [*PUBLICATION, "gettext"]
SITES = {"html", "bilingual"}  # builders that write a site under build/html/
# Doctrees read with other settings than the language's site: a cache of their own. The
# bilingual edition's hold both languages, for its site and its book alike; the templates are
# read with gettext's settings.
OWN_DOCTREES = {"bilingual": "bilingual", "bilingual-pdf": "bilingual", "gettext": "gettext"}
# Builders that pair the source with a translation: they run in translated languages only.
TRANSLATED_ONLY = {"bilingual", "bilingual-pdf"}
# What each book builder writes, to tell a finished build from a deleted one.
BOOKS = {
    "pdf": pdf_name("*", "{language}"),
    "epub": epub_name("*", "{language}"),
    "bilingual-pdf": pdf_name("*", "bilingual"),
}


@dataclass(frozen=True)
class Layout:
    """Where a build reads and writes; everything else is derived from these three."""

    source: Path
    locales: Path
    build: Path
    # Nitpicky, warnings as errors, every problem reported before stopping, quiet otherwise.
    sphinx_options: tuple[str, ...] = ("-W", "--keep-going", "-n", "-q")
    # A preview: publish checked translations no maintainer has reviewed yet (i18n/review.py)
    unreviewed: bool = False

    def outdir(self, builder: str, language: str) -> Path:
        if builder in SITES:
            return self.build / "html" / (language if builder == "html" else builder)
        return self.build / builder.removeprefix("bilingual-")  # the books: build/pdf, build/epub

    def doctrees(self, language: str, builder: str = "html") -> Path:
        own = OWN_DOCTREES.get(builder)
        if builder == "gettext":
            return self.build / "doctrees" / own
        return self.build / "doctrees" / (f"{own}-{language}" if own else language)

    def compiled_catalogs(self) -> Path:
        return self.build / "locale"


def steps(layout: Layout, language: str, builders: list[str]) -> list[list[str]]:
    """One language's steps, in order, as command-line arguments: first the catalogs
    (``reportbook.i18n``), then one ``sphinx-build`` per builder."""
    found = []
    # Every build reads catalogs only where prepare compiled them: never the translators'
    # folder, and, for the source language, which prepare never compiles, none at all.
    extra = ["-D", f"locale_dirs={layout.compiled_catalogs().resolve()}"]
    if language != source_language() and builders != ["gettext"]:
        found.append(
            [
                "prepare",
                language,
                "--locales",
                str(layout.locales),
                "--out",
                str(layout.compiled_catalogs()),
                "--source",
                str(layout.source),
                *(["--unreviewed"] if layout.unreviewed else []),
            ]
        )
    for builder in builders:
        if builder in TRANSLATED_ONLY and language == source_language():
            continue
        found.append(
            [
                *layout.sphinx_options,
                "-b",
                builder,
                "-d",
                str(layout.doctrees(language, builder)),
                "-D",
                f"language={language}",
                *extra,
                str(layout.source),
                str(layout.outdir(builder, language)),
            ]
        )
    return found


def commands(layout: Layout, language: str, builders: list[str]) -> list[list[str]]:
    """The same steps as shell commands, for people and the benchmark to run one alone."""
    python = sys.executable
    return [
        [python, "-m", "reportbook.i18n", *step]
        if step[0] == "prepare"
        else [python, "-m", "sphinx", *step]
        for step in steps(layout, language, builders)
    ]


def build_language(layout: Layout, language: str, builders: list[str]) -> int:
    """Run one language's steps in this process, so Python, Sphinx and WeasyPrint are
    imported once per language rather than once per step; stop at the first failure."""
    from sphinx.cmd.build import build_main

    from .i18n.cli import main as i18n_main

    # Which pages each builder writes is Sphinx's to decide: it re-reads a page whose catalog
    # changed, and each HTML builder writes every page when the catalogs differ from those it
    # last wrote its folder with (i18n/compiledstate.py), whichever run compiled them.
    for step in steps(layout, language, builders):
        print(f"[{language}] {' '.join(step)}", flush=True)
        if step[0] == "prepare":
            code = i18n_main(step)
        else:
            code = build_main(step)
            if code:
                # Sphinx reports a page's problems when it reads the page; run again, it would
                # read nothing and pass, publishing what was refused. A failed step's
                # doctrees go, so that the next run reads, checks and refuses again.
                shutil.rmtree(step[step.index("-d") + 1], ignore_errors=True)
        if code:
            return code
    return 0


def run_language(layout: Layout, language: str, builders: list[str]) -> tuple[str, int, str]:
    """One language in a process of its own: languages share nothing and run in parallel."""
    command = [
        sys.executable,
        "-m",
        "reportbook.build",
        "--one-language",
        language,
        "--builders",
        *builders,
        "--source",
        str(layout.source),
        "--locales",
        str(layout.locales),
        "--build",
        str(layout.build),
        *(["--unreviewed"] if layout.unreviewed else []),
    ]
    env = {**os.environ, PARENT_VARIABLE: str(os.getpid())}
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    return language, result.returncode, result.stdout + result.stderr


def outputs(layout: Layout, language: str, builders: list[str]) -> list[Path]:
    """What a language's build leaves behind, to tell a finished build from a deleted one."""
    found = []
    for builder in builders:
        outdir = layout.outdir(builder, language)
        if builder in TRANSLATED_ONLY and language == source_language():
            continue
        found += (
            [outdir / "index.html"]
            if builder in SITES
            else list(outdir.glob(BOOKS[builder].format(language=language)))
            or [outdir / BOOKS[builder].format(language=language).replace("*", "?")]
        )
    return found


def input_digest(layout: Layout, language: str, builders: list[str]) -> str:
    """What the language is built from. Its catalogs are those prepare finds and checks; when
    they break the limits (judged by size, before anything is read), none is hashed: the
    digest is then one no build recorded, and prepare refuses them, unread."""
    planned = steps(layout, language, builders)  # none for English in the bilingual books
    settings = [*builders, *(planned[-1] if planned else []), f"unreviewed={layout.unreviewed}"]
    catalogs = []
    if language != source_language():
        catalogs = find_catalogs(layout.locales, language)
        if over_the_limits(catalogs, language):
            catalogs, settings = [], [*settings, "(catalogs over the limits)"]
        if record := record_path(layout.source, language):  # what may be published
            catalogs = [*catalogs, record]
    return uptodate.digest(layout.source, catalogs, settings)


def build(layout: Layout, languages: list[str], builders: list[str], jobs: int) -> int:
    failed = 0
    digests = {lang: input_digest(layout, lang, builders) for lang in languages}
    todo = []
    for lang in languages:
        if uptodate.is_current(layout.build, lang, digests[lang], outputs(layout, lang, builders)):
            print(f"[{lang}] up to date: nothing it is built from has changed")
        else:
            todo.append(lang)
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        for language, code, log in pool.map(
            lambda lang: run_language(layout, lang, builders), todo
        ):
            print(log, end="", file=sys.stderr if code else sys.stdout)
            if not code:
                uptodate.record(layout.build, language, digests[language])
            else:
                print(f"[{language}] failed (exit {code})", file=sys.stderr)
                failed = failed or code
    if failed:
        return failed
    from .site.publish import built_languages, publish

    if built_languages(layout.build / "html"):  # a PDF-only build has no site to finish yet
        for path in publish(layout.build):
            print(f"wrote {path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    try:
        languages = list(load_languages())
    except LanguagesError as error:  # one paragraph, as inside Sphinx, not a traceback
        print(f"{error.location}: ERROR: {error.problem}", file=sys.stderr)
        return 2
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", nargs="+", default=languages, choices=languages)
    parser.add_argument("--builders", nargs="+", default=PUBLICATION, choices=BUILDERS)
    parser.add_argument("--source", type=Path, default=Path("source"))
    parser.add_argument("--locales", type=Path, default=Path("locales"))
    parser.add_argument("--build", type=Path, default=Path("build"))
    parser.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="languages built at once (default: one per core)",
    )
    parser.add_argument(
        "--unreviewed",
        action="store_true",
        help="a preview: publish checked translations a maintainer has not reviewed yet "
        "(default: only those in the record of reviewed translations)",
    )
    parser.add_argument(
        "--one-language",
        metavar="LANG",
        help="build only LANG, in this process, and do not finish the site",
    )
    parser.add_argument(
        "--steps",
        action="store_true",
        help="print each language's steps as JSON instead of running them (nox -s serve)",
    )
    args = parser.parse_args(argv)
    if "gettext" in args.builders and args.builders != ["gettext"]:
        # The templates come from the sources alone, once, not with each language's editions.
        parser.error("gettext builds the templates alone: run it apart from the other builders")
    layout = Layout(
        source=args.source, locales=args.locales, build=args.build, unreviewed=args.unreviewed
    )
    if args.steps:
        print(json.dumps({lang: steps(layout, lang, args.builders) for lang in args.languages}))
        return 0
    if args.builders == ["gettext"]:  # the templates come from the sources alone
        return build_language(layout, source_language(), ["gettext"])
    if args.one_language:
        die_with_parent_from_environment()
        return build_language(layout, args.one_language, args.builders)
    # Interrupted, end at once, as SIGTERM does: the language processes end with this one.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    return build(layout, args.languages, args.builders, args.jobs)


if __name__ == "__main__":
    sys.exit(main())
