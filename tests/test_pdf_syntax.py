"""An object of a part written for the book: references renumbered, everything else as it was."""

import io

import pikepdf
import pytest

from reportbook.pdf.syntax import direct, reference_or_value

# Object 4 holds every kind of value; 5 is a number the catalog refers to.
PART = b"""%PDF-1.7
1 0 obj << /Type /Catalog /Pages 2 0 R /Odd 4 0 R >> endobj
2 0 obj << /Type /Pages /Kids [ 3 0 R ] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [ 0 0 10 10 ] >> endobj
4 0 obj << /Page 3 0 R /Text (see 3 0 R \\) 2 0 R) /Hex <33203020520a> /Size 5 0 R
  /Reals [ 1.50 -.5 0.000001 ] /Flags [ true false null ] /A#20B /C#23D /Inline << /P 2 0 R >> >>
endobj
5 0 obj 12 endobj
trailer << /Root 1 0 R /Size 6 >>
"""


@pytest.fixture
def odd():
    with pikepdf.open(io.BytesIO(PART)) as pdf:
        yield pdf.get_object((4, 0))


def renumbered(objgen: tuple[int, int]) -> int:
    return {(2, 0): 20, (3, 0): 30}[objgen]


def test_references_renumbered_text_and_values_kept(odd):
    written = direct(odd, renumbered)
    # qpdf writes the hex string as a literal one: how it escapes is its own choice.
    assert written == (
        b"<< /A#20B /C#23D /Flags [ true false null ] /Hex (3 0 R\\n)"
        b" /Inline << /P 20 0 R >> /Page 30 0 R /Reals [ 1.50 -0.5 0.000001 ]"
        b" /Size 12 /Text (see 3 0 R \\) 2 0 R) >>"
    )
    # qpdf reads back what was written, strings unchanged.
    again = pikepdf.Object.parse(written.replace(b"20 0 R", b"null").replace(b"30 0 R", b"null"))
    assert str(again.Text) == "see 3 0 R ) 2 0 R"
    assert bytes(again.Hex) == b"3 0 R\n"


def test_an_indirect_object_where_it_is_used_is_a_reference(odd):
    assert reference_or_value(odd.Page, renumbered) == b"30 0 R"
    # Its own body, where the object itself is written.
    assert direct(odd.Page, renumbered).startswith(b"<< /MediaBox [ 0 0 10 10 ] /Parent 20 0 R")


def test_a_stream_is_not_written_inline():
    pdf = pikepdf.new()
    stream = pikepdf.Stream(pdf, b"data")
    with pytest.raises(ValueError, match="stream"):
        direct(stream, renumbered)
