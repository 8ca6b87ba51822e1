"""Packaging fixtures: tools the build needs, a fake one-file executable, a private Xvfb.

`fake_onefile` makes a tiny "app" (a shell script and some files), compresses it with the
build's payload writer and adds it to a copy of /bin/true with objcopy, exactly as the build
adds a real app to the frozen launcher; `run_launcher` runs packaging/launcher.py on it,
unfrozen (its sibling modules are found next to it, as when frozen). A missing tool skips (a failure under DATAAPP_REQUIRE_ALL=1, see tests/conftest.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from dataapp_desktop.build import payload, resources
from tests.support.xvfb import private_display

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"

FAKE_APP = """#!/bin/sh
echo "args: $*"
echo "launched as: $DATAAPP_LAUNCHED_AS"
echo "reset: $PYINSTALLER_RESET_ENVIRONMENT"
if [ -n "$FAKE_SLEEP" ]; then exec sleep "$FAKE_SLEEP"; fi
exit ${FAKE_EXIT_CODE:-7}
"""


def build_app(
    app: Path,
    name: str,
    root: Path,
    *extra: str,
    prefix: tuple[str, ...] = (),
    timeout: float = 3600,
) -> subprocess.CompletedProcess[str]:
    """`dataapp-desktop build` of `app` into `root`/dist (work files in `root`/work), run as a
    user would, behind `prefix` (e.g. `unshare -n`); asserts that it succeeded."""
    result = subprocess.run(
        [
            *prefix,
            sys.executable,
            "-m",
            "dataapp_desktop.build",
            str(app),
            "--name",
            name,
            "--dist",
            str(root / "dist"),
            "--work",
            str(root / "work"),
            *extra,
        ],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def need_tools(*tools: str) -> None:
    for tool in tools:
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")


@pytest.fixture(scope="session")
def launcher() -> ModuleType:
    return resources.launcher_module()


@pytest.fixture(scope="session")
def launcher_payload() -> ModuleType:
    return resources.launcher_module("launcher_payload")


@pytest.fixture(scope="session")
def launcher_unpack() -> ModuleType:
    return resources.launcher_module("launcher_unpack")


@dataclass
class FakeOnefile:
    exe: Path
    source: Path
    meta: object
    sha256: str


def make_fake_onefile(folder: Path, *, key: str = "Fake-App", tag: str = "") -> FakeOnefile:
    need_tools("objcopy")
    source = folder / "source"
    (source / "_internal" / "data").mkdir(parents=True)
    app = source / key
    app.write_text(FAKE_APP)
    app.chmod(0o755)
    (source / "_internal" / "data" / "table.csv").write_text("a,b\n1,2\n" + tag)
    (source / "_internal" / "big.bin").write_bytes(os.urandom(1000) * 17_000)  # > one chunk
    (source / "_internal" / "empty").write_bytes(b"")
    (source / "_internal" / "link.csv").symlink_to("data/table.csv")
    blob = folder / "payload.bin"
    stats = payload.write(source, blob, "deflate")
    meta = resources.launcher_module("launcher_payload").PayloadMeta(
        name=key.replace("-", " "),
        key=key,
        sha256=stats.sha256,
        entry=key,
        unpacked_bytes=stats.unpacked_bytes,
        files=stats.files,
        compression="deflate",
    )
    meta_file = folder / "meta.json"
    meta_file.write_bytes(meta.to_json())
    exe = folder / key
    subprocess.run(
        [
            "objcopy",
            "--add-section",
            f"dataapp_meta={meta_file}",
            "--add-section",
            f"dataapp_payload={blob}",
            "/bin/true",
            str(exe),
        ],
        check=True,
    )
    return FakeOnefile(exe, source, meta, stats.sha256)


@pytest.fixture
def fake_onefile(tmp_path: Path) -> FakeOnefile:
    return make_fake_onefile(tmp_path / "build")


def run_launcher(
    exe: Path, cache: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(cache.parent),
        "DATAAPP_LAUNCHER_EXE": str(exe),
        "DATAAPP_APP_CACHE": str(cache),
        "DATAAPP_LAUNCHER_NO_SPLASH": "1",
        **(env or {}),
    }
    return subprocess.run(
        [sys.executable, str(resources.launcher_script()), *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture(scope="session")
def display() -> Iterator[str]:
    """A private Xvfb on a display number it picks itself."""
    need_tools("Xvfb")
    with private_display("1280x900x24") as display_name:
        yield display_name
