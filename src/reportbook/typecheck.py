"""Whether a value read from conf.py or a TOML table has the type a dataclass field declares.

The annotations this project uses are few: ``str``, ``int``, ``bool``, ``None``, unions of
them, ``tuple[str, ...]`` (written as a list in conf.py or TOML) and ``dict``.
"""

import types
from typing import Any, Union, get_args, get_origin


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
        return f"a list of {describe(get_args(annotation)[0]).removeprefix('a ')}s"
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
