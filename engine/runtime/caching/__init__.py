"""st.cache_data and st.cache_resource: caches shared by every session of the app.

See docs/caching.md. Modules: `api` (the decorators), `hashing` (cache keys), `storage`
(entries in memory, LRU, ttl, per-key locks), `disk` (entries of `persist="disk"` in files),
`replay` (elements sent by cached functions), `durations` (ttl strings) and `errors`.
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
    PersistOutsideRunWarning,
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
    "PersistOutsideRunWarning",
    "UnhashableParamError",
    "UnserializableReturnValueError",
    "UserHashError",
    "cache_data",
    "cache_resource",
]
