"""`st.connection`: find the connection's class, then make it once and share it (st.cache_resource).

Called on script threads; the cached functions it makes are kept per (ttl, max_entries) under a
lock, and st.cache_resource makes one connection per name, class and arguments (and session,
for a class whose scope is "session") however many sessions ask at once.
"""

from __future__ import annotations

import importlib
import os
import threading
from collections.abc import Mapping
from datetime import timedelta
from typing import Any, Literal, TypeVar, overload

from dataapp.runtime.caching import CachedFunc, cache_resource
from dataapp.runtime.caching.durations import ttl_to_seconds
from dataapp.runtime.context import get_run_context

from .base import BaseConnection
from .drivers import missing_module_error
from .errors import ConnectionConfigError, MissingDriverError
from .snowflake import SnowflakeCallersRightsConnection, SnowflakeConnection
from .sql import SQLConnection

ConnectionClass = TypeVar("ConnectionClass", bound=BaseConnection[Any])

# `type="sql"`, or a connection named "sql" with no type.
FIRST_PARTY: dict[str, type[BaseConnection[Any]]] = {
    "sql": SQLConnection,
    "snowflake": SnowflakeConnection,
    "snowflake-callers-rights": SnowflakeCallersRightsConnection,
}

# `st.connection("env:DB_NAME")` takes the connection's name from that environment variable.
_ENV_PREFIX = "env:"

_SPINNER = "Running `st.connection(...)`."


@overload
def connection(
    name: Literal["sql"],
    type: Literal["sql"] | None = None,
    max_entries: int | None = None,
    ttl: float | timedelta | None = None,
    *,
    autocommit: bool = False,
    **kwargs: Any,
) -> SQLConnection: ...


@overload
def connection(
    name: str,
    type: Literal["sql"],
    max_entries: int | None = None,
    ttl: float | timedelta | None = None,
    *,
    autocommit: bool = False,
    **kwargs: Any,
) -> SQLConnection: ...


@overload
def connection(
    name: str,
    type: type[ConnectionClass],
    max_entries: int | None = None,
    ttl: float | timedelta | None = None,
    **kwargs: Any,
) -> ConnectionClass: ...


@overload
def connection(
    name: str,
    type: str | None = None,
    max_entries: int | None = None,
    ttl: float | timedelta | None = None,
    **kwargs: Any,
) -> BaseConnection[Any]: ...


def connection(
    name: str,
    type: str | type[BaseConnection[Any]] | None = None,
    max_entries: int | None = None,
    ttl: float | timedelta | None = None,
    **kwargs: Any,
) -> BaseConnection[Any]:
    """A connection to a data store, made on first use and shared by every session.

    `name` is the connection's section of secrets.toml, `[connections.<name>]`. `type` is
    "sql" (SQLConnection, also when `name` is "sql"), a BaseConnection subclass or the
    dotted path of one; without it, `type` is read from the secrets section. `max_entries`
    and `ttl` bound how many connections are kept and for how long (as in
    st.cache_resource). The other keyword arguments go to the class's `_connect` and win
    over secrets.toml. See docs/connections.md.
    """
    if name.startswith(_ENV_PREFIX):
        variable = name.removeprefix(_ENV_PREFIX)
        if variable not in os.environ:
            raise ConnectionConfigError(
                f"st.connection({name!r}) takes the connection's name from the environment "
                f"variable {variable}, which is not set."
            )
        name = os.environ[variable]
    connection_class = _connection_class(name, type)
    scope = connection_class.scope()
    if scope not in ("global", "session"):
        raise ConnectionConfigError(
            f"{connection_class.__name__}.scope() must return 'global' or 'session', not {scope!r}."
        )
    ctx = get_run_context()
    session_id = ctx.session_id if scope == "session" and ctx is not None else None
    create = _creator(ttl_to_seconds(ttl), max_entries)
    try:
        return create(name, connection_class, session_id, **kwargs)
    except MissingDriverError:
        raise
    except ModuleNotFoundError as error:
        raise missing_module_error(error) from error


def _connection_class(name: str, given: object) -> type[BaseConnection[Any]]:
    if given is None:
        given = FIRST_PARTY.get(name) or _type_from_secrets(name)
    if isinstance(given, str):
        given = _class_named(given)
    if not isinstance(given, type) or not issubclass(given, BaseConnection):
        raise ConnectionConfigError(
            f"st.connection({name!r}): type must be 'sql', a subclass of "
            f"st.connections.BaseConnection or the dotted path of one, not {given!r}."
        )
    return given


def _type_from_secrets(name: str) -> object:
    from dataapp.elements.flow.exports import secrets

    connections = secrets.get("connections")
    section = connections.get(name) if isinstance(connections, Mapping) else None
    if not isinstance(section, Mapping) or "type" not in section:
        raise ConnectionConfigError(
            f"st.connection({name!r}) needs a type: pass type='sql' (or a BaseConnection "
            f'subclass), or set type = "sql" under [connections.{name}] in secrets.toml.'
        )
    return section["type"]


def _class_named(type_name: str) -> object:
    if type_name == "snowpark":
        raise ConnectionConfigError(
            "The Snowpark connection was removed from Streamlit in favour of the Snowflake "
            "connection, which dataapp does not provide either; use type='sql' with "
            "snowflake-sqlalchemy."
        )
    if "." not in type_name:
        if type_name not in FIRST_PARTY:
            raise ConnectionConfigError(
                f"There is no connection type {type_name!r}: use 'sql', a subclass of "
                "st.connections.BaseConnection, or the dotted path of one."
            )
        return FIRST_PARTY[type_name]
    module_name, _, class_name = type_name.rpartition(".")
    module = importlib.import_module(module_name)
    if not hasattr(module, class_name):
        raise ConnectionConfigError(f"Module {module_name} has no connection class {class_name}.")
    return getattr(module, class_name)


_creators: dict[tuple[float | None, int | None], CachedFunc[..., BaseConnection[Any]]] = {}
_creators_lock = threading.Lock()


def _creator(ttl: float | None, max_entries: int | None) -> CachedFunc[..., BaseConnection[Any]]:
    """The st.cache_resource function that makes connections kept for `ttl`, `max_entries`."""
    with _creators_lock:
        create = _creators.get((ttl, max_entries))
        if create is None:

            def create_connection(
                name: str,
                connection_class: type[BaseConnection[Any]],
                session_id: str | None,
                /,
                **kwargs: Any,
            ) -> BaseConnection[Any]:
                return connection_class(name, **kwargs)

            # One cache per ttl and max_entries (the name tells them apart), so that calls with
            # other values do not share, or evict from, this one.
            ttl_name = str(ttl).replace(".", "_")
            create_connection.__qualname__ = f"create_connection_{ttl_name}_{max_entries}"
            create = cache_resource(
                create_connection, ttl=ttl, max_entries=max_entries, show_spinner=_SPINNER
            )
            _creators[(ttl, max_entries)] = create
        return create
