"""Benchmark the build against its targets, everything in one run so that ratios hold.

    nox -s bench [-- --runs 5]

Each measurement is the median of --runs runs after one warm-up. Results go to
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

from reportbook.build import SOURCE_LANGUAGE, Layout, commands

REPO = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SPHINX = [PYTHON, "-m", "sphinx", "-q"]
STRICT = [PYTHON, "-m", "sphinx", *Layout.sphinx_options]  # as the project builds
EDITED_PAGE = "opening.md"


@dataclass
class Target:
    name: str
    value: float
    limit: float
    unit: str = "×"

    @property
    def met(self) -> bool:
        return self.value <= self.limit


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


def pdf_step(layout: Layout, language: str, outdir: Path) -> list[str]:
    """Only the PDF builder, on the doctrees a full build has already read."""
    command = commands(layout, language, ["pdf"])[-1]
    return [*command[:-1], str(outdir)]


def bare_render(html: Path, pdf: Path) -> list[str]:
    """WeasyPrint alone on the book's HTML, as our PDF step leaves it: one layout and a tagged
    PDF written (its page numbers print empty: render.py adds them)."""
    code = (
        "import sys; from weasyprint import HTML; "
        "HTML(filename=sys.argv[1]).write_pdf(sys.argv[2], pdf_variant='pdf/ua-1')"
    )
    return [PYTHON, "-c", code, str(html), str(pdf)]


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

    layout = Layout(source=source, locales=REPO / "locales", build=full)
    for language in ("en", "zh_CN"):
        out = work / "pdf-step" / language
        bench(f"PDF step alone, {language}", pdf_step(layout, language, out), before=clean(out))
    html = work / "pdf-step" / "en" / "_html" / "en" / "book.html"  # left by the last run
    bench("bare WeasyPrint render of the English book's HTML", bare_render(html, work / "bare.pdf"))

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
        )
        bench(
            f"{times}× book, PDF step",
            [*SPHINX, "-b", "pdf", "-d", str(out / "doctrees"), str(book), str(out / "pdf")],
            times=big_runs,
            before=clean(out / "pdf"),
        )

    # Issue 12: every catalog check is linear, so a 1 MB hostile catalog is judged in seconds.
    hostile = [PYTHON, str(REPO / "bench" / "hostile.py"), str(work / "hostile")]
    bench("1 MB hostile catalog, i18n check", hostile)

    books = {
        lang: next((full / "pdf").glob(f"*-{lang}.pdf")).stat().st_size / 1e6
        for lang in ("en", "zh_CN")
    }
    small, large = min(sizes), max(sizes)
    r = {name: result.median for name, result in results.items()}
    targets = [
        Target(
            "full clean bilingual build / clean English HTML",
            r["full bilingual build, clean"] / r["English HTML, clean, plain sphinx-build"],
            5,
        ),
        Target(
            "no-change rebuild of everything / no-change English HTML",
            r["full bilingual build, no change"] / r["English HTML, no change"],
            2,
        ),
        Target(
            "our English PDF / sphinx-simplepdf",
            r["our English PDF, clean build"] / r["sphinx-simplepdf English PDF, clean build"],
            0.6,
        ),
        Target(
            "English PDF step / bare WeasyPrint render of its HTML",
            r["PDF step alone, en"] / r["bare WeasyPrint render of the English book's HTML"],
            1.5,
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
        Target("Chinese PDF size", books["zh_CN"], 1.0, "MB"),
        Target("English PDF size", books["en"], 0.3, "MB"),
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


def write(report: dict, out: Path) -> str:
    lines = [
        f"Machine: {report['machine']['platform']}, {report['machine']['cpus']} CPUs, "
        f"Python {report['machine']['python']}; median of {report['runs']} runs after a warm-up "
        f"({report['big_runs']} for the replicated books).",
        "",
        "| measurement | median (s) | peak memory (MiB) |",
        "| --- | ---: | ---: |",
    ]
    lines += [f"| {r.name} | {r.median:.2f} | {r.peak:.0f} |" for r in report["results"].values()]
    lines += ["", "| target | value | limit | met |", "| --- | ---: | ---: | --- |"]
    lines += [
        f"| {t.name} | {t.value:.2f} {t.unit} | {t.limit:g} {t.unit} | {'yes' if t.met else 'NO'} |"
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
    if SOURCE_LANGUAGE != "en":
        parser.error("the benchmark compares against an English build")
    report = run(args.runs, args.out / "work", tuple(args.sizes), args.big_runs)
    print(write(report, args.out))
    return 0 if all(t.met for t in report["targets"]) else 1


if __name__ == "__main__":
    sys.exit(main())
