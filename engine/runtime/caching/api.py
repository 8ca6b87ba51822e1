"""`st.cache_data` and `st.cache_resource`: the decorators and the cached functions they make.

A cached function is called on script threads of any session; entries are shared by every
session of the process and by every rerun while the function's source is unchanged (and, with
`persist="disk"`, by later launches of the app).
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import time
import warnings
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, replace
from enum import Enum
from typing import (
    TYPE_CHECKING,
    Any,
    Concatenate,
    Generic,
    Literal,
    ParamSpec,
    Protocol,
    TypeVar,
    overload,
)

from dataapp.errors import APIError
from dataapp.runtime.context import RunContext, get_run_context
from dataapp.runtime.output_port import output_port
from dataapp.runtime.run_report import record_cache

from .disk import DiskCaches
from .durations import TTL, ttl_to_seconds
from .errors import (
    PersistOutsideRunWarning,
    UnhashableParamError,
    UnserializableReturnValueError,
    UserHashError,
)
from .hashing import (
    Hasher,
    HashFuncError,
    HashFuncs,
    UnhashableTypeError,
    code_digest,
    function_source,
    qualified_type_name,
)
from .replay import ElementRecorder, RecordedDelta, replay
from .storage import CacheFamily, Entries, FunctionCache, FunctionIdentity
from .values import store

if TYPE_CHECKING:
    from dataapp.runtime.delta_generator import DeltaGeneratorBase

P = ParamSpec("P")
P2 = ParamSpec("P2")
R = TypeVar("R")
T = TypeVar("T")

PersistOption = Literal["disk"] | bool | None


class CacheKind(Enum):
    # Every caller gets its own copy of the value (values.py says how).
    DATA = "st.cache_data"
    # Values are stored as they are; every caller gets the same object.
    RESOURCE = "st.cache_resource"


@dataclass(frozen=True)
class CacheSettings:
    """What a decorator was given, checked."""

    kind: CacheKind
    ttl_seconds: float | None
    max_entries: int | None
    show_spinner: bool | str
    show_time: bool
    hash_funcs: HashFuncs | None
    validate: Callable[[Any], bool] | None = None
    # Entries are kept in files too, and outlive the process (st.cache_data only).
    persist: bool = False

    @property
    def api_name(self) -> str:
        return self.kind.value


@dataclass(frozen=True)
class _Hit(Generic[R]):
    value: R
    deltas: tuple[RecordedDelta, ...]


class CachedFunc(Generic[P, R]):
    """A function decorated with st.cache_data or st.cache_resource.

    Calling it returns the cached value for its arguments, computing it on a miss; `clear()`
    empties its cache and `clear(*args, **kwargs)` drops the entry of those arguments.
    """

    def __init__(self, func: Callable[P, R], settings: CacheSettings, family: CacheFamily) -> None:
        self._func = func
        self._settings = settings
        self._family = family
        self._cache: FunctionCache | None = None
        self._identity: FunctionIdentity = ("", "", "")
        self._source_version = ""
        self._signature: inspect.Signature | None = None
        functools.update_wrapper(self, func)
        self._display_name: str = getattr(func, "__qualname__", None) or repr(func)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        ctx = get_run_context()
        if ctx is None or ctx.recorder is None:
            return self._call(ctx, args, kwargs)[0]
        # An inspected run (docs/inspector.md): the call's time, and whether the cache answered.
        started = time.perf_counter()
        computed = True
        try:
            value, computed = self._call(ctx, args, kwargs)
            return value
        finally:
            record_cache(
                self._display_name,
                self._settings.api_name,
                hit=not computed,
                seconds=time.perf_counter() - started,
            )

    def _call(self, ctx: RunContext | None, args: Any, kwargs: Any) -> tuple[R, bool]:
        """The value, and whether the function body ran for it (a miss)."""
        cache = self._entries(ctx)
        key = self._value_key(args, kwargs)
        hit = self._lookup(cache, key)
        if hit is None:
            with self._spinner(ctx):
                waiting = ctx.check_interrupt if ctx is not None else None
                with cache.computing(key, waiting):
                    hit = self._lookup(cache, key)
                    if hit is None:
                        return self._compute(cache, key, ctx, args, kwargs), True
        replay(hit.deltas, api_name=self._settings.api_name, func_name=self._display_name)
        return hit.value, False

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """Empty this function's cache; with arguments, drop only the entry of those arguments."""
        cache = self._function_cache()
        key = self._value_key(args, kwargs) if args or kwargs else None
        if key is not None:
            cache.discard(key)
        else:
            cache.clear()
        if self._settings.persist:
            _DISK_CACHES.remove(get_run_context(), self._identity, self._source_version, key)

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> CachedFunc[P, R]: ...

    @overload
    def __get__(
        self: CachedFunc[Concatenate[T, P2], R], instance: T, owner: type | None = None
    ) -> BoundCachedFunc[P2, R]: ...

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        """A cached method: the instance is its first argument (name it `_self` to skip hashing)."""
        if instance is None:
            return self
        return BoundCachedFunc(self, instance)

    def __repr__(self) -> str:
        return f"<{self._settings.api_name} function {self._display_name}>"

    # -- keys ------------------------------------------------------------------------------------

    def _function_cache(self) -> FunctionCache:
        """The cache of this version of the function: the same one for every rerun and session."""
        if self._cache is None:
            target = inspect.unwrap(self._func)
            code = getattr(target, "__code__", None)
            identity = (
                str(getattr(target, "__module__", "")),
                code.co_filename if code is not None else "",
                self._display_name,
            )
            module, filename, qualname = identity
            what = hashlib.blake2b(digest_size=16)
            for part in (self._settings.api_name, module, qualname, function_source(target)):
                what.update(part.encode("utf-8", "surrogatepass"))
                what.update(b"\x00")
            if code is not None:
                what.update(code_digest(code))
            # Files are named after what the function is, not where its file is right now.
            self._identity, self._source_version = identity, what.hexdigest()
            version = hashlib.blake2b(what.digest(), digest_size=16)
            version.update(filename.encode("utf-8", "surrogatepass"))
            self._cache = self._family.cache_for(version.hexdigest(), identity, self._display_name)
        return self._cache

    def _entries(self, ctx: RunContext | None) -> Entries:
        """Where this call's entries are: in memory, or in memory and in the running app's files."""
        memory = self._function_cache()
        if not self._settings.persist:
            return memory
        app = _DISK_CACHES.app_cache(ctx)
        if app is None:
            warnings.warn(PersistOutsideRunWarning(self._display_name), stacklevel=3)
            return memory
        return _DISK_CACHES.cache_for(
            app,
            memory,
            self._identity,
            self._source_version,
            self._settings.ttl_seconds,
            self._settings.max_entries,
        )

    def _value_key(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> bytes:
        """A digest of the arguments bound to the signature, leaving out `_names`."""
        arguments = self._bound_arguments(args, kwargs)
        hasher = Hasher(self._settings.hash_funcs)
        key = hashlib.blake2b(digest_size=16)
        for name, value in arguments:
            try:
                digest = hasher.digest(value)
            except UnhashableTypeError as error:
                param_type = qualified_type_name(type(value))
                reason = error.reason
                if error.type_name != param_type:
                    reason = f"it holds a `{error.type_name}` that cannot be hashed ({reason})"
                raise UnhashableParamError(
                    api_name=self._settings.api_name,
                    func_name=self._display_name,
                    param_name=name,
                    param_type=param_type,
                    reason=reason,
                ) from None
            except HashFuncError as error:
                raise UserHashError(
                    func_name=self._display_name,
                    param_name=name,
                    type_name=error.type_name,
                    error=error.error,
                ) from error.error
            key.update(name.encode("utf-8", "surrogatepass"))
            key.update(digest)
        return key.digest()

    def _bound_arguments(
        self, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> list[tuple[str, Any]]:
        """(name, value) pairs to hash, so that `f(1)` and `f(x=1)` give the same key."""
        if self._signature is None:
            try:
                self._signature = inspect.signature(self._func)
            except (TypeError, ValueError):  # a callable without a signature (some builtins)
                return [("args", args), ("kwargs", _without_underscored(kwargs))]
        try:
            bound = self._signature.bind(*args, **kwargs)
        except TypeError:
            # Let Python word it ("load() missing 1 required positional argument: 'n'"); the
            # call fails before the function's body runs.
            self._func(*args, **kwargs)
            raise
        bound.apply_defaults()
        pairs: list[tuple[str, Any]] = []
        for name, value in bound.arguments.items():
            if name.startswith("_"):
                continue
            if self._signature.parameters[name].kind is inspect.Parameter.VAR_KEYWORD:
                value = _without_underscored(value)
            pairs.append((name, value))
        return pairs

    # -- entries ---------------------------------------------------------------------------------

    def _lookup(self, cache: Entries, key: bytes) -> _Hit[R] | None:
        result = cache.get(key, self._settings.ttl_seconds)
        if result is None:
            return None
        if self._settings.kind is CacheKind.DATA:
            try:
                value = result.value.hand_out()
            except Exception:
                # E.g. a class the value was made of was renamed in the app: compute it again.
                cache.discard(key)
                return None
        else:
            value = result.value
            validate = self._settings.validate
            if validate is not None and not validate(value):
                cache.discard(key)
                return None
        return _Hit(value, result.deltas)

    def _compute(
        self,
        cache: Entries,
        key: bytes,
        ctx: RunContext | None,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> R:
        recorder: ElementRecorder | None = None
        if ctx is not None:
            recorder = ElementRecorder(ctx, _active_container())
            ctx.element_recorders.append(recorder)
        try:
            value = self._func(*args, **kwargs)
        finally:
            if ctx is not None and recorder is not None:
                ctx.element_recorders.remove(recorder)
        deltas = tuple(recorder.deltas) if recorder is not None else ()
        stored: Any = value
        if self._settings.kind is CacheKind.DATA:
            try:
                stored = store(value)
            except Exception as error:
                raise UnserializableReturnValueError(
                    func_name=self._display_name,
                    value_type=qualified_type_name(type(value)),
                    error=error,
                ) from error
        cache.put(key, stored, deltas, self._settings.max_entries)
        return value

    def _spinner(self, ctx: RunContext | None) -> AbstractContextManager[None]:
        show = self._settings.show_spinner
        if ctx is None or not show:
            return nullcontext()
        text = show if isinstance(show, str) else f"Running {self._display_name}(...)"
        return output_port().spinner(text, show_time=self._settings.show_time)


class BoundCachedFunc(Generic[P, R]):
    """A cached method of one instance: `obj.method(...)` and `obj.method.clear(...)`."""

    def __init__(self, cached: CachedFunc[..., R], instance: object) -> None:
        self._cached = cached
        self._instance = instance
        functools.update_wrapper(self, cached, updated=())

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        return self._cached(self._instance, *args, **kwargs)

    def clear(self, *args: Any, **kwargs: Any) -> None:
        if args or kwargs:
            self._cached.clear(self._instance, *args, **kwargs)
        else:
            self._cached.clear()


class CacheDecorator(Protocol):
    """What `st.cache_data(ttl=...)` returns: apply it to a function."""

    def __call__(self, func: Callable[P, R], /) -> CachedFunc[P, R]: ...


@dataclass(frozen=True)
class _Decorator:
    settings: CacheSettings
    family: CacheFamily

    def __call__(self, func: Callable[P, R], /) -> CachedFunc[P, R]:
        return _cached(func, self.settings, self.family)


def _cached(func: Callable[P, R], settings: CacheSettings, family: CacheFamily) -> CachedFunc[P, R]:
    if not callable(func):
        raise APIError(
            f"{settings.api_name} decorates a function, not a {type(func).__name__}: use "
            f"@{settings.api_name} or @{settings.api_name}(ttl=...) above a `def`."
        )
    return CachedFunc(func, settings, family)


def _register_with_runtime(clear: Callable[[], None]) -> Callable[[], None]:
    def register() -> None:
        # Imported late: the runtime imports the script runner, which imports dataapp.
        from dataapp.runtime.runtime import register_cache_clearer

        register_cache_clearer(clear)

    return register


def _clear_data_caches() -> None:
    """Every st.cache_data entry: in memory, and the files of the running app (outside a run,
    of every app this process has run)."""
    _DATA_CACHES.clear_all()
    _DISK_CACHES.clear_all(get_run_context())


_DATA_CACHES = CacheFamily(CacheKind.DATA.value)
_DISK_CACHES = DiskCaches()
_DATA_CACHES.on_first_cache(_register_with_runtime(_clear_data_caches))
_RESOURCE_CACHES = CacheFamily(CacheKind.RESOURCE.value)
_RESOURCE_CACHES.on_first_cache(_register_with_runtime(_RESOURCE_CACHES.clear_all))


class CacheDataAPI:
    """`st.cache_data`: cache what a function returns; each caller gets a copy.

    Use as `@st.cache_data`, `@st.cache_data(ttl="1h", max_entries=100, ...)` or
    `st.cache_data(func)`. `st.cache_data.clear()` empties every st.cache_data cache.
    """

    @overload
    def __call__(
        self,
        func: Callable[P, R],
        *,
        ttl: TTL = None,
        max_entries: int | None = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        persist: PersistOption = None,
        hash_funcs: HashFuncs | None = None,
    ) -> CachedFunc[P, R]: ...

    @overload
    def __call__(
        self,
        func: None = None,
        *,
        ttl: TTL = None,
        max_entries: int | None = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        persist: PersistOption = None,
        hash_funcs: HashFuncs | None = None,
    ) -> CacheDecorator: ...

    def __call__(
        self,
        func: Callable[P, R] | None = None,
        *,
        ttl: TTL = None,
        max_entries: int | None = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        persist: PersistOption = None,
        hash_funcs: HashFuncs | None = None,
    ) -> CachedFunc[P, R] | CacheDecorator:
        settings = _settings(
            CacheKind.DATA, ttl, max_entries, show_spinner, show_time, hash_funcs, None
        )
        if _persists(persist):
            settings = replace(settings, persist=True)
            # The page's "Clear cache" must reach the files before the function is first called.
            _DISK_CACHES.app_cache(get_run_context())
            _DATA_CACHES.start_using()
        if func is None:
            return _Decorator(settings, _DATA_CACHES)
        return _cached(func, settings, _DATA_CACHES)

    def clear(self) -> None:
        """Empty the cache of every function decorated with st.cache_data (files included)."""
        _clear_data_caches()

    def __repr__(self) -> str:
        return "st.cache_data"


class CacheResourceAPI:
    """`st.cache_resource`: cache an object (a connection, a model); every caller gets it as is.

    Use as `@st.cache_resource`, `@st.cache_resource(ttl=..., validate=...)` or
    `st.cache_resource(func)`. `st.cache_resource.clear()` empties every st.cache_resource cache.
    """

    @overload
    def __call__(
        self,
        func: Callable[P, R],
        *,
        ttl: TTL = None,
        max_entries: int | None = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        validate: Callable[[Any], bool] | None = None,
        hash_funcs: HashFuncs | None = None,
    ) -> CachedFunc[P, R]: ...

    @overload
    def __call__(
        self,
        func: None = None,
        *,
        ttl: TTL = None,
        max_entries: int | None = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        validate: Callable[[Any], bool] | None = None,
        hash_funcs: HashFuncs | None = None,
    ) -> CacheDecorator: ...

    def __call__(
        self,
        func: Callable[P, R] | None = None,
        *,
        ttl: TTL = None,
        max_entries: int | None = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        validate: Callable[[Any], bool] | None = None,
        hash_funcs: HashFuncs | None = None,
    ) -> CachedFunc[P, R] | CacheDecorator:
        if validate is not None and not callable(validate):
            raise APIError(
                "st.cache_resource: validate must be a function that takes the cached value "
                f"and returns True to keep it, not {type(validate).__name__}."
            )
        settings = _settings(
            CacheKind.RESOURCE, ttl, max_entries, show_spinner, show_time, hash_funcs, validate
        )
        if func is None:
            return _Decorator(settings, _RESOURCE_CACHES)
        return _cached(func, settings, _RESOURCE_CACHES)

    def clear(self) -> None:
        """Empty the cache of every function decorated with st.cache_resource."""
        _RESOURCE_CACHES.clear_all()

    def __repr__(self) -> str:
        return "st.cache_resource"


cache_data = CacheDataAPI()
cache_resource = CacheResourceAPI()


# -- checks --------------------------------------------------------------------------------------


def _persists(persist: object) -> bool:
    """Whether `persist=` asks for files: "disk" or True (Streamlit's two spellings)."""
    if persist is None or persist is False:
        return False
    if persist is True or persist == "disk":
        return True
    raise APIError(f"st.cache_data: persist must be 'disk', True, False or None, not {persist!r}.")


def _settings(
    kind: CacheKind,
    ttl: TTL,
    max_entries: int | None,
    show_spinner: bool | str,
    show_time: bool,
    hash_funcs: HashFuncs | None,
    validate: Callable[[Any], bool] | None,
) -> CacheSettings:
    name = kind.value
    if max_entries is not None and (
        isinstance(max_entries, bool) or not isinstance(max_entries, int) or max_entries < 1
    ):
        raise APIError(f"{name}: max_entries must be a positive int or None, not {max_entries!r}.")
    if not isinstance(show_spinner, (bool, str)):
        raise APIError(
            f"{name}: show_spinner must be True, False or the text to show, not {show_spinner!r}."
        )
    if hash_funcs is not None:
        _check_hash_funcs(name, hash_funcs)
    return CacheSettings(
        kind=kind,
        ttl_seconds=ttl_to_seconds(ttl),
        max_entries=max_entries,
        show_spinner=show_spinner,
        show_time=bool(show_time),
        hash_funcs=dict(hash_funcs) if hash_funcs else None,
        validate=validate,
    )


def _check_hash_funcs(name: str, hash_funcs: object) -> None:
    if not isinstance(hash_funcs, Mapping):
        raise APIError(
            f"{name}: hash_funcs must be a dict from a type (or its 'module.QualName') to a "
            f"function, not {type(hash_funcs).__name__}."
        )
    for key, func in hash_funcs.items():
        if not isinstance(key, (type, str)):
            raise APIError(
                f"{name}: hash_funcs keys must be types or 'module.QualName' strings, not {key!r}."
            )
        if not callable(func):
            raise APIError(f"{name}: hash_funcs[{key!r}] must be a function, not {func!r}.")


def _without_underscored(kwargs: Mapping[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in kwargs.items() if not name.startswith("_")}


def _active_container() -> DeltaGeneratorBase:
    return output_port().main._active()
