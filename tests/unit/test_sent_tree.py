from __future__ import annotations

from dataapp.runtime.sent_tree import ELEMENT_KIND, SentTree


def test_the_same_element_at_the_same_path_is_unchanged() -> None:
    tree = SentTree()
    assert not tree.offer((0, 0), ELEMENT_KIND, b"a", run_id=1)
    assert tree.offer((0, 0), ELEMENT_KIND, b"a", run_id=2)
    assert not tree.offer((0, 0), ELEMENT_KIND, b"b", run_id=3)


def test_replacing_a_block_by_an_element_forgets_its_children() -> None:
    tree = SentTree()
    tree.offer((0, 0), "vertical", b"block", 1)
    tree.offer((0, 0, 0), ELEMENT_KIND, b"child", 1)
    tree.offer((0, 0), ELEMENT_KIND, b"element", 2)
    tree.offer((0, 0), "vertical", b"block", 3)
    assert not tree.offer((0, 0, 0), ELEMENT_KIND, b"child", 3)


def test_a_block_of_the_same_kind_with_new_settings_keeps_its_children() -> None:
    tree = SentTree()
    tree.offer((0, 0), "expander", b"label a", 1)
    tree.offer((0, 0, 0), ELEMENT_KIND, b"child", 1)
    assert not tree.offer((0, 0), "expander", b"label b", 2)
    assert tree.offer((0, 0, 0), ELEMENT_KIND, b"child", 2)


def test_slots_not_reached_in_a_complete_run_are_forgotten() -> None:
    tree = SentTree()
    for index in range(3):
        tree.offer((0, index), ELEMENT_KIND, b"x", 1)
    tree.offer((0, 0), ELEMENT_KIND, b"x", 2)
    tree.prune_unreached(2)
    assert tree.slot_count() == 1
    assert not tree.offer((0, 1), ELEMENT_KIND, b"x", 3)


def test_clear_forgets_everything() -> None:
    tree = SentTree()
    tree.offer((1, 0), ELEMENT_KIND, b"x", 1)
    tree.clear()
    assert not tree.offer((1, 0), ELEMENT_KIND, b"x", 2)
