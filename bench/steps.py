"""Where a clean full build's time goes: its steps one after another, each one's CPU time.

    python bench/steps.py [--work build/bench/steps]

`nox -s build` runs the languages side by side; here every step of every language (prepare,
then one sphinx-build per builder, as `reportbook.build --steps` lists them) runs alone, on a
clean build folder, and its CPU time (user + system, its worker processes included) is
divided by the clean English HTML floor's (plain sphinx-build), measured first and last.
CPU time, unlike wall time, is little disturbed by other work on a shared machine.

The PDF builder's workers are forked by a fork server that no process waits for, so the
kernel's count of waited-for children misses them: every process of the step is read from
/proc instead, every 0.05 s, and each counted at the last reading before it ended.
"""

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from measure import descendants

from reportbook.build import PUBLICATION, Layout, commands
from reportbook.languages import load_languages

REPO = Path(__file__).resolve().parent.parent


TICKS = os.sysconf("SC_CLK_TCK")


def cpu_ticks(pid: int) -> int | None:
    """utime + stime of one process (fields 14 and 15 of /proc/PID/stat)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None  # it ended meanwhile
    return int(fields[11]) + int(fields[12])


def cpu_seconds(command: list[str]) -> float:
    """The CPU time of ``command`` and of every process it started."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, cwd=REPO)
    seen: dict[int, int] = {}
    while process.poll() is None:
        for pid in [process.pid, *descendants(process.pid)]:
            ticks = cpu_ticks(pid)
            if ticks is not None:
                seen[pid] = max(ticks, seen.get(pid, 0))
        time.sleep(0.05)
    if process.returncode:
        raise SystemExit(f"failed (exit {process.returncode}): {' '.join(command)}")
    return sum(seen.values()) / TICKS


def floor_seconds(work: Path) -> float:
    shutil.rmtree(work / "floor", ignore_errors=True)
    source, out = REPO / "source", work / "floor"
    return cpu_seconds(
        [sys.executable, "-m", "sphinx", "-q", "-d", str(out / "doctrees"), str(source), str(out)]
    )


def step_name(command: list[str]) -> str:
    if "prepare" in command:
        return "prepare (check, compile, count)"
    return f"sphinx-build -b {command[command.index('-b') + 1]}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=REPO / "build" / "bench" / "steps")
    args = parser.parse_args()
    work = args.work.resolve()
    layout = Layout(source=REPO / "source", locales=REPO / "locales", build=work / "build")
    shutil.rmtree(layout.build, ignore_errors=True)
    first = floor_seconds(work)
    rows = []
    for language in load_languages():
        for command in commands(layout, language, PUBLICATION):
            rows.append((language, step_name(command), cpu_seconds(command)))
    floor = (first + floor_seconds(work)) / 2
    print(f"clean English HTML floor (plain sphinx-build): {floor:.2f} s CPU\n")
    print("| language | step | CPU (s) | × floor |\n| --- | --- | ---: | ---: |")
    for language, name, seconds in rows:
        print(f"| {language} | {name} | {seconds:.2f} | {seconds / floor:.1f} |")
    total = sum(seconds for *_, seconds in rows)
    print(f"| all | all steps | {total:.2f} | {total / floor:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
