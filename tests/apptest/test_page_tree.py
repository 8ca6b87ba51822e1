"""The page's element tree built from deltas, as docs/protocol.md defines it (pure, no engine run)."""

from __future__ import annotations

import pytest

from dataapp.proto.element_pb2 import Element
from dataapp.proto.forward_pb2 import ForwardMsg
from dataapp.proto.layout_pb2 import Block
from dataapp.testing.page_tree import PageTree, ProtocolViolation


def run_started(run_id: int) -> ForwardMsg:
    msg = ForwardMsg()
    msg.session_status.running = True
    msg.session_status.run_id = run_id
    return msg


def run_finished(run_id: int, clear_stale: bool = True, fragment_id: str = "") -> ForwardMsg:
    msg = ForwardMsg()
    msg.script_finished.run_id = run_id
    msg.script_finished.clear_stale = clear_stale
    msg.script_finished.fragment_id = fragment_id
    return msg


def text(path: list[int], body: str) -> ForwardMsg:
    element = Element()
    element.text.body = body
    msg = ForwardMsg()
    msg.delta.path.extend(path)
    msg.delta.new_element.CopyFrom(element)
    return msg


def block(path: list[int], kind: str, label: str = "") -> ForwardMsg:
    msg = ForwardMsg()
    msg.delta.path.extend(path)
    proto = Block()
    if kind == "expander":
        proto.expander.label = label
    else:
        getattr(proto, kind).SetInParent()
    msg.delta.add_block.CopyFrom(proto)
    return msg


def unchanged(path: list[int], count: int = 1) -> ForwardMsg:
    msg = ForwardMsg()
    msg.delta.path.extend(path)
    msg.delta.unchanged = count
    return msg


def texts(page: PageTree, path: list[int]) -> dict[int, str]:
    node = page.slot(path)
    assert node is not None
    return {
        i: child.element.text.body if child.element is not None else "<block>"
        for i, child in node.ordered_children()
    }


def test_new_elements_fill_slots_and_replace_what_was_there() -> None:
    page = PageTree()
    page.apply_all([run_started(1), text([0, 0], "a"), text([0, 1], "b"), text([0, 0], "c")])
    assert texts(page, [0]) == {0: "c", 1: "b"}


def test_a_new_element_replaces_a_block_and_its_children() -> None:
    page = PageTree()
    page.apply_all([run_started(1), block([0, 0], "vertical"), text([0, 0, 0], "inside")])
    page.apply(text([0, 0], "flat"))
    slot = page.slot([0, 0])
    assert slot is not None and slot.element is not None and not slot.children


def test_a_block_of_the_same_kind_keeps_its_children() -> None:
    page = PageTree()
    page.apply_all(
        [run_started(1), block([0, 0], "expander", "One"), text([0, 0, 0], "kept"), run_finished(1)]
    )
    page.apply_all([run_started(2), block([0, 0], "expander", "Two")])
    slot = page.slot([0, 0])
    assert slot is not None and slot.block is not None
    assert slot.block.expander.label == "Two"
    assert texts(page, [0, 0]) == {0: "kept"}


def test_a_block_of_another_kind_starts_empty() -> None:
    page = PageTree()
    page.apply_all([run_started(1), block([0, 0], "vertical"), text([0, 0, 0], "gone")])
    page.apply(block([0, 0], "form"))
    assert texts(page, [0, 0]) == {}


def test_unchanged_markers_keep_slots_and_count_as_reached() -> None:
    page = PageTree()
    page.apply_all([run_started(1), text([0, 0], "a"), text([0, 1], "b"), text([0, 2], "c")])
    page.apply(run_finished(1))
    page.apply_all([run_started(2), unchanged([0, 0], 2), run_finished(2)])
    assert texts(page, [0]) == {0: "a", 1: "b"}


def test_clear_stale_removes_what_the_run_did_not_reach_at_every_depth() -> None:
    page = PageTree()
    page.apply_all(
        [
            run_started(1),
            block([0, 0], "vertical"),
            text([0, 0, 0], "x"),
            text([0, 0, 1], "y"),
            text([1, 0], "side"),
            run_finished(1),
        ]
    )
    page.apply_all([run_started(2), unchanged([0, 0]), text([0, 0, 0], "x2"), run_finished(2)])
    assert texts(page, [0, 0]) == {0: "x2"}
    assert texts(page, [1]) == {}


def test_an_interrupted_run_keeps_stale_slots() -> None:
    page = PageTree()
    page.apply_all([run_started(1), text([0, 0], "a"), text([0, 1], "b"), run_finished(1)])
    page.apply_all([run_started(2), unchanged([0, 0]), run_finished(2, clear_stale=False)])
    assert texts(page, [0]) == {0: "a", 1: "b"}


def test_a_fragment_run_clears_only_under_its_stale_scope() -> None:
    page = PageTree()
    page.apply_all(
        [
            run_started(1),
            text([0, 0], "app"),
            block([0, 1], "fragment"),
            text([0, 1, 0], "kept"),
            text([0, 1, 1], "dropped"),
            run_finished(1),
        ]
    )
    finished = run_finished(2, fragment_id="f1")
    finished.script_finished.stale_scope.extend([0, 1])
    page.apply_all([run_started(2), unchanged([0, 1, 0]), finished])
    assert texts(page, [0]) == {0: "app", 1: "<block>"}
    assert texts(page, [0, 1]) == {0: "kept"}


def test_an_unchanged_marker_for_a_missing_slot_is_a_protocol_violation() -> None:
    page = PageTree()
    page.apply(run_started(1))
    with pytest.raises(ProtocolViolation, match=r"\[0, 3\]"):
        page.apply(unchanged([0, 3]))


def test_a_delta_inside_an_element_is_a_protocol_violation() -> None:
    page = PageTree()
    page.apply_all([run_started(1), text([0, 0], "leaf")])
    with pytest.raises(ProtocolViolation, match="not a block"):
        page.apply(text([0, 0, 0], "child of a leaf"))


def test_page_config_query_string_and_navigation_are_kept() -> None:
    page = PageTree()
    config = ForwardMsg()
    config.page_config.title = "Sales"
    info = ForwardMsg()
    info.page_info.query_string = "a=1"
    navigation = ForwardMsg()
    navigation.navigation.current_page = "report"
    page.apply_all([config, info, navigation])
    assert page.page_config.title == "Sales"
    assert page.query_string == "a=1"
    assert page.navigation is not None and page.navigation.current_page == "report"
