"""The element registry names every case of the protocol, once, and the page's generated table
is what the registry writes."""

from __future__ import annotations

from dataapp.elements import registry
from dataapp.proto.element_pb2 import Element
from dataapp.proto.layout_pb2 import Block
from dataapp.testing.element_tree import element_node


def _cases(message: type[Element] | type[Block]) -> set[str]:
    return {f.name for f in message.DESCRIPTOR.oneofs_by_name["type"].fields}


def test_every_element_and_block_case_has_one_entry() -> None:
    assert {k.case for k in registry.ELEMENTS} == _cases(Element)
    assert len(registry.ELEMENTS) == len(_cases(Element))
    assert {k.case for k in registry.BLOCKS} == _cases(Block)
    assert len(registry.BLOCKS) == len(_cases(Block))


def test_widgets_say_how_they_report_and_only_widgets_do() -> None:
    for kind in registry.ELEMENTS:
        assert (kind.shown is None) == (kind.widget is registry.WidgetMode.NEVER), kind.case


def test_a_case_serving_several_names_is_told_apart_by_a_field() -> None:
    element = Element()
    element.slider.kind = element.slider.SELECT_SLIDER
    kind = registry.element_kind(element)
    assert kind is not None
    assert kind.name_of(element.slider) == "select_slider"
    assert set(kind.api_names) == {"slider", "select_slider"}


def test_apptest_shows_each_name_with_the_view_made_for_it() -> None:
    element = Element()
    element.markdown.kind = element.markdown.CAPTION
    assert element_node(element, None).type == "caption"  # type: ignore[arg-type]
    element = Element()
    element.spinner.text = "wait"
    assert element_node(element, None).type == "spinner"  # type: ignore[arg-type]


def test_the_committed_typescript_table_is_fresh() -> None:
    assert registry.TS_PATH.read_text() == registry.typescript()
