"""Join the book's parts, each a PDF that WeasyPrint typeset from a run of chapters, into one
book as good as a single WeasyPrint document: pages, named destinations, links between parts,
outline, structure tree and metadata."""

from io import BytesIO
from pathlib import Path
from urllib.parse import unquote

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)
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
    writer = PdfWriter()
    names: dict[str, tuple[TextStringObject, ArrayObject, Path]] = {}
    links: list[tuple[DictionaryObject, str, Path]] = []
    structure: DictionaryObject | None = None
    next_key, keep_next_key = 0, False
    for number, part in enumerate(parts):
        data = part.read_bytes()
        reader = PdfReader(BytesIO(data))
        root = reader.root_object
        if number == 0:
            writer.metadata = reader.metadata
            for key in BOOK_ENTRIES:
                if key in root:
                    writer.root_object[NameObject(key)] = root.raw_get(key).clone(writer)
        links += _add_pages(writer, reader, part, next_key, link_scheme)
        # Cloned after the pages, so that their page references land on the book's pages.
        for name, destination in _pairs(reader.get_named_dest_root()):
            if str(name) in names:
                raise JoinError(f"{name!r} is defined in both {names[str(name)][2]} and {part}")
            names[str(name)] = (name, destination.clone(writer), part)
        if "/Outlines" in root:
            _add_outline(writer, root["/Outlines"].get("/First"), None)
        if "/StructTreeRoot" in root:
            part_tree = root["/StructTreeRoot"]
            keep_next_key = keep_next_key or "/ParentTreeNextKey" in part_tree
            structure, next_key = _add_structure(writer, structure, part_tree, next_key)
        # Let the part go: pypdf keeps the source of each added page, to mend links when the
        # book is written, which _add_pages does not ask of it.
        writer.reset_translation(reader)
        writer._merged_in_pages.clear()

    for annotation, name, part in links:
        if name not in names:
            raise JoinError(f"{part} links to {name!r}, which no part defines")
        # As WeasyPrint writes a link within its document, with the very string of the name.
        del annotation["/A"]
        annotation[NameObject("/Dest")] = names[name][0]
        annotation[NameObject("/Contents")] = names[name][0]
    if names:
        tree_names = writer.get_named_dest_root()
        # A name tree's keys are sorted by their bytes as written.
        for name, destination, _ in sorted(names.values(), key=lambda n: n[0].get_encoded_bytes()):
            tree_names.extend((name, destination))
    if keep_next_key:
        structure[NameObject("/ParentTreeNextKey")] = NumberObject(next_key)
    # Written aside, then moved: a half-written PDF must not pass for an up-to-date one.
    partial = target.with_name(target.name + ".part")
    try:
        with partial.open("wb") as stream:
            writer.write(stream)
        compact(partial)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)


def compact(path: Path) -> None:
    """Rewrite with compressed object streams: pypdf writes each object plainly, which makes
    a tagged book about four times its size. The /ID comes from the content, so that the
    same parts give the same bytes."""
    import pikepdf

    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        pdf.save(
            path,
            object_stream_mode=pikepdf.ObjectStreamMode.generate,
            compress_streams=True,
            deterministic_id=True,
        )


def _add_pages(
    writer: PdfWriter, reader: PdfReader, part: Path, key_offset: int, link_scheme: str
) -> list[tuple[DictionaryObject, str, Path]]:
    """Add the part's pages with their annotations, and return its links to other parts."""
    links = []
    for page in reader.pages:
        # The annotations are copied here: pypdf would otherwise keep each internal link until
        # the book is written and then look its name up among all the part's names.
        added = writer.add_page(page, excluded_keys=("/Annots",))
        if "/StructParents" in page:
            added[NameObject("/StructParents")] = NumberObject(page["/StructParents"] + key_offset)
        if "/Annots" not in page:
            continue
        added[NameObject("/Annots")] = page.raw_get("/Annots").clone(writer)
        for annotation in added["/Annots"]:
            annotation = annotation.get_object()
            if "/StructParent" in annotation:
                key = annotation["/StructParent"] + key_offset
                annotation[NameObject("/StructParent")] = NumberObject(key)
            uri = annotation.get("/A", {}).get("/URI", "")
            if uri.startswith(link_scheme):
                # WeasyPrint %-encodes a URI and unquotes a #fragment: unquoted, the id.
                links.append((annotation, unquote(uri[len(link_scheme) :]), part))
    return links


def _add_outline(writer: PdfWriter, item, parent) -> None:
    """Add ``item``, its children and its next siblings, under ``parent`` (None: the root)."""
    while item is not None:
        item = item.get_object()
        entry = DictionaryObject(
            {NameObject("/Title"): item["/Title"], NameObject("/Dest"): item["/Dest"].clone(writer)}
        )
        # A negative /Count is a closed item.
        added = writer.add_outline_item_dict(entry, parent, is_open=item.get("/Count", 0) >= 0)
        _add_outline(writer, item.get("/First"), added)
        item = item.get("/Next")


def _add_structure(
    writer: PdfWriter,
    structure: DictionaryObject | None,
    part_tree: DictionaryObject,
    key_offset: int,
) -> tuple[DictionaryObject, int]:
    """Join the part's structure tree to the book's, ``structure`` (None: the part's becomes
    it), its parent tree's keys shifted by ``key_offset``; return the book's tree and the next
    free key."""
    nums = part_tree["/ParentTree"]["/Nums"]
    next_key = key_offset + max(
        max(nums[::2], default=-1) + 1, part_tree.get("/ParentTreeNextKey", 0)
    )
    if structure is None:
        structure = part_tree.clone(writer)
        writer.root_object[NameObject("/StructTreeRoot")] = structure.indirect_reference
        return structure, next_key
    document = structure["/K"][0].get_object()
    for kid in part_tree["/K"][0].get_object()["/K"]:
        # /P, the part's Document element, left out: cloning it would bring the part's whole
        # structure tree root along, an orphan in the book.
        kid = kid.get_object().clone(writer, ignore_fields=[1, "/P"])
        kid[NameObject("/P")] = document.indirect_reference
        document["/K"].append(kid.indirect_reference)
    book_nums = structure["/ParentTree"]["/Nums"]
    for key, value in _pairs(nums):
        book_nums.extend((NumberObject(key + key_offset), value.clone(writer)))
    return structure, next_key


def _pairs(array: ArrayObject):
    """(key, value) of a name or number tree's flat /Names or /Nums array."""
    return zip(array[::2], array[1::2], strict=True)
