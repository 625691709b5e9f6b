"""A real HTTP server on localhost for the browser tests, serving one directory from a thread.

Like a web host configured for the site, a missing page under ``/<language>/`` is answered
with that language's ``404.html`` (status 404), so the 404 page is tested where readers see it.
"""

import threading
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit


class SiteHandler(SimpleHTTPRequestHandler):
    def send_error(self, code, message=None, explain=None):
        page = self.not_found_page() if code == HTTPStatus.NOT_FOUND else None
        if page is None:
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(code)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def not_found_page(self) -> Path | None:
        first = unquote(urlsplit(self.path).path).strip("/").split("/")[0]
        page = Path(self.directory) / first / "404.html"
        return page if first and page.is_file() else None

    def log_message(self, format, *args):
        pass  # the tests report what matters; a line per request would drown it


class SiteServer:
    """``with SiteServer(directory) as url:`` serves the directory at ``url`` (ending in /)."""

    def __init__(self, directory: Path):
        handler = partial(SiteHandler, directory=str(directory))
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def __enter__(self) -> str:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self.url

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
