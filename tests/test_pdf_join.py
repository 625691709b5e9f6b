"""Parts typeset by WeasyPrint, joined into one book: pages, outline, links within and between
parts, the structure tree and metadata survive, and the same parts give the same bytes."""

import re
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pypdf
import pytest
import weasyprint
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from reportbook.pdf.join import JoinError, Part, join_parts
from reportbook.pdf.writer import PdfFile

CSS = """
@page { size: A6 }
h1 { bookmark-level: 1 }
h2 { bookmark-level: 2; break-before: page }
.closed { bookmark-state: closed }
"""
# The three parts (name, title, body): each page has a word of its own, links go within and
# across parts. Only the first part's metadata counts: the others have titles of their own.
PARTS = [
    (
        "one",
        "The Book",
        """
        <h1 id="summary">Summary</h1>
        <p>Alpha. <a href="#methods">See the methods</a></p>
        <h2 id="methods">Methods</h2>
        <p>Beta. <a href="reportbook-anchor:results">See the results</a></p>""",
    ),
    (
        "two",
        "Part two",
        """
        <h1 id="results" class="closed">Results</h1>
        <p>Gamma. <a href="reportbook-anchor:summary">Back to the summary</a></p>
        <h2 id="tables">Tables</h2>
        <p>Delta. <a href="reportbook-anchor:café">See the café</a></p>""",
    ),
    (
        "three",
        "Part three",
        """
        <h1 id="café">Café</h1>
        <p>Epsilon. <a href="reportbook-anchor:methods">See the methods</a>
        <a href="#café">Top</a></p>""",
    ),
]
PAGE_WORDS = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon"]
# Each id, and the text on its page.
TARGETS = {
    "summary": "Summary",
    "methods": "Methods",
    "results": "Results",
    "tables": "Tables",
    "café": "Café",
}


def typeset(folder: Path, name: str, body: str, title: str = "The Book") -> Path:
    html = (
        f"<html lang='en'><head><title>{title}</title><meta name='author' content='Writer'>"
        f"</head><body>{body}</body></html>"
    )
    pdf = folder / f"{name}.pdf"
    weasyprint.HTML(string=html, base_url=str(folder)).write_pdf(
        pdf,
        stylesheets=[weasyprint.CSS(string=CSS)],
        pdf_variant="pdf/ua-1",
        pdf_identifier=True,
    )
    return pdf


@pytest.fixture(scope="module")
def parts(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("parts")
    return [typeset(folder, name, body, title) for name, title, body in PARTS]


@pytest.fixture(scope="module")
def book(parts, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("book") / "book.pdf"
    join_parts(parts, target)
    return target


@pytest.fixture(scope="module")
def reader(book) -> pypdf.PdfReader:
    return pypdf.PdfReader(book)


@pytest.fixture(scope="module")
def part_readers(parts) -> list[pypdf.PdfReader]:
    return [pypdf.PdfReader(part) for part in parts]


def page_numbers(reader: pypdf.PdfReader) -> dict[int, int]:
    """Page object number -> page index."""
    return {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages)}


def outline_items(reader: pypdf.PdfReader, first_page: int = 0) -> list[tuple]:
    """(level, title, page index, /XYZ position, /Count) of every outline item, in order."""
    pages = page_numbers(reader)
    items = []

    def walk(item, level):
        while item is not None:
            item = item.get_object()
            dest = item["/Dest"]
            page = pages[dest[0].idnum] + first_page
            items.append((level, item["/Title"], page, list(dest[1:]), item["/Count"]))
            walk(item.get("/First"), level + 1)
            item = item.get("/Next")

    walk(reader.root_object["/Outlines"]["/First"], 1)
    return items


def link_annotations(reader: pypdf.PdfReader) -> list[tuple[int, DictionaryObject]]:
    """(page index, annotation) of every link."""
    return [
        (n, annot.get_object())
        for n, page in enumerate(reader.pages)
        for annot in page.get("/Annots") or ()
        if annot.get_object()["/Subtype"] == "/Link"
    ]


def structure_elements(reader: pypdf.PdfReader) -> list[tuple[DictionaryObject, IndirectObject]]:
    """(element, reference of its parent) of every structure element, OBJR included."""
    root = reader.root_object["/StructTreeRoot"]
    found = []
    stack = [(kid, root.indirect_reference) for kid in root["/K"]]
    while stack:
        kid, parent = stack.pop()
        if not isinstance(kid, IndirectObject):
            continue  # a marked content id
        element = kid.get_object()
        found.append((element, parent))
        stack += [(grandkid, kid) for grandkid in element.get("/K", ())]
    return found


def parent_tree(reader: pypdf.PdfReader) -> list:
    return reader.root_object["/StructTreeRoot"]["/ParentTree"]["/Nums"]


def unreachable(reader: pypdf.PdfReader) -> set[int]:
    """Numbers of the objects that nothing reachable from the trailer refers to."""
    seen = set()
    stack = [reader.trailer]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            if item.idnum not in seen:
                seen.add(item.idnum)
                stack.append(item.get_object())
        elif isinstance(item, DictionaryObject):
            stack += item.values()
        elif isinstance(item, ArrayObject):
            stack += item
    every = {idnum for table in reader.xref.values() for idnum in table} | set(reader.xref_objStm)
    # The containers of compressed objects are the file's structure, not its content.
    containers = {
        idnum
        for idnum in every - seen
        if reader.get_object(idnum).get("/Type") in ("/ObjStm", "/XRef")
    }
    return every - seen - containers


def test_pages_in_order_of_the_parts(reader, part_readers):
    assert len(reader.pages) == sum(len(part.pages) for part in part_readers) == 5
    for page, word in zip(reader.pages, PAGE_WORDS, strict=True):
        assert word in page.extract_text()


def test_outline_is_the_parts_outlines_one_after_another(reader, part_readers):
    expected, first_page = [], 0
    for part in part_readers:
        expected += outline_items(part, first_page)
        first_page += len(part.pages)
    assert outline_items(reader) == expected
    assert [(level, title) for level, title, *_ in expected] == [
        (1, "Summary"),
        (2, "Methods"),
        (1, "Results"),
        (2, "Tables"),
        (1, "Café"),
    ]
    # "Results" is closed: its one child is hidden, so the book shows four items.
    assert [count for *_, count in expected] == [1, 0, -1, 0, 0]
    assert reader.root_object["/Outlines"]["/Count"] == 4


def test_every_link_lands_on_its_ids_page(reader, part_readers):
    links = link_annotations(reader)
    assert len(links) == sum(len(link_annotations(part)) for part in part_readers)
    destinations = reader.named_destinations
    # A viewer looks a name up by its bytes: "café" must be spelt as in the name tree.
    names = {key.original_bytes for key in reader.root_object["/Names"]["/Dests"]["/Names"][::2]}
    for _, annotation in links:
        assert "/A" not in annotation
        name = annotation["/Dest"]
        assert name.original_bytes in names
        assert annotation["/Contents"] == name
        page = reader.get_destination_page_number(destinations[name])
        assert TARGETS[name] in reader.pages[page].extract_text(), name
    targets = {annotation["/Dest"] for _, annotation in links}
    assert targets == {"methods", "results", "summary", "café"}


def test_one_name_tree_of_every_part_sorted_by_bytes(reader):
    names = reader.root_object["/Names"]["/Dests"]["/Names"]
    keys = names[::2]
    assert set(keys) == set(TARGETS)
    assert [key.original_bytes for key in keys] == sorted(key.original_bytes for key in keys)
    for name, text in TARGETS.items():
        page = reader.get_destination_page_number(reader.named_destinations[name])
        assert text in reader.pages[page].extract_text(), name


def test_one_document_element_holding_every_parts_elements(reader, part_readers):
    root = reader.root_object["/StructTreeRoot"]
    assert len(root["/K"]) == 1
    document = root["/K"][0].get_object()
    assert document["/S"] == "/Document"
    assert len(document["/K"]) == sum(
        len(part.root_object["/StructTreeRoot"]["/K"][0]["/K"]) for part in part_readers
    )
    pages = page_numbers(reader)
    elements = structure_elements(reader)
    assert sum(1 for element, _ in elements if element.get("/S") == "/Document") == 1
    for element, parent in elements:
        if element.get("/S") != "/Document":
            assert element.raw_get("/Pg").idnum in pages
        if element.get("/Type") == "/OBJR":
            page = element["/Pg"].get_object()
            assert element.raw_get("/Obj") in page["/Annots"]
        else:
            assert element.raw_get("/P").idnum == parent.idnum


def test_parent_tree_keys_are_unique_and_reach_back(reader):
    nums = parent_tree(reader)
    keys = nums[::2]
    assert keys == sorted(set(keys))
    values = dict(zip(keys, nums[1::2], strict=True))
    page_keys = [page["/StructParents"] for page in reader.pages]
    link_keys = [annotation["/StructParent"] for _, annotation in link_annotations(reader)]
    assert len(set(page_keys + link_keys)) == len(page_keys + link_keys)
    assert set(page_keys + link_keys) == set(keys)
    for _, annotation in link_annotations(reader):
        kids = values[annotation["/StructParent"]].get_object()["/K"]
        assert annotation.indirect_reference in [
            kid.get_object().raw_get("/Obj") for kid in kids if isinstance(kid, IndirectObject)
        ]
    # Every marked content id of a page leads to the element that holds it, on that page.
    for page in reader.pages:
        mcids = [int(n) for n in re.findall(rb"/MCID (\d+)", page.get_contents().get_data())]
        elements = values[page["/StructParents"]]
        assert mcids == list(range(len(elements)))
        for mcid in mcids:
            element = elements[mcid].get_object()
            assert element.raw_get("/Pg").idnum == page.indirect_reference.idnum
            assert mcid in element["/K"]


def test_no_orphan_objects(book):
    # A reader of its own: reading pages' text changes the objects pypdf holds.
    assert unreachable(pypdf.PdfReader(book)) == set()


def test_metadata_and_language_of_the_first_part(reader):
    assert reader.metadata["/Title"] == "The Book"
    assert reader.metadata["/Author"] == "Writer"
    assert reader.metadata["/Producer"].startswith("WeasyPrint")
    root = reader.root_object
    assert root["/Lang"] == "en"
    assert root["/MarkInfo"]["/Marked"]
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    xmp = root["/Metadata"].get_object().get_data()
    assert b"pdfuaid:part" in xmp and b"The Book" in xmp


def test_same_parts_same_bytes(parts, book, tmp_path):
    again = tmp_path / "again.pdf"
    join_parts(parts, again)
    assert again.read_bytes() == book.read_bytes()
    first, second = pypdf.PdfReader(again).trailer["/ID"]
    assert first == second and len(first) == 16
    assert list(tmp_path.iterdir()) == [again]


def test_link_to_an_id_no_part_defines(tmp_path):
    stray = typeset(tmp_path, "stray", '<p>Lost. <a href="reportbook-anchor:nowhere">x</a></p>')
    target = tmp_path / "book.pdf"
    target.write_bytes(b"the last good book")
    with pytest.raises(JoinError, match=r"stray\.pdf links to 'nowhere'"):
        join_parts([stray], target)
    # The failed join leaves the old book as it was, and nothing half-written.
    assert target.read_bytes() == b"the last good book"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["book.pdf", "stray.pdf"]


def test_failed_write_leaves_the_old_book(parts, tmp_path, monkeypatch):
    def disk_full(self, *args):
        raise OSError("No space left on device")

    # The pages are written by then: the file is half a book.
    monkeypatch.setattr(PdfFile, "close", disk_full)
    target = tmp_path / "book.pdf"
    target.write_bytes(b"the last good book")
    with pytest.raises(OSError):
        join_parts(parts, target)
    assert target.read_bytes() == b"the last good book"
    assert list(tmp_path.iterdir()) == [target]


def test_id_defined_in_two_parts(parts, tmp_path):
    again = typeset(tmp_path, "again", '<h2 id="methods">Methods again</h2><p>Zeta.</p>')
    with pytest.raises(JoinError) as error:
        join_parts([parts[0], again], tmp_path / "book.pdf")
    message = str(error.value)
    assert "'methods'" in message
    assert str(parts[0]) in message and str(again) in message


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
def test_qpdf_check_is_clean(book):
    result = subprocess.run(["qpdf", "--check", str(book)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout
    assert "WARNING" not in result.stdout + result.stderr


# Text that reads like references to objects the part has (3 and 4, a colour space and the
# page's resources; 1, its page tree, would make a textual renumbering break the book).
ODD_TITLE = "Book 3 0 R (draft \\ 4 0 R)"
ODD_HEADING = "Item 4 0 R (see 3 0 R)"


def odd_book(folder: Path) -> pypdf.PdfReader:
    odd = typeset(folder, "odd", f'<h1 id="odd">{ODD_HEADING}</h1><p>Zeta.</p>', title=ODD_TITLE)
    target = folder / "book.pdf"
    join_parts([odd], target)
    return pypdf.PdfReader(target)


def test_text_that_reads_like_a_reference_is_kept(tmp_path):
    # References are found by walking each object: "1 0 R" inside a string is text.
    reader = odd_book(tmp_path)
    assert reader.metadata["/Title"] == ODD_TITLE
    assert [title for _, title, *_ in outline_items(reader)] == [ODD_HEADING]


def test_a_textual_renumbering_would_change_such_text(tmp_path, monkeypatch):
    # The negative case: renumbering qpdf's text of each object, strings and all, as a
    # regex that forgot strings would, rewrites the title; the test above would catch it.
    reference = re.compile(rb"(\d+) (\d+) R")

    def textual(part: Part, value, resolved: bool) -> bytes:
        if not isinstance(value, pikepdf.Object):
            return str(value).encode()  # numbers: nothing to renumber
        text = value.unparse(resolved=resolved)
        return reference.sub(lambda m: b"%d 0 R" % part.number((int(m[1]), int(m[2]))), text)

    monkeypatch.setattr(Part, "body", lambda part, item: textual(part, item, True))
    monkeypatch.setattr(Part, "value", lambda part, value: textual(part, value, False))
    title = odd_book(tmp_path).metadata["/Title"]
    assert title != ODD_TITLE
    assert re.fullmatch(r"Book \d+ 0 R \(draft \\ \d+ 0 R\)", title)


def test_a_part_that_is_not_a_pdf(parts, tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"<html>an error page</html>")
    with pytest.raises(JoinError, match=r"broken\.pdf is not a PDF file"):
        join_parts([parts[0], broken], tmp_path / "book.pdf")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["broken.pdf"]
