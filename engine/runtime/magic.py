""" "Magic": a bare expression on its own line is written to the app, as in Streamlit.

Pure functions over the AST; called once per script version (the compiled code is cached).
"""

from __future__ import annotations

import ast
from types import CodeType

MAGIC_FUNCTION_NAME = "__dataapp_magic__"

# Statements whose bodies magic looks into (not class bodies, as in Streamlit).
_NESTED_BODIES = (
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.With,
    ast.AsyncWith,
    ast.For,
    ast.AsyncFor,
    ast.While,
    ast.If,
    ast.Try,
)


def compile_script(source: str, filename: str, magic: bool = True) -> CodeType:
    """Compile an app's source, rewriting bare expressions into writes when `magic` is on."""
    tree = ast.parse(source, filename, "exec")
    if magic:
        _rewrite_body(tree.body, allow_docstring=True)
        ast.fix_missing_locations(tree)
    return compile(tree, filename, "exec", dont_inherit=True)


def _rewrite_body(body: list[ast.stmt], allow_docstring: bool) -> None:
    for index, node in enumerate(body):
        if isinstance(node, ast.Expr):
            if allow_docstring and index == 0 and _is_string(node.value):
                continue  # a docstring documents the code; it is not output
            if _is_writable(node.value):
                body[index] = _magic_call(node)
            continue
        if isinstance(node, _NESTED_BODIES):
            is_function = isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            _rewrite_body(node.body, allow_docstring=is_function)
            for attr in ("orelse", "finalbody"):
                _rewrite_body(getattr(node, attr, []), allow_docstring=False)
            for handler in getattr(node, "handlers", []):
                _rewrite_body(handler.body, allow_docstring=False)


def _is_string(value: ast.expr) -> bool:
    return isinstance(value, ast.Constant) and isinstance(value.value, str)


def _is_writable(value: ast.expr) -> bool:
    # Calls are left alone (their result is usually None or an element handle), and so are
    # yield and await, which are control flow rather than values.
    return not isinstance(value, (ast.Call, ast.Yield, ast.YieldFrom, ast.Await))


def _magic_call(node: ast.Expr) -> ast.Expr:
    # A bare tuple (`"x =", x`) is written as several values, like st.write("x =", x).
    args = list(node.value.elts) if isinstance(node.value, ast.Tuple) else [node.value]
    call = ast.Call(func=ast.Name(id=MAGIC_FUNCTION_NAME, ctx=ast.Load()), args=args, keywords=[])
    return ast.copy_location(ast.Expr(value=call), node)
