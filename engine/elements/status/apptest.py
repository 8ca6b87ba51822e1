"""AppTest's views of status elements (alerts, exception, toast, progress, skeleton), named as
in Streamlit's AppTest; spinner, balloons, snow and empty have none and are listed by name.
Used by the test's thread, between runs."""

from __future__ import annotations

from typing import Any, ClassVar

from dataapp.elements.apptest_support import Element


class AlertBase(Element):
    @property
    def value(self) -> str:
        return str(self.proto.body)


class Error(AlertBase):
    serves = ("error",)
    type = "error"


class Warning(AlertBase):  # Streamlit's AppTest name, shadowing the builtin here only
    serves = ("warning",)
    type = "warning"


class Info(AlertBase):
    serves = ("info",)
    type = "info"


class Success(AlertBase):
    serves = ("success",)
    type = "success"


class Exception(Element):  # Streamlit's AppTest name, shadowing the builtin here only
    """An uncaught exception shown in the app, or a developer warning (`is_warning`)."""

    serves = ("exception",)
    type = "exception"
    _repr_fields = ("message", "is_warning")
    is_markdown = False

    @property
    def value(self) -> str:
        return str(self.proto.message)

    @property
    def message(self) -> str:
        return str(self.proto.message)

    @property
    def stack_trace(self) -> list[str]:
        return list(self.proto.stack_trace)


class Toast(Element):
    serves = ("toast",)
    type = "toast"

    @property
    def value(self) -> str:
        return str(self.proto.body)


class Progress(Element):
    serves = ("progress",)
    type = "progress"

    @property
    def value(self) -> int:
        return int(self.proto.value)


class Skeleton(Element):
    """st.skeleton (`at.get("skeleton")`; Streamlit's AppTest has no view of its own): `.value`
    is its height ("stretch", pixels, or None for an input's height), `.width` ("stretch" or
    pixels)."""

    serves = ("skeleton",)
    type = "skeleton"
    _repr_fields: ClassVar[tuple[str, ...]] = ("value", "width")

    @property
    def value(self) -> Any:
        if self.proto.stretch_height:
            return "stretch"
        return int(self.proto.height) or None

    @property
    def width(self) -> int | str:
        return int(self.proto.width) or "stretch"
