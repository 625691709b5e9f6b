"""No process of a build outlives it.

A killed process runs no ``finally``: its children would go on typesetting for minutes. So
each child asks Linux to end it when its parent ends (``PR_SET_PDEATHSIG``): the language
processes of ``build.py``, the forked writer of the book (``pdf/forked.py``) and the
typesetting workers (``pdf/typeset.py``, whose parent is multiprocessing's fork server: it
ends with the build, and each worker asks to end with it as soon as it is forked,
``pdf/serverlife.py``), and the gettext build that counts the pages' templates
(``i18n/templates.py``). Elsewhere than Linux this does nothing.
"""

import ctypes
import os
import signal
import sys
from pathlib import Path

PR_SET_PDEATHSIG = 1
PARENT_VARIABLE = "REPORTBOOK_PARENT_PID"  # set by a parent for a child it runs as a command


def die_with_parent(parent: int | None = None) -> None:
    """End this process with SIGTERM when its parent ends. If ``parent`` (the pid expected)
    has already ended, end now: the request would come too late."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    if parent is not None and os.getppid() != parent:
        os._exit(128 + signal.SIGTERM)


def die_with_build(build: int) -> None:
    """For a typesetting worker, whose parent is the build (spawned) or the fork server the
    build started. A worker forked just before the build was killed may ask too late: its
    parent, the server, has ended already, and the request would never fire. So after asking,
    end now unless the build is still its parent or its parent's parent."""
    die_with_parent()
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    if build not in (parent, parent_of(parent)):
        os._exit(128 + signal.SIGTERM)


def parent_of(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return int(stat[stat.rindex(")") + 2 :].split()[1])  # after "pid (name) state"


def die_with_parent_from_environment() -> None:
    """For a child started as a command: its parent named itself in the environment."""
    if parent := os.environ.pop(PARENT_VARIABLE, None):
        die_with_parent(int(parent))
