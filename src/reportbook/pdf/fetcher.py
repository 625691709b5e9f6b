"""What WeasyPrint may read: regular files inside the build's own output, and ``data:`` URIs.

Anything else (a file elsewhere, the network, a redirect) stops the build with the URL named:
the sources and the catalogs are not trusted to choose what goes into the book.
"""

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from weasyprint.urls import URLFetcher, URLFetcherResponse


class RefusedURL(ValueError):
    pass


class BuildOnlyFetcher(URLFetcher):
    def __init__(self, root: Path) -> None:
        # fail_on_errors: WeasyPrint turns any error raised here into a fatal one.
        super().__init__(
            allowed_protocols={"file", "data"}, allow_redirects=False, fail_on_errors=True
        )
        self.root = Path(root).resolve()

    def fetch(self, url: str, headers: dict | None = None) -> URLFetcherResponse:
        scheme = urlsplit(url).scheme.lower()
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme != "file":
            raise RefusedURL(f"refused {url}: the PDF may only read files of its own build")
        path = self.local_path(url)
        return URLFetcherResponse(
            path.as_uri(),
            path.read_bytes(),
            {"Content-Type": mimetypes.guess_type(path.name)[0] or "application/octet-stream"},
        )

    def local_path(self, url: str) -> Path:
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            raise RefusedURL(f"refused {url}: a file on another host")
        # resolve() follows symlinks, so a link pointing out of the build is refused too.
        path = Path(url2pathname(unquote(parts.path))).resolve()
        if not path.is_relative_to(self.root):
            raise RefusedURL(f"refused {url}: outside the build directory {self.root}")
        if not path.is_file():
            raise RefusedURL(f"refused {url}: not a regular file in the build directory")
        return path
