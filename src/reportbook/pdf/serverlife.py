"""Imported only by multiprocessing's fork server, which typeset.py has preload it.

The server ends when the build does, and each worker it forks asks, before anything else, to
end when the server does: a worker still starting when its build is killed would otherwise
live on. A worker that fails while it starts (its build ended meanwhile, and the semaphore it
opens is gone) prints no traceback: the build's pool reports a worker that died, in words.
"""

import os
import sys

from ..lifeline import die_with_parent


def _worker_forked() -> None:
    die_with_parent()
    sys.excepthook = lambda *exc_info: None


die_with_parent()
os.register_at_fork(after_in_child=_worker_forked)
