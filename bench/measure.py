"""Time a command and take its peak memory, as the median of several runs after a warm-up."""

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Result:
    name: str
    seconds: list[float] = field(default_factory=list)
    peak_mib: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def peak(self) -> float:
        return max(self.peak_mib)


SAMPLE_SECONDS = 0.25  # reading smaps_rollup costs the kernel time: not too often
PEAK = (
    "import resource, subprocess, sys;"
    "code = subprocess.run(sys.argv[1:]).returncode;"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr);"
    "sys.exit(code)"
)


def descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        try:
            tasks = list(Path(f"/proc/{parent}/task").glob("*/children"))
        except OSError:
            continue  # the process ended meanwhile
        for task in tasks:
            try:
                children = [int(child) for child in task.read_text().split()]
            except OSError:
                continue  # the task ended meanwhile
            found += children
            todo += children
    return found


def resident_kib(pid: int) -> int:
    """The process's share of memory (PSS): pages it shares with others (a forked worker
    with its server, libraries) count once over all of them, not once in each."""
    for name, key in (("smaps_rollup", "Pss:"), ("status", "VmRSS:")):
        try:
            for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
                if line.startswith(key):
                    return int(line.split()[1])
        except OSError:
            continue
    return 0


def run_once(command: list[str], env: dict | None = None) -> tuple[float, float]:
    """Wall time and peak memory (MiB): the larger of the command's largest process (its
    resident set) and the sum over all its processes at once (sampled, each its share)."""
    start = time.perf_counter()
    # A fresh interpreter in between, so RUSAGE_CHILDREN sees this command alone.
    process = subprocess.Popen(
        [sys.executable, "-c", PEAK, *command],
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    with ThreadPoolExecutor(1) as pool:
        stderr = pool.submit(process.stderr.read)  # a full pipe would stall the command
        together = 0
        while process.poll() is None:
            together = max(together, sum(map(resident_kib, descendants(process.pid))))
            time.sleep(SAMPLE_SECONDS)
        errors = stderr.result()
    seconds = time.perf_counter() - start
    lines = errors.strip().splitlines()
    if process.returncode:
        raise RuntimeError(f"{' '.join(command)} failed:\n{errors[-3000:]}")
    return seconds, max(int(lines[-1]), together) / 1024


def measure(
    name: str,
    command: list[str],
    runs: int,
    before: Callable[[], None] = lambda: None,
    env: dict | None = None,
    warmup: bool = True,
) -> Result:
    """Run ``before`` then the command, ``runs`` times after one unmeasured warm-up."""
    result = Result(name)
    for attempt in range(runs + (1 if warmup else 0)):
        before()
        seconds, peak = run_once(command, env)
        if warmup and attempt == 0:
            continue
        result.seconds.append(seconds)
        result.peak_mib.append(peak)
    print(f"  {name}: median {result.median:.2f} s, peak {result.peak:.0f} MiB", flush=True)
    return result


def self_check() -> None:
    """The peak-memory probe must see a child's memory, not its own."""
    _, peak = run_once(
        [sys.executable, "-c", "b = bytearray(200 * 2**20); b[::4096] = b'x' * len(b[::4096])"]
    )
    assert peak > 150, f"peak memory probe is broken: {peak:.0f} MiB for a 200 MiB process"
