"""One AppSession per connected page: its state, its script runner and what it has sent.

Thread rules: the server's event loop calls handle_back_msg/attach/detach/shutdown; the
script thread only enqueues. The hop from the script thread to the event loop happens here
and nowhere else (`_schedule_flush`). Without an event loop (AppTest), messages are delivered
on the script thread as they are made.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Protocol

from dataapp.proto.back_pb2 import BackMsg
from dataapp.proto.element_pb2 import Element
from dataapp.proto.forward_pb2 import ForwardMsg, Notice
from dataapp.runtime.data_sources import DataSourceRegistry
from dataapp.runtime.forward_msg_queue import ForwardMsgQueue
from dataapp.runtime.fragments import FragmentStorage
from dataapp.runtime.native_files import NativeFiles
from dataapp.runtime.run_report import InspectorMemory, current_recorder
from dataapp.runtime.script_requests import RerunData
from dataapp.runtime.script_runner import RunResult, ScriptRunner
from dataapp.runtime.sent_tree import ELEMENT_KIND, SentTree
from dataapp.runtime.session_state import SessionState

if TYPE_CHECKING:
    from dataapp.runtime.runtime import Runtime


class SessionClient(Protocol):
    """Where a session's messages go: a WebSocket, or AppTest's recorder."""

    def deliver(self, messages: list[ForwardMsg]) -> None:
        """Called on the event loop (or the script thread when there is no loop)."""


RunListener = Callable[["AppSession", RunResult], None]


@dataclass(frozen=True)
class ClientInfo:
    """What the page's WebSocket handshake told about the browser, for st.context.

    Filled by the server from the handshake (headers and cookies, without the launch token)
    and the page's connection parameters; empty for AppTest.
    """

    headers: tuple[tuple[str, str], ...] = ()
    cookies: tuple[tuple[str, str], ...] = ()
    # scheme://host:port of the page, without a path.
    origin: str = ""
    ip_address: str = ""
    locale: str = ""
    timezone: str = ""
    # Minutes to add to local time to get UTC (JavaScript's getTimezoneOffset()).
    timezone_offset: int | None = None
    # "light" or "dark": the page's theme when it connected.
    theme: str = ""
    # False for what the page request told (docs/protocol.md, "Session life" 0.): the page
    # has not said its locale, time zone and theme yet.
    page_reported: bool = True


# How long a run started by the page request waits for the page to say its locale, time zone
# and theme (the page is loading; it connects in well under a second).
PAGE_INFO_WAIT_SECONDS = 10.0


class ClientInfoBox:
    """Thread-safe. The session's ClientInfo as its runs read it (RunContext.client_info).

    A first run started by the page request may ask for what only the page can say (locale,
    time zone, theme) before the page has connected: it then waits for the page (which is
    loading at that moment) rather than see nothing, as it would have if it had started with
    the page's WebSocket. The wait ends without an answer after PAGE_INFO_WAIT_SECONDS or when
    the session closes.
    """

    def __init__(self, info: ClientInfo) -> None:
        self._lock = threading.Lock()
        self._info = info
        self._settled = threading.Event()
        if info.page_reported:
            self._settled.set()

    def get(self, *, page_field: bool = False) -> ClientInfo:
        if page_field:
            self._settled.wait(PAGE_INFO_WAIT_SECONDS)
        with self._lock:
            return self._info

    def replace(self, info: ClientInfo) -> None:
        with self._lock:
            self._info = info
        if info.page_reported:
            self._settled.set()
        else:
            self._settled.clear()

    def stop_waiting(self) -> None:
        self._settled.set()


class SessionPhase(Enum):
    """Where a session is in its life; the runtime hands sessions out and drops them by it."""

    # The page request started the first run; the page's WebSocket has not claimed it yet.
    WAITING_FOR_PAGE = "waiting for page"
    # A page (or AppTest) receives what the session sends.
    CONNECTED = "connected"
    # The page went away; the session is kept a while for it to come back.
    DETACHED = "detached"
    # Shut down: no run starts any more. Final.
    CLOSED = "closed"


class BufferUntilPageConnects:
    """The client of a session whose first run started with the page request: it keeps the
    messages until the page's WebSocket claims the session (AppSession.claim)."""

    def __init__(self) -> None:
        self.messages: list[ForwardMsg] = []

    def deliver(self, messages: list[ForwardMsg]) -> None:
        self.messages.extend(messages)


class AppSession:
    def __init__(
        self,
        runtime: Runtime,
        client: SessionClient | None,
        event_loop: asyncio.AbstractEventLoop | None,
    ) -> None:
        self.id = uuid.uuid4().hex
        self.session_state = SessionState()
        self._runtime = runtime
        self._client = client
        self._loop = event_loop
        self._queue = ForwardMsgQueue()
        self._fragments = FragmentStorage()
        self._sent = SentTree()
        self._sent_lock = threading.Lock()
        self._runner_lock = threading.Lock()
        self._runner: ScriptRunner | None = None
        self._last_run_id = 0
        self._current_run_id = 0
        self._phase_lock = threading.Lock()
        self._phase = SessionPhase.CONNECTED
        # Monotonic time the phase began: the runtime drops a session left waiting for its
        # page, or detached, for too long.
        self._phase_since = time.monotonic()
        self.last_query_string = ""
        self.last_page_name = ""
        # Whether this session's runs are inspected (docs/inspector.md), and what the
        # inspector remembers between them.
        self.inspecting = runtime.config.inspect_runs
        self._inspector_memory = InspectorMemory()
        # Set by the server before the first run (and again on a reconnect or a claim).
        self._client_info = ClientInfoBox(ClientInfo())
        # The markdown element sent last and its path: a longer version of it that follows
        # at once is sent as the text it adds (Delta.append_text; st.write_stream).
        self._last_markdown: tuple[tuple[int, ...], Element] | None = None
        # Frames that st.dataframe/table/data_editor keep for window requests (docs/data.md).
        self.data_sources = DataSourceRegistry(self._enqueue)
        # Media hook: elements of this session's runs find the media store by the session's id,
        # and media (images, downloads, uploads) live while the page shows them.
        runtime.media.open_session(self.id, runtime.config.max_upload_size_mb)
        # File uploaders and download buttons with the OS dialogs (desktop window only).
        self._native_files: NativeFiles | None = None

    @property
    def client_info(self) -> ClientInfo:
        return self._client_info.get()

    @client_info.setter
    def client_info(self, info: ClientInfo) -> None:
        self._client_info.replace(info)

    @property
    def phase(self) -> SessionPhase:
        return self._phase

    @property
    def phase_since(self) -> float:
        """Monotonic time the session entered its phase."""
        return self._phase_since

    def _enter(self, phase: SessionPhase, now: float) -> None:
        with self._phase_lock:
            # CLOSED is final: a page that comes or goes late must not let runs start again.
            if self._phase is not SessionPhase.CLOSED:
                self._phase = phase
                self._phase_since = now

    # -- requests from the page ---------------------------------------------------------------

    def start(self, query_string: str = "", page_name: str = "") -> None:
        """Send the session's greeting and start its first run."""
        self.last_query_string = query_string
        self.last_page_name = page_name
        self._enqueue(self._runtime.new_session_msg(self.id))
        self.request_rerun(RerunData(query_string=query_string, page_name=page_name))

    def handle_back_msg(self, msg: BackMsg) -> None:
        kind = msg.WhichOneof("type")
        if kind == "rerun":
            rerun = msg.rerun
            self.last_query_string = rerun.query_string
            self.last_page_name = rerun.page_name
            self.request_rerun(
                RerunData(
                    widget_states=rerun.widget_states if rerun.HasField("widget_states") else None,
                    query_string=rerun.query_string,
                    page_name=rerun.page_name,
                    fragment_id=rerun.fragment_id,
                )
            )
        elif kind == "stop":
            self.request_stop()
        elif kind == "clear_cache":
            self._runtime.clear_caches()
        elif kind == "data_window_request":
            # Answered on the data thread pool, never on the event loop.
            self.data_sources.request_window(msg.data_window_request)
        elif kind == "native_file_request":
            native = self._native()
            if native is not None:
                native.open_files(msg.native_file_request)
        elif kind == "native_save_request":
            native = self._native()
            if native is not None:
                native.save(msg.native_save_request)
        elif kind == "inspect":
            # From the next run on; the page reruns to show the first report at once.
            self.inspecting = msg.inspect
        elif kind == "reset_saved_state":
            self._runtime.reset_saved_state()
            self.request_rerun(
                RerunData(
                    query_string=self.last_query_string,
                    page_name=self.last_page_name,
                    reset_state=True,
                )
            )

    def _native(self) -> NativeFiles | None:
        if self._native_files is None:
            dialogs = self._runtime.host_services.dialogs
            if dialogs is None:
                self.send_notice("Native file dialogs need the desktop window.", warning=True)
                return None
            self._native_files = NativeFiles(
                self.id,
                dialogs,
                self._runtime.media,
                self._enqueue,
                lambda text, warning: self.send_notice(text, warning=warning),
            )
        return self._native_files

    def request_rerun(self, data: RerunData) -> None:
        with self._runner_lock:
            if self._phase is SessionPhase.CLOSED:
                return
            if self._runner is not None and self._runner.request_rerun(data):
                return
            previous = self._runner.thread if self._runner is not None else None
            first_run_id = self._runner.last_run_id if self._runner is not None else 0
            self._runner = ScriptRunner(
                session_id=self.id,
                script_path=self._runtime.script_path,
                app_identity=self._runtime.app_identity,
                session_state=self.session_state,
                enqueue=self._enqueue,
                load_code=self._runtime.load_code,
                fragments=self._fragments,
                pages=self._runtime.pages,
                on_run_finished=self._on_run_finished,
                first_run_id=first_run_id,
                host=self._runtime.host_services,
                client_info=self._client_info,
                data_sources=self.data_sources,
                previous_thread=previous,
                config=self._runtime.config,
                inspected=lambda: self.inspecting,
                inspector_memory=self._inspector_memory,
            )
            self._runner.start(data)

    def request_stop(self) -> None:
        with self._runner_lock:
            if self._runner is not None:
                self._runner.request_stop()

    def send_notice(self, text: str, *, warning: bool = False) -> None:
        """Show a notice to the person using the app (thread-safe)."""
        msg = ForwardMsg()
        msg.notice.text = text
        msg.notice.level = Notice.WARNING if warning else Notice.INFO
        self._enqueue(msg)

    # -- connection -----------------------------------------------------------------------------

    def attach(self, client: SessionClient, event_loop: asyncio.AbstractEventLoop | None) -> None:
        """The page came back (a reconnect): everything will be sent in full again. Which page
        may have the session is the runtime's decision (Runtime.reconnect_session)."""
        self._queue.clear()
        with self._sent_lock:
            self._sent.clear()
            self._last_markdown = None
        self._client = client
        self._loop = event_loop
        self._enter(SessionPhase.CONNECTED, time.monotonic())
        self._enqueue(self._runtime.new_session_msg(self.id))

    def wait_for_page(self, now: float) -> None:
        """Run before the page connects (the page request started the session): keep every
        message for the page's WebSocket. Call before `start`."""
        self._client = BufferUntilPageConnects()
        self._enter(SessionPhase.WAITING_FOR_PAGE, now)

    def claim(self, client: SessionClient, client_info: ClientInfo) -> None:
        """The page this session started for connected: hand it everything sent so far.

        Called on the event loop, as every flush is, so nothing sent can slip between the
        kept messages and the ones that follow. A run waiting for the page's locale, time
        zone or theme goes on with what the page said.
        """
        kept = self._client
        self._client = client
        self._enter(SessionPhase.CONNECTED, time.monotonic())
        self._client_info.replace(client_info)
        if isinstance(kept, BufferUntilPageConnects) and kept.messages:
            client.deliver(kept.messages)

    def detach(self, now: float, client: SessionClient | None = None) -> None:
        """The page went away. With `client`: only if that page still holds the session (a
        socket that closes late must not detach the page that reclaimed it since)."""
        if client is not None and client is not self._client:
            return
        self._client = None
        self._enter(SessionPhase.DETACHED, now)

    def shutdown(self, timeout: float = 2.0) -> None:
        """Stop the script and wait for its thread (at most `timeout` seconds)."""
        with self._runner_lock:
            self._enter(SessionPhase.CLOSED, time.monotonic())
            runner = self._runner
            if runner is not None:
                runner.request_stop()
        # A run waiting for a page that never came must not hold the shutdown up.
        self._client_info.stop_waiting()
        if runner is not None and runner.thread is not None:
            runner.thread.join(timeout)
        self.data_sources.close()
        if self._native_files is not None:
            self._native_files.close()
        # Media hook: the session's media and uploads go with it.
        self._runtime.media.close_session(self.id)

    @property
    def is_running(self) -> bool:
        runner = self._runner
        return runner is not None and runner.thread is not None and runner.thread.is_alive()

    def join(self, timeout: float) -> bool:
        """Wait until no script thread runs (AppTest); False when `timeout` passed first."""
        deadline = time.monotonic() + timeout
        while True:
            with self._runner_lock:
                runner = self._runner
            thread = runner.thread if runner is not None else None
            if thread is None:
                return True
            thread.join(max(0.0, deadline - time.monotonic()))
            if thread.is_alive():
                return False
            with self._runner_lock:
                if self._runner is runner:
                    return True

    # -- messages out ---------------------------------------------------------------------------

    def _enqueue(self, msg: ForwardMsg) -> None:
        kind = msg.WhichOneof("type")
        if kind == "session_status" and msg.session_status.running:
            self._current_run_id = msg.session_status.run_id
        elif kind == "delta":
            # Media hook: the slot now shows the media this delta names (before the marker).
            self._runtime.media.on_delta(self.id, msg.delta, self._current_run_id)
            msg = self._reduce_unchanged(msg)
            recorder = current_recorder()
            if recorder is not None:
                recorder.sent(msg.ByteSize())
        elif kind == "script_finished" and msg.script_finished.clear_stale:
            scope = tuple(msg.script_finished.stale_scope) or None
            with self._sent_lock:
                self._sent.prune_unreached(self._current_run_id, scope)
            # Frames of data elements the page is about to remove are let go with them.
            self.data_sources.prune_unreached(self._current_run_id, scope)
            # Media hook: media of the slots the page removes, or never shown, may go.
            self._runtime.media.on_run_finished(self.id, self._current_run_id, scope)
        if self._loop is None:
            if self._client is not None:
                self._client.deliver([msg])
            return
        if self._queue.enqueue(msg):
            self._schedule_flush()

    def _reduce_unchanged(self, msg: ForwardMsg) -> ForwardMsg:
        """Replace an element the page already shows by a marker (DESIGN: send only what changed)."""
        delta = msg.delta
        kind = delta.WhichOneof("type")
        if kind == "new_element":
            payload = delta.new_element.SerializeToString(deterministic=True)
            slot_kind = ELEMENT_KIND
        elif kind == "add_block":
            payload = delta.add_block.SerializeToString(deterministic=True)
            slot_kind = delta.add_block.WhichOneof("type") or "vertical"
        else:
            if kind == "add_rows":
                # The page's element now differs from the one sent: the next run resends it.
                with self._sent_lock:
                    self._sent.mark_changed(tuple(delta.path))
            return msg
        digest = hashlib.blake2b(payload, digest_size=12).digest()
        path = tuple(delta.path)
        with self._sent_lock:
            unchanged = self._sent.offer(path, slot_kind, digest, self._current_run_id)
            appended = None if unchanged else self._appended_text(path, delta.new_element)
            is_markdown = kind == "new_element" and delta.new_element.HasField("markdown")
            self._last_markdown = (path, delta.new_element) if is_markdown else None
        if appended is not None:
            append = ForwardMsg()
            append.delta.path.extend(delta.path)
            append.delta.append_text = appended
            append.delta.fragment_id = delta.fragment_id
            return append
        if not unchanged:
            return msg
        marker = ForwardMsg()
        marker.delta.path.extend(delta.path)
        marker.delta.unchanged = 1
        marker.delta.fragment_id = delta.fragment_id
        return marker

    def _appended_text(self, path: tuple[int, ...], new: Element) -> str | None:
        """The text a markdown element adds to the one sent just before at the same path.

        None unless the previous delta was that element, the new one differs only by a longer
        body, and the old body is its beginning. The SentTree already holds the new digest, so
        the next run showing the full text again costs an "unchanged" marker.
        """
        last = self._last_markdown
        if last is None or last[0] != path or not new.HasField("markdown"):
            return None
        before, after = last[1].markdown, new.markdown
        if len(after.body) <= len(before.body) or not after.body.startswith(before.body):
            return None
        if (after.kind, after.allow_html, after.help) != (
            before.kind,
            before.allow_html,
            before.help,
        ):
            return None
        return str(after.body[len(before.body) :])

    def _schedule_flush(self) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        # The loop may close between the check and the call (shutdown).
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(self._flush)

    def _flush(self) -> None:
        messages = self._queue.flush()
        if messages and self._client is not None:
            self._client.deliver(messages)

    def _on_run_finished(self, result: RunResult) -> None:
        self._last_run_id = result.run_id
        self._runtime.on_run_finished(self, result)
