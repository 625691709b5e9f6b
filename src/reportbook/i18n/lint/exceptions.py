"""Deliberate exceptions, recorded by the translator beside the message:

    # lint-ignore: number — the Chinese text rounds 2,987 to "近3000", as the speaker did

One or more check names (comma-separated), a dash (—, – or --) and a reason, which is required.
Only content checks can be silenced; the checks that keep markup, links and files safe cannot,
nor ``structure``: Sphinx publishes no translation whose blocks differ from its source's (the
page keeps the English), so silencing it would only make the counts say translated.
"""

import re
from dataclasses import dataclass

IGNORABLE = frozenset(
    {"number", "added-number", "term", "name", "order", "untranslated", "qualifier"}
)
COMMENT = re.compile(r"^lint-ignore\b")
SYNTAX = re.compile(
    r"^lint-ignore:\s*(?P<checks>[a-z-]+(?:\s*,\s*[a-z-]+)*)\s*(?:—|–|--)\s*(?P<reason>\S.*)$"
)


@dataclass(frozen=True)
class Exception_:
    checks: frozenset[str]
    reason: str


def parse_exceptions(comments: list[str]) -> tuple[list[Exception_], list[str]]:
    """(valid exceptions, errors) from a message's translator comments."""
    found, errors = [], []
    for comment in comments:
        comment = comment.strip()
        if not COMMENT.match(comment):
            continue
        m = SYNTAX.match(comment)
        if not m or len(m.group("reason").strip()) < 3:
            errors.append(
                f"malformed exception {comment!r}: write "
                "'# lint-ignore: <check> — <reason>' with a reason"
            )
            continue
        checks = frozenset(c.strip() for c in m.group("checks").split(","))
        bad = sorted(checks - IGNORABLE)
        if bad:
            errors.append(
                f"check {', '.join(bad)} cannot be silenced "
                f"(only {', '.join(sorted(IGNORABLE))} can)"
            )
            continue
        found.append(Exception_(checks, m.group("reason").strip()))
    return found, errors
