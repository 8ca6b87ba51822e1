"""Errors `st.connection` raises on purpose: each says what to do next, never a secret."""

from __future__ import annotations

from dataapp.errors import APIError


class ConnectionConfigError(APIError):
    """A connection's settings (secrets.toml and `st.connection` arguments) are missing or wrong."""


class MissingDriverError(ModuleNotFoundError):
    """The database driver or SQLAlchemy dialect a connection needs is not installed.

    A ModuleNotFoundError, as in Streamlit, so that `except ImportError` keeps working; the
    message names the package to `pip install`.
    """
