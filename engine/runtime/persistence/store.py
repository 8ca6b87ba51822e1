"""The SessionStore interface: where a session's state is kept between launches.

A store is used from one writer thread at a time (the persistence manager's); `load` runs
once, before the first session's first run.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field

# (codec, bytes) of an encoded value; see codec.py.
Encoded = tuple[str, bytes]


@dataclass(frozen=True)
class Snapshot:
    """Everything kept of a session, already encoded."""

    user_values: dict[str, Encoded] = field(default_factory=dict)
    widgets_by_key: dict[str, Encoded] = field(default_factory=dict)
    widgets_by_id: dict[str, Encoded] = field(default_factory=dict)
    page: str = ""
    query_string: str = ""


@dataclass(frozen=True)
class StoreNotice:
    """Something the person using the app should be told about the saved state."""

    text: str


class SessionStore(ABC):
    @abstractmethod
    def load(self) -> Snapshot | None:
        """The last complete snapshot, or None when there is none."""

    @abstractmethod
    def save(self, snapshot: Snapshot) -> None:
        """Replace the saved snapshot; all of it or nothing, even if the process dies midway."""

    @abstractmethod
    def clear(self) -> None:
        """Forget everything saved (the user asked to reset)."""

    @abstractmethod
    def close(self) -> None:
        """Release files; the store is not used afterwards."""

    def take_notices(self) -> list[StoreNotice]:
        """Notices raised while opening or reading the store (e.g. a corrupt file moved aside)."""
        return []


class UnavailableStore(SessionStore):
    """Stands in for a store that could not be opened: keeps nothing, says so once."""

    def __init__(self, reason: str) -> None:
        self._notices = [StoreNotice(reason)]

    def load(self) -> Snapshot | None:
        return None

    def save(self, snapshot: Snapshot) -> None:
        return None

    def clear(self) -> None:
        return None

    def close(self) -> None:
        return None

    def take_notices(self) -> list[StoreNotice]:
        notices, self._notices = self._notices, []
        return notices
