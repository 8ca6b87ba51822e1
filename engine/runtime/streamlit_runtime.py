"""Stand-ins for the few `streamlit.runtime` functions apps call to ask where they run."""

from __future__ import annotations

from dataapp.runtime.context import RunContext, get_run_context
from dataapp.runtime.session_state import SessionStateProxy

__all__ = ["SessionStateProxy", "exists", "get_script_run_ctx"]


def exists() -> bool:
    """True inside a run, as `streamlit.runtime.exists()` is inside `streamlit run`."""
    return get_run_context() is not None


def get_script_run_ctx(suppress_warning: bool = False) -> RunContext | None:
    return get_run_context()
