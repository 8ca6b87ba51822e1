"""The build finds packaging/ in a source checkout and in an installed wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from dataapp_desktop.build import resources

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = (
    "app.spec",
    "launcher.py",
    "launcher_cache.py",
    "launcher_elf.py",
    "launcher_payload.py",
    "launcher_splash.py",
    "launcher_unpack.py",
    "launcher.spec",
    "hooks/hook-dataapp.py",
    "hooks/hook-dataapp_desktop.py",
    "runtime_hooks/pyi_rth_dataapp.py",
    "icons/dataapp.png",
    "icons/dataapp.ico",
)


def test_every_packaging_file_is_found() -> None:
    folder = resources.packaging_dir()
    for name in SHIPPED:
        assert (folder / name).is_file(), name
    assert resources.app_spec() == folder / "app.spec"


def test_packaging_is_no_python_package_that_could_shadow_pypas_packaging() -> None:
    # A packaging/__init__.py at the repository root would make `import packaging` find it
    # for anything started from there (qtpy, matplotlib and pip import PyPA's `packaging`).
    assert not (ROOT / "packaging" / "__init__.py").exists()


def test_the_wheel_ships_the_packaging_files(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("dataapp_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in SHIPPED:
        assert f"dataapp_desktop/packaging/{name}" in names, name
    assert "dataapp_desktop/build/onefile.py" in names
    assert "dataapp_desktop/frozen.py" in names


def test_the_launcher_source_loads_as_a_module() -> None:
    launcher = resources.launcher_module()
    assert callable(launcher.main)
    assert resources.launcher_module("launcher_payload").PAYLOAD_SECTION == "dataapp_payload"


def test_every_launcher_module_is_frozen_with_it() -> None:
    names = [path.name for path in resources.launcher_sources()]
    assert names == [
        name for name in SHIPPED if name.startswith("launcher") and name.endswith(".py")
    ]
