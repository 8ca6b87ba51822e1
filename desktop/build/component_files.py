"""The frontend files of the custom component packages an app imports (docs/components.md,
"Packaging"): PyInstaller bundles a package's Python modules but not the built HTML, JS, CSS
and fonts its components serve, so the build adds them as data, at the same place inside the
bundle relative to the package, where `declare_component(path=...)` looks for them.

A package is a component package when its code declares a component (v1's
`declare_component`, v2's `components.v2.component`) or it ships a pyproject.toml that
declares one. Reads files only; nothing is imported. Pure; any thread.
"""

from __future__ import annotations

import importlib.util
import os
import re
from dataclasses import dataclass
from pathlib import Path

# Libraries that are never component packages, however large (their files are not scanned).
_NOT_COMPONENTS = frozenset(
    {"dataapp", "dataapp_desktop", "streamlit", "pandas", "numpy", "pyarrow", "polars", "tornado"}
)
_DECLARES = re.compile(
    rb"declare_component\s*\(|components\.v2\.component\s*\(|\[\[tool\.streamlit\.component"
)
_SKIPPED_DIRS = frozenset({"__pycache__", "tests", "test", "node_modules"})
_SKIPPED_SUFFIXES = (".py", ".pyc", ".pyo", ".pyi")


@dataclass(frozen=True)
class ComponentPackage:
    name: str
    folder: Path
    # (source file, destination folder inside the bundle): PyInstaller's `datas` form.
    files: tuple[tuple[str, str], ...]


def _package_folder(name: str) -> Path | None:
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def declares_components(folder: Path) -> bool:
    """Whether the code (or a pyproject.toml) under `folder` declares a custom component."""
    for path in folder.rglob("*"):
        if path.suffix in (".py", ".toml") and path.is_file():
            try:
                if _DECLARES.search(path.read_bytes()):
                    return True
            except OSError:
                continue
    return False


def _data_files(folder: Path, name: str) -> tuple[tuple[str, str], ...]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in _SKIPPED_DIRS)
        relative = Path(root).relative_to(folder)
        for file in sorted(files):
            if not file.endswith(_SKIPPED_SUFFIXES):
                found.append((str(Path(root) / file), (Path(name) / relative).as_posix()))
    return tuple(found)


def component_packages(imported_top_level: set[str]) -> list[ComponentPackage]:
    """The component packages among what the app imports, with the files to bundle."""
    packages = []
    for name in sorted(imported_top_level - _NOT_COMPONENTS):
        folder = _package_folder(name)
        if folder is None or not folder.is_dir() or not declares_components(folder):
            continue
        packages.append(ComponentPackage(name, folder, _data_files(folder, name)))
    return packages
