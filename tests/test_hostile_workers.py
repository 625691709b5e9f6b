"""A killed build leaves no process behind: not its language processes, not the forked writer
of the book, not the WeasyPrint workers typesetting its parts (which would otherwise go on
for as long as a part takes, and a hostile catalog can make that long)."""

import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import TEST_EPOCH
from i18n_support import ROOTS

PARAGRAPH = "A paragraph of filler text that takes a while to lay out on a page. " * 12


def long_book(tmp_path: Path) -> Path:
    """The tiny book, with chapters long enough that a part takes seconds to typeset."""
    root = tmp_path / "source"
    shutil.copytree(ROOTS / "test-pdf-basic", root)
    for chapter in ("one.md", "two.md"):
        path = root / chapter
        path.write_text(path.read_text("utf-8") + "\n" + f"\n{PARAGRAPH}\n" * 400, "utf-8")
    (root / "conf.py").write_text(
        (root / "conf.py").read_text("utf-8") + "pdf_part_size = 1000\npdf_jobs = 2\n", "utf-8"
    )
    return root


def session_processes(session: int) -> dict[int, str]:
    """The live processes of a session (zombies are ended): pid -> command line."""
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
            cmdline = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        fields = text[text.rindex(")") + 2 :].split()
        if int(fields[3]) == session and fields[0] != "Z":
            found[int(stat.parent.name)] = cmdline
    return found


def wait_for(condition, seconds: float):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if found := condition():
            return found
        time.sleep(0.05)
    return None


def typesetting_workers(session: int) -> list[int]:
    # Workers are forked from multiprocessing's fork server and share its command line; two
    # such processes mean the server and at least one worker.
    return [pid for pid, cmd in session_processes(session).items() if "forkserver" in cmd][1:]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
@pytest.mark.parametrize(
    ("entry", "signum"),
    [("sphinx", signal.SIGTERM), ("sphinx", signal.SIGINT), ("reportbook.build", signal.SIGTERM)],
)
def test_no_process_outlives_a_killed_build(tmp_path, entry, signum):
    root = long_book(tmp_path)
    if entry == "sphinx":
        args = ["-b", "pdf", "-q", str(root), str(tmp_path / "pdf")]
    else:
        args = ["--languages", "en", "--builders", "pdf", "--source", str(root)]
        args += ["--locales", str(tmp_path / "locales"), "--build", str(tmp_path / "build")]
    env = {**os.environ, "SOURCE_DATE_EPOCH": TEST_EPOCH}
    build = subprocess.Popen(
        [sys.executable, "-m", entry, *args],
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        workers = wait_for(lambda: typesetting_workers(build.pid), 240)
        assert workers, "no typesetting worker started"
        os.kill(build.pid, signum)
        build.wait(timeout=30)
        left = wait_for(lambda: not session_processes(build.pid), 20)
        assert left, f"still running: {session_processes(build.pid)}"
        assert b"Traceback" not in build.stderr.read()
    finally:
        for pid in session_processes(build.pid):
            os.kill(pid, signal.SIGKILL)
        build.stderr.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_a_worker_whose_build_is_gone_ends_at_once():
    """A worker forked just before its build was killed asks to die with a parent that has
    already ended; it must notice and end, not typeset on."""
    ask = "import os, sys; from reportbook.lifeline import die_with_build; "
    alive = subprocess.run([sys.executable, "-c", ask + "die_with_build(os.getppid())"])
    assert alive.returncode == 0  # its build is its parent
    # A process running this test is not the parent of the child, nor of its parent.
    gone = subprocess.run([sys.executable, "-c", ask + "die_with_build(1)"])
    assert gone.returncode == 128 + signal.SIGTERM


def started(session: int, command: str, folder: Path) -> bool:
    """A process of ``command`` runs in the session, and has made its temporary folder."""
    running = any(command in cmd for cmd in session_processes(session).values())
    return running and any(folder.iterdir())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
@pytest.mark.parametrize("orphan", [False, True])
def test_counting_the_templates_leaves_nothing_behind_a_killed_build(tmp_path, orphan):
    """``prepare`` counts the pages' templates in a Sphinx process of its own. Its build
    killed with SIGKILL, it ends too, and removes its temporary folder. The negative: the
    same child started without that request (``orphan``) is found still running."""
    root = tmp_path / "source"
    shutil.copytree(ROOTS / "test-pdf-basic", root)
    with (root / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write("\nimport time\ntime.sleep(60)  # a build long enough to be killed\n")
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    child = [sys.executable, "-m", "reportbook.i18n.templates", str(root)]
    count = (
        f"import subprocess; subprocess.run({child!r})"
        if orphan
        else f"from reportbook.i18n.templates import page_templates; page_templates({str(root)!r})"
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", count],
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "TMPDIR": str(temporary)},
    )
    try:
        assert wait_for(lambda: started(parent.pid, child[2], temporary), 60), "never started"
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(timeout=30)
        ended = wait_for(lambda: not session_processes(parent.pid), 20)
        if orphan:
            assert not ended
            return
        assert ended, f"still running: {session_processes(parent.pid)}"
        assert wait_for(lambda: not any(temporary.iterdir()), 20), list(temporary.iterdir())
    finally:
        for pid in session_processes(parent.pid):
            os.kill(pid, signal.SIGKILL)


SERVER_ASKED_AND_LEFT = """
import multiprocessing, socket, time
from multiprocessing import forkserver
context = multiprocessing.get_context("forkserver")
context.set_forkserver_preload({preload!r})
forkserver.ensure_running()
# A build interrupted while asking for a worker: connected, and gone before its request.
with socket.socket(socket.AF_UNIX) as request:
    request.connect(forkserver._forkserver._forkserver_address)
time.sleep(2)  # the server reads the request's end and ends
"""


@pytest.mark.skipif(
    "forkserver" not in multiprocessing.get_all_start_methods(), reason="no fork server here"
)
@pytest.mark.parametrize("preload", [["reportbook.pdf.serverlife"], []])
def test_a_build_gone_mid_request_leaves_no_traceback_from_the_fork_server(preload):
    """Red in CI once: SIGINT reached the build while its pool asked the fork server for a
    worker, and the server printed ``EOFError``'s traceback into the build's log. The
    negative: a server without ``serverlife`` prints it."""
    script = SERVER_ASKED_AND_LEFT.format(preload=preload)
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert run.returncode == 0, run.stderr.decode()
    if preload:
        assert b"Traceback" not in run.stderr, run.stderr.decode()
    else:
        assert b"EOFError" in run.stderr
