"""`BaseConnection`: what every connection is, and the promise that open connections close at exit.

A connection object is shared (st.cache_resource) by every session, so its methods run on many
script threads at once; the raw instance is created lazily and may be created twice by a race,
as in Streamlit (the loser is dropped). The exit hook runs once, on the thread that ends the
process.
"""

from __future__ import annotations

import atexit
import logging
import uuid
import weakref
from abc import ABC, abstractmethod
from typing import Any, Generic, Literal, TypeVar

from dataapp.elements.flow.secrets import AttrDict

log = logging.getLogger(__name__)

RawConnectionT = TypeVar("RawConnectionT")

Scope = Literal["global", "session"]


class BaseConnection(ABC, Generic[RawConnectionT]):
    """The base class of every connection `st.connection` makes, first-party or the app's own.

    A subclass implements `_connect(**kwargs)`, which returns the underlying connection object
    (its "raw instance"); `_instance` creates it on first use and again after `reset()`, and
    `_secrets` is the connection's `[connections.<name>]` section of secrets.toml. Override
    `close()` to release what `_connect` opened: dataapp calls it when the app exits. A class
    whose `scope()` is "session" gets one connection per session instead of one per app.
    """

    def __init__(self, connection_name: str, **kwargs: Any) -> None:
        self._connection_name = connection_name
        self._kwargs = kwargs
        # Unique for the life of the process (id() is not): it scopes cached query results.
        self._connection_instance_id = uuid.uuid4()
        self._raw_instance: RawConnectionT | None = self._connect(**kwargs)
        _open_connections.add(self)

    # -- for connection authors ------------------------------------------------------------------

    @abstractmethod
    def _connect(self, **kwargs: Any) -> RawConnectionT:
        """Create the underlying connection object from `kwargs` and `self._secrets`."""

    @property
    def _secrets(self) -> AttrDict:
        """This connection's section of secrets: `[connections.<name>]`, empty when absent."""
        # The same object as st.secrets, so AppTest's `at.secrets` reaches connections too.
        from dataapp.elements.flow.exports import secrets

        connections = secrets.get("connections")
        section = (
            connections.get(self._connection_name) if isinstance(connections, AttrDict) else None
        )
        if isinstance(section, AttrDict):
            return section
        return AttrDict({}, "")

    @property
    def _instance(self) -> RawConnectionT:
        """The underlying connection object, created again if `reset()` dropped it."""
        if self._raw_instance is None:
            self._raw_instance = self._connect(**self._kwargs)
        return self._raw_instance

    @classmethod
    def scope(cls) -> Scope:
        """ "global": one connection shared by every session (the default); "session": one each."""
        return "global"

    # -- for apps --------------------------------------------------------------------------------

    def reset(self) -> None:
        """Forget the underlying connection; the next use connects again (a stale connection,
        an expired token)."""
        self._raw_instance = None

    def close(self) -> None:
        """Release what `_connect` opened. Called at exit; does nothing unless overridden."""

    def __getattr__(self, name: str) -> Any:
        # Only for names the connection does not have: point at the raw instance when it has one.
        if not name.startswith("_"):
            raw = self.__dict__.get("_raw_instance")
            if raw is not None and hasattr(raw, name):
                raise AttributeError(
                    f"`{name}` doesn't exist here, but you can call `._instance.{name}` instead"
                )
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __repr__(self) -> str:
        # Never the arguments or secrets: they hold passwords.
        return f"<{type(self).__name__} {self._connection_name!r}>"


# -- closing at exit -----------------------------------------------------------------------------

_open_connections: weakref.WeakSet[BaseConnection[Any]] = weakref.WeakSet()


def close_open_connections() -> None:
    """Close every connection still alive; one that fails to close is logged, not raised."""
    for connection in list(_open_connections):
        try:
            connection.close()
        except Exception as error:
            # The type only: a driver's message may quote its connection string.
            log.warning("Could not close %r: %s", connection, type(error).__name__)
    _open_connections.clear()


# A connection dropped from the cache and no longer used is garbage, and its driver closes it;
# those still cached when the process ends are closed here (the desktop's exit runs atexit too).
atexit.register(close_open_connections)
