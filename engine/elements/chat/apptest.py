"""AppTest's views of chat: `st.chat_input` (submit text) and the `st.chat_message` block.
Used by the test's thread, between runs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dataapp.elements.apptest_support import AppTestError, Block, Widget

from .wire import submit_state

if TYPE_CHECKING:
    from dataapp.testing.element_tree import ElementTree


class ChatInput(Widget):
    """`st.chat_input`. Its value is the submitted text in the run after a submit, else None."""

    serves = ("chat_input",)
    type = "chat_input"
    _repr_fields = ("key", "placeholder", "value")

    @property
    def value(self) -> str | None:
        value = super().value
        return value if isinstance(value, str) else None

    def set_value(self, v: str | None) -> ChatInput:
        """Submit `v` (the text reaches the script in the next run only)."""
        if v is not None and self.proto.max_chars and len(v) > self.proto.max_chars:
            raise AppTestError(
                f"{len(v)} characters are more than the chat input's max_chars "
                f"({self.proto.max_chars}); the page would not accept them."
            )
        return self._stage(submit_state(self.id, v), v)


class ChatMessage(Block):
    """`st.chat_message`: `.name` as given ("user", "assistant", ...) and `.avatar`."""

    serves = ("chat_message",)
    _repr_fields = ("name",)

    def __init__(self, proto: Any, root: ElementTree) -> None:
        super().__init__(proto, root, "chat_message")
        self.name = str(proto.name)
        self.avatar = str(proto.avatar) or None
