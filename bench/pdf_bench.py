"""Time and peak memory of PDF builds, for docs/performance.md (and a later ``nox -s bench``).

    python bench/pdf_bench.py compare --simplepdf-python /tmp/simplepdf-venv/bin/python
    python bench/pdf_bench.py replicate --times 50

Each build runs in a child process; its wall time and maximum resident set size (from
``os.wait4``) are reported. Nothing is written inside the repository.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "source"
EPOCH = "1741478400"


@dataclass
class Run:
    label: str
    seconds: float
    cpu_seconds: float  # user + system, the process and the children it waited for
    max_rss_mib: float
    returncode: int

    def __str__(self) -> str:
        return (f"{self.label}: {self.seconds:.1f} s wall, {self.cpu_seconds:.1f} s CPU, "
                f"max RSS {self.max_rss_mib:.0f} MiB"
                f"{'' if self.returncode == 0 else f' (exit {self.returncode})'}")


def measure(label: str, args: list[str], env: dict | None = None) -> Run:
    """Run a command; its wall time and the peak RSS of the process (Linux: KiB)."""
    start = time.perf_counter()
    child = subprocess.Popen(args, env={**os.environ, **(env or {})},
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        sys.stderr.write(child.stderr.read().decode(errors="replace")[-3000:])
    child.stderr.close()
    return Run(label, seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
               child.returncode)


def sphinx(python: str, builder: str, source: Path, out: Path, *extra: str) -> list[str]:
    return [python, "-m", "sphinx", "-q", "-b", builder, "-d", str(out / "doctrees"),
            *extra, str(source), str(out / builder)]


def build_env() -> dict:
    return {"SOURCE_DATE_EPOCH": EPOCH, "PYTHONHASHSEED": "0"}


def simplepdf_path(python: str) -> str:
    """sphinx-simplepdf runs the ``weasyprint`` command: its own venv's comes first."""
    return f"{Path(python).parent}{os.pathsep}{os.environ.get('PATH', '')}"


def replicate(source: Path, dest: Path, times: int) -> Path:
    """A copy of the report whose "Report" chapters appear ``times`` times over.

    Copies keep their text; their labels are suffixed so references stay unique.
    """
    shutil.copytree(source, dest)
    index = (dest / "index.md").read_text("utf-8")
    block = re.search(r"(:::\{toctree\}\n(?::.*\n)*\n?)((?:[\w-]+\n)+):::", index)
    chapters = block[2].split()
    entries = list(chapters)
    for n in range(2, times + 1):
        for chapter in chapters:
            text = (dest / f"{chapter}.md").read_text("utf-8")
            text = re.sub(r"^\((.+?)\)=$", rf"(\1-copy{n})=", text, flags=re.M)
            (dest / f"{chapter}-copy{n}.md").write_text(text, "utf-8")
            entries.append(f"{chapter}-copy{n}")
    (dest / "index.md").write_text(
        index.replace(block[2], "\n".join(entries) + "\n"), "utf-8")
    return dest


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    compare = sub.add_parser("compare", help="our pdf builder against sphinx-simplepdf")
    compare.add_argument("--simplepdf-python", required=True)
    compare.add_argument("--language", default="en")
    compare.add_argument("--locale-dirs", default="")
    compare.add_argument("--repeat", type=int, default=2)
    rep = sub.add_parser("replicate", help="peak memory of a book replicated N times")
    rep.add_argument("--times", type=int, default=50)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if args.command == "compare":
            lang = ["-D", f"language={args.language}"]
            if args.locale_dirs:
                lang += ["-D", f"locale_dirs={args.locale_dirs}"]
            for i in range(args.repeat):
                print(measure(f"ours ({args.language}, run {i + 1})",
                              sphinx(sys.executable, "pdf", SOURCE, tmp / f"ours{i}", *lang),
                              build_env()))
                print(measure(f"sphinx-simplepdf ({args.language}, run {i + 1})",
                              sphinx(args.simplepdf_python, "simplepdf", SOURCE,
                                     tmp / f"theirs{i}", *lang,
                                     "-D", "extensions=myst_parser,sphinx_simplepdf"),
                              {**build_env(), "PATH": simplepdf_path(args.simplepdf_python)}))
        else:
            source = replicate(SOURCE, tmp / "source", args.times)
            print(measure(f"ours, book x{args.times}",
                          sphinx(sys.executable, "pdf", source, tmp / "out"), build_env()))
            pdfs = list((tmp / "out" / "pdf").glob("*.pdf"))
            for pdf in pdfs:
                info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True)
                pages = re.search(r"Pages:\s+(\d+)", info.stdout)
                print(f"{pdf.name}: {pages[1] if pages else '?'} pages, "
                      f"{pdf.stat().st_size / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
