"""A WebSocket frame from the server is exactly the protobuf encoding of a ForwardMsgList."""

from __future__ import annotations

from dataapp.proto.forward_pb2 import ForwardMsg, ForwardMsgList
from dataapp.server.handlers import forward_frame


def _markdown(body: str) -> ForwardMsg:
    msg = ForwardMsg()
    msg.delta.path.extend([0, 1])
    msg.delta.new_element.markdown.body = body
    return msg


def test_joined_messages_decode_as_the_list_in_order() -> None:
    # Bodies of 1, 200 and 20,000 bytes: lengths that take one, two and three varint bytes.
    messages = [_markdown("a"), _markdown("b" * 200), _markdown("c" * 20_000), ForwardMsg()]
    frame = forward_frame(messages)
    assert frame == ForwardMsgList(msgs=messages).SerializeToString()
    decoded = ForwardMsgList()
    decoded.ParseFromString(frame)
    assert list(decoded.msgs) == messages


def test_no_messages_is_an_empty_list() -> None:
    assert forward_frame([]) == b""
