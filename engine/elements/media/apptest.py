"""AppTest's views of media and files: images (and pyplot figures), audio, video, link and
download buttons, and the file uploader, driven as a user would (`upload`, `click`). Types
follow Streamlit's AppTest (`at.get("imgs")`). Used by the test's thread, between runs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from dataapp.elements.apptest_support import AppTestError, Element, Widget
from dataapp.proto.media_pb2 import ImageList
from dataapp.proto.widgets_pb2 import WidgetState

from . import wire


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
        return self._stage(wire.file_ids_state(self.id, ids), None)
