"""st.cache_data and st.cache_resource (placeholder until the caching module lands)."""

from __future__ import annotations

from typing import Any


def cache_data(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError


def cache_resource(*args: Any, **kwargs: Any) -> Any:
    raise NotImplementedError
