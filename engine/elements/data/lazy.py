"""Tables kept as DuckDB queries: st.dataframe over a Parquet file, folder or glob, a pyarrow
Dataset, a DuckDB relation (over files, or over the tables of the app's own DuckDB database), a
polars LazyFrame (read by DuckDB as a stream of Arrow batches from polars' streaming engine), or
a big pyarrow Table or polars DataFrame (read where it is in memory), or a DB-API cursor's
result (copied into DuckDB a batch at a time), without loading it or copying it into pandas. The row count, the first rows and every window the page asks for
(scrolled, sorted, searched) are queries.

Imported when an app shows data; DuckDB only when such data is shown. A LazyTable is made on the
script thread; windows are computed on the data thread pool. Every LazyTable over the same data
(reruns, sessions) shares one _Scanned: its DuckDB connection (never the app's, which its script
may be using at that moment; for the app's own tables, a second connection to its database)
runs one query at a time, under the _Scanned's lock, as DuckDB refuses a second call on a busy
connection. A LazyFrame's batches are made by polars on the DuckDB thread that reads them. While a window's queries run, a watcher thread
interrupts them once the page has asked for a newer window of the grid.
"""

from __future__ import annotations

import glob
import hashlib
import importlib.util
import os
import tempfile
import threading
import uuid
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

import numpy as np
import pandas as pd

from dataapp.proto.data_pb2 import DataColumn, DataWindow, DataWindowRequest
from dataapp.runtime.context import get_run_context

from .cursor_rows import column_names, copy_rows, is_dbapi_cursor
from .source import (
    _NUMBER_QUERY,
    FIRST_WINDOW_ROWS,
    MAX_WINDOW_ROWS,
    ColumnSpec,
    DataFormat,
    DisplaySpec,
    build_columns,
    content_digest,
    encode_values,
)

if TYPE_CHECKING:
    import duckdb

# The original position of each row, added to sorted and searched windows.
_ROW = "__dataapp_row"
# What one table's queries may hold in memory (sorts beyond it spill to disk).
_MEMORY_LIMIT = "256MB"
# A sorted window within this many rows of either end of its view is a top-N query; deeper,
# the view is sorted once into a temporary table (the last two such views are kept).
TOP_N_ROWS = 100_000
_SORTED_VIEWS_KEPT = 2
# How often a running query checks whether the page still wants its window.
_WATCH_SECONDS = 0.05
# A search with at most this many matching rows is kept in a temporary table (scrolling and
# sorting it then reads only those rows); the last few searches of a table are kept.
SEARCH_KEPT_ROWS = 1_000_000
_SEARCHES_KEPT = 4
# A pyarrow Table or polars DataFrame with more rows than this is read by DuckDB in place;
# a smaller one is converted to pandas (a copy that costs less than opening a connection).
IN_MEMORY_ROWS = 100_000
# Rows of an in-memory table that identify it: the first and last few, and some spread out.
_SAMPLE_EDGE = 256
_SAMPLE_SPREAD = 4096
# DuckDB finds a Python variable named in SQL in the calling thread's frames: the script's
# while the element is made, but not the data threads' that read windows later. Turned off on
# the tables' connections, a query naming one fails the first check and is loaded instead.
_NO_PYTHON_NAMES = "SET python_enable_replacements = false"


@dataclass(frozen=True)
class _Scan:
    """What DuckDB reads (a SELECT), what identifies the data behind it, and how to open the
    connection that reads it."""

    sql: str
    identity: bytes
    connect: Callable[[], duckdb.DuckDBPyConnection]
    # The same rows with their positions in a column named _ROW, when the scan can number them
    # itself (a single Parquet file's `file_row_number`); else a window function numbers them.
    numbered_sql: str | None = None
    # Whether the data can be shown loaded when DuckDB cannot read it: a relation's SQL may
    # name the app's own tables, which another connection lacks; an in-memory table may hold
    # an Arrow type DuckDB does not know (half floats).
    loadable: bool = False
    # Whether every LazyTable over the same identity may share one _Scanned (its row count and
    # first rows): not when the data can change behind an unchanged description (the app's own
    # tables, a LazyFrame's plan) or lives only as long as the app's object (an in-memory
    # table, a cursor's copy).
    shared: bool = True
    # The row count, when the data's own library knows it more cheaply than a scan.
    count: Callable[[], int] | None = None
    # What must live as long as the scan is read: a relation, whose Python objects (a pandas
    # frame its SQL names) stay registered on its connection only while it lives.
    keep: object = field(default=None, compare=False)


@dataclass(frozen=True)
class _Search:
    """A search's view: how many rows match, and the temporary table holding them (None when
    there were too many to keep: its windows then search the data again)."""

    rows: int
    table: str | None


def lazy_table(data: Any, spec: DisplaySpec) -> LazyTable | None:
    """A LazyTable for data DuckDB can scan, else None."""
    scan = _scan(data)
    scanned = _scanned(scan) if scan is not None else None
    if scanned is None and _is_relation(data):
        # Not over files only: the app's own tables, read through its database.
        scan = _app_database_scan(data)
        scanned = _scanned(scan) if scan is not None else None
    return LazyTable(scanned, spec) if scanned is not None else None


def loaded(data: Any) -> Any:
    """`data` as the in-memory grid takes it: a DuckDB relation that cannot be read from another
    connection (it names objects of the app's Python, or its connection is gone) as its rows,
    and a DB-API cursor's rows when DuckDB is not installed."""
    if _is_relation(data):
        return data.df()
    if is_dbapi_cursor(data) and data.description is not None:
        return pd.DataFrame(data.fetchall(), columns=column_names(data))
    return data


def _scan(data: Any) -> _Scan | None:
    if isinstance(data, (str, os.PathLike)):
        return _parquet_scan(os.fspath(data))
    kind = type(data)
    if kind.__module__.startswith("pyarrow") and kind.__name__.endswith("Dataset"):

        def connect() -> duckdb.DuckDBPyConnection:
            connection = _connect()
            connection.register("dataapp_dataset", data)
            return connection

        files = list(getattr(data, "files", []) or [])
        identity = _files_identity(files) if files else str(id(data)).encode()
        return _Scan("SELECT * FROM dataapp_dataset", identity, connect)
    if _is_relation(data):
        sql = data.sql_query()
        return _Scan(sql, sql.encode(), _connect, loadable=True)
    if kind.__module__.startswith("polars") and kind.__name__ == "LazyFrame":
        return _lazy_frame_scan(data)
    table = _big_arrow_table(data)
    if table is not None:
        return _arrow_table_scan(table)
    if is_dbapi_cursor(data) and data.description is not None:
        return _cursor_scan(data) if importlib.util.find_spec("duckdb") is not None else None
    return None


def _cursor_scan(cursor: Any) -> _Scan:
    """A DB-API cursor's result (what Streamlit apps pass for "a query on a connection"),
    copied once into a table of its own DuckDB connection (spilled to disk when big); every
    window is then a query on that copy. Nothing identifies the rows without reading them
    all, so each run's cursor is a new table."""
    ctx = get_run_context()
    connection = _connect()
    try:
        if ctx is not None:
            rows = copy_rows(cursor, connection, "dataapp_rows", ctx.check_interrupt)
        else:
            rows = copy_rows(cursor, connection, "dataapp_rows")
    except BaseException:
        connection.close()
        raise
    return _Scan(
        "SELECT * FROM dataapp_rows",
        uuid.uuid4().bytes,
        lambda: connection,
        shared=False,
        count=lambda: rows,
    )


def _big_arrow_table(data: Any) -> Any:
    """A pyarrow Table of `data` (a pyarrow Table, or a polars DataFrame's Arrow memory, not
    copied) when it has more than IN_MEMORY_ROWS rows and DuckDB is installed; else None."""
    kind = type(data)
    module = kind.__module__.partition(".")[0]
    if module == "polars" and kind.__name__ == "DataFrame":
        rows = data.height
    elif module == "pyarrow" and kind.__name__ == "Table":
        rows = data.num_rows
    else:
        return None
    if rows <= IN_MEMORY_ROWS or importlib.util.find_spec("duckdb") is None:
        return None
    return data.to_arrow() if module == "polars" else data


def _arrow_table_scan(table: Any) -> _Scan:
    """A table in the app's memory, read by DuckDB where it is (Arrow's buffers, no copy).
    Identified by its schema, size and a sample of its rows, as a big DataFrame is."""
    import pyarrow as pa  # type: ignore[import-not-found, import-untyped, unused-ignore]

    rows = table.num_rows
    picked = np.unique(
        np.concatenate(
            [
                np.arange(min(rows, _SAMPLE_EDGE)),
                np.arange(max(0, rows - _SAMPLE_EDGE), rows),
                np.linspace(0, rows - 1, _SAMPLE_SPREAD).astype(np.int64),
            ]
        )
    )
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table.take(pa.array(picked)))
    digest = hashlib.blake2b(sink.getvalue().to_pybytes(), digest_size=16)
    digest.update(f"{rows}\0{table.nbytes}".encode())

    def connect() -> duckdb.DuckDBPyConnection:
        connection = _connect()
        connection.register("dataapp_table", table)
        return connection

    return _Scan(
        "SELECT * FROM dataapp_table",
        digest.digest(),
        connect,
        loadable=True,
        shared=False,
        count=lambda: rows,
    )


def _app_database_scan(relation: Any) -> _Scan | None:
    """A relation over the tables of the app's DuckDB database, read on a second connection to
    that database (`cursor()`: same tables and registered Python objects, its own transactions
    and temporary tables), so the app's script can go on using its own connection meanwhile.
    DuckDB's relations do not name their connection publicly; None when this one does not say
    (it is then loaded)."""
    apps = getattr(relation, "_con", None)
    if apps is None or not callable(getattr(apps, "cursor", None)):
        return None
    sql = relation.sql_query()

    def connect() -> duckdb.DuckDBPyConnection:
        # Its memory limit and spill folder are the database's: the app chose them.
        connection: duckdb.DuckDBPyConnection = apps.cursor()
        connection.execute(_NO_PYTHON_NAMES)
        return connection

    return _Scan(sql, sql.encode(), connect, loadable=True, shared=False, keep=relation)


def _lazy_frame_scan(frame: Any) -> _Scan:
    """A polars LazyFrame, registered on the table's connection as a stream DuckDB may read
    any number of times: each read runs the plan on polars' streaming engine, batch by batch,
    and stops when DuckDB has what it needs (the first rows need only the first batches)."""
    stream = _LazyFrameStream(frame)

    def connect() -> duckdb.DuckDBPyConnection:
        connection = _connect()
        connection.register("dataapp_lazyframe", stream)
        return connection

    def count() -> int:
        import polars as pl  # type: ignore[import-not-found, unused-ignore]

        # polars counts a Parquet scan from its metadata, without reading its rows.
        return int(frame.select(pl.len()).collect(engine="streaming").item())

    plan = str(frame.explain(optimized=False))
    return _Scan(
        "SELECT * FROM dataapp_lazyframe",
        plan.encode(),
        connect,
        loadable=True,
        shared=False,
        count=count,
    )


class _LazyFrameStream:
    """A LazyFrame as an Arrow stream (`__arrow_c_stream__`), a new one for every read."""

    def __init__(self, frame: Any) -> None:
        self._frame = frame
        # DuckDB reads a stream's schema from `schema` before it reads any rows.
        self.schema = frame.head(0).collect().to_arrow().schema

    def __arrow_c_stream__(self, requested_schema: object = None) -> object:
        import pyarrow as pa  # type: ignore[import-not-found, import-untyped, unused-ignore]

        schema = self.schema
        # lazy=True: polars starts when the first batch is asked for, not now.
        parts = self._frame.collect_batches(lazy=True, engine="streaming")

        def batches() -> Iterator[Any]:
            for part in parts:
                table = part.to_arrow()
                if table.schema != schema:
                    table = table.cast(schema)
                yield from table.to_batches()

        reader = pa.RecordBatchReader.from_batches(schema, batches())
        return reader.__arrow_c_stream__(requested_schema)


def _is_relation(data: Any) -> bool:
    kind = type(data)
    return kind.__module__.startswith("duckdb") and kind.__name__ == "DuckDBPyRelation"


def _parquet_scan(path: str) -> _Scan | None:
    """A .parquet file, a glob of them, or a folder holding them; None for any other string."""
    if os.path.isdir(path):
        pattern = os.path.join(path, "**", "*.parquet")
    elif path.lower().endswith(".parquet"):
        pattern = path
    else:
        return None
    files = sorted(glob.glob(pattern, recursive=True))
    if not files:
        return None
    literal = "'" + pattern.replace("'", "''") + "'"
    numbered = None
    if len(files) == 1:
        numbered = (
            f"SELECT * EXCLUDE (file_row_number), file_row_number AS {_ROW} "
            f"FROM read_parquet({literal}, file_row_number := true)"
        )
    return _Scan(
        f"SELECT * FROM read_parquet({literal})", _files_identity(files), _connect, numbered
    )


def _connect() -> duckdb.DuckDBPyConnection:
    """A connection of the table's own, bounded: a sort bigger than this spills to a
    temporary folder instead of growing the app's memory. The folder is the connection's own:
    DuckDB makes it when it first spills and deletes it when the connection closes."""
    import duckdb

    spill = os.path.join(tempfile.gettempdir(), f"dataapp-duckdb-{uuid.uuid4().hex}")
    connection = duckdb.connect(config={"memory_limit": _MEMORY_LIMIT, "temp_directory": spill})
    connection.execute(_NO_PYTHON_NAMES)
    return connection


def _files_identity(files: list[str]) -> bytes:
    digest = hashlib.blake2b(digest_size=16)
    for name in sorted(files):
        try:
            stat = os.stat(name)
        except OSError:
            continue
        digest.update(f"{name}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return digest.digest()


class _Scanned:
    """One scanned table as DuckDB knows it, shared by every LazyTable over the same data (the
    next run's, other sessions'): its connection, row count, first rows, and the searches and
    sorted views kept as temporary tables. One query at a time: hold `lock`."""

    def __init__(self, scan: _Scan, connection: duckdb.DuckDBPyConnection) -> None:
        self.scan = scan
        self.connection = connection
        self.lock = threading.Lock()
        self.head = self.fetch(f"SELECT * FROM ({scan.sql}) LIMIT {FIRST_WINDOW_ROWS}")
        if scan.count is not None:
            self.row_count = scan.count()
        else:
            self.row_count = self.count(f"SELECT count(*) FROM ({scan.sql})")
        # Keyed by the search (or sort) and the shown columns, which decide what search sees.
        self.searches: OrderedDict[tuple[object, ...], _Search] = OrderedDict()
        self.sorted_views: OrderedDict[tuple[object, ...], str] = OrderedDict()
        self._tables_made = 0

    def fetch(self, sql: str) -> pd.DataFrame:
        return cast("pd.DataFrame", self.connection.sql(sql).df())

    def count(self, sql: str) -> int:
        rows = self.connection.sql(sql).fetchall()
        return int(rows[0][0])

    def new_table_name(self) -> str:
        self._tables_made += 1
        return f"dataapp_view_{self._tables_made}"


# Scanned tables still used by a LazyTable, by what they read: a rerun that shows the same files
# finds its connection and its kept searches and sorts again.
_scanned_tables: weakref.WeakValueDictionary[bytes, _Scanned] = weakref.WeakValueDictionary()
_scanned_lock = threading.Lock()


def _scanned(scan: _Scan) -> _Scanned | None:
    """The shared _Scanned for `scan`, made on first use; None when DuckDB cannot read data
    that can be shown loaded instead."""
    import duckdb

    key = scan.identity + b"\0" + scan.sql.encode()
    if scan.shared:
        with _scanned_lock:
            found = _scanned_tables.get(key)
        if found is not None:
            return found
    try:
        connection = scan.connect()
        try:
            scanned = _Scanned(scan, connection)
        except BaseException:
            connection.close()
            raise
    except duckdb.Error:
        if scan.loadable:
            return None
        raise
    if not scan.shared:
        return scanned
    with _scanned_lock:
        return _scanned_tables.setdefault(key, scanned)


class LazyTable:
    """A table kept as a query (implements dataapp.runtime.data_sources.WindowSource and what
    st.dataframe reads of a FrameSource)."""

    format = DataFormat.OTHER
    styler = None

    def __init__(self, data: _Scanned, spec: DisplaySpec) -> None:
        self._data = data
        self._scan = data.scan
        head = data.head
        self._names = list(head.columns)
        self.row_count = data.row_count
        self.columns: list[ColumnSpec] = build_columns(head, spec, None)
        self._shown = tuple((c.key, int(c.kind), c.is_index) for c in self.columns)
        self._head = head
        described = b"".join(c.proto().SerializeToString(deterministic=True) for c in self.columns)
        content = content_digest(
            head, None, data.scan.identity + described + str(self.row_count).encode()
        )
        self.source_id = "q" + content.hex()[:23]

    @property
    def frame(self) -> pd.DataFrame:
        """Every row, loaded: what AppTest's `.value` gives. The page never asks for it."""
        with self._data.lock:
            return self._fetch(f"SELECT * FROM ({self._scan.sql})")

    # -- WindowSource ----------------------------------------------------------------------------

    def full_digest(self) -> bytes | None:
        """The source id covers the files' sizes and times, or the query's text."""
        return None

    def compute_window(
        self, request: DataWindowRequest, superseded: Callable[[], bool]
    ) -> DataWindow | None:
        import duckdb

        sort = [
            (self.columns[key.column], key.descending)
            for key in request.sort
            if key.column < len(self.columns)
        ]
        search = request.search.strip().lower()
        with self._data.lock:
            if superseded():
                return None
            try:
                with self._interrupted_when(superseded):
                    window = self._compute_window(sort, search, request)
            except duckdb.InterruptException:
                return None
        window.seq = request.seq
        window.view = request.view
        return window

    def _compute_window(
        self, sort: list[tuple[ColumnSpec, bool]], search: str, request: DataWindowRequest
    ) -> DataWindow:
        view_rows = self._search(search).rows if search else self.row_count
        start = min(int(request.start), view_rows)
        count = min(int(request.count), MAX_WINDOW_ROWS, view_rows - start)
        if not sort and not search:
            rows = self._fetch(f"SELECT * FROM ({self._scan.sql}) LIMIT {count} OFFSET {start}")
            return self._window(rows, np.arange(start, start + len(rows)), start, view_rows)
        rows = self._ordered_rows(sort, search, start, count, view_rows)
        positions = rows.pop(_ROW).to_numpy(dtype=np.int64)
        window = self._window(rows, positions, start, view_rows)
        window.positions.extend(positions.tolist())
        return window

    @contextmanager
    def _interrupted_when(self, superseded: Callable[[], bool]) -> Iterator[None]:
        """Stop the running query once the page asked for another window of this grid: a sort
        or search of a big table takes seconds, and the page waits for the newer one."""
        done = threading.Event()

        def watch() -> None:
            while not done.wait(_WATCH_SECONDS):
                if superseded():
                    self._data.connection.interrupt()
                    return

        watcher = threading.Thread(target=watch, name="dataapp-window-watch", daemon=True)
        watcher.start()
        try:
            yield
        finally:
            done.set()
            watcher.join()

    # -- windows ---------------------------------------------------------------------------------

    def first_window(self) -> DataWindow:
        return self._window(self._head, np.arange(len(self._head)), 0, self.row_count)

    def _window(
        self, rows: pd.DataFrame, positions: np.ndarray, start: int, view_rows: int
    ) -> DataWindow:
        window = DataWindow(source_id=self.source_id, view_row_count=view_rows, start=start)
        for column in self.columns:
            if column.is_index:
                # The index of a scanned table is the row's position, as pandas would number it.
                values = pd.Series(positions, dtype="int64")
            else:
                values = rows.iloc[:, column.frame_position].reset_index(drop=True)
            window.columns.append(encode_values(values, column.kind))
        return window

    # -- queries ---------------------------------------------------------------------------------

    def _fetch(self, sql: str) -> pd.DataFrame:
        return self._data.fetch(sql)

    def _numbered(self) -> str:
        if self._scan.numbered_sql is not None:
            return self._scan.numbered_sql
        # DuckDB keeps a scan's order (preserve_insertion_order), so these are the positions
        # the first window and unsorted windows show.
        return f"SELECT *, row_number() OVER () - 1 AS {_ROW} FROM ({self._scan.sql})"

    def _search(self, search: str) -> _Search:
        """The view of rows matching `search`, kept when it is small enough (one scan either
        way: the rows are counted while they are kept)."""
        data = self._data
        key = (search, self._shown)
        found = data.searches.get(key)
        if found is None:
            table = data.new_table_name()
            matching = f"SELECT * FROM ({self._numbered()}) {self._where(search)}"
            data.connection.execute(
                f"CREATE TEMP TABLE {table} AS {matching} LIMIT {SEARCH_KEPT_ROWS + 1}"
            )
            rows = data.count(f"SELECT count(*) FROM {table}")
            if rows > SEARCH_KEPT_ROWS:
                data.connection.execute(f"DROP TABLE {table}")
                found = _Search(data.count(f"SELECT count(*) FROM ({matching})"), None)
            else:
                found = _Search(rows, table)
            data.searches[key] = found
            while len(data.searches) > _SEARCHES_KEPT:
                _, dropped = data.searches.popitem(last=False)
                if dropped.table is not None:
                    data.connection.execute(f"DROP TABLE {dropped.table}")
        data.searches.move_to_end(key)
        return found

    def _view(self, search: str) -> str:
        """The SELECT of a view's rows, each with its position in _ROW."""
        if not search:
            return self._numbered()
        kept = self._search(search).table
        if kept is not None:
            return f"SELECT * FROM {kept}"
        return f"SELECT * FROM ({self._numbered()}) {self._where(search)}"

    def _where(self, search: str) -> str:
        """Rows with `search` in one of their shown cells' text, case-insensitively: numbers
        as the page shows them and only for a number-like search, as in the in-memory grid."""
        needle = "'" + search.replace("'", "''") + "'"
        if not search:
            return ""
        texts = (self._searched_text(column, search) for column in self.columns)
        cells = [text for text in texts if text is not None]
        if not cells:
            return "WHERE false"
        return "WHERE " + " OR ".join(f"contains({cell}, {needle})" for cell in cells)

    def _searched_text(self, column: ColumnSpec, search: str) -> str | None:
        """The SQL for a cell's text as search sees it; None when `search` cannot match it."""
        cell = self._expression(column)
        if column.kind in (DataColumn.INTEGER, DataColumn.FLOAT):
            if not _NUMBER_QUERY.match(search):
                return None
            if column.kind == DataColumn.FLOAT:
                return f"printf('%.4f', {cell})"
        return f"lower(CAST({cell} AS VARCHAR))"

    def _ordered_rows(
        self,
        sort: list[tuple[ColumnSpec, bool]],
        search: str,
        start: int,
        count: int,
        view_rows: int,
    ) -> pd.DataFrame:
        view = self._view(search)
        if start + count <= TOP_N_ROWS:
            # DuckDB keeps only the first rows of the order (a top-N), never sorting them all.
            return self._fetch(f"{view} {self._order_by(sort)} LIMIT {count} OFFSET {start}")
        if view_rows - start <= TOP_N_ROWS:
            # The end of the view is the start of the reversed order: a top-N too.
            rows = self._fetch(
                f"{view} {self._order_by(sort, reverse=True)} "
                f"LIMIT {count} OFFSET {view_rows - start - count}"
            )
            return cast("pd.DataFrame", rows.iloc[::-1].reset_index(drop=True))
        table = self._sorted_view(view, sort, search)
        if self._scan.numbered_sql is None:
            return self._fetch(f"SELECT * FROM {table} LIMIT {count} OFFSET {start}")
        # The table holds positions only; a file that numbers its rows finds them quickly.
        positions = self._fetch(f"SELECT {_ROW} FROM {table} LIMIT {count} OFFSET {start}")[_ROW]
        if positions.empty:
            return self._fetch(f"{view} LIMIT 0")
        listed = ", ".join(str(int(p)) for p in positions)
        rows = self._fetch(f"SELECT * FROM ({self._numbered()}) WHERE {_ROW} IN ({listed})")
        ordered = rows.set_index(_ROW, drop=False).loc[positions.to_numpy()]
        return cast("pd.DataFrame", ordered.reset_index(drop=True))

    def _sorted_view(self, view: str, sort: list[tuple[ColumnSpec, bool]], search: str) -> str:
        """A temporary table holding the view in order (its rows' positions, when the file
        numbers its rows), made once for the middle of a big sorted view: one full sort, which
        DuckDB spills to disk beyond its memory limit."""
        data = self._data
        key = (tuple((column.key, descending) for column, descending in sort), search, self._shown)
        table = data.sorted_views.get(key)
        if table is None:
            table = data.new_table_name()
            kept = "*" if self._scan.numbered_sql is None else _ROW
            data.connection.execute(
                f"CREATE TEMP TABLE {table} AS SELECT {kept} FROM ({view}) {self._order_by(sort)}"
            )
            data.sorted_views[key] = table
            while len(data.sorted_views) > _SORTED_VIEWS_KEPT:
                _, dropped = data.sorted_views.popitem(last=False)
                data.connection.execute(f"DROP TABLE {dropped}")
        data.sorted_views.move_to_end(key)
        return table

    def _order_by(self, sort: list[tuple[ColumnSpec, bool]], *, reverse: bool = False) -> str:
        """Sorted by the columns, missing values last, then by position (ties keep their order,
        as in the in-memory grid's stable sort); `reverse` is that order backwards."""
        nulls = "FIRST" if reverse else "LAST"
        keys = [
            f"{self._expression(column)} {'DESC' if descending != reverse else 'ASC'} NULLS {nulls}"
            for column, descending in sort
        ]
        keys.append(f"{_ROW} {'DESC' if reverse else 'ASC'}")
        return "ORDER BY " + ", ".join(keys)

    def _expression(self, column: ColumnSpec) -> str:
        if column.is_index:
            return _ROW
        name = str(self._names[column.frame_position])
        return '"' + name.replace('"', '""') + '"'
