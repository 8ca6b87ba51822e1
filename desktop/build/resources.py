"""Where the build finds packaging/: the spec template, hooks, runtime hooks, launcher and icons.

Installed, they are data files at `dataapp_desktop/packaging/`; in a source checkout they are
the repository's `packaging/` folder, next to `desktop/`. The folder is not a Python package
(see pyproject.toml), so the launcher's modules are loaded from their files when the build
needs the payload format they read or their ELF reader. Paths: pure, any thread;
`launcher_module`: the main thread (it puts packaging/ on sys.path while it imports).
"""

from __future__ import annotations

import importlib
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import dataapp_desktop

# The launcher's entry script; its sibling modules are `launcher_*.py`.
LAUNCHER = "launcher"


class MissingResources(Exception):
    """packaging/ is not where it should be: the installation is incomplete."""


@cache
def packaging_dir() -> Path:
    here = Path(dataapp_desktop.__file__ or "").resolve().parent
    for candidate in (here / "packaging", here.parent / "packaging"):
        if (candidate / "app.spec").is_file():
            return candidate
    raise MissingResources(
        f"The build's PyInstaller files are missing (looked in {here / 'packaging'}): "
        "reinstall dataapp-desktop."
    )


def app_spec() -> Path:
    return packaging_dir() / "app.spec"


def launcher_spec() -> Path:
    return packaging_dir() / "launcher.spec"


def launcher_script() -> Path:
    return packaging_dir() / f"{LAUNCHER}.py"


def launcher_sources() -> list[Path]:
    """Every module frozen into the launcher: the script and its siblings."""
    return sorted(packaging_dir().glob(f"{LAUNCHER}*.py"))


def hooks_dir() -> Path:
    return packaging_dir() / "hooks"


def runtime_hook() -> Path:
    return packaging_dir() / "runtime_hooks" / "pyi_rth_dataapp.py"


def default_icon() -> Path:
    return packaging_dir() / "icons" / "dataapp.png"


@cache
def launcher_module(name: str = LAUNCHER) -> ModuleType:
    """One of the launcher's modules (packaging/launcher*.py), for the build and tests.

    They import each other by their bare names, as they are frozen, so they are imported here
    under those names, with packaging/ first on the path for as long as that takes.
    """
    if not (packaging_dir() / f"{name}.py").is_file():
        raise MissingResources(f"cannot load {packaging_dir() / name}.py")
    folder = str(packaging_dir())
    sys.path.insert(0, folder)
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(folder)
