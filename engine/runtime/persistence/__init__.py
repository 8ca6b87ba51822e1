"""Session state kept on local disk between launches (see docs/persistence.md)."""

from __future__ import annotations

from .manager import (
    PersistenceManager,
    PersistenceSettings,
    app_state_dir,
    data_dir,
    forget_saved_state,
    open_persistence,
)
from .store import SessionStore, Snapshot, StoreNotice

__all__ = [
    "PersistenceManager",
    "PersistenceSettings",
    "SessionStore",
    "Snapshot",
    "StoreNotice",
    "app_state_dir",
    "data_dir",
    "forget_saved_state",
    "open_persistence",
]
