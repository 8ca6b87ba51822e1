"""st.write: shows any value the way its type suggests."""

from __future__ import annotations

import inspect
import types
from typing import Any, TypeVar

from dataapp.runtime.delta_generator import DeltaGeneratorBase

from ..table_types import is_table

_DG = TypeVar("_DG", bound=DeltaGeneratorBase)


class WriteMixin(DeltaGeneratorBase):
    def write(self, *args: Any, unsafe_allow_html: bool = False) -> None:
        # Consecutive strings are joined into one markdown element, as in Streamlit.
        pending: list[str] = []

        def flush() -> None:
            if pending:
                self.markdown(" ".join(pending), unsafe_allow_html=unsafe_allow_html)  # type: ignore[attr-defined]
                pending.clear()

        for arg in args:
            if isinstance(arg, str):
                pending.append(arg)
                continue
            if _is_dataframe_like(arg):
                flush()
                self.dataframe(arg)  # type: ignore[attr-defined]
            elif isinstance(arg, BaseException):
                flush()
                self.exception(arg)  # type: ignore[attr-defined]
            elif isinstance(arg, (dict, list)) or _is_mapping_like(arg):
                flush()
                self.json(_jsonable(arg))  # type: ignore[attr-defined]
            elif isinstance(arg, (types.ModuleType, types.FunctionType, type)) or inspect.isbuiltin(
                arg
            ):
                flush()
                self.code(_describe(arg), language="python")  # type: ignore[attr-defined]
            else:
                pending.append("`" + str(arg).replace("`", "\\`") + "`")
        flush()


def _is_dataframe_like(value: Any) -> bool:
    """Shown with st.dataframe, as in Streamlit (checked by type name: nothing is imported)."""
    if is_table(value):
        return True
    # A DB-API cursor (PEP 249) that ran a query: its rows, as Streamlit shows them.
    return hasattr(value, "description") and all(
        callable(getattr(value, method, None))
        for method in ("execute", "executemany", "fetchone", "fetchmany", "fetchall", "close")
    )


def _is_mapping_like(value: Any) -> bool:
    return hasattr(value, "keys") and hasattr(value, "__getitem__") and not isinstance(value, type)


def _jsonable(value: Any) -> Any:
    if isinstance(value, (dict, list)):
        return value
    return {key: value[key] for key in value.keys()}  # noqa: SIM118 - a mapping-like, not a dict


def _describe(value: Any) -> str:
    name = getattr(value, "__qualname__", None) or getattr(value, "__name__", repr(value))
    try:
        signature = str(inspect.signature(value))
    except (TypeError, ValueError):
        signature = ""
    doc = inspect.getdoc(value) or ""
    header = f"{name}{signature}" if callable(value) else name
    return f"{header}\n\n{doc}".strip()
