"""Write an EPUB's files into its zip container reproducibly: fixed order, fixed timestamps,
fixed permissions, so that the same sources make the same bytes."""

import time
import uuid
from hashlib import sha256
from pathlib import Path
from zipfile import ZIP_DEFLATED, ZIP_STORED, ZipFile, ZipInfo

# The earliest time a zip entry can carry.
ZIP_EPOCH = 315532800  # 1980-01-01


def zip_time(epoch: int) -> tuple[int, int, int, int, int, int]:
    return time.gmtime(max(epoch, ZIP_EPOCH))[:6]


def content_identifier(root: Path, names: list[str], seed: str) -> str:
    """A UUID named by the book's content: the same book gets the same identifier, a changed
    one a new identifier, as readers' libraries expect of an edition."""
    digest = sha256(seed.encode())
    for name in sorted(names):
        digest.update(name.encode() + b"\0" + (root / name).read_bytes())
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, digest.hexdigest())}"


def write_epub(target: Path, root: Path, names: list[str], epoch: int) -> None:
    """``mimetype`` first and stored (the OCF rule), then the container, then ``names``."""
    when = zip_time(epoch)
    first = ["mimetype", "META-INF/container.xml"]
    rest = sorted(set(names) - set(first))
    partial = target.with_name(target.name + ".part")
    with ZipFile(partial, "w") as book:
        for name in first + rest:
            info = ZipInfo(name, date_time=when)
            info.compress_type = ZIP_STORED if name == "mimetype" else ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3  # Unix, whatever system builds it
            book.writestr(info, (root / name).read_bytes(), compresslevel=9)
    partial.replace(target)
