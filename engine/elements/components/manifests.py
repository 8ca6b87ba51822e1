"""Packaged v2 components: the asset folders their packages declare in the pyproject.toml they
ship (`[[tool.streamlit.component.components]]` with `name` and `asset_dir`), as in Streamlit.

Read on demand, when a component names a file instead of inline code, and remembered: any
thread (a lock guards the table).
"""

from __future__ import annotations

import importlib.metadata
import re
import sys
import threading
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[import-not-found, no-redef, unused-ignore]

_lock = threading.Lock()
_asset_dirs: dict[str, Path | None] = {}


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _shipped_pyprojects(project: str) -> list[Path]:
    """pyproject.toml files an installed distribution ships inside its packages."""
    try:
        distribution = importlib.metadata.distribution(project)
    except importlib.metadata.PackageNotFoundError:
        return []
    found = []
    for file in distribution.files or ():
        if file.name == "pyproject.toml" and len(file.parts) > 1:
            found.append(Path(str(distribution.locate_file(file))))
    return found


def asset_dir(component_name: str) -> Path | None:
    """The asset folder declared for `<project>.<component>`, or None when no installed package
    declares one."""
    with _lock:
        if component_name in _asset_dirs:
            return _asset_dirs[component_name]
    project, _, short = component_name.partition(".")
    found: Path | None = None
    for pyproject in _shipped_pyprojects(project) if short else ():
        try:
            data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError):
            continue
        if _canonical(str(data.get("project", {}).get("name", ""))) != _canonical(project):
            continue
        entries = (
            data.get("tool", {}).get("streamlit", {}).get("component", {}).get("components", [])
        )
        for entry in entries:
            if entry.get("name") == short and entry.get("asset_dir"):
                root = pyproject.parent.resolve()
                candidate = (root / str(entry["asset_dir"])).resolve()
                if candidate.is_dir() and candidate.is_relative_to(root):
                    found = candidate
    with _lock:
        _asset_dirs[component_name] = found
    return found
