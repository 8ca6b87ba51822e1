"""Streamlit's Snowflake connections, which dataapp does not provide: using one says so.

They exist so that `from streamlit.connections import SnowflakeConnection` (and type hints
naming it) keep working in apps that only use it on some path.
"""

from __future__ import annotations

from typing import Any

from dataapp.errors import NotSupportedError

from .base import BaseConnection

_HINT = (
    "Connect to Snowflake through SQLAlchemy instead: pip install snowflake-sqlalchemy, then "
    'st.connection("snowflake_db", type="sql", url="snowflake://user:password@account/db").'
)


class SnowflakeConnection(BaseConnection[Any]):
    """Not provided by dataapp: creating one raises NotSupportedError."""

    def __init__(self, connection_name: str, **kwargs: Any) -> None:
        raise NotSupportedError(f"st.connections.{type(self).__name__}", _HINT)

    def _connect(self, **kwargs: Any) -> Any:
        raise NotSupportedError(f"st.connections.{type(self).__name__}", _HINT)


class SnowflakeCallersRightsConnection(SnowflakeConnection):
    """Not provided by dataapp: creating one raises NotSupportedError."""
