"""A stable origin and a persistent web profile per app, so that the page's storage lasts.

Browsers keep cookies, localStorage and IndexedDB per origin (`http://127.0.0.1:<port>`), so
the window's storage only survives a restart when the app is served on the same port again
and the web engine keeps its profile on disk. The port is derived from the app's key (hence
from its identity, as its other per-user files): the first of `PREFERRED_PORTS_PER_APP`
candidates in 20000–29999 that is free, else any free port (that launch then sees an empty
storage; the next launch on a preferred port sees the old one again). The profile lives in
`<user data dir>/web/<app key>/`. Pure functions; any thread.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from dataapp_desktop import paths

# Below Linux's ephemeral range (32768–60999) and Windows' (49152–65535), where outgoing
# connections would take ports at random; above most well-known and registered servers.
FIRST_PORT = 20000
PORT_SPAN = 10000
PREFERRED_PORTS_PER_APP = 3
# A prime step: the candidates of one app are spread over the range.
_STEP = 3517


def preferred_ports(key: str) -> tuple[int, ...]:
    """The ports the app's window tries first, in order (`key`: `paths.app_key`'s hex)."""
    start = int(key, 16) % PORT_SPAN
    return tuple(
        FIRST_PORT + (start + i * _STEP) % PORT_SPAN for i in range(PREFERRED_PORTS_PER_APP)
    )


def profile_dir(key: str) -> Path:
    """Where the window keeps the app's cookies, localStorage, IndexedDB and cache."""
    return paths.data_dir() / "web" / key


def forget_web_profile(key: str) -> Path | None:
    """Delete the app's web profile (`--reset-state`); the folder deleted, if there was one."""
    folder = profile_dir(key)
    if not folder.exists():
        return None
    shutil.rmtree(folder)
    return folder


def reset_state(identity: str) -> list[str]:
    """`--reset-state`: forget the app's saved session state and its web profile; one line
    per thing done, for the terminal."""
    from dataapp.runtime.persistence import forget_saved_state

    emptied = forget_saved_state(identity)
    said = [f"forgot the saved state in {emptied}" if emptied else "no saved state to forget"]
    web = forget_web_profile(paths.app_key(identity))
    if web is not None:
        said.append(f"forgot the window's cookies and web storage in {web}")
    return said
