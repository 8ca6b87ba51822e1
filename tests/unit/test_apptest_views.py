"""AppTest's views live in their family's folder: each view shows names of its own family, AppTest
finds it through the registry, and the app's API never loads one."""

from __future__ import annotations

import importlib
import inspect

from dataapp.elements import registry
from dataapp.elements.apptest_support import Block, Element, Widget, block_view, element_view
from tests.support.processes import fresh_python_output

FAMILIES = sorted({k.family for k in registry.ELEMENTS} | {k.family for k in registry.BLOCKS})


def _views(family: str) -> list[type[Element] | type[Block]]:
    module = importlib.import_module(f"dataapp.elements.{family}.apptest")
    return [
        view
        for view in vars(module).values()
        if inspect.isclass(view)
        and view.__module__ == module.__name__
        and issubclass(view, (Element, Block))
    ]


def test_each_view_shows_names_of_its_own_family() -> None:
    for family in FAMILIES:
        names = {n for k in registry.ELEMENTS if k.family == family for n in k.api_names}
        names |= {k.name for k in registry.BLOCKS if k.family == family}
        assert _views(family), family
        for view in _views(family):
            served = set(view.__dict__.get("serves", ()))
            assert served <= names, (view, served - names)


def test_apptest_finds_every_view_through_the_registry() -> None:
    elements = {name: kind for kind in registry.ELEMENTS for name in kind.api_names}
    blocks = {kind.name: kind for kind in registry.BLOCKS}
    for family in FAMILIES:
        for view in _views(family):
            for name in view.__dict__.get("serves", ()):
                if issubclass(view, Element):
                    found = element_view(elements[name], name, issubclass(view, Widget))
                else:
                    found = block_view(blocks[name])
                assert found is view, (name, view)


def test_the_api_loads_no_apptest_view() -> None:
    probe = (
        "import sys, dataapp\n"
        "dataapp.title\n"
        "print(','.join(m for m in sys.modules if m.endswith('apptest') or m.endswith('apptest_support') or m.startswith('dataapp.testing')))\n"
    )
    assert fresh_python_output(probe) == ""
