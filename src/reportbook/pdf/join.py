"""Join the book's parts, each a PDF that WeasyPrint typeset from a run of chapters, into one
book as good as a single WeasyPrint document: pages, named destinations, links between parts,
outline, structure tree and metadata.

The join runs on pikepdf: qpdf's objects live in C++, a part's are read from its file as they
are copied, and a part is let go as soon as its objects are in the book, so that a book of
thousands of tagged pages takes a fraction of the memory that Python objects for each struct
element and annotation would."""

from pathlib import Path
from urllib.parse import unquote

import pikepdf
from pikepdf import Array, Dictionary, Name
from sphinx.errors import SphinxError

# A link to an id in another part: the builder writes href="reportbook-anchor:<id>".
LINK_SCHEME = "reportbook-anchor:"
# The catalog entries that describe the whole book, taken from the first part.
BOOK_ENTRIES = (
    "/Lang",
    "/MarkInfo",
    "/ViewerPreferences",
    "/Metadata",
    "/OutputIntents",
    "/PageMode",
)


class JoinError(SphinxError):
    category = "PDF join error"


def join_parts(parts: list[Path], target: Path, link_scheme: str = LINK_SCHEME) -> None:
    """Write the pages of ``parts``, in order, as one PDF at ``target``; a JoinError if two
    parts define the same name or a link between parts finds no part defining its id."""
    with pikepdf.Pdf.new() as book:
        names: dict[str, tuple[pikepdf.String, pikepdf.Object, Path]] = {}
        links: list[tuple[pikepdf.Dictionary, str, Path]] = []
        outline: list[pikepdf.Dictionary] = []
        outline_root = structure = None
        next_key, keep_next_key = 0, False
        version = book.pdf_version
        for number, part in enumerate(parts):
            with pikepdf.open(part) as source:
                version = max(version, source.pdf_version, key=_version)
                copied_from = len(book.objects)
                root = source.Root
                if number == 0:
                    if "/Info" in source.trailer:
                        book.trailer.Info = _copy(book, source.trailer.Info)
                    for key in BOOK_ENTRIES:
                        if key in root:
                            book.Root[key] = _copy(book, root[key])
                # The pages first: qpdf keeps one map of copied objects for each part, so that
                # the page references in what is copied after them land on the book's pages.
                links += _add_pages(book, source, part, next_key, link_scheme)
                if "/Names" in root and "/Dests" in root.Names:
                    for name, destination in _tree_pairs(root.Names.Dests, "/Names"):
                        if str(name) in names:
                            raise JoinError(
                                f"{str(name)!r} is defined in both {names[str(name)][2]} and {part}"
                            )
                        # The very bytes of the name, held by the book rather than the part.
                        key = pikepdf.String(bytes(name))
                        names[str(name)] = (key, _copy(book, destination), part)
                if "/Outlines" in root and "/First" in root.Outlines:
                    if outline_root is None:
                        outline_root = book.make_indirect(Dictionary(Type=Name.Outlines))
                    _add_outline(book, root.Outlines.First, outline_root, outline)
                if "/StructTreeRoot" in root:
                    part_tree = root.StructTreeRoot
                    keep_next_key = keep_next_key or "/ParentTreeNextKey" in part_tree
                    structure, next_key = _add_structure(book, structure, part_tree, next_key)
                _detach_streams(book, copied_from)

        for annotation, name, part in links:
            if name not in names:
                raise JoinError(f"{part} links to {name!r}, which no part defines")
            # As WeasyPrint writes a link within its document, with the very string of the name.
            del annotation["/A"]
            annotation.Dest = names[name][0]
            annotation.Contents = names[name][0]
        if names:
            # A name tree's keys are sorted by their bytes as written.
            # Built as a list and made an Array once: extending an Array copies it each time.
            tree = []
            for name, destination, _ in sorted(names.values(), key=lambda n: bytes(n[0])):
                tree += (name, destination)
            book.Root.Names = Dictionary(Dests=book.make_indirect(Dictionary(Names=Array(tree))))
        if outline_root is not None:
            outline_root.First, outline_root.Last = outline[0], outline[-1]
            outline_root.Count = sum(1 + max(int(item.Count), 0) for item in outline)
            book.Root.Outlines = outline_root
        if keep_next_key:
            structure.ParentTreeNextKey = next_key
        # Written aside, then moved: a half-written PDF must not pass for an up-to-date one.
        partial = target.with_name(target.name + ".part")
        try:
            # Object streams and compressed streams: a tagged book written plainly is about
            # four times the size. The /ID comes from the content, so that the same parts give
            # the same bytes.
            book.save(
                partial,
                min_version=version,
                object_stream_mode=pikepdf.ObjectStreamMode.generate,
                compress_streams=True,
                deterministic_id=True,
            )
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)


def _detach_streams(book: pikepdf.Pdf, copied_from: int) -> None:
    """Give the streams copied after the book's first ``copied_from`` objects their data, as
    it is in the part's file: qpdf would otherwise read it from the part when the book is
    saved, and the part, open till then, would hold every object it has parsed. The parts'
    compressed streams take a small part of that memory."""
    # A new Pdf numbers its objects one after the other, the copies included.
    for number in range(copied_from + 1, len(book.objects) + 1):
        stream = book.get_object(number, 0)
        if isinstance(stream, pikepdf.Stream):
            stream.write(
                stream.read_raw_bytes(),
                filter=stream.get("/Filter"),
                decode_parms=stream.get("/DecodeParms"),
            )


def _add_pages(
    book: pikepdf.Pdf, source: pikepdf.Pdf, part: Path, key_offset: int, link_scheme: str
) -> list[tuple[pikepdf.Dictionary, str, Path]]:
    """Add the part's pages with their annotations, and return its links to other parts."""
    links = []
    shifted = set()
    for page in source.pages:
        # Appended one by one: extend() warns that it does not carry named destinations, which
        # join_parts does itself.
        book.pages.append(page)
        added = book.pages[-1].obj
        if "/StructParents" in added:
            added.StructParents = int(added.StructParents) + key_offset
        for annotation in added.get("/Annots") or ():
            if annotation.is_indirect:
                if annotation.objgen in shifted:
                    continue  # on another page too, and already seen there
                shifted.add(annotation.objgen)
            if "/StructParent" in annotation:
                annotation.StructParent = int(annotation.StructParent) + key_offset
            action = annotation.get("/A")
            uri = action.get("/URI") if isinstance(action, Dictionary) else None
            uri = str(uri) if isinstance(uri, pikepdf.String) else ""
            if uri.startswith(link_scheme):
                # WeasyPrint %-encodes a URI and unquotes a #fragment: unquoted, the id.
                links.append((annotation, unquote(uri[len(link_scheme) :]), part))
    return links


def _add_outline(
    book: pikepdf.Pdf, item, parent: pikepdf.Dictionary, siblings: list[pikepdf.Dictionary]
) -> int:
    """Add ``item``, its children and its next siblings under ``parent``, after ``siblings``
    (the items already under it, extended with the new ones); return how many of the new items
    and their descendants an open ``parent`` shows."""
    shown = 0
    while item is not None:
        entry = book.make_indirect(
            Dictionary(Title=item.Title, Parent=parent, Dest=_copy(book, item.Dest))
        )
        if siblings:
            entry.Prev, siblings[-1].Next = siblings[-1], entry
        siblings.append(entry)
        children: list[pikepdf.Dictionary] = []
        below = _add_outline(book, item.get("/First"), entry, children)
        if children:
            entry.First, entry.Last = children[0], children[-1]
        # A negative /Count is a closed item: its descendants are hidden.
        is_open = int(item.get("/Count", 0)) >= 0
        entry.Count = below if is_open else -below
        shown += 1 + (below if is_open else 0)
        item = item.get("/Next")
    return shown


def _add_structure(
    book: pikepdf.Pdf,
    structure: pikepdf.Dictionary | None,
    part_tree: pikepdf.Dictionary,
    key_offset: int,
) -> tuple[pikepdf.Dictionary, int]:
    """Join the part's structure tree to the book's, ``structure`` (None: the part's becomes
    it), its parent tree's keys shifted by ``key_offset``; return the book's tree and the next
    free key."""
    pairs = list(_tree_pairs(part_tree.ParentTree, "/Nums"))
    next_key = key_offset + max(
        max((int(key) for key, _ in pairs), default=-1) + 1,
        int(part_tree.get("/ParentTreeNextKey", 0)),
    )
    if structure is None:
        structure = _copy(book, part_tree)
        if not structure.is_indirect:
            structure = book.make_indirect(structure)
        book.Root.StructTreeRoot = structure
        parent_tree = structure.ParentTree
        if "/Kids" in parent_tree:
            # One flat /Nums, which the next parts extend.
            parent_tree.Nums = Array(
                [item for pair in _tree_pairs(parent_tree, "/Nums") for item in pair]
            )
            del parent_tree["/Kids"]
        return structure, next_key
    document = structure.K[0]
    for kid in part_tree.K[0].K:
        if isinstance(kid, Dictionary) and "/P" in kid:
            # /P, the part's Document element, goes before the copy: copied, it would bring
            # the part's whole structure tree root along, an orphan in the book.
            del kid["/P"]
        kid = _copy(book, kid)
        if isinstance(kid, Dictionary):
            kid.P = document
        document.K.append(kid)
    book_nums = structure.ParentTree.Nums
    for key, value in pairs:
        book_nums.extend((int(key) + key_offset, _copy(book, value)))
    return structure, next_key


def _copy(book: pikepdf.Pdf, value):
    """``value``, from a part, for the book: qpdf copies only indirect objects, so a direct
    array or dictionary is rebuilt around copies of what it refers to."""
    if isinstance(value, pikepdf.Object):
        if value.is_indirect:
            return book.copy_foreign(value)
        if isinstance(value, Dictionary):
            return Dictionary({key: _copy(book, item) for key, item in value.items()})
        if isinstance(value, Array):
            return Array([_copy(book, item) for item in value])
    return value  # a number, name, string or boolean: nothing to copy


def _tree_pairs(node: pikepdf.Dictionary, key: str):
    """(key, value) of a name tree (``key`` "/Names") or number tree ("/Nums"), in order."""
    if key in node:
        array = node[key]
        yield from zip(array[::2], array[1::2], strict=True)
    for kid in node.get("/Kids") or ():
        yield from _tree_pairs(kid, key)


def _version(version: str) -> tuple[int, ...]:
    return tuple(int(number) for number in version.split("."))
