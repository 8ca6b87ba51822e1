"""AppTest's view of charts, media and file transfers (element_tree.py builds them).

Types follow Streamlit's AppTest where it has one (`at.get("arrow_vega_lite_chart")`,
`at.get("imgs")`); file_uploader and download_button can be driven as a user would (`upload`,
`click`). Used by the test's thread, between runs.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, ClassVar

from dataapp.elements import registry
from dataapp.elements.charts import wire as charts_wire
from dataapp.elements.media import wire as media_wire
from dataapp.proto.charts_pb2 import ChartDataset
from dataapp.proto.media_pb2 import ImageList
from dataapp.proto.widgets_pb2 import WidgetState

from .element_tree import AppTestError, Element, Widget


def dataset_frame(dataset: ChartDataset) -> Any:
    """A chart's table back as a pandas DataFrame (dates stay milliseconds since the epoch)."""
    import pandas as pd

    columns: dict[str, list[Any]] = {}
    for name, values in zip(dataset.column_names, dataset.columns, strict=True):
        kind = values.WhichOneof("values")
        column: list[Any] = list(getattr(values, kind).data) if kind else []
        for index in values.missing:
            column[index] = None
        columns[name] = column
    return pd.DataFrame(columns)


class VegaLiteChart(Element):
    """A Vega-Lite chart: st.line_chart/area_chart/bar_chart/scatter_chart, st.map,
    st.altair_chart, st.vega_lite_chart. `.name` is the st.* call, `.spec` the spec (a dict),
    `.data` the rows of its main table (a DataFrame), `.note` the caption (downsampling)."""

    serves = (
        "vega_lite_chart",
        "altair_chart",
        "line_chart",
        "area_chart",
        "bar_chart",
        "scatter_chart",
        "map",
    )
    type = "arrow_vega_lite_chart"
    _repr_fields: ClassVar[tuple[str, ...]] = ("name", "note")

    @property
    def name(self) -> str:
        kind = registry.element_kind(self._element)
        return kind.name_of(self.proto) if kind is not None else "vega_lite_chart"

    @property
    def spec(self) -> dict[str, Any]:
        spec: dict[str, Any] = json.loads(self.proto.spec)
        return spec

    @property
    def datasets(self) -> dict[str, Any]:
        return {d.name: dataset_frame(d) for d in self.proto.datasets}

    @property
    def data(self) -> Any:
        datasets = self.datasets
        if not datasets:
            return None
        return datasets.get("table", next(iter(datasets.values())))

    @property
    def value(self) -> Any:
        return self.spec


class _Selectable(Widget):
    """A chart with on_select: `.selection` is what the script got ({"selection": {...}});
    `select(...)` stages a selection for the next run, as a user's click or drag would."""

    @property
    def selection(self) -> Any:
        return Widget.value.fget(self)  # type: ignore[attr-defined]

    def select(self, selection: dict[str, Any]) -> Any:
        """Stage `{param or "points": value, ...}` (the inner dict of "selection")."""
        return self.set_value({"selection": dict(selection)})

    def _state_for(self, v: Any) -> WidgetState:
        return charts_wire.selection_state(self.id, v)


class SelectableVegaLiteChart(VegaLiteChart, _Selectable):
    serves = VegaLiteChart.serves
    _repr_fields = ("key", "name", "selection")

    @property
    def value(self) -> Any:
        return self.selection


class PlotlyChart(Element):
    """st.plotly_chart: `.figure` is the figure (a dict)."""

    serves = ("plotly_chart",)
    type = "plotly_chart"
    _repr_fields: ClassVar[tuple[str, ...]] = ()

    @property
    def figure(self) -> dict[str, Any]:
        figure: dict[str, Any] = json.loads(self.proto.figure)
        return figure

    @property
    def value(self) -> Any:
        return self.figure


class SelectablePlotlyChart(PlotlyChart, _Selectable):
    serves = ("plotly_chart",)
    _repr_fields = ("key", "id", "selection")

    @property
    def value(self) -> Any:
        return self.selection


def media_bytes(element: Element, url: str) -> bytes:
    """The bytes the media endpoint serves for `url` (as the page would fetch them)."""
    from dataapp.runtime.media_store import MEDIA_URL_PREFIX

    runtime = getattr(element.root._runner, "_runtime", None)
    if runtime is None or not url.startswith(MEDIA_URL_PREFIX):
        raise AppTestError(f"{url!r} is not served by this app's media endpoint.")
    media = runtime.media.get(url[len(MEDIA_URL_PREFIX) :])
    if media is None:
        raise AppTestError(f"The media store no longer keeps {url!r}.")
    return b"".join(media.read())


class Image(Element):
    """st.image and st.pyplot: `.urls`, `.captions`; `.images` gives each image's bytes."""

    serves = ("image", "pyplot")
    type = "imgs"
    _repr_fields: ClassVar[tuple[str, ...]] = ("captions",)

    @property
    def is_pyplot(self) -> bool:
        return bool(self.proto.kind == ImageList.PYPLOT)

    @property
    def urls(self) -> list[str]:
        return [i.url for i in self.proto.images]

    @property
    def captions(self) -> list[str]:
        return [i.caption for i in self.proto.images]

    @property
    def images(self) -> list[bytes]:
        return [media_bytes(self, url) for url in self.urls]

    @property
    def value(self) -> Any:
        return self.urls


class Audio(Element):
    """st.audio: `.url`, `.data` (the bytes), `.start_time`, ..."""

    serves = ("audio",)
    type = "audio"
    _repr_fields: ClassVar[tuple[str, ...]] = ("url",)

    @property
    def data(self) -> bytes:
        return media_bytes(self, self.proto.url)

    @property
    def value(self) -> Any:
        return self.proto.url


class Video(Audio):
    serves = ("video",)
    type = "video"


class LinkButton(Element):
    serves = ("link_button",)
    type = "link_button"
    _repr_fields: ClassVar[tuple[str, ...]] = ("label", "url")

    @property
    def value(self) -> Any:
        return self.proto.url


class DownloadButton(Widget):
    """st.download_button: `.data` is the file it saves, `.file_name` its name; `click()`."""

    serves = ("download_button",)
    type = "download_button"
    _repr_fields = ("key", "label", "file_name")

    @property
    def value(self) -> bool:
        return bool(super().value)

    @property
    def data(self) -> bytes:
        return media_bytes(self, self.proto.url)

    def click(self) -> DownloadButton:
        """Save the file: the button is True in the next run only (unless on_click="ignore")."""
        return self._stage(WidgetState(id=self.id, trigger_value=True), True)

    def set_value(self, v: bool) -> DownloadButton:
        return self._stage(WidgetState(id=self.id, trigger_value=bool(v)), bool(v))


class FileUploader(Widget):
    """st.file_uploader: `.value` is what the script got (UploadedFile, list or None);
    `upload(name, data)` gives it files, as if the user picked them; `clear()` removes them."""

    serves = ("file_uploader",)
    type = "file_uploader"
    _repr_fields = ("key", "label", "value")

    def upload(self, *files: tuple[str, bytes] | tuple[str, bytes, str]) -> FileUploader:
        """Files as (name, bytes) or (name, bytes, MIME type); a single uploader keeps the last."""
        session = getattr(self.root._runner, "_session", None)
        runtime = getattr(self.root._runner, "_runtime", None)
        if session is None or runtime is None:
            raise AppTestError("Run the app before uploading files to it.")
        if not files:
            raise AppTestError("upload() needs at least one (name, bytes) file.")
        records = []
        for file in files:
            name, data = file[0], file[1]
            mimetype = file[2] if len(file) > 2 else "application/octet-stream"
            records.append(runtime.media.uploads.add_file(session.id, name, mimetype, data))
        ids = [r.file_id for r in records] if self.proto.multiple else [records[-1].file_id]
        if self.proto.multiple:
            ids = [f.file_id for f in self.proto.files] + ids
        return self._stage_ids(ids)

    def clear(self) -> FileUploader:
        return self._stage_ids([])

    def set_value(self, v: Any) -> FileUploader:
        raise AppTestError("Give a file_uploader files with upload(name, data), or clear() it.")

    def _stage_ids(self, ids: Sequence[str]) -> FileUploader:
        return self._stage(media_wire.file_ids_state(self.id, ids), None)
