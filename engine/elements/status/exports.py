"""The status family's st.* names: alerts, exception, progress, spinner, skeleton, toast,
balloons, snow and empty.

`dataapp._api` re-exports `__all__`: a line here is what makes `st.<name>` exist, for the
lazy loader and for type checkers alike. Imported with the API, on first `st.<name>`.
"""

from __future__ import annotations

from dataapp.elements.roots import main as _main

success = _main.success
info = _main.info
warning = _main.warning
error = _main.error
exception = _main.exception
progress = _main.progress
spinner = _main.spinner
skeleton = _main.skeleton
toast = _main.toast
balloons = _main.balloons
snow = _main.snow
empty = _main.empty

__all__ = [
    "balloons",
    "empty",
    "error",
    "exception",
    "info",
    "progress",
    "skeleton",
    "snow",
    "spinner",
    "success",
    "toast",
    "warning",
]
