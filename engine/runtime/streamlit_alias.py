"""`import streamlit` inside an app run by dataapp resolves to dataapp.

Installed by the Runtime only (never by `import dataapp`), so a developer's own interpreter
keeps the real Streamlit. Called once, on the main thread, before any script runs.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
import types
from collections.abc import Sequence
from typing import Any

# Streamlit module names → the dataapp module that stands in for them.
_ALIASES = {
    "streamlit": "dataapp",
    "streamlit.errors": "dataapp.errors",
    "streamlit.testing": "dataapp.testing",
    "streamlit.testing.v1": "dataapp.testing",
    "streamlit.runtime": "dataapp.runtime.streamlit_runtime",
    "streamlit.runtime.scriptrunner": "dataapp.runtime.streamlit_runtime",
    "streamlit.runtime.scriptrunner_utils": "dataapp.runtime.streamlit_runtime",
    "streamlit.runtime.scriptrunner_utils.script_run_context": "dataapp.runtime.streamlit_runtime",
    # Where releases before 1.37 kept them; many apps still import from there.
    "streamlit.runtime.scriptrunner.script_run_context": "dataapp.runtime.streamlit_runtime",
    "streamlit.runtime.state": "dataapp.runtime.streamlit_runtime",
    "streamlit.runtime.caching": "dataapp.runtime.caching",
    "streamlit.connections": "dataapp.connections",
    # Custom components (docs/components.md); packages import from Streamlit's own modules.
    "streamlit.components": "dataapp.elements.components",
    "streamlit.components.v1": "dataapp.elements.components.v1",
    "streamlit.components.v1.components": "dataapp.elements.components.v1",
    "streamlit.components.v1.custom_component": "dataapp.elements.components.v1",
    "streamlit.components.v1.component_registry": "dataapp.elements.components.v1",
    "streamlit.components.v2": "dataapp.elements.components.v2",
}


class _AliasLoader(importlib.abc.Loader):
    def __init__(self, target: str) -> None:
        self._target = target

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        target = importlib.import_module(self._target)
        if not spec.name.count(".") and spec.name == "streamlit":
            # A stand-in, not dataapp itself: importing `streamlit.runtime` sets an attribute
            # `runtime` on its parent, which must not replace `dataapp.runtime`.
            return _forwarding_module(spec.name, target)
        return target

    def exec_module(self, module: types.ModuleType) -> None:
        """The target module is already initialised."""


def _forwarding_module(name: str, target: types.ModuleType) -> types.ModuleType:
    """A module whose attributes are those of `target`, without sharing its namespace."""
    module = types.ModuleType(name, target.__doc__)

    def forward(attribute: str) -> Any:
        child = f"{name}.{attribute}"
        if child in _ALIASES:
            # `from streamlit import runtime` asks the parent before importing the child: the
            # answer is the child's stand-in, never the target's own attribute of that name
            # (dataapp.runtime is the engine's package, not streamlit.runtime).
            return importlib.import_module(child)
        return getattr(target, attribute)

    module.__dict__["__getattr__"] = forward
    module.__dict__["__all__"] = list(getattr(target, "__all__", []))
    return module


class _UnsupportedModule(types.ModuleType):
    """A Streamlit module dataapp does not provide: any use names it."""

    def __getattr__(self, name: str) -> Any:
        from dataapp.errors import NotSupportedError

        if name.startswith("__"):
            raise AttributeError(name)
        raise NotSupportedError(f"{self.__name__}.{name}")


class _UnsupportedLoader(importlib.abc.Loader):
    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        module = _UnsupportedModule(spec.name)
        module.__path__ = []  # a package, so that deeper imports also reach this finder
        return module

    def exec_module(self, module: types.ModuleType) -> None:
        """Nothing to run."""


class StreamlitAliasFinder(importlib.abc.MetaPathFinder):
    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: types.ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != "streamlit" and not fullname.startswith("streamlit."):
            return None
        target_name = _ALIASES.get(fullname)
        if target_name is not None:
            # A name with aliased children must be a package, or `import streamlit.x.y` fails.
            is_package = any(name.startswith(fullname + ".") for name in _ALIASES)
            return importlib.machinery.ModuleSpec(
                fullname, _AliasLoader(target_name), is_package=is_package
            )
        return importlib.machinery.ModuleSpec(fullname, _UnsupportedLoader(), is_package=True)


def install_streamlit_alias() -> None:
    if any(isinstance(f, StreamlitAliasFinder) for f in sys.meta_path):
        return
    for name in [n for n in sys.modules if n == "streamlit" or n.startswith("streamlit.")]:
        # A real Streamlit imported earlier in this process must not leak into apps.
        del sys.modules[name]
    sys.meta_path.insert(0, StreamlitAliasFinder())


def uninstall_streamlit_alias() -> None:
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, StreamlitAliasFinder)]
    for name in [n for n in sys.modules if n == "streamlit" or n.startswith("streamlit.")]:
        del sys.modules[name]
