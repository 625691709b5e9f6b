"""Per-language data written as CSS values: font stacks and generated-content strings."""

import re

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def css_string(text: str) -> str:
    """A CSS string literal."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\A ")
    return f'"{escaped}"'


def font_list(families) -> str:
    return ", ".join(css_string(family) for family in families)


def css_content(label: str, **values: str) -> str:
    """``"Page {page} of {pages}"`` as a ``content`` value, each placeholder a CSS function."""
    parts = []
    for i, piece in enumerate(PLACEHOLDER.split(label)):
        if i % 2:
            parts.append(values[piece])
        elif piece:
            parts.append(css_string(piece))
    return " ".join(parts)


def label_text(label: str, **values: str) -> str:
    """``"Page {page} of {pages}"`` as printed: the text ``css_content`` makes of it."""
    return PLACEHOLDER.sub(lambda match: values[match[1]], label)
