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


def quoted_page_before(labels: dict) -> dict[str, str | None]:
    """The ``content`` of a quoted title's page set before it, and of the separator between
    two such titles side by side (see pdf/xrefs.py), from a language's labels
    (``pdf_see_page_before_title``, ``pdf_title_separator``, optional); both None where the language
    has no such label and prints the page after the closing quotation mark, as after any
    cross-reference."""
    label = labels.get("pdf_see_page_before_title")
    if label is None:
        return {"see_page_before": None, "title_separator": None}
    return {
        "see_page_before": css_content(label, page="attr(data-page)"),
        # No separator label: quoted titles side by side get none.
        "title_separator": css_string(labels.get("pdf_title_separator", "")),
    }
