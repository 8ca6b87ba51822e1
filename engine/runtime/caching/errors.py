"""Errors that st.cache_data and st.cache_resource raise, named as Streamlit names them."""

from __future__ import annotations

from dataapp.errors import APIError


class UnhashableParamError(APIError):
    """An argument of a cached function could not be hashed into the cache key."""

    def __init__(
        self, *, api_name: str, func_name: str, param_name: str, param_type: str, reason: str
    ) -> None:
        self.func_name = func_name
        self.param_name = param_name
        super().__init__(
            f"Cannot hash argument '{param_name}' (of type `{param_type}`) in '{func_name}': "
            f"{reason}. To fix this, tell {api_name} not to hash it by adding a leading "
            f"underscore to its name (`def {func_name}(_{param_name}, ...)`), or pass "
            f'`hash_funcs={{"{param_type}": some_function}}` to {api_name}, where '
            "some_function turns such a value into something hashable (e.g. a str)."
        )


class UserHashError(APIError):
    """A function given in `hash_funcs` raised an error."""

    def __init__(
        self, *, func_name: str, param_name: str, type_name: str, error: BaseException
    ) -> None:
        super().__init__(
            f"The hash_funcs function for `{type_name}` raised {type(error).__name__}: {error} "
            f"(while hashing argument '{param_name}' of '{func_name}'). Fix that function, "
            "or skip the argument by giving it a leading underscore."
        )


class UnserializableReturnValueError(APIError):
    """st.cache_data could not pickle a return value; it stores copies, not the object."""

    def __init__(self, *, func_name: str, value_type: str, error: BaseException) -> None:
        super().__init__(
            f"Cannot pickle the return value (of type `{value_type}`) of '{func_name}': {error}. "
            "st.cache_data stores a pickled copy of the value so that no caller can change "
            "what the next one gets. Return a picklable value (data frames, arrays, lists, "
            "dicts, ...), or, to share an object such as a database connection or a model "
            "as it is, use st.cache_resource instead."
        )


class CacheReplayClosureError(APIError):
    """A cache hit cannot re-send an element the cached function wrote into an outside container."""

    def __init__(self, *, api_name: str, func_name: str) -> None:
        super().__init__(
            f"'{func_name}' (cached with {api_name}) wrote an element into a container that "
            "the cache cannot re-create when it replays the function's output on a cache hit: "
            "one made outside the function (passed in or captured), or a layout block "
            "(columns, tabs, expander, container) made inside it. Write to `st` itself inside "
            "the cached function, or return the data and write it outside the function."
        )


class CachedWidgetWarning(APIError):
    """A widget was created inside a cached function: it runs on a cache miss only."""

    def __init__(self) -> None:
        super().__init__(
            "Your script uses a widget command in a cached function (decorated with "
            "@st.cache_data or @st.cache_resource). That code runs only on a cache miss, and "
            "widgets are not replayed on a cache hit, so the widget will disappear on the next "
            "run. Move all widget commands out of the cached function."
        )


class BadTTLStringError(APIError):
    """A `ttl` string could not be read as a duration."""

    def __init__(self, ttl: str) -> None:
        super().__init__(
            f"ttl={ttl!r} is not a duration. Use seconds (ttl=3600), a datetime.timedelta, or "
            'a string such as "10s", "30m", "1h", "1h30m", "1d" or "1.5 days".'
        )


class PersistOutsideRunWarning(UserWarning):
    """A `persist="disk"` function was called outside a run of the app: memory only."""

    def __init__(self, func_name: str) -> None:
        super().__init__(
            f"'{func_name}' is cached with persist=\"disk\", but it was called outside a run "
            "of a dataapp app (e.g. `python app.py`, or a thread the app started), so there is "
            "no app to keep its files for: its entries are kept in memory only. Run the app "
            "with `dataapp-desktop app.py` to keep them on disk."
        )
