"""Each element family declares its own st.* names (engine/elements/<family>/exports.py), and
`st` is exactly what the families declare plus the few names that belong to none."""

from __future__ import annotations

import importlib

import dataapp
from dataapp.elements import registry

FAMILIES = sorted({k.family for k in registry.ELEMENTS} | {k.family for k in registry.BLOCKS})


def _declared() -> dict[str, set[str]]:
    return {
        family: set(importlib.import_module(f"dataapp.elements.{family}.exports").__all__)
        for family in FAMILIES
    }


def test_st_is_what_the_families_declare() -> None:
    declared = _declared()
    names = [name for family in FAMILIES for name in declared[family]]
    assert len(names) == len(set(names)), "a name is declared by two families"
    own = {
        "__version__",
        "cache_data",
        "cache_resource",
        "connection",
        "connections",
        "session_state",
        "sidebar",
    }
    assert set(dataapp.__all__) == set(names) | own
    assert len(dataapp.__all__) == len(set(dataapp.__all__))


# Element names that are not st.* functions: calling a declared component makes the element.
NOT_ST_FUNCTIONS = {"custom_component", "bidi_component"}


def test_every_element_name_is_an_st_function() -> None:
    for kind in registry.ELEMENTS:
        for name in set(kind.api_names) - NOT_ST_FUNCTIONS:
            assert callable(getattr(dataapp, name)), name
