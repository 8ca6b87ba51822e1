"""DataFrames to and from the ArrowTable custom components exchange: three Arrow IPC streams
(values, index, column labels), the shape Streamlit's component library reads and writes.

Pure functions, any thread. Needs pyarrow (a dependency of dataapp; imported on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dataapp.proto.arrow_pb2 import ArrowTable

if TYPE_CHECKING:
    import pandas as pd


def _ipc_stream(frame: pd.DataFrame) -> bytes:
    import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]

    table = pa.Table.from_pandas(frame)
    # pandas 3's strings become Arrow's large_string, which the Arrow library inside most
    # published components (apache-arrow before 2021) cannot read: send plain strings, as
    # Streamlit does.
    smaller = {pa.large_string(): pa.string(), pa.large_binary(): pa.binary()}
    schema = pa.schema(
        [field.with_type(smaller.get(field.type, field.type)) for field in table.schema],
        metadata=table.schema.metadata,
    )
    table = table.cast(schema)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return bytes(sink.getvalue())


def _labels(values: Any) -> pd.DataFrame:
    """An index or the column labels as a frame (one column per level), as Streamlit sends them."""
    import pandas as pd

    labels: pd.DataFrame = pd.DataFrame([list(v) if isinstance(v, tuple) else v for v in values])
    return labels


def frame_to_arrow_table(frame: pd.DataFrame) -> ArrowTable:
    """A DataFrame argument of a component, as the component's frontend receives it."""
    table = ArrowTable()
    table.data = _ipc_stream(frame)
    table.index = _ipc_stream(_labels(frame.index))
    table.columns = _ipc_stream(_labels(frame.columns))
    return table


def _frame(stream: bytes) -> pd.DataFrame:
    import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]

    frame: pd.DataFrame = pa.ipc.open_stream(stream).read_all().to_pandas()
    return frame


def arrow_table_to_frame(table: ArrowTable) -> pd.DataFrame:
    """A DataFrame a component's frontend sent (`setComponentValue(arrowTable)`)."""
    import pandas as pd

    data = _frame(table.data)
    index = _frame(table.index)
    columns = _frame(table.columns)
    frame: pd.DataFrame = pd.DataFrame(
        data.values, index=index.values.T.tolist(), columns=columns.values.T.tolist()
    )
    return frame
