"""Run a step of the build in a forked child, as Sphinx's own parallel builds do, so that the
memory it takes goes back to the system when it ends.

Assembling the book makes one doctree of every document; for a long book that is hundreds of
MiB that Python keeps (its memory fragments) long after the tree is gone, while the worker
processes typesetting the book need it. The child's log records are replayed here, so -W
still counts its warnings, and its exception is raised here as it was.
"""

import multiprocessing
import os
import pickle
from collections.abc import Callable
from typing import TypeVar

from sphinx.util import logging
from sphinx.util.parallel import parallel_available

from ..lifeline import die_with_parent
from .errors import PdfError

logger = logging.getLogger(__name__)
T = TypeVar("T")


class ChildError(PdfError):
    category = "PDF build error"


def run_forked(step: Callable[[], T]) -> T:
    if not parallel_available:  # no fork (e.g. Windows): in this process
        return step()
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)

    parent = os.getpid()

    def child() -> None:
        die_with_parent(parent)
        collector = logging.LogCollector()
        try:
            with collector.collect():
                outcome = (True, step())
        except BaseException as error:  # noqa: BLE001 — raised again in the parent
            outcome = (False, error if picklable(error) else ChildError(repr(error)))
        logging.convert_serializable(collector.logs)
        send.send((collector.logs, outcome))

    process = context.Process(target=child)
    process.start()
    send.close()
    try:
        logs, (succeeded, value) = receive.recv()
    except EOFError:
        process.join()
        raise ChildError(f"the book's writer process died (exit {process.exitcode})") from None
    process.join()
    for record in logs:
        logger.handle(record)
    if not succeeded:
        raise value
    return value


def picklable(error: BaseException) -> bool:
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:  # noqa: BLE001 — any failure means: send its text instead
        return False
    return True
