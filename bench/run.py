"""Benchmark the build against its targets, everything in one run so that ratios hold.

    nox -s bench [-- --runs 5]

Each measurement is the median of --runs runs after one warm-up (--big-runs, and no warm-up,
for the replicated books, whose runs take minutes). Results go to
build/bench/results.md and results.json; docs/performance.md explains them.
"""

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from measure import Result, measure, self_check
from replicate import replicate

from reportbook.build import Layout, commands
from reportbook.languages import source_language

REPO = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SPHINX = [PYTHON, "-m", "sphinx", "-q"]
STRICT = [PYTHON, "-m", "sphinx", *Layout.sphinx_options]  # as the project builds
EDITED_PAGE = "opening.md"
BILINGUAL = ["bilingual", "bilingual-pdf"]  # the parallel edition's builders (issue 16)


@dataclass
class Target:
    name: str
    value: float
    limit: float | None  # None: reported, with no target
    unit: str = "×"

    @property
    def met(self) -> bool:
        return self.limit is None or self.value <= self.limit


def clean(*paths: Path):
    def remove() -> None:
        for path in paths:
            shutil.rmtree(path, ignore_errors=True)

    return remove


def build_all(work: Path, source: Path) -> list[str]:
    return [
        PYTHON,
        "-m",
        "reportbook.build",
        "--source",
        str(source),
        "--locales",
        str(REPO / "locales"),
        "--build",
        str(work),
    ]


def book_step(layout: Layout, language: str, builder: str, outdir: Path) -> list[str]:
    """Only one book's builder, on the doctrees a full build has already read."""
    command = commands(layout, language, [builder])[-1]
    return [*command[:-1], str(outdir)]


def toggle_paragraph(page: Path):
    """Change one paragraph of one page, differently each time."""
    original = page.read_text("utf-8")
    state = {"n": 0}

    def edit() -> None:
        state["n"] += 1
        page.write_text(
            original.replace("The meeting", f"The meeting (edit {state['n']})", 1), "utf-8"
        )

    return edit


def simplepdf_python(work: Path) -> str:
    """sphinx-simplepdf in an environment of its own, so its pins cannot touch ours."""
    venv = work / "simplepdf-venv"
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([PYTHON, "-m", "venv", str(venv)], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "sphinx-simplepdf>=1.6", "myst-parser>=4"],
            check=True,
            stderr=subprocess.DEVNULL,
        )
    return str(python)


def simplepdf_command(python: str, work: Path, source: Path, out: Path) -> list[str]:
    """sphinx-simplepdf's builder over the same sources, with our settings but its extensions."""
    confdir = work / "simplepdf-conf"
    confdir.mkdir(parents=True, exist_ok=True)
    (confdir / "conf.py").write_text(
        f"exec(open({str(source / 'conf.py')!r}, encoding='utf-8').read())\n"
        "extensions = ['myst_parser', 'sphinx_simplepdf']\n"
        "html_static_path = []\n",
        "utf-8",
    )
    return [
        python,
        "-m",
        "sphinx",
        "-q",
        "-b",
        "simplepdf",
        "-c",
        str(confdir),
        "-d",
        str(out / "doctrees"),
        str(source),
        str(out / "pdf"),
    ]


def run(runs: int, work: Path, sizes: tuple[int, ...], big_runs: int) -> dict:
    self_check()
    work.mkdir(parents=True, exist_ok=True)
    source = REPO / "source"
    results: dict[str, Result] = {}

    def bench(name: str, command: list[str], times: int = runs, **kwargs) -> Result:
        results[name] = measure(name, command, times, **kwargs)
        return results[name]

    floor_dir = work / "floor"
    floor = [
        *SPHINX,
        "-b",
        "html",
        "-d",
        str(floor_dir / "doctrees"),
        str(source),
        str(floor_dir / "html"),
    ]
    bench("English HTML, clean, plain sphinx-build", floor, before=clean(floor_dir))
    bench("English HTML, no change", floor)

    full = work / "full"
    bench("full bilingual build, clean", build_all(full, source), before=clean(full))
    bench("full bilingual build, no change", build_all(full, source))

    edited = work / "edited-source"
    shutil.rmtree(edited, ignore_errors=True)
    shutil.copytree(source, edited)
    edit_build = work / "edited"
    subprocess.run(build_all(edit_build, edited), check=True, capture_output=True)
    bench(
        "full bilingual build, one paragraph changed",
        build_all(edit_build, edited),
        before=toggle_paragraph(edited / EDITED_PAGE),
    )

    bilingual = work / "bilingual"
    bench(
        "bilingual edition (site and book), clean",
        [*build_all(bilingual, source), "--languages", "zh_CN", "--builders", *BILINGUAL],
        before=clean(bilingual),
    )

    layout = Layout(source=source, locales=REPO / "locales", build=full)
    for language in ("en", "zh_CN"):
        out = work / "pdf-step" / language
        step = book_step(layout, language, "pdf", out)
        bench(f"PDF step alone, {language}", step, before=clean(out))
        bench(
            f"bare WeasyPrint render of our {language} book HTML",
            [
                PYTHON,
                str(REPO / "bench" / "bare.py"),
                str(out / "_html" / language / "book.html"),
                str(work / f"bare-{language}.pdf"),
            ],
        )
        out = work / "epub-step" / language
        step = book_step(layout, language, "epub", out)
        bench(f"EPUB step alone, {language}", step, before=clean(out))

    ours, theirs = work / "ours-pdf", work / "simplepdf"
    bench(
        "our English PDF, clean build",
        [*STRICT, "-b", "pdf", "-d", str(ours / "doctrees"), str(source), str(ours / "pdf")],
        before=clean(ours),
    )
    simple = simplepdf_python(work)
    # It runs the weasyprint command, which must be the one in its own environment.
    path = {"PATH": f"{Path(simple).parent}{os.pathsep}{os.environ['PATH']}"}
    bench(
        "sphinx-simplepdf English PDF, clean build",
        simplepdf_command(simple, work, source, theirs),
        before=clean(theirs),
        env=path,
    )

    for times in sizes:
        book = replicate(source, work / f"source-{times}x", times)
        out = work / f"book-{times}x"
        bench(
            f"{times}× book, HTML, clean",
            [*SPHINX, "-b", "html", "-d", str(out / "doctrees"), str(book), str(out / "html")],
            times=big_runs,
            before=clean(out),
            warmup=False,  # minutes a run: a warm-up would double them and warm nothing more
        )
        bench(
            f"{times}× book, PDF step",
            [*SPHINX, "-b", "pdf", "-d", str(out / "doctrees"), str(book), str(out / "pdf")],
            times=big_runs,
            before=clean(out / "pdf"),
            warmup=False,
        )

    # Issue 12: every catalog check is linear, so a 1 MB hostile catalog is judged in seconds.
    hostile = [PYTHON, str(REPO / "bench" / "hostile.py"), str(work / "hostile")]
    bench("1 MB hostile catalog, i18n check", hostile)
    bench("1 MB of the slowest hostile text, i18n check", [*hostile, "--slowest"])
    bench("1 MB report, names at their length limit, i18n check", [*hostile, "--names"])

    books = {
        lang: next((full / "pdf").glob(f"*-{lang}.pdf")).stat().st_size / 1e6
        for lang in ("en", "zh_CN", "bilingual")
    }
    small, large = min(sizes), max(sizes)
    r = {name: result.median for name, result in results.items()}
    floor = r["English HTML, clean, plain sphinx-build"]
    targets = [
        Target(
            "full clean bilingual build / clean English HTML",
            r["full bilingual build, clean"] / floor,
            5,
        ),
        Target(
            "bilingual edition, clean / clean English HTML",
            r["bilingual edition (site and book), clean"] / floor,
            None,
        ),
        Target(
            "no-change rebuild of everything / no-change English HTML",
            r["full bilingual build, no change"] / r["English HTML, no change"],
            2,
        ),
        Target(
            "our English PDF / sphinx-simplepdf",
            r["our English PDF, clean build"] / r["sphinx-simplepdf English PDF, clean build"],
            1.0,
        ),
        *(
            Target(
                f"our {language} PDF step / one bare WeasyPrint render of its HTML",
                r[f"PDF step alone, {language}"]
                / r[f"bare WeasyPrint render of our {language} book HTML"],
                1.5 if language == "en" else None,
            )
            for language in ("en", "zh_CN")
        ),
        Target(
            "EPUB step / PDF step, en", r["EPUB step alone, en"] / r["PDF step alone, en"], None
        ),
        Target(
            "Chinese PDF render / English PDF render",
            r["PDF step alone, zh_CN"] / r["PDF step alone, en"],
            1.5,
        ),
        Target(
            f"HTML {large}× book / {small}× book",
            r[f"{large}× book, HTML, clean"] / r[f"{small}× book, HTML, clean"],
            6,
        ),
        Target(
            f"PDF {large}× book peak memory", results[f"{large}× book, PDF step"].peak, 600, "MiB"
        ),
        Target("1 MB hostile catalog, i18n check", r["1 MB hostile catalog, i18n check"], 60, "s"),
        Target(
            "1 MB of the slowest hostile text, i18n check",
            r["1 MB of the slowest hostile text, i18n check"],
            60,
            "s",
        ),
        Target(
            "1 MB report, names at their length limit, i18n check",
            r["1 MB report, names at their length limit, i18n check"],
            60,
            "s",
        ),
        Target("Chinese PDF size", books["zh_CN"], 1.0, "MB"),
        Target("English PDF size", books["en"], None, "MB"),  # 0.3 MB target retired (issue 17)
        Target("bilingual PDF size", books["bilingual"], None, "MB"),
    ]
    return {
        "machine": machine(),
        "runs": runs,
        "big_runs": big_runs,
        "results": results,
        "targets": targets,
    }


def machine() -> dict:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "processor": platform.processor() or platform.machine(),
    }


def limit(target: Target) -> str:
    return "—" if target.limit is None else f"{target.limit:g} {target.unit}"


def verdict(target: Target) -> str:
    if target.limit is None:
        return "reported"
    return "yes" if target.met else "NO"


def write(report: dict, out: Path) -> str:
    lines = [
        f"Machine: {report['machine']['platform']}, {report['machine']['cpus']} CPUs, "
        f"Python {report['machine']['python']}; median of {report['runs']} runs after a warm-up "
        f"({report['big_runs']}, without one, for the replicated books).",
        "",
        "| measurement | median (s) | peak memory (MiB) |",
        "| --- | ---: | ---: |",
    ]
    lines += [f"| {r.name} | {r.median:.2f} | {r.peak:.0f} |" for r in report["results"].values()]
    lines += ["", "| target | value | limit | met |", "| --- | ---: | ---: | --- |"]
    lines += [
        f"| {t.name} | {t.value:.2f} {t.unit} | {limit(t)} | {verdict(t)} |"
        for t in report["targets"]
    ]
    table = "\n".join(lines) + "\n"
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.md").write_text(table, "utf-8")
    data = {
        "machine": report["machine"],
        "runs": report["runs"],
        "big_runs": report["big_runs"],
        "results": {
            n: {"seconds": r.seconds, "median": r.median, "peak_mib": r.peak}
            for n, r in report["results"].items()
        },
        "targets": [
            {"name": t.name, "value": t.value, "limit": t.limit, "unit": t.unit, "met": t.met}
            for t in report["targets"]
        ],
    }
    (out / "results.json").write_text(json.dumps(data, indent=2, ensure_ascii=False), "utf-8")
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="measured runs per case (default 5)")
    parser.add_argument(
        "--big-runs", type=int, default=5, help="measured runs for the replicated books (default 5)"
    )
    parser.add_argument("--sizes", type=int, nargs=2, default=(10, 50), metavar=("SMALL", "LARGE"))
    parser.add_argument("--out", type=Path, default=REPO / "build" / "bench")
    args = parser.parse_args()
    if source_language() != "en":
        parser.error("the benchmark compares against an English build")
    report = run(args.runs, args.out / "work", tuple(args.sizes), args.big_runs)
    print(write(report, args.out))
    return 0 if all(t.met for t in report["targets"]) else 1


if __name__ == "__main__":
    sys.exit(main())
