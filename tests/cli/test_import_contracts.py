"""The layering contracts (pyproject.toml, [tool.importlinter]) hold, and they do catch a
module that imports across them: `lint-imports` runs on a copy of the packages with one
deliberate violation added."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = str(Path(sys.executable).with_name("lint-imports"))


def _lint_imports(cwd: Path, *, pythonpath: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if pythonpath is not None:
        # Ahead of the editable install: `dataapp` and `dataapp_desktop` are the copies.
        env["PYTHONPATH"] = str(pythonpath)
    return subprocess.run(
        [LINT_IMPORTS, "--no-cache", "--config", str(cwd / "pyproject.toml")],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_real_tree_keeps_every_contract() -> None:
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "source", "contract"),
    [
        (
            "runtime/shows_an_element.py",
            "from dataapp.elements.roots import main\n",
            "Engine layers",
        ),
        (
            "server/makes_an_element.py",
            "from dataapp.elements.text import api\n",
            "Engine layers",
        ),
        (
            "runtime/serves.py",
            "import tornado.web\n",
            "The runtime imports neither tornado nor the server",
        ),
        (
            "runtime/asks_the_window.py",
            "from dataapp_desktop import window\n",
            "The engine never imports the desktop shell",
        ),
    ],
)
def test_an_import_across_the_layers_breaks_its_contract(
    tmp_path: Path, module: str, source: str, contract: str
) -> None:
    packages = tmp_path / "packages"
    skip = shutil.ignore_patterns("__pycache__", "static", "node_modules")
    shutil.copytree(ROOT / "engine", packages / "dataapp", ignore=skip)
    shutil.copytree(ROOT / "desktop", packages / "dataapp_desktop", ignore=skip)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (packages / "dataapp" / module).write_text(source)
    result = _lint_imports(tmp_path, pythonpath=packages)
    assert result.returncode != 0, result.stdout
    broken = [line for line in result.stdout.splitlines() if line.endswith("BROKEN")]
    assert broken, result.stdout
    assert contract in result.stdout
    # The report names the module that crossed.
    assert "dataapp." + module.removesuffix(".py").replace("/", ".") in result.stdout
