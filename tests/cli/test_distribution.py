"""The wheel carries both import names, every subpackage, the static files and the .proto files."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _expected_packages() -> set[str]:
    found = set()
    for folder, name in (("engine", "dataapp"), ("desktop", "dataapp_desktop")):
        for init in (ROOT / folder).rglob("__init__.py"):
            relative = init.parent.relative_to(ROOT / folder)
            if "node_modules" in relative.parts:
                continue
            found.add(".".join([name, *relative.parts]))
    return found


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("dataapp_desktop-*.whl")
    return built


def test_every_package_is_in_the_wheel(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    packaged = {n.rsplit("/", 1)[0].replace("/", ".") for n in names if n.endswith("/__init__.py")}
    assert _expected_packages() <= packaged


def test_static_files_and_protos_are_in_the_wheel(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "dataapp/proto/forward.proto" in names
    assert "dataapp/py.typed" in names
    if (ROOT / "engine" / "static" / "index.html").exists():
        assert "dataapp/static/index.html" in names


def test_the_wheel_installs_and_imports_in_a_fresh_environment(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    # Dependencies come from the test environment; its editable install of dataapp does not,
    # because a path added by a .pth line does not run that folder's own .pth hooks.
    own_site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    test_site = next(p for p in sys.path if p.endswith("site-packages"))
    Path(own_site, "test-dependencies.pth").write_text(test_site + "\n")
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", str(wheel)],
        check=True,
        capture_output=True,
    )
    probe = "import dataapp, dataapp_desktop, dataapp.server.server; print(dataapp.__file__)"
    result = subprocess.run(
        [str(python), "-c", probe], capture_output=True, text=True, cwd=tmp_path, check=True
    )
    assert str(venv) in result.stdout
    version = subprocess.run(
        [str(venv / "bin" / "dataapp-desktop"), "--version"], capture_output=True, text=True
    )
    assert version.returncode == 0


def test_the_editable_install_maps_both_import_names() -> None:
    probe = (
        "import dataapp, dataapp_desktop; print(dataapp.__file__); print(dataapp_desktop.__file__)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd="/", check=True
    )
    engine_file, desktop_file = result.stdout.split()
    assert Path(engine_file).parent == ROOT / "engine"
    assert Path(desktop_file).parent == ROOT / "desktop"
