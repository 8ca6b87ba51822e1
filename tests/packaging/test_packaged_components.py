"""End to end: build an app that uses custom components (a published v1 package with its own
fonts, a published v2 package, the app's own component package), then use every component of
the built app with no network at all: app and browser both run in a network namespace with
only loopback up. Built as a folder (--onedir): the same bundle a one-file build packs, without
the minutes of compression (test_packaged_app.py covers the one-file launcher)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SCREENSHOTS, build_app
from .test_packaged_app import _missing, offline

pytestmark = [pytest.mark.packaging, pytest.mark.timeout(3600)]

APP_SOURCE = Path(__file__).resolve().parent / "apps" / "components_app"
RAW_V1 = Path(__file__).resolve().parents[1] / "browser" / "components" / "fixtures" / "raw_v1"
DRIVER = Path(__file__).resolve().parent / "drive_components.py"
EXE_NAME = "Components-Demo"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    reason = _missing()
    if reason:
        pytest.skip(reason)
    root = tmp_path_factory.mktemp("components-build")
    # The app's own component (tally/) shows the browser tests' hand-written v1 fixture.
    app_dir = root / "components_app"
    shutil.copytree(APP_SOURCE, app_dir)
    shutil.copytree(RAW_V1, app_dir / "tally" / "frontend")
    result = build_app(
        app_dir / "app.py",
        "Components Demo",
        root,
        "--onedir",
        prefix=tuple(offline()),
        timeout=3000,
    )
    # The build says what it collected.
    assert "components: " in result.stdout and "streamlit_option_menu (" in result.stdout, (
        result.stdout
    )
    exe = root / "dist" / EXE_NAME / EXE_NAME
    assert exe.is_file() and os.access(exe, os.X_OK), result.stdout
    return exe


def test_the_packaged_apps_components_work_with_no_network(built: Path, tmp_path: Path) -> None:
    prefix = offline()
    if not prefix:
        pytest.skip("cannot make a network namespace here (unshare -n needs root)")
    bundle = built.parent
    # The published packages' frontends and the app's own are inside the bundle.
    assert list(bundle.rglob("streamlit_option_menu/frontend/dist/index.html"))
    assert list(bundle.rglob("tally/frontend/index.html"))
    # Qt's D-Bus module, for st.desktop.notify and st.toast's OS notifications.
    assert list(bundle.rglob("QtDBus*.so")), "QtDBus is not bundled"
    SCREENSHOTS.mkdir(exist_ok=True)
    shot = SCREENSHOTS / "packaged-components.png"
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    command = f"ip link set lo up && exec {sys.executable} {DRIVER} {built} {shot}"
    result = subprocess.run(
        [*prefix, "sh", "-c", command],
        env={**env, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert shot.is_file()
    shutil.copy(shot, tmp_path / shot.name)
