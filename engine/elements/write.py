"""st.write: shows any value the way its type suggests."""

from __future__ import annotations

import inspect
import types
from typing import Any, TypeVar

from dataapp.runtime.delta_generator import DeltaGeneratorBase

_DG = TypeVar("_DG", bound=DeltaGeneratorBase)

# Rows of a DataFrame that st.write shows until the data elements land.
_TABLE_ROWS = 100


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
                self.markdown(_markdown_table(arg))  # type: ignore[attr-defined]
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
    module = type(value).__module__
    return module.startswith("pandas") and type(value).__name__ in ("DataFrame", "Series", "Index")


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


def _markdown_table(frame: Any) -> str:
    """A pandas object as a Markdown table of its first rows (st.dataframe comes with the data issue)."""
    data = frame.to_frame() if type(frame).__name__ == "Series" else frame
    if type(data).__name__ == "Index":
        data = data.to_frame(index=False)
    shown = data.head(_TABLE_ROWS)

    def cell(value: Any) -> str:
        return str(value).replace("|", "\\|").replace("\n", " ")

    header = "| " + " | ".join(["", *(cell(c) for c in shown.columns)]) + " |"
    rule = "|" + "---|" * (len(shown.columns) + 1)
    rows = [
        "| " + " | ".join([cell(index), *(cell(v) for v in row)]) + " |"
        for index, row in zip(shown.index, shown.itertuples(index=False, name=None), strict=True)
    ]
    note = (
        f"\n\n_{len(data) - _TABLE_ROWS} more rows not shown._" if len(data) > _TABLE_ROWS else ""
    )
    return "\n".join([header, rule, *rows]) + note
