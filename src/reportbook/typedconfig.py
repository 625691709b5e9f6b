"""Sphinx configuration values declared once, as the fields of a dataclass.

As MyST-Parser's ``MdParserConfig`` and sphinx-design's ``SdConfig`` do: each field holds a
value's type (its annotation), default, help and checks. ``register`` declares every field to
Sphinx with ``add_config_value``; ``check`` reads them back on ``config-inited`` into the
dataclass, so a wrong value stops the build before anything is read, with one ERROR naming
conf.py, the line and the key.
"""

import ast
import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util import logging

from .typecheck import conforms, describe, python_types

logger = logging.getLogger(__name__)
T = TypeVar("T")
# A check takes the value (already of the declared type) and raises ValueError with what is
# wrong and how to put it right: "use 1, 2 or 3".
Check = Callable[[Any], None]


def confval(
    default: Any,
    help: str,
    *checks: Check,
    rebuild: str = "env",
) -> Any:
    """A field of a configuration dataclass. ``default`` may be a function of the config, as
    Sphinx allows (``lambda config: config.author``); ``rebuild`` is Sphinx's: what a change
    makes stale ("env": every document, "": nothing)."""
    metadata = {"default": default, "help": help, "checks": checks, "rebuild": rebuild}
    return dataclasses.field(metadata=metadata)


def register(app: Sphinx, declared: type) -> None:
    for field in dataclasses.fields(declared):
        app.add_config_value(
            field.name,
            field.metadata["default"],
            field.metadata["rebuild"],
            types=python_types(field.type),
            description=field.metadata["help"],
        )


class ConfigRefused(SystemExit):
    """The build stops after the configuration's mistakes were logged, one ERROR paragraph
    each. Not an ``Exception``: Sphinx 9 answers every one, its own ``ConfigError`` too, with
    its crash report, which a mistake in conf.py does not deserve. Exit status 2, as Sphinx's
    own for errors."""

    def __init__(self) -> None:
        super().__init__(2)


def check(app: Sphinx, config: Config, declared: type[T]) -> T:
    """The declared values as read, each of its type and passing its checks; else each
    mistake logged as an ERROR naming where the value was set and the key, then
    ``ConfigRefused``."""
    found, refused = {}, False
    for field in dataclasses.fields(declared):
        given = config[field.name]
        try:
            if not conforms(given, field.type):
                raise ValueError(f"must be {describe(field.type)}")
            for one_check in field.metadata["checks"]:
                one_check(given)
        except ValueError as problem:
            refuse(app, config, field.name, given, str(problem))
            refused = True
        found[field.name] = tuple(given) if isinstance(given, list) else given
    if refused:
        raise ConfigRefused
    return declared(**found)


def refuse(app: Sphinx, config: Config, name: str, given: Any, problem: str) -> None:
    """One ERROR paragraph: where the value was set, the key, the value, what is wrong."""
    if name in config.overrides:
        logger.error("%s = %r (given with -D): %s", name, given, problem)
        return
    conf = Path(app.confdir, "conf.py")
    line = assignment_line(conf, name)
    log_error(f"{conf}:{line}" if line else str(conf), f"{name} = {given!r}: {problem}")


def log_error(location: str, message: str) -> None:
    """``file:line: ERROR: message``, as Sphinx writes its own, for editors to jump to."""
    if ":" in location:
        logger.error("%s", message, location=location)
    else:  # Sphinx would take a location without a line for a document's name
        logger.error("%s: %s", location, message)


def assignment_line(conf: Path, name: str) -> int | None:
    """The line of conf.py's last assignment to ``name``, if it has a plain one."""
    try:
        tree = ast.parse(conf.read_bytes())
    except (OSError, SyntaxError, ValueError):
        return None
    lines = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name) and target.id == name
    ]
    return max(lines, default=None)


# Checks for ``confval``: each raises ValueError with what to write instead.


def one_of(choices, *, hint: str = "") -> Check:
    def in_choices(given) -> None:
        if given is not None and given not in choices:
            raise ValueError(hint or f"choose one of {', '.join(sorted(choices))}")

    return in_choices


def at_least(smallest: int, hint: str) -> Check:
    def large_enough(given: int) -> None:
        if given < smallest:
            raise ValueError(hint)

    return large_enough


def matches(pattern, hint: str, *, optional: bool = False) -> Check:
    """The string matches ``pattern``; ``optional``: or is empty (not given)."""

    def fits(given: str) -> None:
        if not (optional and not given) and not pattern.fullmatch(given):
            raise ValueError(hint)

    return fits
