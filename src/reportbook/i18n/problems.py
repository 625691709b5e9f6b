"""One reported problem in a catalog: where it is, which check found it, what is wrong."""

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    path: Path
    line: int
    check: str  # kebab-case name, e.g. "html", "syntax"; also the name used by lint-ignore
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: [{self.check}] {self.message}"


class CatalogError(Exception):
    """Raised by commands that refuse to go on; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
