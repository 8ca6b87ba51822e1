"""The custom components this process declared, and where their files are (docs/components.md).

Process-wide, as in Streamlit: a package declares its component once, when Python first imports
it, and every session (and every Runtime of a test process) then serves the same files. The
server reads a component's file through `component_file`, which never leaves the folder the
component declared. Any thread: a lock guards the table.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

log = logging.getLogger("dataapp.components")

# Where the page loads a declared component's files (docs/security.md: under /_dataapp/,
# where the token cookie goes).
COMPONENT_URL_PREFIX = "/_dataapp/component/"


@dataclass(frozen=True)
class DeclaredComponent:
    """One `declare_component` (v1) or packaged v2 component: its full name and its source."""

    name: str
    # The folder of its built frontend (served by the engine), or None for a url= component.
    path: Path | None
    # A development server the page loads the component from, or None.
    url: str | None


_lock = threading.Lock()
_declared: dict[str, DeclaredComponent] = {}
# A v2 component's inline JS and CSS, served like files: (name, relative path) → content.
_inline: dict[tuple[str, str], bytes] = {}
_INLINE_FOLDER = "__inline__"


def declare(component: DeclaredComponent) -> None:
    """Remember a component; declaring a name again with another source replaces it (a
    component package reloaded from another place), and says so in the log."""
    with _lock:
        earlier = _declared.get(component.name)
        _declared[component.name] = component
    if earlier is not None and earlier != component:
        log.info(
            "Component %s is now served from %s", component.name, component.path or component.url
        )


def declared(name: str) -> DeclaredComponent | None:
    with _lock:
        return _declared.get(name)


def all_declared() -> list[DeclaredComponent]:
    """Every component declared so far (the build command collects their folders)."""
    with _lock:
        return list(_declared.values())


def keep_inline(name: str, content: str, suffix: str) -> str:
    """Serve a v2 component's inline JS (or CSS) as a file of the component; returns its
    address. The page runs only scripts the engine serves (docs/security.md)."""
    data = content.encode("utf-8")
    relative = f"{_INLINE_FOLDER}/{hashlib.blake2b(data, digest_size=12).hexdigest()}{suffix}"
    with _lock:
        _inline[(name, relative)] = data
    return component_url(name, relative)


def inline_asset(name: str, relative: str) -> bytes | None:
    with _lock:
        return _inline.get((name, relative))


def component_file(name: str, relative: str) -> Path | None:
    """The file `relative` of component `name`'s folder, or None when the component is unknown,
    serves from a URL, or the path leaves its folder (`..`, absolute paths, symbolic links
    pointing outside) or is not a file."""
    component = declared(name)
    if component is None or component.path is None:
        return None
    return file_inside(component.path, relative or "index.html")


def file_inside(folder: str | os.PathLike[str], relative: str) -> Path | None:
    """The file at `relative` in `folder`, or None when it is not a file or the path leaves
    the folder (`..`, an absolute path, a symbolic link pointing outside)."""
    root = os.path.realpath(folder)
    wanted = os.path.realpath(os.path.join(root, relative))
    if os.path.commonpath([root, wanted]) != root or not os.path.isfile(wanted):
        return None
    return Path(wanted)


def component_url(name: str, relative: str = "index.html") -> str:
    """The address of a file of a declared component, as the page loads it."""
    return f"{COMPONENT_URL_PREFIX}{quote(name, safe='')}/{quote(relative)}"
