"""Connections to data stores: `st.connection` and the classes apps import from
`streamlit.connections` (`BaseConnection`, `SQLConnection`).

Modules: `factory` (st.connection: the connection's type, sharing through st.cache_resource),
`base` (BaseConnection, closing connections at exit), `sql` (SQLConnection over SQLAlchemy),
`snowflake` (Streamlit's Snowflake classes, not provided), `drivers` (a missing driver's
package), `redact` (URLs without their password), `errors`. Importing this package imports
neither SQLAlchemy nor pandas. See docs/connections.md.
"""

from __future__ import annotations

from .base import BaseConnection
from .errors import ConnectionConfigError, MissingDriverError
from .snowflake import SnowflakeCallersRightsConnection, SnowflakeConnection
from .sql import SQLConnection

# The name Streamlit 1.2x gave the base class; apps written then still import it.
ExperimentalBaseConnection = BaseConnection

__all__ = [
    "BaseConnection",
    "ConnectionConfigError",
    "ExperimentalBaseConnection",
    "MissingDriverError",
    "SQLConnection",
    "SnowflakeCallersRightsConnection",
    "SnowflakeConnection",
]
