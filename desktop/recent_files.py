"""The app's recent files (File ▸ Open Recent, `st.desktop.recent_files()`), and the file a
user opens from that menu, handed to the run it triggers (`st.desktop.opened_file()`).

`RecentFiles` keeps up to `MAX_RECENT` paths, newest first, in
`<user data dir>/recent/<app key>.json`; `st.desktop.open_file(s)` and the menu feed it.
`OpenedFiles` holds, per session, the file chosen from the menu until the run that reads it
ends. Both are thread-safe: script threads, the GUI thread and worker threads use them.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("dataapp_desktop")

MAX_RECENT = 10


class RecentFiles:
    def __init__(self, folder: Path, key: str) -> None:
        self.path = folder / "recent" / f"{key}.json"
        self._lock = threading.Lock()

    def files(self) -> list[str]:
        """Newest first; files deleted since are left out (and kept, should they come back)."""
        with self._lock:
            return [p for p in self._load() if os.path.exists(p)]

    def add(self, paths: Iterable[str]) -> None:
        """Put `paths` first (the first of them first)."""
        added = [os.path.abspath(p) for p in paths]
        with self._lock:
            kept = [p for p in self._load() if p not in added]
            self._save((added + kept)[:MAX_RECENT])

    def clear(self) -> None:
        with self._lock:
            self._save([])

    def _load(self) -> list[str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as error:
            log.warning("Ignoring the recent files in %s: %s", self.path, error)
            return []
        files = data.get("files") if isinstance(data, dict) else None
        return [p for p in files if isinstance(p, str)] if isinstance(files, list) else []

    def _save(self, files: list[str]) -> None:
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            temporary = self.path.with_suffix(".tmp")
            temporary.write_text(json.dumps({"files": files}, indent=1), encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError as error:
            log.warning("Could not save the recent files in %s: %s", self.path, error)


@dataclass
class _Offer:
    path: str
    run_id: int | None = None  # the run that read it first; it keeps it until it ends


class OpenedFiles:
    """A file chosen from File ▸ Open Recent, per session, for the run it triggers."""

    def __init__(self) -> None:
        self._offers: dict[str, _Offer] = {}
        self._lock = threading.Lock()

    def offer(self, session_ids: Iterable[str], path: str) -> None:
        with self._lock:
            for session_id in session_ids:
                self._offers[session_id] = _Offer(path)

    def take(self, session_id: str, run_id: int) -> str | None:
        """The file for this run: the first run to ask gets it, for as long as it runs."""
        with self._lock:
            offer = self._offers.get(session_id)
            if offer is None:
                return None
            if offer.run_id is None:
                offer.run_id = run_id
            return offer.path if offer.run_id == run_id else None

    def run_finished(self, session_id: str, run_id: int) -> None:
        with self._lock:
            offer = self._offers.get(session_id)
            if offer is not None and offer.run_id == run_id:
                del self._offers[session_id]
