"""The PDF file written object by object: what qpdf and pypdf read back is what was written."""

import shutil
import subprocess
import zlib

import pypdf
import pytest

from reportbook.pdf.writer import OBJECTS_PER_STREAM, PdfFile


def write_book(path, count: int) -> None:
    """A one-page PDF whose catalog lists ``count`` numbered dictionaries."""
    with path.open("wb") as file:
        pdf = PdfFile(file, "1.7")
        pages, page, content = pdf.reserve(), pdf.reserve(), pdf.reserve()
        items = [pdf.reserve() for _ in range(count)]
        for n, number in enumerate(items):
            pdf.add(number, b"<< /Item %d /Text (item %d 0 R) >>" % (n, n))
        data = zlib.compress(b"BT /F1 12 Tf 72 712 Td (Hello) Tj ET")
        pdf.add_stream(content, b"<< /Filter /FlateDecode /Length %d >>" % len(data), data)
        pdf.add(
            page,
            b"<< /Type /Page /Parent %d 0 R /MediaBox [ 0 0 200 200 ] "
            b"/Contents %d 0 R >>" % (pages, content),
        )
        pdf.add(pages, b"<< /Type /Pages /Kids [ %d 0 R ] /Count 1 >>" % page)
        root = pdf.reserve()
        listed = b" ".join(b"%d 0 R" % number for number in items)
        pdf.add(root, b"<< /Type /Catalog /Pages %d 0 R /Items [ %s ] >>" % (pages, listed))
        info = pdf.reserve()
        pdf.add(info, b"<< /Title (Objects) >>")
        pdf.close(root, info)


def test_objects_read_back_across_object_streams(tmp_path):
    path = tmp_path / "book.pdf"
    count = 2 * OBJECTS_PER_STREAM + 7  # and four more objects: three object streams
    write_book(path, count)
    reader = pypdf.PdfReader(path)
    items = [item.get_object() for item in reader.root_object["/Items"]]
    assert [item["/Item"] for item in items] == list(range(count))
    assert items[5]["/Text"] == "item 5 0 R"
    assert b"(Hello) Tj" in reader.pages[0].get_contents().get_data()
    assert reader.metadata["/Title"] == "Objects"
    # Only streams stand in the file itself: the page, the catalog and the items are packed.
    assert path.read_bytes().count(b"/Type /ObjStm") == 3


def test_same_objects_same_bytes_and_id_from_the_content(tmp_path):
    write_book(tmp_path / "one.pdf", 10)
    write_book(tmp_path / "two.pdf", 10)
    write_book(tmp_path / "three.pdf", 11)
    one, two, three = (pypdf.PdfReader(tmp_path / f"{n}.pdf") for n in ("one", "two", "three"))
    assert (tmp_path / "one.pdf").read_bytes() == (tmp_path / "two.pdf").read_bytes()
    assert one.trailer["/ID"][0] == one.trailer["/ID"][1] != three.trailer["/ID"][0]


def test_a_number_reserved_and_never_written(tmp_path):
    with (tmp_path / "book.pdf").open("wb") as file:
        pdf = PdfFile(file, "1.7")
        root, forgotten = pdf.reserve(), pdf.reserve()
        pdf.add(root, b"<< /Type /Catalog >>")
        with pytest.raises(ValueError, match=rf"objects \[{forgotten}\] were numbered"):
            pdf.close(root, None)


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
def test_qpdf_check_is_clean(tmp_path):
    path = tmp_path / "book.pdf"
    write_book(path, OBJECTS_PER_STREAM + 1)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stdout + result.stderr
