"""Inputs too deep or too large to typeset fail early with a clear message: WeasyPrint's
layout recurses per nesting level and holds the whole book in memory."""

from docutils import nodes

from .errors import PdfError
from .links import walk


class BookTooLargeError(PdfError):
    category = "PDF input too large"


def check_limits(tree: nodes.Node, root_doc: str, max_depth: int, max_chars: int) -> None:
    chars = 0
    depth_of = {id(tree): 0}
    for node, docname in walk(tree, root_doc):
        depth = depth_of.pop(id(node))
        if depth > max_depth:
            raise BookTooLargeError(
                f"{docname}: elements nested {depth} deep (line {node.line or '?'}); the PDF "
                f"accepts at most pdf_max_depth = {max_depth}"
            )
        for child in node.children:
            if isinstance(child, nodes.Text):
                chars += len(child)
            else:
                depth_of[id(child)] = depth + 1
        if chars > max_chars:
            raise BookTooLargeError(
                f"the book has more than pdf_max_chars = {max_chars} characters of text "
                f"(reached in {docname})"
            )
