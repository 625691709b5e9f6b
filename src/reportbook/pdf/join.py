"""Join the book's parts, each a PDF that WeasyPrint typeset from a run of chapters, into one
book as good as a single WeasyPrint document: pages, named destinations, links between parts,
outline, structure tree and metadata.

The parts are read with pikepdf one at a time, and each object is written to the book (see
writer.py) as soon as it is read, its references numbered anew by walking it (syntax.py):
the join holds one part and the book's small tables (pages, names, outline, parent tree),
never the book. Loading a whole tagged book
into qpdf takes about 1.8 KiB an object, 560 MiB for a book of 1,400 pages."""

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

import pikepdf
from pikepdf import Array, Dictionary

from . import syntax
from .errors import PdfError
from .render import LINK_SCHEME  # a link to an id in another part or slice
from .writer import PdfFile

# The catalog entries that describe the whole book, taken from the first part.
BOOK_ENTRIES = (
    "/Lang",
    "/MarkInfo",
    "/ViewerPreferences",
    "/Metadata",
    "/OutputIntents",
    "/PageMode",
)
# Page attributes a page may take from its page tree (PDF 32000-1, 7.7.3.4).
INHERITED = ("/Resources", "/MediaBox", "/CropBox", "/Rotate")
HEADER = re.compile(rb"%PDF-(\d+\.\d+)")


class JoinError(PdfError):
    category = "PDF join error"


@dataclass
class OutlineItem:
    title: bytes
    destination: bytes
    is_open: bool
    children: list["OutlineItem"] = field(default_factory=list)
    number: int = 0  # the book's, once written


@dataclass
class Link:
    """A link to another part, written once the name tree says how its id is spelt."""

    number: int
    entries: bytes  # its dictionary's, but /Dest and /Contents
    name: str
    part: Path


class Book:
    """What the book gathers from its parts until they are all written."""

    def __init__(self, pdf: PdfFile) -> None:
        self.pdf = pdf
        # Numbered first: every part's pages and structure elements refer to them.
        self.pages_number = pdf.reserve()
        self.tree_number = self.document_number = 0  # numbered with the first tagged part
        self.pages: list[int] = []
        # id -> (its bytes, its string as written, its destination as written, part)
        self.names: dict[str, tuple[bytes, bytes, bytes, Path]] = {}
        self.links: list[Link] = []
        self.outline: list[OutlineItem] = []
        self.catalog: list[bytes] = []
        self.info: bytes | None = None
        self.tagged = False
        self.tree_entries: list[bytes] = []
        self.document_entries: list[bytes] = []
        self.document_kids: list[bytes] = []
        self.parent_tree: list[tuple[int, bytes]] = []
        self.next_key = 0
        self.keep_next_key = False

    def add_part(self, source: pikepdf.Pdf, path: Path, first: bool) -> None:
        part = Part(self, source, path)
        root = source.Root
        if first:
            if "/Info" in source.trailer:
                self.info = part.body(source.trailer.Info)
            for key in BOOK_ENTRIES:
                if key in root:
                    self.catalog.append(b"%s %s" % (key.encode(), part.value(root[key])))
        part.map_page_tree(root.Pages)
        key_offset = self.next_key
        if "/StructTreeRoot" in root:
            self.add_structure(part, root.StructTreeRoot)
        for page in source.pages:
            self.pages.append(part.add_page(page.obj, key_offset))
        if "/Names" in root and "/Dests" in root.Names:
            for name, destination in tree_pairs(root.Names.Dests, "/Names"):
                if str(name) in self.names:
                    raise JoinError(
                        f"{str(name)!r} is defined in both {self.names[str(name)][3]} and {path}"
                    )
                self.names[str(name)] = (bytes(name), name.unparse(), part.value(destination), path)
        if "/Outlines" in root and "/First" in root.Outlines:
            self.outline += part.outline(root.Outlines.First)
        part.write_all()

    def add_structure(self, part: "Part", tree: pikepdf.Dictionary) -> None:
        """The part's structure elements go under the book's one Document element, its parent
        tree's keys after the previous parts'."""
        document = tree.K[0] if isinstance(tree.K, Array) else tree.K
        if not self.tagged:
            self.tagged = True
            self.tree_number, self.document_number = self.pdf.reserve(), self.pdf.reserve()
            self.tree_entries = part.entries(tree, skip=("/K", "/ParentTree", "/ParentTreeNextKey"))
            self.document_entries = part.entries(document, skip=("/K", "/P"))
        part.map_to(tree, self.tree_number)
        part.map_to(document, self.document_number)
        kids = document.get("/K")
        if kids is not None:
            for kid in kids if isinstance(kids, Array) else [kids]:
                self.document_kids.append(part.value(kid))
        key_offset, largest = self.next_key, -1
        for key, value in tree_pairs(tree.ParentTree, "/Nums"):
            self.parent_tree.append((int(key) + key_offset, part.value(value)))
            largest = max(largest, int(key))
        self.keep_next_key = self.keep_next_key or "/ParentTreeNextKey" in tree
        self.next_key = key_offset + max(largest + 1, int(tree.get("/ParentTreeNextKey", 0)))

    def finish(self) -> None:
        """Write the links between parts and the book's own objects: page tree, name tree,
        outline, structure tree, catalog."""
        pdf = self.pdf
        for link in self.links:
            if link.name not in self.names:
                raise JoinError(f"{link.part} links to {link.name!r}, which no part defines")
            # As WeasyPrint writes a link within its document, with the very string of the name.
            name = self.names[link.name][1]
            pdf.add(link.number, b"<< %s /Dest %s /Contents %s >>" % (link.entries, name, name))
        kids = b" ".join(b"%d 0 R" % number for number in self.pages)
        pdf.add(
            self.pages_number,
            b"<< /Type /Pages /Kids [ %s ] /Count %d >>" % (kids, len(self.pages)),
        )
        catalog = [b"/Type /Catalog", b"/Pages %d 0 R" % self.pages_number, *self.catalog]
        if self.names:
            names = pdf.reserve()
            # A name tree's keys are sorted by their bytes.
            pairs = sorted(self.names.values(), key=lambda name: name[0])
            listed = b" ".join(b"%s %s" % (key, destination) for _, key, destination, _ in pairs)
            pdf.add(names, b"<< /Names [ %s ] >>" % listed)
            catalog.append(b"/Names << /Dests %d 0 R >>" % names)
        if self.outline:
            outline = pdf.reserve()
            shown = self.write_outline(self.outline, outline)
            pdf.add(
                outline,
                b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>"
                % (self.outline[0].number, self.outline[-1].number, shown),
            )
            catalog.append(b"/Outlines %d 0 R" % outline)
        if self.tagged:
            self.write_structure()
            catalog.append(b"/StructTreeRoot %d 0 R" % self.tree_number)
        root = pdf.reserve()
        pdf.add(root, b"<< %s >>" % b" ".join(catalog))
        info = None
        if self.info is not None:
            info = pdf.reserve()
            pdf.add(info, self.info)
        pdf.close(root, info)

    def write_outline(self, items: list[OutlineItem], parent: int) -> int:
        """Write ``items`` under ``parent``; return how many items an open parent shows."""
        for item in items:
            item.number = self.pdf.reserve()
        shown = 0
        for n, item in enumerate(items):
            entries = [
                b"/Title %s /Parent %d 0 R /Dest %s" % (item.title, parent, item.destination)
            ]
            if n > 0:
                entries.append(b"/Prev %d 0 R" % items[n - 1].number)
            if n + 1 < len(items):
                entries.append(b"/Next %d 0 R" % items[n + 1].number)
            below = self.write_outline(item.children, item.number)
            if item.children:
                entries.append(
                    b"/First %d 0 R /Last %d 0 R"
                    % (item.children[0].number, item.children[-1].number)
                )
            # A negative /Count is a closed item: its descendants are hidden.
            entries.append(b"/Count %d" % (below if item.is_open else -below))
            self.pdf.add(item.number, b"<< %s >>" % b" ".join(entries))
            shown += 1 + (below if item.is_open else 0)
        return shown

    def write_structure(self) -> None:
        pdf = self.pdf
        parent_tree = pdf.reserve()
        nums = b" ".join(b"%d %s" % pair for pair in self.parent_tree)
        pdf.add(parent_tree, b"<< /Nums [ %s ] >>" % nums)
        tree = [
            *self.tree_entries,
            b"/K [ %d 0 R ] /ParentTree %d 0 R" % (self.document_number, parent_tree),
        ]
        if self.keep_next_key:
            tree.append(b"/ParentTreeNextKey %d" % self.next_key)
        pdf.add(self.tree_number, b"<< %s >>" % b" ".join(tree))
        document = [
            *self.document_entries,
            b"/P %d 0 R /K [ %s ]" % (self.tree_number, b" ".join(self.document_kids)),
        ]
        pdf.add(self.document_number, b"<< %s >>" % b" ".join(document))


class Part:
    """One part being written into the book: its objects numbered anew as they are met."""

    def __init__(self, book: Book, source: pikepdf.Pdf, path: Path) -> None:
        self.book = book
        self.source = source
        self.path = path
        self.numbers: dict[tuple[int, int], int] = {}
        self.to_write: list[tuple[int, int]] = []
        self.links: dict[tuple[int, int], str] = {}  # annotation -> the id it links to
        self.annotations: set[tuple[int, int]] = set()  # those already seen on a page

    def map_to(self, item: pikepdf.Object, number: int) -> None:
        """References to ``item`` become references to the book's object ``number``, and the
        item itself is not written: the book writes its own."""
        if item.is_indirect:
            self.numbers[item.objgen] = number

    def map_page_tree(self, node: pikepdf.Dictionary) -> None:
        self.map_to(node, self.book.pages_number)
        for kid in node.get("/Kids") or ():
            if kid.get("/Type") == "/Pages":
                self.map_page_tree(kid)

    def add_page(self, page: pikepdf.Dictionary, key_offset: int) -> int:
        """Make the page stand alone in the book's flat page tree, shift its keys into the
        book's parent tree, note its links to other parts; return its number."""
        for key in INHERITED:
            node = page
            while key not in node and "/Parent" in node:
                node = node.Parent
            if key in node and node is not page:
                page[key] = node[key]
        if "/StructParents" in page:
            page.StructParents = int(page.StructParents) + key_offset
        annotations = page.get("/Annots")
        for n, annotation in enumerate(annotations or ()):
            if not annotation.is_indirect:
                # Indirect, so that a link to another part can be written once its name is.
                annotation = self.source.make_indirect(annotation)
                annotations[n] = annotation
            elif annotation.objgen in self.annotations:
                continue  # on another page too, and already seen there
            self.annotations.add(annotation.objgen)
            if "/StructParent" in annotation:
                annotation.StructParent = int(annotation.StructParent) + key_offset
            action = annotation.get("/A")
            uri = action.get("/URI") if isinstance(action, Dictionary) else None
            uri = str(uri) if isinstance(uri, pikepdf.String) else ""
            if uri.startswith(LINK_SCHEME):
                del annotation["/A"]
                if "/Contents" in annotation:
                    del annotation["/Contents"]  # the URI: the book writes the id
                # WeasyPrint %-encodes a URI and unquotes a #fragment: unquoted, the id.
                self.links[annotation.objgen] = unquote(uri[len(LINK_SCHEME) :])
        return self.number(page.objgen)

    def outline(self, item) -> list[OutlineItem]:
        """The outline item ``item``, its next siblings and all their children."""
        items = []
        while item is not None:
            items.append(
                OutlineItem(
                    title=item.Title.unparse(),
                    destination=self.value(item.Dest),
                    is_open=int(item.get("/Count", 0)) >= 0,
                    children=self.outline(item.get("/First")),
                )
            )
            item = item.get("/Next")
        return items

    def entries(self, dictionary: pikepdf.Dictionary, skip: tuple[str, ...]) -> list[bytes]:
        return syntax.entries(dictionary, self.number, skip)

    def value(self, value) -> bytes:
        """A value as the book writes it where it is used: a reference for an indirect
        object (written with the part), the object itself for a direct one."""
        return syntax.reference_or_value(value, self.number)

    def body(self, item: pikepdf.Object) -> bytes:
        """What an (indirect) object holds, references renumbered."""
        return syntax.direct(item, self.number)

    def number(self, objgen: tuple[int, int]) -> int:
        """The book's number for the part's object ``objgen``, which will be written."""
        number = self.numbers.get(objgen)
        if number is None:
            number = self.numbers[objgen] = self.book.pdf.reserve()
            self.to_write.append(objgen)
        return number

    def write_all(self) -> None:
        """Write every object the book refers to in this part, as the part's own objects
        refer to others."""
        pdf = self.book.pdf
        while self.to_write:
            objgen = self.to_write.pop()
            number = self.numbers[objgen]
            item = self.source.get_object(objgen)
            if isinstance(item, pikepdf.Stream):
                # As it is in the part's file, still compressed.
                data = item.read_raw_bytes()
                item.stream_dict.Length = len(data)
                pdf.add_stream(number, syntax.dictionary(item.stream_dict, self.number), data)
            elif objgen in self.links:
                entries = b" ".join(self.entries(item, skip=("/Dest", "/Contents")))
                self.book.links.append(Link(number, entries, self.links[objgen], self.path))
            else:
                pdf.add(number, self.body(item))


def join_parts(parts: list[Path], target: Path) -> None:
    """Write the pages of ``parts``, in order, as one PDF at ``target``; a JoinError if two
    parts define the same name or a link between parts finds no part defining its id."""
    version = max((_header_version(part) for part in parts), key=_version)
    # Written aside, then moved: a half-written PDF must not pass for an up-to-date one.
    partial = target.with_name(target.name + ".part")
    try:
        with partial.open("wb") as file:
            book = Book(PdfFile(file, version))
            for number, part in enumerate(parts):
                with pikepdf.open(part) as source:
                    book.add_part(source, part, first=number == 0)
            book.finish()
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)


def tree_pairs(node: pikepdf.Dictionary, key: str):
    """(key, value) of a name tree (``key`` "/Names") or number tree ("/Nums"), in order."""
    if key in node:
        array = node[key]
        yield from zip(array[::2], array[1::2], strict=True)
    for kid in node.get("/Kids") or ():
        yield from tree_pairs(kid, key)


def _header_version(part: Path) -> str:
    """The version in the part's header, which the book's must be the highest of."""
    with part.open("rb") as file:
        found = HEADER.search(file.read(1024))
    if found is None:
        raise JoinError(f"{part} is not a PDF file: no %PDF- header")
    return found.group(1).decode("ascii")


def _version(version: str) -> tuple[int, ...]:
    return tuple(int(number) for number in version.split("."))
