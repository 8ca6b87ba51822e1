"""A DB-API cursor's rows (PEP 249: `description`, `fetchmany`) copied into a DuckDB table, a
batch at a time, so that a query's result of any size is kept out of the app's memory (DuckDB
spills it to disk beyond its connection's memory limit) and shown as a table kept as a query.

Runs on the script thread, which made the cursor: DB-API connections (sqlite3's among them)
may be used only by the thread that opened them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import duckdb

# Rows fetched and written at a time: bounds the Python objects alive at once.
BATCH_ROWS = 10_000


def is_dbapi_cursor(data: Any) -> bool:
    """Whether `data` is a cursor as Streamlit recognises one (PEP 249's methods)."""
    return all(
        callable(getattr(data, name, None))
        for name in ("execute", "executemany", "fetchone", "fetchmany", "fetchall", "close")
    ) and hasattr(data, "description")


def column_names(cursor: Any) -> list[str]:
    """The result's column names (its description's first items), made unique as DuckDB
    needs them: a repeated name gets `_2`, `_3`..."""
    names: list[str] = []
    for column in cursor.description or ():
        name, n = str(column[0]), 1
        while name in names:
            n += 1
            name = f"{column[0]}_{n}"
        names.append(name)
    return names


def copy_rows(
    cursor: Any,
    connection: duckdb.DuckDBPyConnection,
    table: str,
    between_batches: Callable[[], None] = lambda: None,
) -> int:
    """Fetches every row of `cursor` into a new table `table` of `connection`; the rows copied.
    `between_batches` may raise to stop (a rerun the session asked for: a long result must not
    hold it up until the last row).

    A column's type is what pyarrow makes of its first batch's values; a column with no value
    in the first batch is text (later batches' values are cast to the column's type)."""
    import pyarrow as pa  # type: ignore[import-not-found, import-untyped, unused-ignore]

    names = column_names(cursor)
    quoted = ['"' + name.replace('"', '""') + '"' for name in names]
    rows = 0
    made = False
    while True:
        between_batches()
        batch = cursor.fetchmany(BATCH_ROWS)
        if made and not batch:
            return rows
        values = list(zip(*batch, strict=True)) if batch else [() for _ in names]
        arrays = [pa.array(list(column)) for column in values]
        connection.register("dataapp_batch", pa.Table.from_arrays(arrays, names=names))
        if made:
            connection.execute(f"INSERT INTO {table} SELECT * FROM dataapp_batch")
        else:
            kept = [
                f"CAST({name} AS VARCHAR) AS {name}" if pa.types.is_null(array.type) else name
                for name, array in zip(quoted, arrays, strict=True)
            ]
            connection.execute(
                f"CREATE TABLE {table} AS SELECT {', '.join(kept)} FROM dataapp_batch"
            )
            made = True
        connection.unregister("dataapp_batch")
        rows += len(batch)
        if not batch:
            return rows
