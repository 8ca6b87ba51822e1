"""Runs a session's script on its own thread, one run after another, until nothing is asked.

Thread rules: the session calls request_rerun/request_stop from any thread; everything else
happens on the runner's thread. Messages leave only through the `enqueue` callback. No fault
of the script ends the thread: every run ends with ScriptFinished, the thread with an idle
SessionStatus (docs/flow.md, "How a run ends, and how it is stopped").
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import traceback
import types
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path as FilePath
from types import CodeType
from typing import TYPE_CHECKING, Any

import dataapp
from dataapp.proto.element_pb2 import Element
from dataapp.proto.forward_pb2 import ForwardMsg, Notice, PageConfig, ScriptFinished
from dataapp.runtime.config import AppConfig
from dataapp.runtime.context import RunContext, get_run_context, reset_run_context, set_run_context
from dataapp.runtime.fragments import FragmentInfo, FragmentStorage
from dataapp.runtime.magic import MAGIC_FUNCTION_NAME
from dataapp.runtime.output_port import output_port
from dataapp.runtime.run_report import InspectorMemory, RunRecorder
from dataapp.runtime.script_requests import (
    RerunData,
    RerunInterrupt,
    ScriptRequests,
    StopInterrupt,
)
from dataapp.runtime.script_watchdog import WATCHDOG, ScriptGuard, ScriptInterrupted
from dataapp.runtime.session_state import SessionState

if TYPE_CHECKING:
    from dataapp.runtime.app_session import ClientInfoBox
    from dataapp.runtime.data_sources import DataSourceRegistry
    from dataapp.runtime.host_services import HostServices
    from dataapp.runtime.multipage import PagesService

_ENGINE_DIR = str(FilePath(dataapp.__file__).resolve().parent)

log = logging.getLogger("dataapp.runtime")


@dataclass(frozen=True)
class RunResult:
    """How a run ended, for the session's listeners (persistence, the desktop host)."""

    run_id: int
    status: ScriptFinished.Status
    fragment_id: str
    # What the run's st.set_page_config calls set (the desktop window's menu shows its
    # menu_items); empty when the run made none.
    page_config: PageConfig | None = None


class ScriptRunner:
    def __init__(
        self,
        *,
        session_id: str,
        script_path: str,
        app_identity: str,
        session_state: SessionState,
        enqueue: Callable[[ForwardMsg], None],
        load_code: Callable[[str], CodeType],
        fragments: FragmentStorage,
        pages: PagesService,
        on_run_finished: Callable[[RunResult], None],
        first_run_id: int,
        host: HostServices,
        client_info: ClientInfoBox,
        data_sources: DataSourceRegistry,
        previous_thread: threading.Thread | None = None,
        config: AppConfig | None = None,
        inspected: Callable[[], bool] = lambda: False,
        inspector_memory: InspectorMemory | None = None,
    ) -> None:
        self._session_id = session_id
        self._script_path = script_path
        self._app_identity = app_identity
        self._session_state = session_state
        self._enqueue = enqueue
        self._load_code = load_code
        self._fragments = fragments
        self._pages = pages
        self._on_run_finished = on_run_finished
        self._run_id = first_run_id
        self._host = host
        self._config = config if config is not None else AppConfig()
        self._client_info = client_info
        self._previous_thread = previous_thread
        # Whether the session's runs are inspected now (docs/inspector.md), and the statements
        # the last inspected run sent the database (a query repeated each run is flagged).
        self._inspected = inspected
        self._inspector_memory = inspector_memory or InspectorMemory()
        self._data_sources = data_sources
        self._requests = ScriptRequests()
        # When the script may be interrupted wherever it is (script_watchdog.py).
        self._guard = ScriptGuard(self._requests.waiting_since)
        self._thread: threading.Thread | None = None
        # Whether the current run's body returned normally (not st.stop, not an exception).
        self._ran_to_end = False

    @property
    def thread(self) -> threading.Thread | None:
        return self._thread

    @property
    def last_run_id(self) -> int:
        return self._run_id

    def start(self, data: RerunData) -> None:
        self._thread = threading.Thread(
            target=self._loop,
            args=(data,),
            name=f"ScriptRunner-{self._session_id[:8]}",
            daemon=True,
        )
        self._thread.start()

    def request_rerun(self, data: RerunData) -> bool:
        """False when this runner has finished for good; the session starts a new one."""
        if not self._requests.request_rerun(data):
            return False
        WATCHDOG.watch(self._guard)
        return True

    def request_stop(self) -> None:
        self._requests.request_stop()
        WATCHDOG.watch(self._guard)

    def _loop(self, data: RerunData) -> None:
        try:
            if self._previous_thread is not None:
                # Messages of two runners must never interleave.
                self._previous_thread.join()
            next_data: RerunData | None = data
            while next_data is not None:
                self._run_id += 1
                interrupted_by: RerunData | None = None
                try:
                    interrupted_by = self._run_once(next_data)
                except BaseException:
                    # Only the engine's own bookkeeping can get here (the run's faults end
                    # in _execute); the session must keep answering all the same.
                    log.exception("Run %d of session %s failed", self._run_id, self._session_id)
                next_data = interrupted_by or self._requests.on_scriptrunner_ready()
        finally:
            status = ForwardMsg()
            status.session_status.running = False
            status.session_status.run_id = self._run_id
            self._enqueue(status)

    def _run_once(self, data: RerunData) -> RerunData | None:
        """One run; returns the data of the rerun that interrupted it, if one did."""
        fragment = self._fragments.get(data.fragment_id) if data.fragment_id else None
        fragment_id = fragment.id if fragment is not None else ""
        ctx = RunContext(
            session_id=self._session_id,
            run_id=self._run_id,
            session_state=self._session_state,
            enqueue=self._enqueue_from_script,
            requests=self._requests,
            script_path=self._script_path,
            app_identity=self._app_identity,
            query_string=data.query_string,
            page_name=data.page_name,
            fragment_id=fragment_id,
            fragments=self._fragments,
            pages=self._pages,
            data_sources=self._data_sources,
            client_info=self._client_info,
            host=self._host,
            config=self._config,
        )
        if self._inspected():
            ctx.recorder = RunRecorder(self._run_id, page=data.page_name)
        token = set_run_context(ctx)
        started = ForwardMsg()
        started.session_status.running = True
        started.session_status.run_id = self._run_id
        started.session_status.fragment_id = fragment_id
        self._enqueue(started)
        status: ScriptFinished.Status = ScriptFinished.COMPLETE
        rerun_with: RerunData | None = None
        self._ran_to_end = False
        try:
            if fragment is not None:
                status = self._execute_fragment(fragment, data)
            else:
                status = self._execute_page(ctx, data)
        except RerunInterrupt as rerun:
            status = ScriptFinished.INTERRUPTED
            rerun_with = rerun.data
        finally:
            # Only a body that ran to its end may forget widgets it did not create: after
            # st.stop() or an exception, the widgets below were simply not reached.
            self._session_state.on_script_finished(
                complete=self._ran_to_end, fragment_id=fragment_id
            )
            finished = ForwardMsg()
            finished.script_finished.status = status
            finished.script_finished.run_id = self._run_id
            finished.script_finished.clear_stale = status in (
                ScriptFinished.COMPLETE,
                ScriptFinished.COMPILE_ERROR,
            )
            finished.script_finished.fragment_id = fragment_id
            if fragment is not None:
                finished.script_finished.stale_scope.extend(fragment.block_path)
            if ctx.recorder is not None:
                memory = self._inspector_memory
                made = ctx.recorder.report(memory.uncached)
                memory.uncached = frozenset(q.origin for q in made.uncached_queries)
                report = ForwardMsg()
                report.run_report.CopyFrom(made.to_proto())
                self._enqueue(report)
            self._enqueue(finished)
            reset_run_context(token)
            self._on_run_finished(RunResult(self._run_id, status, fragment_id, ctx.page_config))
        return rerun_with

    def _execute_page(self, ctx: RunContext, data: RerunData) -> ScriptFinished.Status:
        """A full run: the page the request names (or the main script), from the top."""
        self._fragments.forget_all()
        choice = self._pages.page_for(data.page_name)
        page = choice.page
        navigation = self._pages.navigation_msg(page)
        if navigation is not None:
            self._enqueue(navigation)
        if choice.missing:
            self._enqueue(_notice(f"There is no page {data.page_name!r}; showing the main page."))
        ctx.active_script = page.url_path
        try:
            code = self._load_code(page.script_path)
        except SyntaxError as error:
            _show_exception(error, compile_error=True)
            return ScriptFinished.COMPILE_ERROR
        return self._execute(
            lambda: exec(code, self._fresh_main_module(page.script_path).__dict__), data
        )

    def _execute_fragment(self, fragment: FragmentInfo, data: RerunData) -> ScriptFinished.Status:
        """A fragment rerun: only the fragment's function, into its own block."""
        self._fragments.forget_inside(fragment.id)
        ctx = get_run_context()
        assert ctx is not None
        ctx.active_script = fragment.active_script
        ctx.fragment_path = (*fragment.parents, fragment.id)
        container = output_port().container(fragment.block_path, fragment.form_id)

        def run_fragment() -> None:
            with container:
                fragment.body(*fragment.args, **fragment.kwargs)

        return self._execute(run_fragment, data)

    def _execute(self, body: Callable[[], object], data: RerunData) -> ScriptFinished.Status:
        """Widget states, callbacks, then the body. RerunInterrupt passes through to the caller.

        Every way the app's code can end is handled here, as Streamlit 1.67 ends it: an
        exception is shown; SystemExit (sys.exit(), exit(), quit()) ends the run quietly like
        st.stop(); KeyboardInterrupt and other BaseExceptions end it quietly too, with the
        traceback in the log. Unlike Streamlit, the run still finishes and the session idles.
        """
        try:
            if data.reset_state:
                self._session_state.reset()
            changed = self._session_state.on_script_will_rerun(data.widget_states)

            def user_code() -> None:
                for meta in changed:
                    if meta.callback is not None:
                        meta.callback(*meta.callback_args, **meta.callback_kwargs)
                body()

            self._guard.run_user_code(user_code)
            self._ran_to_end = True
        except StopInterrupt as stop:
            return ScriptFinished.STOPPED if stop.by_user else ScriptFinished.COMPLETE
        except RerunInterrupt:
            raise
        except ScriptInterrupted:
            # Delivered as the user code ended, the guard may not have been left yet.
            self._guard.leave_user_code()
            return self._serve_forced_interrupt()
        except SystemExit as exit_:
            log.info("The script called sys.exit(%s); the run ends there.", exit_.code or "")
        except Exception as error:
            _show_exception_safely(error)
        except BaseException as error:
            log.warning("The run ended with %s", type(error).__name__, exc_info=error)
        return ScriptFinished.COMPLETE

    def _serve_forced_interrupt(self) -> ScriptFinished.Status:
        """The watchdog interrupted a script that kept a request waiting: serve that request."""
        with contextlib.suppress(StopInterrupt):
            self._requests.on_scriptrunner_yield()
        return ScriptFinished.STOPPED

    def _enqueue_from_script(self, msg: ForwardMsg) -> None:
        """What st.* calls enqueue through: the watchdog never cuts a message half sent."""
        with self._guard.shield():
            self._enqueue(msg)

    def _fresh_main_module(self, script_path: str) -> types.ModuleType:
        module = types.ModuleType("__main__")
        module.__file__ = script_path
        module.__dict__[MAGIC_FUNCTION_NAME] = magic_write
        # Pickling of classes defined in the app looks them up in __main__, as in Streamlit.
        sys.modules["__main__"] = module
        return module


def _notice(text: str) -> ForwardMsg:
    msg = ForwardMsg()
    msg.notice.text = text
    msg.notice.level = Notice.WARNING
    return msg


def magic_write(*values: Any) -> Any:
    output_port().write(values)
    return values[0] if len(values) == 1 else values


def _show_exception_safely(error: Exception) -> None:
    """Show the app's exception; one that cannot even be shown is logged instead."""
    try:
        _show_exception(error)
    except Exception:
        log.exception("Could not show the script's %s; it is logged here", type(error).__name__)
        log.error("The script raised", exc_info=error)


def _show_exception(error: BaseException, compile_error: bool = False) -> None:
    """Render an uncaught error in the app; never interrupted, the run is ending anyway."""
    element = Element()
    element.exception.CopyFrom(exception_proto(error))
    if compile_error:
        element.exception.message = f"The script could not be compiled: {element.exception.message}"
    output_port().main._enqueue_element(element, check_interrupt=False)


def exception_proto(error: BaseException) -> Any:
    """The Exception element for `error`, with the engine's own frames left out."""
    from dataapp.proto.status_pb2 import Exception as ExceptionProto

    proto = ExceptionProto()
    proto.type = type(error).__name__
    # A KeyError's str() wraps its message in quotes; show the message itself.
    single_text = (
        isinstance(error, KeyError) and len(error.args) == 1 and isinstance(error.args[0], str)
    )
    proto.message = error.args[0] if single_text else str(error)
    frames = [
        frame
        for frame in traceback.extract_tb(error.__traceback__)
        if not frame.filename.startswith(_ENGINE_DIR)
    ]
    lines = traceback.format_list(frames)
    if isinstance(error, SyntaxError) and error.text:
        lines += traceback.format_exception_only(type(error), error)
    proto.stack_trace.extend(line.rstrip("\n") for line in lines)
    return proto
