"""The Nu HTML checker (vnu.jar from the npm lock), run by Debian's Java over built pages."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import REPO

VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def vnu_errors(files: list[Path]) -> list[str]:
    """Errors as ``file:line: message``; warnings are left out (``--errors-only``)."""
    java = shutil.which("java")
    if not java:
        pytest.fail("Java is missing: `apt-get install -y default-jre-headless`", pytrace=False)
    if not VNU.is_file():
        pytest.fail(f"{VNU} is missing: run `npm ci --ignore-scripts`", pytrace=False)
    result = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
    )
    try:
        messages = json.loads(result.stderr or result.stdout)["messages"]
    except (json.JSONDecodeError, KeyError):
        pytest.fail(f"vnu.jar said:\n{result.stdout}\n{result.stderr}", pytrace=False)
    return [
        f"{'/'.join(m.get('url', '').split('/')[-2:])}:{m.get('lastLine', '?')}: {m['message']}"
        for m in messages
        if m.get("type") in {"error", "non-document-error"}
    ]
