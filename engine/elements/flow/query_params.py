"""`st.query_params`: the page URL's query string, read and written by the app.

Lives in the run context (one per run); writing sends the new query string to the page,
which puts it in its address bar without reloading.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, MutableMapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

from dataapp.errors import APIError, NoRunContextError
from dataapp.proto.forward_pb2 import ForwardMsg
from dataapp.runtime.context import RunContext, get_run_context

# Streamlit reserves this parameter for embedding; apps may not set it.
_RESERVED = {"embed", "embed_options"}


def parse_query_string(query_string: str) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for key, value in parse_qsl(query_string, keep_blank_values=True):
        params.setdefault(key, []).append(value)
    return params


def format_query_string(params: dict[str, list[str]]) -> str:
    return urlencode([(key, value) for key, values in params.items() for value in values])


class QueryParamsProxy(MutableMapping[str, str]):
    """Dict-like: `st.query_params["x"]` is the last value of x; `get_all("x")` is every value."""

    def _ctx(self) -> RunContext:
        ctx = get_run_context()
        if ctx is None:
            raise NoRunContextError("st.query_params is only available while an app runs.")
        return ctx

    def _params(self) -> dict[str, list[str]]:
        return parse_query_string(self._ctx().query_string)

    def _write(self, params: dict[str, list[str]]) -> None:
        ctx = self._ctx()
        ctx.query_string = format_query_string(params)
        msg = ForwardMsg()
        msg.page_info.query_string = ctx.query_string
        ctx.enqueue(msg)

    def __getitem__(self, key: str) -> str:
        values = self._params().get(key)
        if not values:
            raise KeyError(f'st.query_params has no key "{key}".')
        return values[-1]

    def __setitem__(self, key: str, value: Any) -> None:
        if key in _RESERVED:
            raise APIError(f"Query parameter {key!r} is reserved and cannot be set.")
        params = self._params()
        params[key] = _as_strings(key, value)
        self._write(params)

    def __delitem__(self, key: str) -> None:
        params = self._params()
        if key not in params:
            raise KeyError(f'st.query_params has no key "{key}".')
        del params[key]
        self._write(params)

    def __iter__(self) -> Iterator[str]:
        return iter(self._params())

    def __len__(self) -> int:
        return len(self._params())

    def __contains__(self, key: object) -> bool:
        return key in self._params()

    def __getattr__(self, key: str) -> str:
        try:
            return self[key]
        except KeyError as error:
            raise AttributeError(str(error)) from None

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError as error:
            raise AttributeError(str(error)) from None

    def get_all(self, key: str) -> list[str]:
        return list(self._params().get(key, []))

    def clear(self) -> None:
        self._write({})

    def from_dict(self, params: dict[str, Any]) -> None:
        """Replace every query parameter with `params` (lists give repeated keys)."""
        for key in params:
            if key in _RESERVED:
                raise APIError(f"Query parameter {key!r} is reserved and cannot be set.")
        self._write({key: _as_strings(key, value) for key, value in params.items()})

    def to_dict(self) -> dict[str, str]:
        return {key: values[-1] for key, values in self._params().items() if values}

    def update(self, other: Any = (), /, **kwargs: Any) -> None:
        params = self._params()
        items = other.items() if hasattr(other, "items") else other
        for key, value in [*items, *kwargs.items()]:
            params[key] = _as_strings(key, value)
        self._write(params)

    def __repr__(self) -> str:
        try:
            return repr(self.to_dict())
        except NoRunContextError:
            return "st.query_params (no app running)"


def _as_strings(key: str, value: Any) -> list[str]:
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    if isinstance(value, Iterable) and not isinstance(value, (str, bytes)):
        raise APIError(
            f"st.query_params[{key!r}] must be a string, a number or a list, not {type(value).__name__}."
        )
    return [str(value)]
