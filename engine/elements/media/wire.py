"""st.file_uploader on the wire: its value is the ids of the files it holds
(`WidgetState.file_ids_value`); the bytes reach the session's UploadStore on their own.

Pure functions, any thread; used by AppTest (the engine reads the ids in files.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from dataapp.proto.widgets_pb2 import WidgetState


def shown_file_ids(proto: Any, state: WidgetState) -> None:
    """What an untouched uploader reports: the files its element lists."""
    state.file_ids_value.data.extend(f.file_id for f in proto.files)
    state.file_ids_value.SetInParent()


def file_ids_state(widget_id: str, ids: Iterable[str]) -> WidgetState:
    state = WidgetState(id=widget_id)
    state.file_ids_value.data.extend(ids)
    state.file_ids_value.SetInParent()
    return state
