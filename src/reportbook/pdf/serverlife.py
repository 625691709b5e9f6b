"""Imported only by multiprocessing's fork server, which typeset.py has preload it.

The server ends when the build does, and each worker it forks asks, before anything else, to
end when the server does: a worker still starting when its build is killed would otherwise
live on. A worker that fails while it starts (its build ended meanwhile, and the semaphore it
opens is gone) prints no traceback: the build's pool reports a worker that died, in words.
Nor does the server when its build is interrupted while asking for a worker: the request
ends before its file descriptors arrive, and the server ends on that (``EOFError``).
"""

import os
import sys

from ..lifeline import die_with_parent


def _worker_forked() -> None:
    die_with_parent()
    sys.excepthook = lambda *exc_info: None


def _server_failed(kind, value, traceback) -> None:
    # A client gone mid-request is the build gone or going; anything else is a bug to show.
    if not issubclass(kind, EOFError | ConnectionError):
        sys.__excepthook__(kind, value, traceback)


die_with_parent()
sys.excepthook = _server_failed
os.register_at_fork(after_in_child=_worker_forked)
