"""A PDF file written one object at a time. What is written is let go: a book of hundreds of
thousands of objects takes the memory of its cross-reference table, not of its objects.

Objects other than streams are packed a hundred to a compressed object stream, and the
cross-reference table is a compressed stream too (PDF 1.5), as qpdf writes with
``--object-streams=generate``: a tagged book's structure tree written plainly is four times
the size."""

import hashlib
import zlib
from array import array
from typing import BinaryIO

OBJECTS_PER_STREAM = 100
# The kinds of cross-reference entries (PDF 32000-1, 7.5.8.3).
FREE, IN_FILE, IN_STREAM = 0, 1, 2


class PdfFile:
    """Objects are numbered by ``reserve`` and written by ``add`` or ``add_stream``, in any
    order; ``close`` writes the cross-reference stream and the trailer."""

    def __init__(self, file: BinaryIO, version: str) -> None:
        self.file = file
        self.position = 0
        self.digest = hashlib.md5(usedforsecurity=False)
        # Entry n: kind, then the file offset (or the object stream's number), then the index
        # in the object stream. Entry 0 is the head of the free list.
        self.kinds = array("B", [FREE])
        self.places = array("Q", [0])
        self.indexes = array("L", [65535])
        self.pending: list[tuple[int, bytes]] = []
        self._write(b"%%PDF-%s\n%%\xe2\xe3\xcf\xd3\n" % version.encode("ascii"))

    def reserve(self) -> int:
        """A new object number, for an object written later."""
        self.kinds.append(FREE)
        self.places.append(0)
        self.indexes.append(0)
        return len(self.kinds) - 1

    def add(self, number: int, body: bytes) -> None:
        """Object ``number``, not a stream: its PDF syntax, to go into an object stream."""
        self.pending.append((number, body))
        if len(self.pending) == OBJECTS_PER_STREAM:
            self._flush()

    def add_stream(self, number: int, dictionary: bytes, data: bytes) -> None:
        """Stream ``number``: ``dictionary`` must give the ``/Length`` of ``data``."""
        self._start(number)
        self._write(b"%d 0 obj\n%s\nstream\n" % (number, dictionary))
        self._write(data)
        self._write(b"\nendstream\nendobj\n")

    def close(self, root: int, info: int | None) -> None:
        """Write the cross-reference stream and the trailer; every reserved number must have
        been written. The file's /ID comes from its content: the same objects, the same
        bytes."""
        self._flush()
        unwritten = [n for n in range(1, len(self.kinds)) if self.kinds[n] == FREE]
        if unwritten:
            raise ValueError(f"objects {unwritten[:10]} were numbered but never written")
        identifier = self.digest.hexdigest().encode("ascii")
        number = self.reserve()
        self._start(number)
        width = max(1, (max(self.places).bit_length() + 7) // 8)
        rows = bytearray()
        for kind, place, index in zip(self.kinds, self.places, self.indexes, strict=True):
            rows.append(kind)
            rows += place.to_bytes(width, "big")
            rows += index.to_bytes(2, "big")
        data = zlib.compress(bytes(rows))
        info_entry = b" /Info %d 0 R" % info if info is not None else b""
        self._write(
            b"%d 0 obj\n<< /Type /XRef /Size %d /W [ 1 %d 2 ] /Root %d 0 R%s"
            b" /ID [ <%s> <%s> ] /Filter /FlateDecode /Length %d >>\nstream\n"
            % (number, len(self.kinds), width, root, info_entry, identifier, identifier, len(data))
        )
        self._write(data)
        self._write(b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % self.places[number])

    def _flush(self) -> None:
        """Write the pending objects as one compressed object stream."""
        if not self.pending:
            return
        container = self.reserve()
        offsets, bodies, size = [], [], 0
        for index, (number, body) in enumerate(self.pending):
            self.kinds[number], self.places[number], self.indexes[number] = (
                IN_STREAM,
                container,
                index,
            )
            offsets.append(b"%d %d" % (number, size))
            bodies.append(body)
            size += len(body) + 1
        head = b" ".join(offsets) + b"\n"
        data = zlib.compress(head + b"\n".join(bodies) + b"\n")
        self.add_stream(
            container,
            b"<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>"
            % (len(self.pending), len(head), len(data)),
            data,
        )
        self.pending = []

    def _start(self, number: int) -> None:
        self.kinds[number], self.places[number], self.indexes[number] = (
            IN_FILE,
            self.position,
            0,
        )

    def _write(self, data: bytes) -> None:
        self.file.write(data)
        self.digest.update(data)
        self.position += len(data)
