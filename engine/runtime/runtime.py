"""The Runtime: one per process. The app's script, its configuration, caches and sessions.

Thread rules: sessions are created and closed on the server's event loop (or by AppTest);
`load_code` and `on_run_finished` are called from script threads and are thread-safe.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import CodeType

from dataapp.proto.forward_pb2 import ForwardMsg
from dataapp.runtime.app_session import (
    AppSession,
    ClientInfo,
    RunListener,
    SessionClient,
    SessionPhase,
)
from dataapp.runtime.config import AppConfig
from dataapp.runtime.host_services import HostServices
from dataapp.runtime.magic import compile_script
from dataapp.runtime.media_store import MediaStore
from dataapp.runtime.multipage import PagesService
from dataapp.runtime.persistence import PersistenceManager, PersistenceSettings, open_persistence
from dataapp.runtime.script_requests import RerunData
from dataapp.runtime.script_runner import RunResult
from dataapp.runtime.streamlit_alias import install_streamlit_alias
from dataapp.version import __version__

# How long a disconnected page's session is kept for it to reconnect.
DETACHED_SESSION_TTL_SECONDS = 120.0
# How long a session started by a page request waits for that page's WebSocket.
UNCLAIMED_SESSION_TTL_SECONDS = 30.0
# How long a session may stay in a phase that waits for a page before it is dropped.
_PHASE_TTL_SECONDS = {
    SessionPhase.DETACHED: DETACHED_SESSION_TTL_SECONDS,
    SessionPhase.WAITING_FOR_PAGE: UNCLAIMED_SESSION_TTL_SECONDS,
}


@dataclass(frozen=True)
class _CompiledScript:
    mtime_ns: int
    size: int
    code: CodeType


@dataclass
class Runtime:
    script_path: str
    config: AppConfig = field(default_factory=AppConfig)
    is_desktop: bool = False
    _sessions: dict[str, AppSession] = field(default_factory=dict)
    _compiled: dict[str, _CompiledScript] = field(default_factory=dict)
    _compile_lock: threading.Lock = field(default_factory=threading.Lock)
    _run_listeners: list[RunListener] = field(default_factory=list)
    # Serialises handing a session to a page and taking it back (reconnect_session).
    _handover_lock: threading.Lock = field(default_factory=threading.Lock)
    media: MediaStore = field(default_factory=MediaStore)
    persistence: PersistenceManager | None = None
    # Services the host offers to scripts (native dialogs in a desktop window).
    host_services: HostServices = field(default_factory=HostServices)

    def __post_init__(self) -> None:
        self.script_path = str(Path(self.script_path).resolve())
        self.pages = PagesService(Path(self.script_path))
        script_dir = str(Path(self.script_path).parent)
        # The app imports its neighbour modules as `python app.py` would let it.
        import sys

        if script_dir not in sys.path:
            sys.path.insert(0, script_dir)
        install_streamlit_alias()
        # Scripts run on worker threads and show figures with st.pyplot: matplotlib must never
        # try to open its own GUI window (Qt in the desktop process would even crash).
        os.environ.setdefault("MPLBACKEND", "Agg")
        enabled = self.config.persistence.enabled
        if self.persistence is None and (self.is_desktop if enabled is None else enabled):
            self.persistence = open_persistence(self.app_identity, self.persistence_settings())
        if self.persistence is not None:
            self.add_run_listener(self.persistence.on_run_finished)

    @property
    def app_identity(self) -> str:
        """Whose saved state this is: the configured app id, else the script's path."""
        return self.config.app_id or self.script_path

    def persistence_settings(self) -> PersistenceSettings:
        limits = self.config.persistence
        return PersistenceSettings(tuple(limits.exclude), int(limits.max_value_mb * 1024 * 1024))

    def reset_saved_state(self) -> None:
        """Forget what was kept between launches (the --reset-state flag, the page's menu)."""
        if self.persistence is not None:
            self.persistence.reset()

    @property
    def app_name(self) -> str:
        return self.config.app_name or Path(self.script_path).stem.replace("_", " ").title()

    # -- sessions ---------------------------------------------------------------------------

    def create_session(
        self,
        client: SessionClient | None,
        event_loop: asyncio.AbstractEventLoop | None,
        query_string: str = "",
        page_name: str = "",
        before_first_run: Callable[[AppSession], None] | None = None,
        start_soon: bool = False,
    ) -> AppSession:
        """A new session, its first run started (`start_soon`: on the event loop's next turn)."""
        self.drop_expired_sessions()
        session = AppSession(self, client, event_loop)
        self._sessions[session.id] = session
        if self.persistence is not None:
            saved_query = self.persistence.restore_into(session)
            query_string = query_string or saved_query
        if before_first_run is not None:
            # e.g. AppTest seeding session_state: nothing runs until this returns.
            before_first_run(session)
        if start_soon and event_loop is not None:
            event_loop.call_soon(session.start, query_string, page_name)
        else:
            session.start(query_string, page_name)
        return session

    def start_session_for_page(
        self,
        event_loop: asyncio.AbstractEventLoop,
        query_string: str,
        page_name: str,
        client_info: ClientInfo,
    ) -> AppSession:
        """Start a session's first run while its page loads; the page's WebSocket claims it.

        The run overlaps the page's loading instead of following it (docs/protocol.md).
        """

        def before_first_run(session: AppSession) -> None:
            session.client_info = client_info
            session.wait_for_page(time.monotonic())

        # The run starts once the page's response is on its way (the handler returns first):
        # the browser needs the HTML before anything else, and a starting script competes
        # with the server for the GIL.
        return self.create_session(
            None, event_loop, query_string, page_name, before_first_run, start_soon=True
        )

    def rerun_all_sessions(self) -> None:
        """Re-run every connected session with its current state (the script changed on disk).

        Thread-safe: may be called from a file watcher's thread.
        """
        for session in list(self._sessions.values()):
            if session.phase is not SessionPhase.DETACHED:
                session.request_rerun(
                    RerunData(
                        query_string=session.last_query_string, page_name=session.last_page_name
                    )
                )

    def get_session(self, session_id: str) -> AppSession | None:
        return self._sessions.get(session_id)

    def reconnect_session(
        self,
        session_id: str,
        client: SessionClient,
        event_loop: asyncio.AbstractEventLoop,
        client_info: ClientInfo,
    ) -> AppSession | None:
        """Give the session `session_id` to the page that presents it, if it is free: the
        session its page request started (claimed once), or one whose page went away (a
        reconnect). None when the page must get a new session: the id is unknown or expired,
        or the session is connected to a page, which is never taken over (docs/security.md).

        Check and hand-over happen under one lock, so of two sockets presenting the same free
        id at once only the first gets it.
        """
        self.drop_expired_sessions()
        with self._handover_lock:
            session = self._sessions.get(session_id)
            if session is None:
                return None
            if session.phase is SessionPhase.WAITING_FOR_PAGE:
                session.claim(client, client_info)
                return session
            if session.phase is SessionPhase.DETACHED:
                session.client_info = client_info
                session.attach(client, event_loop)
                return session
            return None

    def close_session(self, session_id: str) -> None:
        session = self._sessions.pop(session_id, None)
        if session is not None:
            session.shutdown()

    def disconnect_session(self, session_id: str, client: SessionClient) -> None:
        """The page `client` went away; keep its session a while in case it comes back.

        A client that no longer holds the session (another page reclaimed it since) changes
        nothing.
        """
        with self._handover_lock:
            session = self._sessions.get(session_id)
            if session is not None:
                session.detach(time.monotonic(), client)

    def drop_expired_sessions(self) -> None:
        now = time.monotonic()
        for session in list(self._sessions.values()):
            ttl = _PHASE_TTL_SECONDS.get(session.phase)
            if ttl is not None and now - session.phase_since > ttl:
                self.close_session(session.id)

    @property
    def sessions(self) -> list[AppSession]:
        return list(self._sessions.values())

    def stop(self, timeout: float = 2.0) -> None:
        """Stop every script; each gets its share of `timeout` to end."""
        sessions = list(self._sessions.values())
        self._sessions.clear()
        for session in sessions:
            session.request_stop()
        deadline = time.monotonic() + timeout
        for session in sessions:
            session.shutdown(max(0.0, deadline - time.monotonic()))
        if self.persistence is not None:
            # Last: the scripts have ended, so this snapshot is the final word.
            self.persistence.close()
            self.persistence = None

    # -- script -----------------------------------------------------------------------------

    def load_code(self, script_path: str | None = None) -> CodeType:
        """A page's compiled code (the main script by default), recompiled when its file changed."""
        path = script_path or self.script_path
        stat = os.stat(path)
        with self._compile_lock:
            cached = self._compiled.get(path)
            if cached is not None and (cached.mtime_ns, cached.size) == (
                stat.st_mtime_ns,
                stat.st_size,
            ):
                return cached.code
            source = Path(path).read_text(encoding="utf-8")
            code = compile_script(source, path, magic=self.config.magic_enabled)
            self._compiled[path] = _CompiledScript(stat.st_mtime_ns, stat.st_size, code)
            return code

    def new_session_msg(self, session_id: str) -> ForwardMsg:
        msg = ForwardMsg()
        new = msg.new_session
        new.session_id = session_id
        new.app_name = self.app_name
        new.version = __version__
        new.is_desktop = self.is_desktop
        new.native_file_dialogs = self.is_desktop and self.host_services.dialogs is not None
        new.inspect_runs = self.config.inspect_runs
        theme = self.config.theme
        new.theme.base = theme.base
        new.theme.primary_color = theme.primary_color
        new.theme.background_color = theme.background_color
        new.theme.secondary_background_color = theme.secondary_background_color
        new.theme.text_color = theme.text_color
        new.theme.font = theme.font
        new.theme.code_font = theme.code_font
        return msg

    # -- hooks ------------------------------------------------------------------------------

    def add_run_listener(self, listener: RunListener) -> None:
        self._run_listeners.append(listener)

    def on_run_finished(self, session: AppSession, result: RunResult) -> None:
        for listener in list(self._run_listeners):
            listener(session, result)

    def clear_caches(self) -> None:
        for clear in _cache_clearers:
            clear()


_cache_clearers: list[Callable[[], None]] = []


def register_cache_clearer(clear: Callable[[], None]) -> None:
    """Caches register here so that the page's "Clear cache" reaches them."""
    _cache_clearers.append(clear)
