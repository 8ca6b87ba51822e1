"""Files in and out: st.file_uploader, st.download_button, st.link_button.

An uploaded file reaches the session's UploadStore (through POST /_dataapp/upload, or a native
dialog in the desktop window); the uploader's value is the ids of its files, and the app gets
UploadedFile objects whatever way the bytes came. A download's bytes go to the media store and
are served as an attachment. Runs on the script thread.
"""

from __future__ import annotations

import io
import mimetypes
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from dataapp.errors import APIError
from dataapp.proto.element_pb2 import Element
from dataapp.proto.media_pb2 import UploadedFileInfo
from dataapp.proto.widgets_pb2 import WidgetState
from dataapp.runtime import media_store
from dataapp.runtime.context import get_run_context
from dataapp.runtime.delta_generator import DeltaGeneratorBase
from dataapp.runtime.session_state import WidgetValueError

from ..widget_support import (
    ButtonType,
    Key,
    LabelVisibilityName,
    WidgetCall,
    WidgetCallback,
    button_kind,
    quoted,
    reported_field,
)
from .api import media_url_for
from .sources import MediaSource, read_bytes

if TYPE_CHECKING:
    from dataapp.runtime.media_store import UploadedFileRecord, UploadStore

# Extensions that name the same kind of file.
_SAME_TYPES = ({".jpg", ".jpeg"}, {".tif", ".tiff"}, {".htm", ".html"}, {".yml", ".yaml"})


class UploadedFile(io.BytesIO):
    """A file the user uploaded: a BytesIO (`read()`, `getvalue()`, `seek()`) with its name,
    MIME type and size, as Streamlit gives it."""

    def __init__(self, file_id: str, name: str, type: str, data: bytes) -> None:
        super().__init__(data)
        self.file_id = file_id
        self.name = name
        self.type = type
        self.size = len(data)

    @classmethod
    def from_record(cls, record: UploadedFileRecord) -> UploadedFile:
        return cls(record.file_id, record.name, record.type, record.data)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, UploadedFile) and other.file_id == self.file_id

    def __hash__(self) -> int:
        return hash(self.file_id)

    def __repr__(self) -> str:
        return f"UploadedFile(file_id={self.file_id!r}, name={self.name!r}, type={self.type!r}, size={self.size})"

    def __reduce__(self) -> Any:
        # Kept between launches as a reference only: the bytes belong to this session.
        return (_forgotten_upload, (self.file_id, self.name, self.type))


def _forgotten_upload(file_id: str, name: str, type: str) -> UploadedFile:
    return UploadedFile(file_id, name, type, b"")


def normalize_types(type: str | Sequence[str] | None) -> list[str]:
    """Accepted extensions, lower case with a dot: "csv" and ".CSV" are ".csv"."""
    if type is None:
        return []
    given = [type] if isinstance(type, str) else list(type)
    types: list[str] = []
    for item in given:
        if not isinstance(item, str) or not item.strip(".").strip():
            raise APIError(
                f"st.file_uploader: type must be file extensions like 'csv', not {item!r}."
            )
        ext = "." + item.strip().lower().lstrip(".")
        for same in _SAME_TYPES:
            if ext in same:
                types.extend(sorted(same))
                break
        else:
            types.append(ext)
    return list(dict.fromkeys(types))


def type_allowed(name: str, types: Sequence[str]) -> bool:
    if not types:
        return True
    lower = name.lower()
    return any(lower.endswith(ext) for ext in types)


class FilesMixin(DeltaGeneratorBase):
    def file_uploader(
        self,
        label: str,
        type: str | Sequence[str] | None = None,
        accept_multiple_files: bool = False,
        key: Key | None = None,
        help: str | None = None,
        on_change: WidgetCallback | None = None,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: LabelVisibilityName = "visible",
    ) -> Any:
        """Files the user picked: an UploadedFile (or None), or a list with multiple files."""
        types = normalize_types(type)
        multiple = bool(accept_multiple_files)
        store = _session_uploads()
        ctx = get_run_context()
        session_id = ctx.session_id if ctx is not None else ""

        def deserialize(state: WidgetState) -> Any:
            # Only files this session uploaded: an id is not a way to read another session's
            # upload. A file of a type the uploader does not take never reaches the script.
            reported_field(state, "file_ids_value", None)
            files = []
            for file_id in state.file_ids_value.data:
                record = store.get(session_id, file_id) if store is not None else None
                if record is None:
                    raise WidgetValueError(f"{quoted(file_id)} is not a file uploaded here")
                if type_allowed(record.name, types):
                    files.append(UploadedFile.from_record(record))
            if multiple:
                return files
            return files[-1] if files else None

        def problem(value: Any) -> str | None:
            if multiple and not isinstance(value, list):
                return f"{quoted(value)} is not a list of files"
            held = value if isinstance(value, list) else [] if value is None else [value]
            for file in held:
                if not isinstance(file, UploadedFile):
                    return f"{quoted(file)} is not an uploaded file"
                if store is None or store.get(session_id, file.file_id) is None:
                    return f"{file.name!r} is no longer uploaded"
            return None

        call = WidgetCall(
            self,
            kind="file_uploader",
            label=label,
            identity=(tuple(types), multiple),
            key=key,
            default=[] if multiple else None,
            deserialize=deserialize,
            has_explicit_default=False,
            writes_allowed=False,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            validate=problem,
        )
        element = Element()
        uploader = element.file_uploader
        uploader.info.CopyFrom(call.info)
        uploader.types.extend(types)
        uploader.multiple = multiple
        limit = (
            store.max_file_bytes if store is not None else media_store.DEFAULT_MAX_UPLOAD_MB << 20
        )
        uploader.max_upload_size = limit
        shown = call.shown
        for file in shown if isinstance(shown, list) else [shown] if shown is not None else []:
            if isinstance(file, UploadedFile):
                uploader.files.append(
                    UploadedFileInfo(
                        file_id=file.file_id, name=file.name, size=file.size, type=file.type
                    )
                )
        self._enqueue_element(element)
        return call.value

    def download_button(
        self,
        label: str,
        data: Any,
        file_name: str | None = None,
        mime: str | None = None,
        key: Key | None = None,
        help: str | None = None,
        on_click: WidgetCallback | Literal["rerun", "ignore"] | None = "rerun",
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        type: ButtonType = "secondary",
        icon: str | None = None,
        disabled: bool = False,
        use_container_width: bool = False,
    ) -> bool:
        """A button that saves `data` (bytes, text, a file, a DataFrame as CSV) as a file."""
        if self.form_id:
            raise APIError(
                f"`st.download_button` {label!r} can't be used in an `st.form()`; put it outside "
                "the form."
            )
        kind = button_kind(type)
        if not (on_click is None or on_click in ("rerun", "ignore") or callable(on_click)):
            raise APIError(
                f"st.download_button: on_click must be 'rerun', 'ignore' or a callback, not {on_click!r}."
            )
        source, default_name = download_source(data, mime)
        name = file_name or default_name
        call = WidgetCall(
            self,
            kind="download_button",
            label=label,
            identity=(name, source.mimetype, type, icon),
            key=key,
            default=False,
            deserialize=lambda s: bool(s.trigger_value),
            help=help,
            disabled=disabled,
            is_trigger=True,
            writes_allowed=False,
            on_change=on_click if callable(on_click) else None,
            args=args,
            kwargs=kwargs,
        )
        element = Element()
        button = element.download_button
        button.info.CopyFrom(call.info)
        button.info.set_value = False
        button.url = media_url_for(source, filename=name, as_attachment=True)
        button.file_name = name
        button.kind = kind
        button.icon = icon or ""
        button.use_container_width = use_container_width
        button.ignore_click = on_click == "ignore"
        self._enqueue_element(element)
        return bool(call.value)

    def link_button(
        self,
        label: str,
        url: str,
        *,
        help: str | None = None,
        type: ButtonType = "secondary",
        icon: str | None = None,
        disabled: bool = False,
        use_container_width: bool = False,
    ) -> Any:
        """A button that opens `url` in the browser (a new window; the system browser on the
        desktop)."""
        kind = button_kind(type)
        element = Element()
        link = element.link_button
        link.label = str(label)
        link.url = str(url)
        link.help = help or ""
        link.kind = kind
        link.icon = icon or ""
        link.disabled = disabled
        link.use_container_width = use_container_width
        return self._enqueue_element(element)


def download_source(data: Any, mime: str | None) -> tuple[MediaSource, str]:
    """What a download button saves, and the file name to offer when the app gives none."""
    if callable(data) and not hasattr(data, "read"):
        # A function that makes the data (Streamlit ≥ 1.47): called when the button is drawn.
        data = data()
    if type(data).__name__ == "DataFrame" and hasattr(data, "to_csv"):
        import pandas as pd

        keep_index = not isinstance(data.index, pd.RangeIndex) or data.index.name is not None
        text = data.to_csv(index=keep_index)
        return MediaSource(mime or "text/csv", data=text.encode("utf-8")), "data.csv"
    table_csv = _arrow_table_csv(data)
    if table_csv is not None:
        return MediaSource(mime or "text/csv", data=table_csv), "data.csv"
    if isinstance(data, str):
        return MediaSource(mime or "text/plain", data=data.encode("utf-8")), "download.txt"
    if isinstance(data, os.PathLike):
        path = Path(data)
        if not path.is_file():
            raise APIError(f"st.download_button: there is no file {os.fspath(data)!r}.")
        guessed = mime or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return MediaSource(guessed, path=str(path)), path.name
    raw = read_bytes(data, "st.download_button")
    if raw is None:
        raise APIError(
            "st.download_button: data must be text, bytes, a file object or a DataFrame, not "
            f"a {type(data).__name__}."
        )
    if isinstance(data, io.TextIOBase):
        return MediaSource(mime or "text/plain", data=raw), "download.txt"
    name = Path(str(getattr(data, "name", "") or "")).name or "download"
    guessed = mime or mimetypes.guess_type(name)[0] or "application/octet-stream"
    return MediaSource(guessed, data=raw), name


def _arrow_table_csv(data: Any) -> bytes | None:
    """A polars DataFrame or a pyarrow Table as CSV, written by its own library (no pandas
    copy of the table); None for anything else."""
    kind = type(data)
    module = kind.__module__.partition(".")[0]
    if module == "polars" and kind.__name__ == "DataFrame":
        return bytes(data.write_csv().encode("utf-8"))
    if module == "pyarrow" and kind.__name__ in ("Table", "RecordBatch"):
        import pyarrow.csv as pa_csv  # type: ignore[import-not-found, import-untyped, unused-ignore]

        out = io.BytesIO()
        pa_csv.write_csv(data, out)
        return out.getvalue()
    return None


def _session_uploads() -> UploadStore | None:
    ctx = get_run_context()
    store = media_store.for_session(ctx.session_id) if ctx is not None else None
    return store.uploads if store is not None else None
