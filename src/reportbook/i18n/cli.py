"""``python -m reportbook.i18n prepare|update|stats|check|review``: a thin layer over plain
functions.

Each command prints what was done, or every problem as ``file:line: [check] message``, and
exits 0 on success, 1 when it refuses (problems found), 2 on bad usage.
"""

import argparse
import sys
from pathlib import Path

from ..languages import LanguagesError
from .catalogs import catalog_dir, domain_of, find_languages
from .lint import exceptions_of
from .prepare import check_language, default_source, gate, prepare, read_valid
from .problems import CatalogError, Problem, shown_path, shown_text
from .review import (
    Differ,
    digest,
    last_review,
    msgid_of,
    record_path,
    shown,
    token,
    unreviewed,
    write_record,
)
from .stats import (
    approved_changes,
    approved_forms,
    catalog_counts,
    committed_catalog,
    format_table,
    is_revision,
    stale,
    total,
    unreviewed_exceptions,
)
from .templates import page_templates, template_of
from .themecatalog import DOMAIN as THEME_DOMAIN
from .update import update_catalogs


def _report(problems: list[Problem], verdict: str) -> int:
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{verdict}: {len(problems)} problem(s)", file=sys.stderr)
    return 1


def cmd_prepare(args) -> int:
    try:
        done = prepare(args.lang, args.locales, args.out, args.source, args.unreviewed)
    except CatalogError as err:
        return _report(err.problems, f"refusing to publish {args.lang}")
    c = done.counts
    print(
        f"{args.lang}: compiled {len(done.compiled)} catalog(s) into {args.out}; "
        f"{c.translated} translated, {c.fuzzy} fuzzy, {c.untranslated} untranslated "
        f"of {c.total} messages"
    )
    if c.fuzzy or c.untranslated:
        why = "fuzzy, awaiting review or untranslated" if done.gated else "fuzzy or untranslated"
        print(
            f"{args.lang}: {c.fuzzy + c.untranslated} message(s) will appear in English "
            f"({why}); see `nox -s stats`" + (" and `nox -s review`" if done.gated else "")
        )
    if args.unreviewed and record_path(args.source or default_source(args.locales), args.lang):
        print(f"{args.lang}: a preview: translations not yet reviewed are published too")
    if done.stale:
        print(f"{args.lang}: {_stale_line(done.stale)}")
    return 0


def _stale_line(n: int) -> str:
    return (
        f"{n} translated message(s) are in no page of the sources: not published, counted "
        "or checked past their syntax; `nox -s update` makes them obsolete"
    )


def cmd_update(args) -> int:
    for lang in _languages(args):
        try:
            done = update_catalogs(lang, args.pot, args.locales)
        except CatalogError as err:
            return _report(err.problems, "refused to rewrite invalid catalog(s)")
        for outcome in ("create", "update", "unchanged"):
            names = " ".join(done[outcome])
            print(f"{shown_path(lang)} {outcome:>9}: {len(done[outcome])} {names}".rstrip())
    return 0


def _languages(args) -> list[str]:
    return args.langs or find_languages(args.locales)


def cmd_stats(args) -> int:
    status = 0
    for lang in _languages(args):
        try:
            catalogs = read_valid(lang, args.locales)
        except CatalogError as err:  # a language folder's name is shown escaped, as a path is
            status = _report(err.problems, f"cannot count {shown_path(lang)}")
            continue
        source = args.source or default_source(args.locales)
        try:
            templates = page_templates(source)
        except CatalogError as err:
            status = _report(err.problems, f"cannot count {shown_path(lang)}")
            continue
        counts = catalog_counts(lang, args.locales, catalogs, templates)
        print(format_table(lang, counts))
        root = catalog_dir(args.locales, lang)
        unseen = sum(
            stale(c, template_of(templates, domain_of(p, root))) for p, c in catalogs.items()
        )
        if unseen:
            print(f"\n{_stale_line(unseen)}")
        exceptions = [e for path, cat in catalogs.items() for e in exceptions_of(path, cat)]
        print(f"\ndeliberate lint exceptions in {lang}: {len(exceptions)}")
        for where, reason in exceptions:
            shown = shown_path(where.path)
            said = f"{where.message!r} — {shown_text(reason)}"
            print(f"  {shown}:{where.line}: [{where.check}] {said}")
        _print_approved_changes(args, lang, catalogs)
        _print_awaiting_review(source, lang, root, catalogs, templates)
        percent = total(lang, counts).percent(total(lang, counts).translated)
        if args.min is not None and percent < args.min:
            print(
                f"{lang}: {percent:.1f} % translated, below --min {args.min:g} %", file=sys.stderr
            )
            status = 1
        print()
    return status


def _print_awaiting_review(
    source: Path, lang: str, root: Path, catalogs: dict, templates: dict | None
) -> None:
    if record_path(source, lang) is None:
        return
    try:
        reviewed = gate(lang, source)
    except CatalogError as err:
        for problem in err.problems:
            print(problem, file=sys.stderr)
        reviewed = set()
    by_domain = {domain_of(po, root): catalog for po, catalog in catalogs.items()}
    pending = unreviewed(by_domain, reviewed, _shown_ids(by_domain, templates))
    print(
        f"\ntranslations awaiting review in {lang} (shown in English until a maintainer "
        f"approves them; `nox -s review -- {lang}` lists them): {len(pending)}"
    )


def _print_approved_changes(args, lang: str, catalogs: dict) -> None:
    root = catalog_dir(args.locales, lang)
    top = Path(args.locales).resolve().parent  # git runs here, never under locales/
    if not is_revision(top, args.since):
        print(f"\napproved forms not compared: {args.since!r} is not a git revision here")
        return
    source = args.source or default_source(args.locales)
    domains = {"glossary", "people", "organisations", "sphinx"}
    now = {d: catalogs.get(root / f"{d}.po") for d in domains}
    then = {d: committed_catalog(root / f"{d}.po", args.since, lang, args.locales) for d in domains}
    changes = approved_changes(approved_forms(source, then), approved_forms(source, now))
    print(
        f"\napproved forms (terms, names, caption labels) changed in {lang} since {args.since}: "
        f"{len(changes)}"
    )
    for line in changes:
        print(f"  {shown_text(line)}")
    unreviewed = [
        (path, message)
        for path, catalog in sorted(catalogs.items())
        for message in unreviewed_exceptions(
            catalog, committed_catalog(path, args.since, lang, args.locales)
        )
    ]
    print(
        f"\nlint exceptions new, or on a changed translation, in {lang} since {args.since}: "
        f"{len(unreviewed)}"
    )
    for path, message in unreviewed:
        shown = " ".join(message.string.split())
        shown = shown if len(shown) <= 60 else shown[:59] + "…"
        print(f"  {shown_path(path)}:{message.lineno}: {shown!r}")


def cmd_review(args) -> int:
    """List the translations that await a maintainer's review; with ``--approve TOKEN``, the
    token that listing printed, record them as reviewed (only if they pass the checks)."""
    source = args.source or default_source(args.locales)
    record = record_path(source, args.lang)
    if record is None:
        print(
            f"{shown_path(source / 'conf.py')}: no `report_reviewed` folder is set: every "
            "checked translation is published, and there is no record to keep",
            file=sys.stderr,
        )
        return 1
    checked = check_language(args.lang, args.locales, source)
    if checked.problems:
        return _report(checked.problems, "nothing can be reviewed until the checks pass")
    try:
        reviewed = gate(args.lang, source)
    except CatalogError as err:
        return _report(err.problems, f"the record {shown_path(record)} cannot be read")
    root = catalog_dir(args.locales, args.lang)
    catalogs = {domain_of(po, root): catalog for po, catalog in checked.catalogs.items()}
    pending = unreviewed(catalogs, reviewed, _shown_ids(catalogs, checked.templates))
    if args.approve is None:
        _print_pending(args, record, root, pending, reviewed)
        print(f"{args.lang}: {len(pending)} translation(s) await review", end="")
        print(f"; approve them with --approve {token(pending)}" if pending else "")
        return 0
    if args.approve != token(pending):
        print(
            f"{args.lang}: the translations awaiting review are not the ones listed with "
            f"{args.approve!r} (the catalogs changed, or another listing): list them again",
            file=sys.stderr,
        )
        return 1
    kept = write_record(record, catalogs, reviewed | set(pending))
    print(f"{args.lang}: {len(pending)} translation(s) approved; {kept} recorded in {record}")
    return 0


def _shown_ids(catalogs: dict, templates: dict | None) -> dict[str, set[str] | None]:
    """Each catalog's msgids a page looks up; None (all) for the interface texts, which have
    no page (the theme catalog's check keeps only its template's), or with no templates."""
    return {d: None if d == THEME_DOMAIN else template_of(templates, d) for d in catalogs}


def _print_pending(args, record: Path, root: Path, pending: dict, reviewed: set[str]) -> None:
    """Each translation awaiting review at its file:line, whole (what is approved is what was
    read, to the last letter), and what changed since the text a maintainer last reviewed."""
    reviewed_at = args.since or last_review(record)
    if reviewed_at and not is_revision(Path(args.locales).resolve().parent, reviewed_at):
        print(f"{reviewed_at!r} is not a git revision here: no change is shown", file=sys.stderr)
        reviewed_at = None
    committed, differ = {}, Differ()
    for domain, message in sorted(pending.values(), key=lambda f: (f[0], f[1].lineno)):
        po = root / f"{domain}.po"
        print(f"{shown_path(po)}:{message.lineno}:")
        print(f"  msgid  {shown(msgid_of(message), None)}")
        print(f"  msgstr {shown(str(message.string), None)}")
        if reviewed_at and domain not in committed:  # each catalog read once
            committed[domain] = committed_catalog(po, reviewed_at, args.lang, args.locales)
        before = committed.get(domain)
        was = before.get(message.id, message.context) if before else None
        # A diff against a text no maintainer approved (committed fuzzy, say) would present a
        # change planted in it as already read (red team 79): only against a recorded one.
        if was is not None and was.string != message.string and digest(domain, was) in reviewed:
            old, new = str(was.string), str(message.string)
            marked = differ.changes(old, new)
            print(f"  change {marked}" if marked else f"  was    {shown(old, None)}")
        for comment in message.user_comments:
            print(f"  # {shown(comment, None)}")


def cmd_check(args) -> int:
    problems, unseen = [], []
    for lang in _languages(args):
        try:
            checked = check_language(lang, args.locales, args.source)
        except CatalogError as err:  # a missing tool: nothing could be checked
            problems += err.problems
            continue
        problems += checked.problems
        root = catalog_dir(args.locales, lang)
        if n := sum(
            stale(catalog, template_of(checked.templates, domain_of(po, root)))
            for po, catalog in checked.catalogs.items()
        ):
            unseen.append(f"{lang}: {_stale_line(n)}")
    for line in unseen:  # never published, so not checked past their syntax
        print(line)
    if problems:
        return _report(problems, "check failed")
    print("catalogs valid; no lint problems")
    return 0


def parser() -> argparse.ArgumentParser:
    doc = __doc__.split("\n")[0]
    p = argparse.ArgumentParser(prog="python -m reportbook.i18n", description=doc)
    sub = p.add_subparsers(dest="command", required=True)

    def locales(cmd):
        cmd.add_argument(
            "--locales",
            type=Path,
            default=Path("locales"),
            help="the catalogs: <locales>/<lang>/LC_MESSAGES/*.po",
        )

    def source(cmd):
        cmd.add_argument(
            "--source",
            type=Path,
            default=None,
            help="the MyST sources, for the glossary (default: beside --locales)",
        )

    cmd = sub.add_parser("prepare", help="validate, lint and compile one language for a build")
    cmd.add_argument("lang")
    locales(cmd)
    source(cmd)
    cmd.add_argument("--out", type=Path, default=Path("build/locale"))
    cmd.add_argument(
        "--unreviewed",
        action="store_true",
        help="a preview: compile translations a maintainer has not reviewed yet too",
    )
    cmd.set_defaults(func=cmd_prepare)

    cmd = sub.add_parser("update", help="update the catalogs from the .pot templates")
    cmd.add_argument("langs", nargs="*", help="default: every language in --locales")
    cmd.add_argument("--pot", type=Path, default=Path("build/gettext"))
    locales(cmd)
    cmd.set_defaults(func=cmd_update)

    cmd = sub.add_parser("stats", help="translated / fuzzy / untranslated counts")
    cmd.add_argument("langs", nargs="*")
    locales(cmd)
    cmd.add_argument(
        "--min",
        type=float,
        default=None,
        help="fail when a language's translated share is below this percentage",
    )
    cmd.add_argument(
        "--since",
        default="HEAD",
        help="list approved forms changed since this git revision (default: HEAD)",
    )
    source(cmd)
    cmd.set_defaults(func=cmd_stats)

    cmd = sub.add_parser(
        "review", help="list translations awaiting a maintainer's review, or approve them"
    )
    cmd.add_argument("lang")
    locales(cmd)
    source(cmd)
    cmd.add_argument(
        "--since",
        default=None,
        help="show each change against the catalogs at this git revision (default: the "
        "commit that last changed the record of reviewed translations)",
    )
    cmd.add_argument(
        "--approve",
        metavar="TOKEN",
        help="record the listed translations as reviewed (the token the listing printed)",
    )
    cmd.set_defaults(func=cmd_review)

    cmd = sub.add_parser("check", help="validate strictly and lint every catalog")
    cmd.add_argument("langs", nargs="*")
    locales(cmd)
    source(cmd)
    cmd.set_defaults(func=cmd_check)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except LanguagesError as error:  # one paragraph, as inside Sphinx, not a traceback
        print(f"{error.location}: ERROR: {error.problem}", file=sys.stderr)
        return 2
