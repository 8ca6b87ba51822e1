"""Stand-ins for the `streamlit.runtime` functions apps call to ask where they run.

`streamlit.runtime.scriptrunner` (and `scriptrunner_utils.script_run_context`) resolve here:
`get_script_run_ctx` and `add_script_run_ctx` work on dataapp's run context, so an app that
hands its run to a worker thread the Streamlit way keeps working.
"""

from __future__ import annotations

from dataapp.runtime.context import (
    RunContext,
    add_script_run_ctx,
    get_run_context,
    warn_missing_run_context,
)
from dataapp.runtime.session_state import SessionStateProxy

# Streamlit's name for the run context.
ScriptRunContext = RunContext

__all__ = [
    "ScriptRunContext",
    "SessionStateProxy",
    "add_script_run_ctx",
    "exists",
    "get_script_run_ctx",
]


def exists() -> bool:
    """True inside a run, as `streamlit.runtime.exists()` is inside `streamlit run`."""
    return get_run_context() is not None


def get_script_run_ctx(suppress_warning: bool = False) -> RunContext | None:
    """This thread's run context, or None; without one it says so in the log (once per thread)."""
    ctx = get_run_context()
    if ctx is None and not suppress_warning:
        warn_missing_run_context("get_script_run_ctx()")
    return ctx
