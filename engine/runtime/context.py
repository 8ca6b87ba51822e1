"""The run context: what the `st.*` call being made right now belongs to.

A context variable (not a global) holds it, so that each ScriptRunner thread sees its own
session. Only the script thread that owns a context reads or changes it.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dataapp.proto.forward_pb2 import PageConfig

if TYPE_CHECKING:
    from dataapp.proto.forward_pb2 import ForwardMsg
    from dataapp.runtime.delta_generator import DeltaGeneratorBase
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
    # Objects recording elements made inside a cached function, for replay on a cache hit.
    element_recorders: list[Any] = field(default_factory=list)
    # Host services (native dialogs, desktop flags) the desktop shell provides.
    host: dict[str, Any] = field(default_factory=dict)
    # The session's fragments (FragmentStorage), for registering and fragment reruns.
    fragments: Any = None
    # Fragments whose function is executing right now, outermost first.
    fragment_path: tuple[str, ...] = ()
    # The page script whose code is executing (widget identity is per page).
    active_script: str = ""
    # The Runtime's multipage services (pages/ folder, st.navigation bookkeeping).
    pages: Any = None
    # The st.Page objects st.navigation declared in this run (for st.switch_page).
    declared_pages: list[Any] = field(default_factory=list)
    # The session's kept frames (runtime.data_sources.DataSourceRegistry), for data elements.
    data_sources: Any = None

    def next_index(self, block_path: Path) -> int:
        index = self.cursors.get(block_path, 0)
        self.cursors[block_path] = index + 1
        return index

    def check_interrupt(self) -> None:
        """Raise RerunInterrupt/StopInterrupt when the session asked this run to end."""
        self.requests.on_scriptrunner_yield()


_current: contextvars.ContextVar[RunContext | None] = contextvars.ContextVar(
    "dataapp_run_context", default=None
)


def get_run_context() -> RunContext | None:
    return _current.get()


def set_run_context(ctx: RunContext | None) -> contextvars.Token[RunContext | None]:
    return _current.set(ctx)


def reset_run_context(token: contextvars.Token[RunContext | None]) -> None:
    _current.reset(token)
