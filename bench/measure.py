"""Time a command and take its peak memory, as the median of several runs after a warm-up."""

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field


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


PEAK = (
    "import resource, subprocess, sys;"
    "code = subprocess.run(sys.argv[1:]).returncode;"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr);"
    "sys.exit(code)"
)


def run_once(command: list[str], env: dict | None = None) -> tuple[float, float]:
    """Wall time and peak resident memory (MiB) of the command's largest process."""
    start = time.perf_counter()
    # A fresh interpreter in between, so RUSAGE_CHILDREN sees this command alone.
    done = subprocess.run(
        [sys.executable, "-c", PEAK, *command],
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    seconds = time.perf_counter() - start
    lines = done.stderr.strip().splitlines()
    if done.returncode:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stderr[-3000:]}")
    return seconds, int(lines[-1]) / 1024


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
