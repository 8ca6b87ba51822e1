"""The walk over an `st` module's public API: one function for Streamlit and for dataapp.

`make_manifest.py` runs it on Streamlit 1.67 to write the manifest; `test_signatures.py` runs
it on dataapp and compares. Both sides go through `walk_api`, so a difference in the result is
a difference in the APIs, never in how they were read. Imports neither library: no threads.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from types import ModuleType
from typing import Any

MANIFEST = Path(__file__).with_name("streamlit_1_67_api.json")

# Modules that are API namespaces (`st.column_config.TextColumn`); every other module reachable
# as `st.<name>` (Streamlit's `st.config`, `st.runtime`, `st.errors`...) is an implementation
# module that happens to be an attribute.
NAMESPACES = ("column_config", "components.v1", "components.v2", "typing")

# Namespaces whose members are types apps annotate with, not construct: their names are checked,
# not their methods.
TYPE_NAMESPACES = ("typing",)

# Classes whose public attributes are set on each instance: their members are read from one.
_SAMPLE_INSTANCES: dict[str, Callable[[type], object]] = {
    "st.Page": lambda page: page(_sample_page),
}

# `st.sidebar` (a DeltaGenerator) has every element method; in both libraries `st.<name>` is
# `st._main.<name>`, the same method, so its parameters are compared once, as `st.<name>`.
CONTAINERS = ("sidebar",)


class ParamKind(Enum):
    """How a caller passes the parameter: apps that work under Streamlit pass it that way."""

    POSITIONAL_ONLY = "positional_only"
    POSITIONAL_OR_KEYWORD = "positional_or_keyword"
    VAR_POSITIONAL = "var_positional"
    KEYWORD_ONLY = "keyword_only"
    VAR_KEYWORD = "var_keyword"


@dataclass(frozen=True)
class Param:
    name: str
    kind: ParamKind
    has_default: bool

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind.value, "default": self.has_default}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Param:
        return cls(data["name"], ParamKind(data["kind"]), data["default"])


# A public name → its parameters in order if it is callable, None if it is a value (a property,
# an object, a type that is only named).
Api = dict[str, tuple[Param, ...] | None]


def walk_api(
    st: ModuleType,
    apptest: type,
    *,
    is_stand_in: Callable[[object], bool] = lambda obj: False,
) -> Api:
    """Every public name of `st` (and of its AppTest class) with its parameters.

    Names are dotted from `st.` (`st.button`, `st.sidebar.button`, `st.context.cookies`,
    `st.column_config.TextColumn`) or from `AppTest.`. A value for which `is_stand_in` is true
    (dataapp's NotSupportedError stand-ins) is left out, as if it did not exist.
    """
    api: Api = {}
    for name, value in _public_members(st):
        if isinstance(value, ModuleType) or is_stand_in(value):
            continue
        key = f"st.{name}"
        api[key] = _params(value)
        if name in CONTAINERS:
            for member, _ in _type_members(type(value)):
                api[f"{key}.{member}"] = None
        elif not inspect.isfunction(value) and not inspect.ismethod(value):
            api.update(_members_of(key, value, is_stand_in))
    for dotted in NAMESPACES:
        namespace = _resolve(st, dotted)
        if namespace is None:
            continue
        api[f"st.{dotted}"] = None
        for name, value in _public_members(namespace):
            if isinstance(value, ModuleType) or is_stand_in(value):
                continue
            only_named = dotted in TYPE_NAMESPACES
            api[f"st.{dotted}.{name}"] = None if only_named else _params(value)
    # Apps create an AppTest with its from_* constructors, never by calling the class.
    api["AppTest"] = None
    api.update(_members_of("AppTest", apptest, is_stand_in))
    return api


def _public_members(namespace: object) -> Iterator[tuple[str, Any]]:
    """A namespace's public names: its `__all__` when it declares one, else `dir()`."""
    names = getattr(namespace, "__all__", None)
    if names is None:
        names = [name for name in dir(namespace) if not name.startswith("_")]
    for name in names:
        if not name.startswith("_") and hasattr(namespace, name):
            yield name, getattr(namespace, name)


def _resolve(st: ModuleType, dotted: str) -> object | None:
    value: object = st
    for part in dotted.split("."):
        if not hasattr(value, part):
            return None
        value = getattr(value, part)
    return value


# What `inspect.getattr_static` answers for a name only a `__getattr__` knows.
_FORWARDED = object()


def _type_members(value: object) -> Iterator[tuple[str, object]]:
    """An object's or a class's public attributes as stored (properties are not run).

    Names that `dir()` lists but a `__getattr__` answers (`st.bottom` forwards every element
    method to its container) are the forwarded object's, and left out.
    """
    for name in dir(value):
        static = inspect.getattr_static(value, name, _FORWARDED)
        if not name.startswith("_") and static is not _FORWARDED:
            yield name, static


def _sample_page() -> None:
    """The page function of the `st.Page` whose attributes are read."""


def _members_of(key: str, value: object, is_stand_in: Callable[[object], bool]) -> Api:
    """The public methods and attributes of an object (`st.context`) or a class (`st.Page`)."""
    if isinstance(value, type) and key in _SAMPLE_INSTANCES:
        value = _SAMPLE_INSTANCES[key](value)
    members: Api = {}
    for name, static in _type_members(value):
        if isinstance(static, property):
            members[f"{key}.{name}"] = None
            continue
        member = getattr(value, name)
        if is_stand_in(member):
            continue
        params = _params(member)
        # A plain function read from the class still has its `self`.
        if isinstance(value, type) and inspect.isfunction(static) and params:
            params = params[1:]
        members[f"{key}.{name}"] = params
    return members


def _params(value: object) -> tuple[Param, ...] | None:
    if not callable(value):
        return None
    try:
        signature = inspect.signature(value)
    except (TypeError, ValueError):
        # A callable Python cannot describe (a builtin) takes what its documentation says.
        return ()
    params = list(signature.parameters.values())
    if params and params[0].name == "self" and not inspect.isclass(value):
        # A wrapper of a bound method that reports the method's `self` (Streamlit 1.67's
        # deprecated components.v1.html and iframe): no caller can pass it.
        params = params[1:]
    return tuple(
        Param(p.name, ParamKind[p.kind.name], p.default is not inspect.Parameter.empty)
        for p in params
    )


@dataclass(frozen=True)
class Manifest:
    streamlit_version: str
    api: Api


def manifest_text(manifest: Manifest) -> str:
    """The manifest as committed: sorted, one parameter a line, so that diffs read well."""
    lines = ["{", f'  "streamlit_version": {json.dumps(manifest.streamlit_version)},', '  "api": {']
    entries = sorted(manifest.api.items())
    for index, (name, params) in enumerate(entries):
        comma = "," if index < len(entries) - 1 else ""
        if params is None:
            lines.append(f"    {json.dumps(name)}: null{comma}")
        elif not params:
            lines.append(f"    {json.dumps(name)}: []{comma}")
        else:
            lines.append(f"    {json.dumps(name)}: [")
            lines.extend(
                f"      {json.dumps(p.to_json())}{',' if i < len(params) - 1 else ''}"
                for i, p in enumerate(params)
            )
            lines.append(f"    ]{comma}")
    lines += ["  }", "}", ""]
    return "\n".join(lines)


def read_manifest(path: Path = MANIFEST) -> Manifest:
    data = json.loads(path.read_text(encoding="utf-8"))
    api: Api = {
        name: None if params is None else tuple(Param.from_json(p) for p in params)
        for name, params in data["api"].items()
    }
    return Manifest(data["streamlit_version"], api)
