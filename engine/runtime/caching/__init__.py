"""st.cache_data and st.cache_resource: in-memory caches shared by every session of the app.

See docs/caching.md. Modules: `api` (the decorators), `hashing` (cache keys), `storage`
(entries, LRU, ttl, per-key locks), `replay` (elements sent by cached functions), `durations`
(ttl strings) and `errors`.
"""

from __future__ import annotations

from .api import (
    BoundCachedFunc,
    CacheDataAPI,
    CachedFunc,
    CacheResourceAPI,
    cache_data,
    cache_resource,
)
from .errors import (
    BadTTLStringError,
    CachedWidgetWarning,
    CacheReplayClosureError,
    UnhashableParamError,
    UnserializableReturnValueError,
    UserHashError,
)

__all__ = [
    "BadTTLStringError",
    "BoundCachedFunc",
    "CacheDataAPI",
    "CacheReplayClosureError",
    "CacheResourceAPI",
    "CachedFunc",
    "CachedWidgetWarning",
    "UnhashableParamError",
    "UnserializableReturnValueError",
    "UserHashError",
    "cache_data",
    "cache_resource",
]
