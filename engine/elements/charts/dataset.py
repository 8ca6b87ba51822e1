"""Data for charts: anything table-like as a pandas DataFrame, and a DataFrame as a compact
column-by-column ChartDataset for the wire.

Pure functions, any thread; pandas and numpy are imported inside them (`import dataapp` stays
light).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal

from dataapp.errors import APIError
from dataapp.proto.charts_pb2 import ChartDataset
from dataapp.proto.data_pb2 import DataValues

if TYPE_CHECKING:
    import pandas as pd

VegaType = Literal["quantitative", "temporal", "ordinal", "nominal"]


def to_dataframe(data: Any) -> pd.DataFrame:
    """A DataFrame for `data`: DataFrame, Series, Styler, dict, list, numpy array, Arrow/Polars
    tables (anything with `to_pandas()`), or None (empty)."""
    import numpy as np
    import pandas as pd

    frame: pd.DataFrame
    if data is None:
        frame = pd.DataFrame()
    elif isinstance(data, pd.DataFrame):
        frame = data
    elif isinstance(data, pd.Series):
        frame = data.to_frame(name=data.name if data.name is not None else "value")
    elif isinstance(data, pd.Index):
        frame = data.to_frame(index=False)
    elif type(data).__name__ == "Styler" and isinstance(getattr(data, "data", None), pd.DataFrame):
        frame = data.data
    elif hasattr(data, "to_pandas"):
        frame = to_dataframe(data.to_pandas())
    elif isinstance(data, np.ndarray):
        if data.ndim > 2:
            raise APIError(f"A chart needs one- or two-dimensional data, not {data.ndim}-D.")
        frame = pd.DataFrame(data)
    elif isinstance(data, Mapping):
        try:
            frame = pd.DataFrame(data)
        except ValueError:
            # All scalars ({"a": 1, "b": 2}): one column, the keys as its index.
            frame = pd.Series(data).to_frame(name="value")
    elif isinstance(data, Iterable) and not isinstance(data, (str, bytes)):
        frame = pd.DataFrame(list(data))
    else:
        raise APIError(
            f"A chart cannot show a {type(data).__name__}: pass a pandas DataFrame, a dict, a "
            "list or a numpy array."
        )
    return frame


def vega_type(series: pd.Series) -> VegaType:
    """The Vega-Lite field type for a column, as Altair infers it."""
    import pandas as pd
    from pandas.api import types

    if isinstance(series.dtype, pd.CategoricalDtype):
        return "ordinal" if series.dtype.ordered else "nominal"
    if types.is_bool_dtype(series.dtype):
        return "nominal"
    if types.is_numeric_dtype(series.dtype) or types.is_timedelta64_dtype(series.dtype):
        return "quantitative"
    if types.is_datetime64_any_dtype(series.dtype):
        return "temporal"
    first = _first_valid(series)
    if isinstance(first, (dt.date, dt.datetime, pd.Timestamp)):
        return "temporal"
    return "nominal"


def is_temporal(series: pd.Series) -> bool:
    return vega_type(series) == "temporal"


def numeric_values(series: pd.Series) -> Any:
    """The column as float64 numbers for ordering and downsampling (dates: ms since epoch)."""
    import numpy as np

    kind = vega_type(series)
    if kind == "temporal":
        return _temporal_ms(series)
    if kind == "quantitative":
        from pandas.api import types

        if types.is_timedelta64_dtype(series.dtype):
            return series.dt.total_seconds().to_numpy(dtype=np.float64, na_value=np.nan) * 1000
        return series.to_numpy(dtype=np.float64, na_value=np.nan)
    # Categories have no order of their own: their position is the x.
    return np.arange(len(series), dtype=np.float64)


def dataset_proto(df: pd.DataFrame, name: str) -> ChartDataset:
    """The wire form of `df` (its columns only; reset the index first to keep it)."""
    dataset = ChartDataset(name=name)
    for column in df.columns:
        dataset.column_names.append(str(column))
        dataset.columns.append(column_values(df[column]))
    return dataset


def column_values(series: pd.Series) -> DataValues:
    """One column: numbers as doubles, dates as ms since the epoch, booleans, else text."""
    import numpy as np
    import pandas as pd
    from pandas.api import types

    values = DataValues()
    kind = vega_type(series)
    if types.is_bool_dtype(series.dtype):
        mask = series.isna().to_numpy()
        values.bools.data.extend(bool(v) for v in series.fillna(False).to_numpy())
        values.bools.SetInParent()
    elif kind in ("quantitative", "temporal"):
        numbers = numeric_values(series)
        mask = ~np.isfinite(numbers)
        if mask.any():
            numbers = np.where(mask, 0.0, numbers)
        values.doubles.data.extend(numbers.tolist())
        values.doubles.SetInParent()
    else:
        mask = series.isna().to_numpy()
        if isinstance(series.dtype, pd.CategoricalDtype):
            series = series.astype(object)
        values.strings.data.extend("" if m else _text(v) for v, m in zip(series, mask, strict=True))
        values.strings.SetInParent()
    if mask.any():
        values.missing.extend(int(i) for i in np.flatnonzero(mask))
    return values


def _temporal_ms(series: pd.Series) -> Any:
    """Milliseconds since the epoch of each value's wall-clock time (time zones dropped)."""
    import numpy as np
    import pandas as pd
    from pandas.api import types

    if not types.is_datetime64_any_dtype(series.dtype):
        series = pd.to_datetime(series, errors="coerce", utc=False)
        if not types.is_datetime64_any_dtype(series.dtype):
            # Mixed time zones: read them all as UTC.
            series = pd.to_datetime(series, errors="coerce", utc=True)
    if getattr(series.dt, "tz", None) is not None:
        series = series.dt.tz_localize(None)
    stamps = series.to_numpy(dtype="datetime64[ms]")
    numbers = stamps.astype(np.int64).astype(np.float64)
    numbers[np.isnat(stamps)] = np.nan
    return numbers


def _first_valid(series: pd.Series) -> Any:
    present = series.notna().to_numpy()
    return series.iloc[int(present.argmax())] if present.any() else None


def _text(value: Any) -> str:
    return value if isinstance(value, str) else str(value)
