"""The site root written by ``python -m reportbook.site.publish build/``: the language chooser."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import REPO
from reportbook.site.publish import main, publish

VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
TITLES = {"en": "Alliance annual meeting", "zh_CN": "联盟年会"}


@pytest.fixture
def build(tmp_path) -> Path:
    for code, title in TITLES.items():
        site = tmp_path / "html" / code
        site.mkdir(parents=True)
        (site / "index.html").write_text(f"<title>{title}</title>", "utf-8")
    (tmp_path / "pdf").mkdir()
    (tmp_path / "pdf" / "tiny-report-en.pdf").write_bytes(b"%PDF-1.7\n")
    (tmp_path / "epub").mkdir()
    (tmp_path / "epub" / "tiny-report-en.epub").write_bytes(b"PK\x03\x04")
    return tmp_path


@pytest.fixture
def chooser(build) -> Path:
    publish(build)
    return build / "html" / "index.html"


def test_chooser_lists_every_language_without_script(chooser, build):
    page = BeautifulSoup(chooser.read_text("utf-8"), "html.parser")
    assert page.html["lang"] == "en"  # languages.toml's first language
    links = {a["href"]: (a["lang"], a["hreflang"], a.get_text()) for a in page.select("main a")}
    assert links == {
        "en/index.html": ("en", "en", "Alliance annual meeting"),
        "zh_CN/index.html": ("zh-CN", "zh-CN", "联盟年会"),
    }
    assert (build / "html" / "pdf" / "tiny-report-en.pdf").exists()
    assert (build / "html" / "epub" / "tiny-report-en.epub").exists()


def test_chooser_is_valid_html(chooser):
    if not (shutil.which("java") and VNU.is_file()):
        pytest.fail("the Nu checker needs java and `npm ci` (node_modules/vnu-jar)", pytrace=False)
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", str(chooser)],
        capture_output=True,
        text=True,
    )
    assert json.loads(result.stderr)["messages"] == []


def test_nu_checker_can_fail(tmp_path):
    broken = tmp_path / "broken.html"
    broken.write_text("<!DOCTYPE html><html><head></head><body><p><div></p></body></html>")
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", str(broken)],
        capture_output=True,
        text=True,
    )
    assert json.loads(result.stderr)["messages"]


CHOOSE = """
let went = null;
global.navigator = NAVIGATOR;
global.location = {replace: url => { went = went || url; }};
SCRIPT
console.log(went);
"""


@pytest.mark.parametrize(
    ("navigator", "site"),
    [
        ({"languages": ["zh-CN", "en"]}, "zh_CN/index.html"),
        ({"languages": ["zh-TW", "en"]}, "zh_CN/index.html"),  # nearest: same language
        ({"languages": ["en-GB", "zh-CN"]}, "en/index.html"),  # first preference wins
        ({"languages": ["fr-FR", "de"]}, "en/index.html"),  # none offered: the default
        ({"languages": []}, "en/index.html"),
        ({"language": "zh"}, "zh_CN/index.html"),  # browsers without navigator.languages
    ],
)
def test_chooser_sends_each_browser_to_its_language(chooser, navigator, site):
    if not shutil.which("node"):
        pytest.fail("node is missing: `apt-get install -y nodejs`", pytrace=False)
    script = BeautifulSoup(chooser.read_text("utf-8"), "html.parser").script.string
    program = CHOOSE.replace("NAVIGATOR", json.dumps(navigator)).replace("SCRIPT", script)
    result = subprocess.run(["node", "-e", program], capture_output=True, text=True, timeout=60)
    assert (result.stdout.strip(), result.stderr) == (site, "")


def test_publish_refuses_an_empty_build(tmp_path, capsys):
    assert main([str(tmp_path)]) == 1
    assert "no language has been built" in capsys.readouterr().err
