"""Helpers for the hostile-catalog tests (tests/test_hostile_*.py): the hostile root built
through Sphinx with catalogs that skipped ``prepare``, so what is tested is the boundary
inside the build, and a search for a payload in everything a build publishes."""

import re
from pathlib import Path

import pypdf

from conftest import sphinx_build
from i18n_support import MSG_CODE, HostileSite, entry
from reportbook.i18n.compile import compile_catalogs

UNPUBLISHED = {"doctrees-html", "doctrees-pdf", "locale"}  # the build's inputs and caches
WARNING = re.compile(r"^(?P<where>.+?:\d+): WARNING: (?P<message>\[[\w-]+\] .*)$", re.M)


class HostileBuild(HostileSite):
    """The hostile root, its catalog compiled without the linter, built as html or pdf."""

    def build(self, builder: str = "html"):
        compile_catalogs("zh_CN", self.locales, self.compiled)
        out = self.out.parent / builder
        return sphinx_build(
            builder,
            out,
            self.out.parent / f"doctrees-{builder}",
            language="zh_CN",
            source=self.root,
            extra=("-D", f"locale_dirs={self.compiled}"),
        )

    def refused(self, msgstr: str, *payloads: str) -> list[str]:
        """Build with ``msgstr`` as the root's plain paragraph (MSG_CODE), unprepared: the
        build must fail and publish none of ``payloads``. The boundary's refusals."""
        self.translate(entry(MSG_CODE, msgstr))
        result = self.build()
        assert result.returncode == 1, result.stderr
        for payload in payloads:
            assert self.traces(payload) == []
        return self.refusals(result)

    def refusals(self, result) -> list[str]:
        """The boundary's warnings, as 'index.md:LINE: [check] message'."""
        return [
            f"{Path(m['where']).name}: {m['message']}".removesuffix(" [i18n.refused]")
            for m in WARNING.finditer(result.stderr)
        ]

    def traces(self, payload: str) -> list[str]:
        """Every place a build's output shows ``payload``: files as written (HTML,
        ``_downloads/``, search index...), and each PDF's text and link annotations."""
        found = []
        for path in sorted(self.out.parent.rglob("*")):
            if not path.is_file() or path.relative_to(self.out.parent).parts[0] in UNPUBLISHED:
                continue
            if payload.encode() in path.read_bytes():
                found.append(str(path))
            if path.suffix == ".pdf":
                for number, page in enumerate(pypdf.PdfReader(path).pages, 1):
                    if payload in page.extract_text():
                        found.append(f"{path} page {number} text")
                    for annotation in page.get("/Annots") or []:
                        action = annotation.get_object().get("/A") or {}
                        if payload in str(action.get("/URI", "")):
                            found.append(f"{path} page {number} link")
        return found
