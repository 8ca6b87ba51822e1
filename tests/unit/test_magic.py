from __future__ import annotations

from typing import Any

from dataapp.runtime.magic import MAGIC_FUNCTION_NAME, compile_script


def _written(source: str) -> list[tuple[Any, ...]]:
    written: list[tuple[Any, ...]] = []
    namespace: dict[str, Any] = {MAGIC_FUNCTION_NAME: lambda *values: written.append(values)}
    exec(compile_script(source, "<app>"), namespace)
    return written


def test_bare_expressions_are_written() -> None:
    assert _written("x = 3\nx\n'hello'\nx + 1\n") == [(3,), ("hello",), (4,)]


def test_a_bare_tuple_is_written_as_several_values() -> None:
    assert _written("x = 2\n'x is', x\n") == [("x is", 2)]


def test_calls_docstrings_and_assignments_are_not_written() -> None:
    source = (
        '"""Module docstring."""\nprint("hi")\ny = 5\ndef f():\n    """Doc."""\n    return 1\nf()\n'
    )
    assert _written(source) == []


def test_magic_reaches_inside_functions_loops_and_branches() -> None:
    source = (
        "def f():\n    'doc'\n    'in function'\nf()\n"
        "for i in range(2):\n    i\n"
        "if True:\n    'if'\nelse:\n    'else'\n"
        "try:\n    'try'\nexcept Exception:\n    pass\nfinally:\n    'finally'\n"
    )
    assert _written(source) == [("in function",), (0,), (1,), ("if",), ("try",), ("finally",)]


def test_class_bodies_are_left_alone() -> None:
    assert _written("class A:\n    'doc'\n    1\n") == []


def test_magic_can_be_turned_off() -> None:
    written: list[Any] = []
    namespace: dict[str, Any] = {MAGIC_FUNCTION_NAME: written.append}
    exec(compile_script("1\n", "<app>", magic=False), namespace)
    assert written == []
