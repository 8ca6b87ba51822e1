"""The run context: what the `st.*` call being made right now belongs to.

A context variable (not a global) holds it, so that each ScriptRunner thread sees its own
session. A thread the app starts has none, unless the app attaches the run's context to it
with `add_script_run_ctx(thread)` (as in Streamlit); its `st.*` calls then write into that run,
and only the script thread itself answers the run's stop and rerun requests.
"""

from __future__ import annotations

import contextvars
import logging
import os
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dataapp.proto.forward_pb2 import PageConfig
from dataapp.runtime.config import AppConfig
from dataapp.runtime.host_services import HostServices

if TYPE_CHECKING:
    from dataapp.proto.forward_pb2 import ForwardMsg
    from dataapp.runtime.app_session import ClientInfoBox
    from dataapp.runtime.caching.replay import ElementRecorder
    from dataapp.runtime.data_sources import DataSourceRegistry
    from dataapp.runtime.delta_generator import DeltaGeneratorBase
    from dataapp.runtime.fragments import FragmentStorage
    from dataapp.runtime.multipage import PagesService
    from dataapp.runtime.run_report import RunRecorder
    from dataapp.runtime.script_requests import ScriptRequests
    from dataapp.runtime.session_state import SessionState


Path = tuple[int, ...]


@dataclass
class RunContext:
    """Everything one script run needs; made fresh by the ScriptRunner for every run."""

    session_id: str
    run_id: int
    session_state: SessionState
    enqueue: Callable[[ForwardMsg], None]
    requests: ScriptRequests
    script_path: str
    # The session's fragments, for registering and fragment reruns.
    fragments: FragmentStorage
    # The Runtime's multipage services (pages/ folder, st.navigation bookkeeping).
    pages: PagesService
    # The session's kept frames, for data elements.
    data_sources: DataSourceRegistry
    # What the page told about the browser (st.context), shared by the session's runs.
    client_info: ClientInfoBox
    # Whose app this is (Runtime.app_identity): st.cache_data(persist="disk") keeps its files
    # in that app's folder of saved state.
    app_identity: str = ""
    query_string: str = ""
    page_name: str = ""
    fragment_id: str = ""
    # Next free child index of each block, keyed by the block's path.
    cursors: dict[Path, int] = field(default_factory=dict)
    # Containers entered with `with`: the innermost receives module-level `st.*` calls.
    dg_stack: list[DeltaGeneratorBase] = field(default_factory=list)
    form_ids_this_run: set[str] = field(default_factory=set)
    # What st.set_page_config calls of this run have set so far (they add up).
    page_config: PageConfig = field(default_factory=PageConfig)
    any_element_sent: bool = False
    # Recording elements made inside a cached function, for replay on a cache hit.
    element_recorders: list[ElementRecorder] = field(default_factory=list)
    # What the program hosting the engine offers (native dialogs in the desktop window).
    host: HostServices = field(default_factory=HostServices)
    # The app's configuration (files and command line), for st.get_option.
    config: AppConfig = field(default_factory=AppConfig)
    # Fragments whose function is executing right now, outermost first.
    fragment_path: tuple[str, ...] = ()
    # The page script whose code is executing (widget identity is per page).
    active_script: str = ""
    # The st.Page objects st.navigation declared in this run (for st.switch_page).
    declared_pages: list[Any] = field(default_factory=list)
    # Whether this run opened its dialog: one st.dialog per run, as in Streamlit.
    dialog_opened: bool = False
    # The script thread of this run (the context is made on it).
    thread_id: int = field(default_factory=threading.get_ident)
    # What this run costs, when the session is inspected (run_report.py); None otherwise.
    recorder: RunRecorder | None = None

    def next_index(self, block_path: Path) -> int:
        index = self.cursors.get(block_path, 0)
        self.cursors[block_path] = index + 1
        return index

    def check_interrupt(self) -> None:
        """Raise RerunInterrupt/StopInterrupt when the session asked this run to end.

        Only on the script thread: a thread the app started (add_script_run_ctx) must neither
        end nor take the script's rerun, as in Streamlit.
        """
        if threading.get_ident() == self.thread_id:
            self.requests.on_scriptrunner_yield()


_current: contextvars.ContextVar[RunContext | None] = contextvars.ContextVar(
    "dataapp_run_context", default=None
)


# The attribute add_script_run_ctx sets on a thread; Streamlit's name, so that code which
# sets it itself also works.
THREAD_CONTEXT_ATTRIBUTE = "streamlit_script_run_ctx"
# Set on a thread once it was told that its st.* calls have no run context.
_WARNED_ATTRIBUTE = "_dataapp_missing_run_context_warned"

log = logging.getLogger("dataapp.runtime")

_runs_started = False


def get_run_context() -> RunContext | None:
    ctx = _current.get()
    if ctx is None:
        ctx = getattr(threading.current_thread(), THREAD_CONTEXT_ATTRIBUTE, None)
    return ctx


def set_run_context(ctx: RunContext | None) -> contextvars.Token[RunContext | None]:
    global _runs_started
    if ctx is not None:
        _runs_started = True
    return _current.set(ctx)


def reset_run_context(token: contextvars.Token[RunContext | None]) -> None:
    _current.reset(token)


def add_script_run_ctx(
    thread: threading.Thread | None = None, ctx: RunContext | None = None
) -> threading.Thread:
    """Let `thread` write into a run: the calling thread's run, or `ctx`. Returns `thread`.

    Streamlit's `add_script_run_ctx`: call it before starting a thread the app made, and the
    thread's `st.*` calls land in the run as if the script made them (after the run ended, at
    the end of what it showed, until the next run replaces it).
    """
    if thread is None:
        thread = threading.current_thread()
    if ctx is None:
        ctx = get_run_context()
    setattr(thread, THREAD_CONTEXT_ATTRIBUTE, ctx)
    return thread


def warn_missing_run_context(what: str) -> None:
    """A `st.*` call on a thread without a run context: say so in the log, once per thread.

    Nothing to warn about when no script has run in this process (bare `python app.py`).
    The page cannot be told: without a context there is no knowing whose page it would be.
    """
    thread = threading.current_thread()
    if not _runs_started or getattr(thread, _WARNED_ATTRIBUTE, False):
        return
    setattr(thread, _WARNED_ATTRIBUTE, True)
    log.warning(
        "Thread %r: %s was called without a run context, so it shows nothing (this warning "
        "comes once per thread). To write from a thread the app starts, call "
        "add_script_run_ctx(thread) from streamlit.runtime.scriptrunner (or "
        "dataapp.runtime.context) in the script before starting it. This warning can be "
        "ignored when running in bare mode.%s",
        thread.name,
        what,
        _app_call_site(),
    )


def _app_call_site() -> str:
    """' Called at <file>:<line>.' for the innermost frame outside dataapp, if any."""
    import dataapp

    engine_dir = os.path.dirname(os.path.abspath(dataapp.__file__))
    for frame in reversed(traceback.extract_stack()):
        if not os.path.abspath(frame.filename).startswith(engine_dir):
            return f" Called at {frame.filename}:{frame.lineno}."
    return ""
