"""Chat: st.chat_message (a block), st.chat_input (a widget) and st.write_stream.

Runs on the script thread. A streamed reply travels as `Delta.append_text`: the session turns
each longer version of the same markdown element into the text added (see app_session).
"""

from __future__ import annotations

import inspect
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Sequence
from typing import Any, Literal, TypeVar

from dataapp.errors import APIError
from dataapp.proto.element_pb2 import Element
from dataapp.proto.layout_pb2 import Block
from dataapp.proto.widgets_pb2 import WidgetState
from dataapp.runtime.delta_generator import ROOT_PATHS, DeltaGeneratorBase

from ..media.image_urls import image_url, is_url, looks_like_image_path
from ..widget_support import Key, WidgetCall, WidgetCallback, reported_field, text_problem

_DG = TypeVar("_DG", bound=DeltaGeneratorBase)

# A string given to write_stream is shown word by word, taking at most this long in all.
_TYPEWRITER_SECONDS = 1.5
_TYPEWRITER_WORD_PAUSE = 0.02


def _chat_text(state: WidgetState) -> str | None:
    """The submitted text; a report with no value means nothing was submitted."""
    if reported_field(state, "string_trigger_value", None) is None:
        return None
    return state.string_trigger_value


class ChatMixin(DeltaGeneratorBase):
    def chat_message(
        self: _DG,
        name: Literal["user", "assistant", "ai", "human"] | str,
        *,
        avatar: Any = None,
        width: Any = "stretch",
    ) -> _DG:
        """A chat message: an avatar beside a container for the message's elements.

        "user"/"human" and "assistant"/"ai" get their role's avatar; `avatar` may be an emoji,
        an image (path, URL, bytes, PIL image, numpy array) or None.
        """
        if not isinstance(name, str) or not name:
            raise APIError("st.chat_message needs a name, e.g. 'user' or 'assistant'.")
        block = Block()
        message = block.chat_message
        message.name = name
        if avatar is None:
            message.avatar_kind = message.DEFAULT
        elif isinstance(avatar, str) and not is_url(avatar) and not looks_like_image_path(avatar):
            message.avatar_kind = message.EMOJI
            message.avatar = avatar
        else:
            message.avatar_kind = message.IMAGE
            message.avatar = image_url(avatar, "st.chat_message")
        return self._enqueue_block(block)

    def chat_input(
        self,
        placeholder: str = "Your message",
        *,
        key: Key | None = None,
        max_chars: int | None = None,
        disabled: bool = False,
        on_submit: WidgetCallback | None = None,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        width: Any = "stretch",
    ) -> str | None:
        """A chat box; returns the submitted text in the run right after a submit, else None.

        Called on `st` outside any container it is pinned to the bottom of the page; inside a
        container (or the sidebar) it is shown where it is called.
        """
        if self.form_id:
            raise APIError("st.chat_input can't be used inside an st.form.")
        if max_chars is not None and max_chars <= 0:
            raise APIError(f"st.chat_input: max_chars must be positive, not {max_chars}.")
        target: DeltaGeneratorBase = self._active()
        if target._block_path == ROOT_PATHS["main"]:
            target = type(self)(ROOT_PATHS["bottom"])
        call = WidgetCall(
            target,
            kind="chat_input",
            label=str(placeholder),
            identity=(max_chars,),
            key=key,
            default=None,
            deserialize=_chat_text,
            disabled=disabled,
            is_trigger=True,
            on_change=on_submit,
            args=args,
            kwargs=kwargs,
            validate=lambda v: text_problem(v, max_chars),
        )
        element = Element()
        chat = element.chat_input
        chat.info.CopyFrom(call.info)
        chat.info.set_value = False
        chat.placeholder = str(placeholder)
        chat.max_chars = max_chars or 0
        target._enqueue_element(element)
        value = call.value
        return value if isinstance(value, str) else None

    def write_stream(self, stream: Any, *, cursor: str | None = None) -> Any:
        """Write the text chunks of `stream` as they come, into one markdown element.

        `stream` may be a generator (or a function making one), an async generator, any
        iterable, OpenAI-style chunks (`chunk.choices[0].delta.content`) or a string (shown
        word by word). Items that are not text are written with st.write, between texts.
        Returns the full text, or a list of everything written when there was more than text.
        `cursor` is accepted for compatibility and not shown.
        """
        written: list[Any] = []
        slot: Any = None
        text = ""

        def flush() -> None:
            nonlocal slot, text
            if slot is not None and text:
                slot.markdown(text)
                written.append(text)
            slot, text = None, ""

        for chunk in _chunks(stream):
            piece = _text_of(chunk)
            if piece is _NOT_TEXT:
                flush()
                self.write(chunk)  # type: ignore[attr-defined]
                written.append(chunk)
                continue
            if not piece:
                continue
            if slot is None:
                slot = self.empty()  # type: ignore[attr-defined]
            text += str(piece)
            # The session sends only what this adds to the element it sent last (append_text).
            slot.markdown(text)
        flush()
        if not written:
            return ""
        if len(written) == 1 and isinstance(written[0], str):
            return written[0]
        return written


_NOT_TEXT = object()


def _text_of(chunk: Any) -> Any:
    """The text of a chunk: a str, OpenAI-style delta content, a LangChain message chunk's
    content; None for a chunk that carries no text; _NOT_TEXT for anything else."""
    if isinstance(chunk, str):
        return chunk
    choices = getattr(chunk, "choices", None)
    if choices is not None and isinstance(choices, Sequence) and not isinstance(choices, str):
        if len(choices) == 0:
            return None
        delta = getattr(choices[0], "delta", None)
        if delta is None:
            return None
        content = getattr(delta, "content", None)
        return content if isinstance(content, str) else None
    if type(chunk).__name__ in ("AIMessageChunk", "AIMessage"):
        content = getattr(chunk, "content", None)
        if isinstance(content, str):
            return content
    return _NOT_TEXT


def _chunks(stream: Any) -> Iterator[Any]:
    if isinstance(stream, str):
        yield from _typewriter(stream)
        return
    if (inspect.isgeneratorfunction(stream) or inspect.isasyncgenfunction(stream)) or (
        callable(stream) and not isinstance(stream, Iterable) and not hasattr(stream, "__aiter__")
    ):
        stream = stream()
    if hasattr(stream, "__aiter__"):
        yield from _sync(stream)
        return
    try:
        iterator = iter(stream)
    except TypeError:
        raise APIError(
            f"st.write_stream needs a generator, an iterable or a string, not {type(stream).__name__}."
        ) from None
    yield from iterator


def _typewriter(text: str) -> Iterator[str]:
    words = text.split(" ")
    pause = min(_TYPEWRITER_WORD_PAUSE, _TYPEWRITER_SECONDS / max(len(words), 1))
    for index, word in enumerate(words):
        yield word if index == 0 else " " + word
        time.sleep(pause)


def _sync(stream: AsyncIterator[Any]) -> Iterator[Any]:
    """An async generator's items, on the script thread's own event loop."""
    import asyncio  # only for async generators: asyncio (and ssl) are slow to import

    loop = asyncio.new_event_loop()
    iterator = stream.__aiter__()
    step: Callable[[], Any] = iterator.__anext__
    try:
        while True:
            try:
                yield loop.run_until_complete(step())
            except StopAsyncIteration:
                return
    finally:
        close = getattr(iterator, "aclose", None)
        if close is not None:
            loop.run_until_complete(close())
        loop.close()
