"""Which values are tables (shown or sent as a DataFrame, as Streamlit's `is_dataframe_like`
decides): pandas, numpy, pyarrow and polars objects, told apart by their type's module and
name, so that nothing is imported to ask. Pure; any thread."""

from __future__ import annotations

from typing import Any


def is_table(value: Any) -> bool:
    module = type(value).__module__.split(".")[0]
    name = type(value).__name__
    if module == "pandas":
        return name in ("DataFrame", "Series", "Index", "Styler") or name.endswith("Index")
    if module == "numpy":
        return name == "ndarray"
    if module == "pyarrow":
        return name in ("Table", "RecordBatch")
    if module == "polars":
        return name in ("DataFrame", "Series", "LazyFrame")
    return False
