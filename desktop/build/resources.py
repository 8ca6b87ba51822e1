"""Where the build finds packaging/: the spec template, hooks, runtime hooks, launcher and icons.

Installed, they are data files at `dataapp_desktop/packaging/`; in a source checkout they are
the repository's `packaging/` folder, next to `desktop/`. The folder is not a Python package
(see pyproject.toml), so the launcher's source is loaded from its file when the build needs the
payload format it reads. Pure; any thread.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import dataapp_desktop

LAUNCHER_MODULE = "dataapp_desktop_launcher"


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
    return packaging_dir() / "launcher.py"


def hooks_dir() -> Path:
    return packaging_dir() / "hooks"


def runtime_hook() -> Path:
    return packaging_dir() / "runtime_hooks" / "pyi_rth_dataapp.py"


def default_icon() -> Path:
    return packaging_dir() / "icons" / "dataapp.png"


@cache
def launcher_module() -> ModuleType:
    """packaging/launcher.py as a module (the payload format, the cache rules) for the build and tests."""
    spec = importlib.util.spec_from_file_location(LAUNCHER_MODULE, launcher_script())
    if spec is None or spec.loader is None:
        raise MissingResources(f"cannot load {launcher_script()}")
    module = importlib.util.module_from_spec(spec)
    # Registered first: dataclasses look their module up by name while the class is made.
    sys.modules[LAUNCHER_MODULE] = module
    spec.loader.exec_module(module)
    return module
