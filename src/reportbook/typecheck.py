"""Whether a value read from conf.py or a TOML table has the type a dataclass field declares;
a frozen dataclass from a TOML table, its keys and types checked.

The annotations this project uses are few: ``str``, ``int``, ``bool``, ``None``, unions of
them, ``tuple[str, ...]`` (written as a list in conf.py or TOML) and ``dict``.
"""

import dataclasses
import types
from dataclasses import MISSING
from typing import Any, TypeVar, Union, get_args, get_origin

T = TypeVar("T")


def conforms(value: Any, annotation: Any) -> bool:
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        return any(conforms(value, option) for option in get_args(annotation))
    if annotation is None or annotation is type(None):
        return value is None
    if origin in (tuple, list):  # a sequence of one type, e.g. tuple[str, ...]
        (item, *_) = get_args(annotation)
        return isinstance(value, (list, tuple)) and all(conforms(v, item) for v in value)
    if annotation is int:  # True is an int to Python, not a number to a user
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, origin or annotation)


def describe(annotation: Any) -> str:
    """The type in a user's words: ``a string``, ``a list of strings``, ``a string or None``."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        return " or ".join(describe(option) for option in get_args(annotation))
    if annotation is None or annotation is type(None):
        return "None"
    if origin in (tuple, list):
        item = describe(get_args(annotation)[0])  # "a string": strings; "a list of …": lists of …
        if item.startswith("a list "):
            return "a list of lists" + item.removeprefix("a list")
        return f"a list of {item.removeprefix('a ')}s"
    return {str: "a string", int: "a whole number", bool: "true or false", dict: "a table"}.get(
        origin or annotation, str(annotation)
    )


def python_types(annotation: Any) -> frozenset[type]:
    """The top-level types a value may have, for Sphinx's ``add_config_value(types=...)``."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        return frozenset().union(*map(python_types, get_args(annotation)))
    if annotation is None or annotation is type(None):
        return frozenset({type(None)})
    if origin in (tuple, list):
        return frozenset({list, tuple})
    return frozenset({origin or annotation})


class KeyProblem(ValueError):
    """A table's key is unknown, missing or of the wrong type; ``key`` names it."""

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(problem)
        self.key = key


def from_table(declared: type[T], table: Any, **given: Any) -> T:
    """A frozen dataclass from a table read from TOML: every key known, every field without a
    default present, every value of its field's type (lists become tuples). ``given``: fields
    the caller made itself (from a sub-table, or the table's name)."""
    if not isinstance(table, dict):
        raise KeyProblem("", f"must be a table, not {table!r}")
    fields = {field.name: field for field in dataclasses.fields(declared)}
    known = [name for name in fields if name not in given or name in table]
    for key, value in table.items():
        if key not in known:
            raise KeyProblem(key, f"unknown key (known: {', '.join(known)})")
        if key not in given and not conforms(value, fields[key].type):
            raise KeyProblem(key, f"{value!r} must be {describe(fields[key].type)}")
    for name, field in fields.items():
        required = field.default is MISSING and field.default_factory is MISSING
        if required and name not in table and name not in given:
            raise KeyProblem(name, f"missing: {field.metadata.get('help', 'required')}")
    values = {key: tuple(v) if isinstance(v, list) else v for key, v in table.items()}
    return declared(**{**values, **given})
