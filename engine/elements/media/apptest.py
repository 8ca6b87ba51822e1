"""AppTest's views of media and files: images (and pyplot figures), audio, video, link and
download buttons, and the file uploader, driven as a user would (`upload`, `click`). Types,
values and methods follow Streamlit 1.67's AppTest (`at.image`, `at.link_button`,
`at.download_button`, `at.file_uploader`). Used by the test's thread, between runs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar, cast

from dataapp.elements.apptest_support import AppTestError, Element, Widget
from dataapp.proto.element_pb2 import Element as ElementProto
from dataapp.proto.media_pb2 import ImageList
from dataapp.proto.widgets_pb2 import WidgetState

from . import wire

if TYPE_CHECKING:
    from dataapp.testing.element_tree import ElementTree


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
    """st.image and st.pyplot (`at.image`): `.value` (the URLs, as Streamlit's), `.captions`;
    `.images` gives each image's bytes."""

    serves = ("image", "pyplot")
    type = "image"
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


class Pdf(Element):
    """st.pdf (`at.get("pdf")`; Streamlit's AppTest has no list of its own): `.value` is the
    document's URL, `.data` its bytes, `.height` (0 with `.stretch`), `.alt`, `.file_name`,
    `.key` (`at.get_by_key` finds it)."""

    serves = ("pdf",)
    type = "pdf"
    _repr_fields: ClassVar[tuple[str, ...]] = ("url", "height")

    def __init__(self, proto: Any, root: ElementTree, element: ElementProto) -> None:
        super().__init__(proto, root, element)
        self.key = proto.key or None

    @property
    def data(self) -> bytes:
        return media_bytes(self, self.proto.url)

    @property
    def value(self) -> Any:
        return self.proto.url


class LinkButton(Element):
    """st.link_button (`at.link_button`): `.value` is its label, as in Streamlit's AppTest;
    `.url` where it leads. Read-only: AppTest opens no URLs (`click()` raises AppTestError)."""

    serves = ("link_button",)
    type = "link_button"
    _repr_fields: ClassVar[tuple[str, ...]] = ("label", "url")

    @property
    def value(self) -> Any:
        return self.proto.label


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
    """st.file_uploader (`at.file_uploader`): `.value` is what the script got (UploadedFile, list
    or None). As in Streamlit's AppTest, `upload(name, content, mime_type)` adds one file as if
    the user picked it (a single-file uploader keeps the last), `set_value(...)` gives it a
    `(name, content, mime_type)` tuple, a list of them or None, and `clear()` empties it."""

    serves = ("file_uploader",)
    type = "file_uploader"
    _repr_fields = ("key", "label", "value")

    def __init__(self, proto: Any, root: ElementTree, element: ElementProto) -> None:
        super().__init__(proto, root, element)
        # The ids staged for the next run, so that upload() calls chain.
        self._staged_ids: list[str] = []

    @property
    def accept_multiple_files(self) -> bool:
        return bool(self.proto.multiple)

    @property
    def accept_directory(self) -> bool:
        # dataapp's uploader takes files, never a folder (accept_multiple_files="directory").
        return False

    @property
    def allowed_type(self) -> list[str]:
        return list(self.proto.types)

    def upload(
        self, filename: str, content: bytes, mime_type: str = "application/octet-stream"
    ) -> FileUploader:
        """Add one file, as a user would: after the files it holds (or was given since)."""
        held = (
            self._staged_ids if self._staged is not None else [f.file_id for f in self.proto.files]
        )
        new_id = self._store(filename, content, mime_type)
        return self._stage_ids([*held, new_id] if self.proto.multiple else [new_id])

    def set_value(
        self, files: tuple[str, bytes, str] | Sequence[tuple[str, bytes, str]] | None
    ) -> FileUploader:
        """Replace the files: one (name, content, mime_type), a list of them, or None."""
        if files is None:
            return self.clear()
        listed = cast(
            "list[tuple[str, bytes, str]]", [files] if _is_one_file(files) else list(files)
        )
        ids = [self._store(name, content, mime) for name, content, mime in listed]
        return self._stage_ids(ids if self.proto.multiple else ids[-1:])

    def clear(self) -> FileUploader:
        return self._stage_ids([])

    def _store(self, filename: str, content: bytes, mime_type: str) -> str:
        """Put the bytes where the page's upload would (the session's UploadStore): their id."""
        session = getattr(self.root._runner, "_session", None)
        runtime = getattr(self.root._runner, "_runtime", None)
        if session is None or runtime is None:
            raise AppTestError("Run the app before uploading files to it.")
        record = runtime.media.uploads.add_file(session.id, filename, mime_type, bytes(content))
        return str(record.file_id)

    def _stage_ids(self, ids: Sequence[str]) -> FileUploader:
        self._staged_ids = list(ids)
        return self._stage(wire.file_ids_state(self.id, ids), None)


def _is_one_file(files: object) -> bool:
    return isinstance(files, tuple) and len(files) == 3 and isinstance(files[0], str)
