"""axe-core, from the npm lock, run inside a loaded page."""

from pathlib import Path

from playwright.sync_api import Page

from conftest import REPO

AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = {"serious", "critical"}


def axe_script() -> Path:
    if not AXE.is_file():
        raise FileNotFoundError(
            f"{AXE} is missing: run `npm ci --ignore-scripts` (python3 -m nox -s tests does it)"
        )
    return AXE


def run_axe(page: Page) -> list[dict]:
    """Violations on the page, each as {id, impact, help, targets}."""
    # Evaluated rather than added as a <script>, so it also runs where page scripts are off.
    page.evaluate(axe_script().read_text("utf-8"))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        {
            "id": v["id"],
            "impact": v["impact"] or "minor",
            "help": v["help"],
            "targets": [" ".join(map(str, node["target"])) for node in v["nodes"]][:5],
        }
        for v in result["violations"]
    ]


def describe(page_name: str, violation: dict) -> str:
    return (
        f"{page_name}: [{violation['impact']}] {violation['id']}: {violation['help']} "
        f"at {', '.join(violation['targets'])}"
    )
