"""`st.fragment`: a function that can rerun on its own, replacing only its own output."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Callable
from typing import ParamSpec, TypeVar, overload

from dataapp.errors import APIError
from dataapp.proto.layout_pb2 import Block
from dataapp.runtime.context import get_run_context
from dataapp.runtime.fragments import FragmentInfo

P = ParamSpec("P")
R = TypeVar("R")


def _seconds(run_every: float | int | str | dt.timedelta | None) -> float:
    if run_every is None:
        return 0.0
    if isinstance(run_every, dt.timedelta):
        seconds = run_every.total_seconds()
    elif isinstance(run_every, str):
        from dataapp.runtime.caching.durations import parse_duration

        seconds = parse_duration(run_every)
    else:
        seconds = float(run_every)
    if seconds <= 0:
        raise APIError(f"st.fragment: run_every must be positive, not {run_every!r}.")
    return seconds


@overload
def fragment(
    func: Callable[P, R], *, run_every: float | int | str | dt.timedelta | None = None
) -> Callable[P, R]: ...


@overload
def fragment(
    func: None = None, *, run_every: float | int | str | dt.timedelta | None = None
) -> Callable[[Callable[P, R]], Callable[P, R]]: ...


def fragment(
    func: Callable[P, R] | None = None, *, run_every: float | int | str | dt.timedelta | None = None
) -> Callable[P, R] | Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate a function whose widgets rerun only the function (`st.rerun(scope="fragment")`
    does too), or that reruns by itself every `run_every` (seconds, timedelta or "10s")."""
    every = _seconds(run_every)

    def decorate(body: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(body)
        def call_fragment(*args: P.args, **kwargs: P.kwargs) -> R:
            ctx = get_run_context()
            if ctx is None:
                return body(*args, **kwargs)
            from dataapp.elements.roots import main

            container = main._active()
            # Identity: the function and where it is placed, so two calls are two fragments.
            block = Block()
            block.fragment.run_every = every
            probe_path = (*container._block_path, ctx.cursors.get(container._block_path, 0))
            fragment_id = hashlib.md5(
                f"{body.__module__}.{body.__qualname__}:{probe_path}:{ctx.active_script}".encode(),
                usedforsecurity=False,
            ).hexdigest()[:16]
            block.fragment.fragment_id = fragment_id
            holder = container._enqueue_block(block)
            ctx.fragments.register(
                FragmentInfo(
                    id=fragment_id,
                    body=body,
                    args=tuple(args),
                    kwargs=dict(kwargs),
                    block_path=holder._block_path,
                    form_id=holder.form_id,
                    parents=ctx.fragment_path,
                    active_script=ctx.active_script,
                )
            )
            outer = ctx.fragment_path
            ctx.fragment_path = (*outer, fragment_id)
            try:
                with holder:
                    return body(*args, **kwargs)
            finally:
                ctx.fragment_path = outer

        return call_fragment

    if func is not None:
        return decorate(func)
    return decorate
