from __future__ import annotations

from dataapp.proto.forward_pb2 import ForwardMsg
from dataapp.runtime.forward_msg_queue import ForwardMsgQueue


def _unchanged(*path: int) -> ForwardMsg:
    msg = ForwardMsg()
    msg.delta.path.extend(path)
    msg.delta.unchanged = 1
    return msg


def test_neighbouring_unchanged_markers_merge_into_one() -> None:
    queue = ForwardMsgQueue()
    assert queue.enqueue(_unchanged(0, 0)) is True
    for index in range(1, 500):
        assert queue.enqueue(_unchanged(0, index)) is False
    flushed = queue.flush()
    assert len(flushed) == 1
    assert flushed[0].delta.unchanged == 500


def test_markers_with_a_gap_or_another_parent_stay_apart() -> None:
    queue = ForwardMsgQueue()
    queue.enqueue(_unchanged(0, 0))
    queue.enqueue(_unchanged(0, 2))
    queue.enqueue(_unchanged(1, 3))
    queue.enqueue(_unchanged(0, 2, 0))
    assert [list(m.delta.path) for m in queue.flush()] == [[0, 0], [0, 2], [1, 3], [0, 2, 0]]


def test_flush_empties_the_queue() -> None:
    queue = ForwardMsgQueue()
    queue.enqueue(_unchanged(0, 0))
    queue.flush()
    assert queue.flush() == []
    assert queue.enqueue(_unchanged(0, 0)) is True
