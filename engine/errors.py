"""Errors that app authors and users of the engine may see and catch."""

from __future__ import annotations


class DataappError(Exception):
    """Base class of every error raised on purpose by dataapp."""


class APIError(DataappError):
    """An `st.*` function was called in a way it does not support; the message says how to fix it."""


class DuplicateWidgetIDError(APIError):
    """Two widgets in one run would get the same identity."""


class NotSupportedError(APIError):
    """The app called part of the Streamlit API that dataapp does not provide (yet)."""

    def __init__(self, api_name: str, hint: str = "") -> None:
        self.api_name = api_name
        message = f"`{api_name}` is not supported by dataapp yet."
        if hint:
            message += f" {hint}"
        super().__init__(message)


class SessionStateError(APIError):
    """`st.session_state` was used against its rules (e.g. a widget's key set after it was created)."""


class ValueAssignmentNotAllowedError(SessionStateError):
    """The app set, through `st.session_state`, the value of a widget only its user sets.

    Buttons, uploads, the data editor and chart selections are read-only in session state, as
    in Streamlit: the widget call after such an assignment raises this.
    """

    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(
            f"`st.session_state[{key!r}]` is read-only and cannot be assigned through session "
            "state. Use a different session state key for values you need to set."
        )


class WidgetAlreadyInstantiatedError(SessionStateError):
    """The app set, through `st.session_state`, the key of a widget or form already created in
    this run: the widget has shown its value, so the assignment could only be lost.
    """

    def __init__(self, key: str) -> None:
        self.key = key
        item = f"`st.session_state[{key!r}]`"
        super().__init__(
            f"{item} cannot be modified after the widget with that key is instantiated. "
            f"Assign {item} before creating the widget, or update it from an `on_change` or "
            "`on_click` callback, which runs before the widget is instantiated. If this is a "
            "read-only session state key (buttons, file and media inputs, `st.data_editor`, "
            "forms, chart or `ButtonColumn` selections), store the value under a different "
            "session state key."
        )


class NoRunContextError(DataappError):
    """An `st.*` call that needs a running app was made outside of one."""


# Names that Streamlit apps catch, so that `except StreamlitAPIException` keeps working.
StreamlitAPIException = APIError
StreamlitAPIWarning = APIError
DuplicateWidgetID = DuplicateWidgetIDError
StreamlitValueAssignmentNotAllowedError = ValueAssignmentNotAllowedError
StreamlitWidgetAlreadyInstantiatedError = WidgetAlreadyInstantiatedError
