"""`SQLConnection`: a SQLAlchemy engine made from secrets and arguments, and cached queries on it.

One object serves every session (st.cache_resource), so `query` runs on many script threads at
once: the SQLAlchemy engine and its pool are thread-safe, and each query checks out its own
connection for as long as it runs. SQLAlchemy and pandas are imported on first use.
"""

from __future__ import annotations

import threading
import time
from collections import ChainMap
from collections.abc import Iterator
from datetime import timedelta
from typing import TYPE_CHECKING, Any, cast, overload

from dataapp.runtime.caching import CachedFunc, cache_data
from dataapp.runtime.caching.durations import ttl_to_seconds
from dataapp.runtime.run_report import record_query

from .base import BaseConnection
from .drivers import missing_dialect_error
from .errors import ConnectionConfigError
from .redact import redact_url

if TYPE_CHECKING:
    from pandas import DataFrame
    from sqlalchemy.engine import URL, Connection, Engine
    from sqlalchemy.orm import Session

# What `URL.create` is made of; everything else is an argument of `sqlalchemy.create_engine`.
_URL_PARAMS = (
    "url",
    "driver",
    "dialect",
    "username",
    "password",
    "host",
    "port",
    "database",
    "query",
)
# Without a `url`: what a server database needs. SQLite and DuckDB files need only `dialect`.
_SERVER_PARAMS = ("dialect", "username", "host")
_FILE_DIALECTS = ("sqlite", "duckdb")

_DEFAULT_SPINNER = "Running `sql.query(...)`."


# Set on the calling thread when a query's cache missed and the database ran it (a cache_data
# function runs its body on the thread that calls it).
_ran_on_database = threading.local()


class SQLConnection(BaseConnection["Engine"]):
    """A connection to a SQL database through a SQLAlchemy Engine: `st.connection(name, type="sql")`.

    Settings come from `[connections.<name>]` in secrets.toml and from keyword arguments
    (which win): a `url` (`dialect+driver://username:password@host:port/database`), or its
    parts (`dialect`, `driver`, `username`, `password`, `host`, `port`, `database`, `query`);
    `autocommit`; anything else (and secrets' `create_engine_kwargs`) goes to
    `sqlalchemy.create_engine`. `query()` runs a read-only query, cached like st.cache_data;
    `session` is a SQLAlchemy Session for writes and transactions.
    """

    def __init__(self, connection_name: str, **kwargs: Any) -> None:
        self._query_lock = threading.Lock()
        self._cached_queries: dict[tuple[float | None, bool | str], CachedFunc[..., Any]] = {}
        super().__init__(connection_name, **kwargs)

    def _connect(self, autocommit: bool = False, **kwargs: Any) -> Engine:
        import sqlalchemy
        from sqlalchemy.exc import NoSuchModuleError

        engine_kwargs = {k: v for k, v in kwargs.items() if k not in _URL_PARAMS}
        params: ChainMap[str, Any] = ChainMap(
            {k: v for k, v in kwargs.items() if k in _URL_PARAMS}, self._secrets.to_dict()
        )
        url = self._url(params)
        engine_options = {
            **self._secrets.to_dict().get("create_engine_kwargs", {}),
            **engine_kwargs,
        }
        _share_in_memory_sqlite(url, engine_options)
        try:
            engine = sqlalchemy.create_engine(url, **engine_options)
        except NoSuchModuleError as error:
            raise missing_dialect_error(error) from None
        _report_statements(engine, self._connection_name)
        if autocommit:
            return engine.execution_options(isolation_level="AUTOCOMMIT")
        return engine

    def _url(self, params: ChainMap[str, Any]) -> URL:
        from sqlalchemy.engine import URL, make_url

        name = self._connection_name
        if not any(key in params for key in _URL_PARAMS):
            raise ConnectionConfigError(
                f"Missing SQL DB connection configuration for st.connection({name!r}): set `url` "
                f'(e.g. url = "sqlite:///data.db") under [connections.{name}] in '
                "secrets.toml, or pass url=... to st.connection."
            )
        if "url" in params:
            text = str(params["url"])
            try:
                return make_url(text)
            except Exception:
                # Not `from error`: SQLAlchemy's message may quote the URL, password and all.
                raise ConnectionConfigError(
                    f"The url of st.connection({name!r}) is not a URL SQLAlchemy can read: "
                    f"{redact_url(text)!r}. Write it as "
                    "dialect+driver://username:password@host:port/database, e.g. "
                    "sqlite:///data.db or postgresql+psycopg://me:secret@localhost/sales."
                ) from None
        dialect = str(params.get("dialect", ""))
        required = ("dialect",) if dialect in _FILE_DIALECTS else _SERVER_PARAMS
        missing = [key for key in required if key not in params]
        if missing:
            raise ConnectionConfigError(
                f"st.connection({name!r}) is missing {', '.join(missing)}: set it under "
                f"[connections.{name}] in secrets.toml or pass it to st.connection (or give "
                "one `url` instead)."
            )
        driver = f"+{params['driver']}" if "driver" in params else ""
        try:
            port = int(params["port"]) if "port" in params else None
        except (TypeError, ValueError):
            raise ConnectionConfigError(
                f"The port of st.connection({name!r}) must be a number, not {params['port']!r}."
            ) from None
        return URL.create(
            drivername=dialect + driver,
            username=params.get("username"),
            password=params.get("password"),
            host=params.get("host"),
            port=port,
            database=params.get("database"),
            query=dict(params.get("query", {})),
        )

    # -- queries ---------------------------------------------------------------------------------

    @overload
    def query(
        self,
        sql: str,
        *,
        show_spinner: bool | str = _DEFAULT_SPINNER,
        ttl: float | int | timedelta | None = None,
        index_col: str | list[str] | None = None,
        chunksize: None = None,
        params: Any | None = None,
        **kwargs: Any,
    ) -> DataFrame: ...

    @overload
    def query(
        self,
        sql: str,
        *,
        show_spinner: bool | str = _DEFAULT_SPINNER,
        ttl: float | int | timedelta | None = None,
        index_col: str | list[str] | None = None,
        chunksize: int,
        params: Any | None = None,
        **kwargs: Any,
    ) -> Iterator[DataFrame]: ...

    def query(
        self,
        sql: str,
        *,
        show_spinner: bool | str = _DEFAULT_SPINNER,
        ttl: float | int | timedelta | None = None,
        index_col: str | list[str] | None = None,
        chunksize: int | None = None,
        params: Any | None = None,
        **kwargs: Any,
    ) -> DataFrame | Iterator[DataFrame]:
        """Run a read-only query; its result is cached like `st.cache_data` (for `ttl`).

        `params` are bound to `:name` placeholders (`params={"name": value}`); `index_col` and
        the other keyword arguments go to `pandas.read_sql`. With `chunksize`, an iterator over
        DataFrames of that many rows. A result is shared by every session of the app until its
        `ttl` ends or the cache is cleared.
        """
        cached = self._cached_query(ttl_to_seconds(ttl), show_spinner)
        _ran_on_database.ran = False
        started = time.perf_counter()
        result = cached(
            self._connection_instance_id,
            sql,
            index_col=index_col,
            chunksize=chunksize,
            params=params,
            **kwargs,
        )
        if not _ran_on_database.ran:
            # The run inspector (docs/inspector.md) hears of statements the database runs
            # from the engine (_report_statements); one the cache answered, from here.
            record_query(self._connection_name, sql, time.perf_counter() - started, cached=True)
        if chunksize is not None:
            return iter(cast("list[DataFrame]", result))
        return cast("DataFrame", result)

    def _cached_query(self, ttl: float | None, show_spinner: bool | str) -> CachedFunc[..., Any]:
        """The st.cache_data function of this connection for `ttl`: made once, then reused."""
        with self._query_lock:
            cached = self._cached_queries.get((ttl, show_spinner))
            if cached is None:

                def run_query(
                    instance_id: object,
                    sql: str,
                    index_col: str | list[str] | None = None,
                    chunksize: int | None = None,
                    params: Any | None = None,
                    **kwargs: Any,
                ) -> Any:
                    _ran_on_database.ran = True
                    return self._read_sql(sql, index_col, chunksize, params, kwargs)

                # Each connection name and ttl has its own cache, as in Streamlit (whose caches
                # are told apart by this name); `instance_id` tells connections apart.
                ttl_name = str(ttl).replace(".", "_")
                run_query.__qualname__ = f"SQLConnection.query_{self._connection_name}_{ttl_name}"
                cached = cache_data(run_query, ttl=ttl, show_spinner=show_spinner)
                self._cached_queries[(ttl, show_spinner)] = cached
            return cached

    def _read_sql(
        self,
        sql: str,
        index_col: str | list[str] | None,
        chunksize: int | None,
        params: Any,
        kwargs: dict[str, Any],
    ) -> DataFrame | list[DataFrame]:
        with self._instance.connect() as connection:
            try:
                return _read_frames(connection, sql, index_col, chunksize, params, kwargs)
            except Exception as error:
                if not (connection.invalidated or _connection_was_lost(error)):
                    _name_the_sql(error, sql)
                    raise
        # The server closed the connection (a restart, an idle timeout): SQLAlchemy has dropped
        # the pool's connections, so one more try gets a fresh one.
        with self._instance.connect() as connection:
            try:
                return _read_frames(connection, sql, index_col, chunksize, params, kwargs)
            except Exception as error:
                _name_the_sql(error, sql)
                raise

    # -- the engine ------------------------------------------------------------------------------

    def connect(self) -> Connection:
        """A new SQLAlchemy Connection from the engine (`with conn.connect() as c: ...`)."""
        return self._instance.connect()

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy Engine."""
        return self._instance

    @property
    def driver(self) -> str:
        """The name of the engine's DB-API driver, e.g. "pysqlite", "psycopg", "duckdb_engine"."""
        return str(self._instance.driver)

    @property
    def session(self) -> Session:
        """A new SQLAlchemy Session, for writes and transactions: `with conn.session as s: ...`."""
        from sqlalchemy.orm import Session

        return Session(self._instance)

    def close(self) -> None:
        """Close the engine's pooled connections (at exit)."""
        engine = self._raw_instance
        if engine is not None:
            engine.dispose()

    def __repr__(self) -> str:
        engine = self.__dict__.get("_raw_instance")
        if engine is None:
            return super().__repr__()
        url = engine.url.render_as_string(hide_password=True)
        return f"<SQLConnection {self._connection_name!r} {url}>"


def _read_frames(
    connection: Connection,
    sql: str,
    index_col: str | list[str] | None,
    chunksize: int | None,
    params: Any,
    kwargs: dict[str, Any],
) -> DataFrame | list[DataFrame]:
    import pandas as pd
    from sqlalchemy import text

    if chunksize is None:
        frame = pd.read_sql(text(sql), connection, index_col=index_col, params=params, **kwargs)
        return cast("DataFrame", frame)
    # The chunks are read while the connection is open, and cached as a list.
    chunks = pd.read_sql(
        text(sql), connection, index_col=index_col, chunksize=chunksize, params=params, **kwargs
    )
    return list(chunks)


def _share_in_memory_sqlite(url: URL, engine_options: dict[str, Any]) -> None:
    """One in-memory SQLite database for every thread, unless the app chose its own pool.

    SQLAlchemy gives each thread its own connection to `sqlite://`, which is then its own empty
    database: a table made in one run would be gone in the next (each run has its thread).
    """
    from sqlalchemy.pool import StaticPool

    in_memory = url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")
    if in_memory and "poolclass" not in engine_options:
        engine_options["poolclass"] = StaticPool
        engine_options["connect_args"] = {
            "check_same_thread": False,
            **engine_options.get("connect_args", {}),
        }


def _connection_was_lost(error: BaseException) -> bool:
    """Whether `error` comes from a connection the database closed.

    pandas wraps the driver's error in its own DatabaseError, sometimes after a second failure
    on the dead connection (SQLAlchemy's PendingRollbackError): look along the whole chain.
    """
    from sqlalchemy.exc import DBAPIError

    seen: set[int] = set()
    candidate: BaseException | None = error
    while candidate is not None and id(candidate) not in seen:
        if isinstance(candidate, DBAPIError) and candidate.connection_invalidated:
            return True
        seen.add(id(candidate))
        candidate = candidate.__cause__ or candidate.__context__
    return False


def _name_the_sql(error: BaseException, sql: str) -> None:
    """Make sure the error the app shows quotes the SQL that failed.

    pandas' errors quote it, and SQLAlchemy's do once a statement ran; an error from getting a
    connection has no statement yet: given one, its message shows "[SQL: ...]". The error keeps
    its type, so apps that catch SQLAlchemy's or pandas' errors still do.
    """
    from sqlalchemy.exc import StatementError

    if isinstance(error, StatementError) and error.statement is None:
        error.statement = sql


def _report_statements(engine: Engine, connection_name: str) -> None:
    """Tell the run inspector of every statement the engine sends the database: those of
    `query()` on a cache miss, and those the app sends itself (`conn.session`, `conn.engine`,
    pandas' read_sql), which no cache answers (docs/inspector.md)."""
    from sqlalchemy import event

    started: dict[int, float] = {}

    @event.listens_for(engine, "before_cursor_execute")
    def before(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        started[id(cursor)] = time.perf_counter()

    @event.listens_for(engine, "after_cursor_execute")
    def after(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        began = started.pop(id(cursor), None)
        if began is not None:
            record_query(connection_name, statement, time.perf_counter() - began, cached=False)
