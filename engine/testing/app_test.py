"""AppTest: run an app headless on the real engine, look at what it shows, act like a user.

Each run goes through a real Runtime and AppSession: the first run starts the session, later
runs send the `BackMsg.rerun` a page would send (every widget's value, the clicked button's
trigger). The messages the session sends build the page's element tree (page_tree), which the
test reads through views named as in Streamlit's AppTest (element_tree; each family's views
live in engine/elements/<family>/apptest.py).

Thread rules: one test thread calls everything here; the script runs on the session's own
thread, and the test only looks at the session between runs (after `AppSession.join`).
"""

from __future__ import annotations

import hashlib
import inspect
import itertools
import sys
import tempfile
import textwrap
import threading
import weakref
from collections.abc import Callable, Iterator, MutableMapping, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, urlencode

from dataapp.elements.apptest_support import Block, ElementQueries, Node
from dataapp.proto.back_pb2 import BackMsg
from dataapp.proto.forward_pb2 import ForwardMsg, PageConfig
from dataapp.runtime.app_session import AppSession
from dataapp.runtime.config import load_config
from dataapp.runtime.pages import discover_pages, page_from_filename
from dataapp.runtime.run_report import RunReport
from dataapp.runtime.runtime import Runtime
from dataapp.runtime.session_state import SessionState
from dataapp.runtime.streamlit_alias import (
    StreamlitAliasFinder,
    install_streamlit_alias,
    uninstall_streamlit_alias,
)

from .element_tree import ElementTree, build_element_tree
from .page_tree import PageTree

_scripts_dir: tempfile.TemporaryDirectory[str] | None = None
_scripts_lock = threading.Lock()

# Arguments of `from_function` apps, by token; the generated script fetches its own.
_function_arguments: dict[str, tuple[tuple[Any, ...], dict[str, Any]]] = {}
_function_tokens = itertools.count(1)


def function_arguments(token: str) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """Called by a script made by `AppTest.from_function`: the function's args and kwargs."""
    return _function_arguments[token]


def _write_script(source: str) -> Path:
    global _scripts_dir
    with _scripts_lock:
        if _scripts_dir is None:
            _scripts_dir = tempfile.TemporaryDirectory(prefix="dataapp-apptest-")
        folder = Path(_scripts_dir.name)
    digest = hashlib.blake2b(source.encode("utf-8"), digest_size=10).hexdigest()
    path = folder / f"app_{digest}.py"
    path.write_text(source, encoding="utf-8")
    return path


class _RecordingClient:
    """Collects what the session sends. Thread-safe: the script thread delivers, the test takes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._messages: list[ForwardMsg] = []

    def deliver(self, messages: list[ForwardMsg]) -> None:
        with self._lock:
            self._messages.extend(messages)

    def take(self) -> list[ForwardMsg]:
        with self._lock:
            taken, self._messages = self._messages, []
            return taken


@contextmanager
def _run_environment(script_dir: str) -> Iterator[None]:
    """What the app needs while it runs in this process, undone afterwards.

    `import streamlit` resolves to dataapp only during runs: Streamlit modules the test process
    imported itself are set aside and put back after the run, and the alias finder is removed
    again unless it was installed before. The app's folder is importable during runs, and
    `sys.modules["__main__"]`, which the runner points at the app's module, is restored.
    """
    saved_main = sys.modules.get("__main__")
    alias_was_installed = any(isinstance(f, StreamlitAliasFinder) for f in sys.meta_path)
    saved_streamlit = _take_streamlit_modules()
    path_added = script_dir not in sys.path
    if path_added:
        sys.path.insert(0, script_dir)
    install_streamlit_alias()
    try:
        yield
    finally:
        if not alias_was_installed:
            uninstall_streamlit_alias()
        _take_streamlit_modules()
        sys.modules.update(saved_streamlit)
        if path_added:
            with suppress(ValueError):
                sys.path.remove(script_dir)
        if saved_main is not None:
            sys.modules["__main__"] = saved_main


def _take_streamlit_modules() -> dict[str, ModuleType]:
    """Remove `streamlit` and its submodules from sys.modules; return what was there."""
    names = [name for name in sys.modules if name == "streamlit" or name.startswith("streamlit.")]
    return {name: sys.modules.pop(name) for name in names}


class SessionStateView(MutableMapping[str, Any]):
    """`at.session_state`: the app's `st.session_state`, by item or attribute, between runs.

    Before the first run it holds values that seed the first run, as if the app had set them
    before any widget existed.
    """

    def __init__(self, state: Callable[[], SessionState]) -> None:
        object.__setattr__(self, "_state", state)

    def _current(self) -> SessionState:
        state: Callable[[], SessionState] = object.__getattribute__(self, "_state")
        return state()

    def __getitem__(self, key: str) -> Any:
        return self._current()[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._current()[key] = value

    def __delitem__(self, key: str) -> None:
        del self._current()[key]

    def __contains__(self, key: object) -> bool:
        return key in self._current()

    def __iter__(self) -> Iterator[str]:
        return iter(self._current().keys())

    def __len__(self) -> int:
        return len(self._current().keys())

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f"{key} not found in session_state.") from None

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError:
            raise AttributeError(f"{key} not found in session_state.") from None

    def to_dict(self) -> dict[str, Any]:
        return self._current().to_dict()

    def __repr__(self) -> str:
        return repr(self.to_dict())


class AppTest(ElementQueries):
    """A simulated app: run it, read what it shows, change widgets, run it again.

    Make one with `from_file`, `from_string` or `from_function`; see docs/testing.md.
    """

    def __init__(
        self,
        script_path: str | Path,
        *,
        default_timeout: float,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
    ) -> None:
        self._script_path = str(Path(script_path).resolve())
        self.default_timeout = default_timeout
        self.args = args
        self.kwargs = kwargs
        self.query_params: dict[str, Any] = {}
        # When not empty, `st.secrets` in the app reads these instead of secrets.toml files.
        self.secrets: dict[str, Any] = {}
        # The url_path of the page the next run shows ("" for the main page).
        self._page_name = ""
        self._seed = SessionState()
        self.session_state = SessionStateView(self._session_state)
        self._runtime: Runtime | None = None
        self._session: AppSession | None = None
        # What the last run cost: its st.* calls, cached functions, queries and bytes sent.
        self.run_report: RunReport | None = None
        self._client: _RecordingClient | None = None
        self._page = PageTree()
        self._tree = ElementTree(self)

    # -- making one -----------------------------------------------------------------------------

    @classmethod
    def from_file(cls, script_path: str | Path, *, default_timeout: float = 3) -> AppTest:
        """An app from a file; a relative path is relative to the calling test file's folder."""
        path = Path(script_path)
        if not path.is_absolute():
            caller = Path(sys._getframe(1).f_code.co_filename)
            path = caller.parent / path
        if not path.is_file():
            raise FileNotFoundError(
                f"AppTest script not found at {path.resolve()}. A relative path is read from "
                "the folder of the file that calls AppTest.from_file()."
            )
        return cls(path, default_timeout=default_timeout)

    @classmethod
    def from_string(cls, script: str, *, default_timeout: float = 3) -> AppTest:
        """An app from its source text (dedented; it must do its own imports)."""
        return cls(_write_script(textwrap.dedent(script)), default_timeout=default_timeout)

    @classmethod
    def from_function(
        cls,
        script: Callable[..., Any],
        *,
        default_timeout: float = 3,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
    ) -> AppTest:
        """An app whose script is the function's source followed by a call to it.

        The function must do its own imports. `args` and `kwargs` reach it as Python objects
        (they do not go through the file).
        """
        source = textwrap.dedent(inspect.getsource(script))
        name = getattr(script, "__name__", "script")
        token = f"{name}-{next(_function_tokens)}"
        call = (
            f"\n\nfrom dataapp.testing.app_test import function_arguments as _dataapp_arguments\n"
            f"__args, __kwargs = _dataapp_arguments({token!r})\n"
            f"{name}(*__args, **__kwargs)\n"
        )
        app = cls(
            _write_script(source + call), default_timeout=default_timeout, args=args, kwargs=kwargs
        )
        _function_arguments[token] = (tuple(args or ()), dict(kwargs or {}))
        weakref.finalize(app, _function_arguments.pop, token, None)
        return app

    # -- running --------------------------------------------------------------------------------

    def run(self, *, timeout: float | None = None) -> AppTest:
        """Run the script as a rerun from the page would: with every widget's current value.

        Raises RuntimeError when the run takes longer than `timeout` seconds (default:
        `default_timeout`); the script is then asked to stop and the next run starts a new
        session.
        """
        limit = self.default_timeout if timeout is None else timeout
        with _run_environment(str(Path(self._script_path).parent)):
            runtime = self._runtime or self._make_runtime()
            runtime.host_services.secrets = dict(self.secrets) if self.secrets else None
            if self._session is None:
                session = self._start_session()
            else:
                session = self._session
                session.handle_back_msg(self._rerun_msg())
            finished = session.join(limit)
            if not finished:
                self._abandon_session(session)
        if not finished:
            raise RuntimeError(f"AppTest script run timed out after {limit}(s)")
        assert self._client is not None
        messages = self._client.take()
        reports = [m.run_report for m in messages if m.WhichOneof("type") == "run_report"]
        if reports:
            self.run_report = RunReport.from_proto(reports[-1])
        self._page.apply_all(messages)
        if self._page.query_string is not None:
            self.query_params = _query_params(self._page.query_string)
        if self._page.navigation is not None:
            self._page_name = self._page.navigation.current_page
        self._tree = build_element_tree(self._page, self, session.session_state)
        return self

    def _make_runtime(self) -> Runtime:
        """The app's Runtime, with its config files; state is never saved to or read from disk."""
        config = load_config(self._script_path)
        config.persistence.enabled = False
        # Every run is inspected: `run_report` says what the last one cost (docs/inspector.md).
        config.inspect_runs = True
        self._runtime = Runtime(self._script_path, config=config)
        return self._runtime

    def _start_session(self) -> AppSession:
        """A new session on the app; its first run starts at once, with the seeded state."""
        assert self._runtime is not None
        self._client = _RecordingClient()
        self._page = PageTree()
        self._session = self._runtime.create_session(
            self._client,
            None,
            self._query_string(),
            self._page_name,
            before_first_run=self._seed_session,
        )
        return self._session

    def _seed_session(self, session: AppSession) -> None:
        """Values the test set before the first run go into the session before it starts."""
        for key, value in self._seed.to_dict().items():
            session.session_state[key] = value
        self._seed = SessionState()

    def _abandon_session(self, session: AppSession) -> None:
        """After a timeout: stop the script; the next run starts afresh."""
        assert self._runtime is not None
        self._runtime.close_session(session.id)
        self._session = None

    def _rerun_msg(self) -> BackMsg:
        msg = BackMsg()
        rerun = msg.rerun
        rerun.widget_states.CopyFrom(self._tree.get_widget_states())
        rerun.widget_states.SetInParent()
        rerun.query_string = self._query_string()
        rerun.page_name = self._page_name
        rerun.fragment_id = self._tree.fragment_to_rerun()
        return msg

    def _query_string(self) -> str:
        return urlencode(self.query_params, doseq=True)

    def _session_state(self) -> SessionState:
        return self._session.session_state if self._session is not None else self._seed

    def switch_page(self, page_path: str) -> AppTest:
        """Show another page of a multipage app from the next `run()` on.

        `page_path` is relative to the main script's folder, e.g. "pages/settings.py". Pages of an
        `st.navigation` app are found among the pages its last run listed (run the app once
        first), by the URL path, then the title (any case), that their file name gives.
        """
        main = Path(self._script_path)
        script = (main.parent / page_path).resolve()
        if not script.is_file():
            raise ValueError(
                f"Could not find page {page_path!r} relative to the main script {str(main)!r}: "
                f"{str(script)!r} is not a file."
            )
        self._page_name = self._url_path_of(script)
        return self

    def _url_path_of(self, script: Path) -> str:
        main = Path(self._script_path)
        by_file = {Path(p.script_path): p for p in discover_pages(main)}
        page = by_file.get(script) or page_from_filename(script, is_default=script == main)
        navigation = self._page.navigation
        if navigation is None or not navigation.pages:
            return page.url_path
        for entry in navigation.pages:
            if entry.url_path == page.url_path:
                return str(entry.url_path)
        for entry in navigation.pages:
            if entry.title.casefold() == page.title.casefold():
                return str(entry.url_path)
        titles = ", ".join(repr(entry.title) for entry in navigation.pages)
        raise ValueError(f"{script.name} is not one of the app's pages ({titles}).")

    # -- what the page shows --------------------------------------------------------------------

    @property
    def main(self) -> Block:
        """The main area of the app."""
        return self._tree.main

    @property
    def sidebar(self) -> Block:
        return self._tree.sidebar

    @property
    def page_config(self) -> PageConfig:
        """What `st.set_page_config` calls set (dataapp only; Streamlit's AppTest has none)."""
        return self._page.page_config

    def _descendants(self) -> list[Node]:
        return self._tree._descendants()

    def __len__(self) -> int:
        return len(self._tree)

    def __iter__(self) -> Iterator[Node]:
        return iter(self._tree)

    def __getitem__(self, index: int) -> Node:
        return self._tree[index]

    def get(self, element_type: str) -> Sequence[Node]:
        """Elements or blocks of a type, e.g. `at.get("button")`, in page order."""
        return self._tree.get(element_type)

    def __repr__(self) -> str:
        runs = "not run yet" if self._session is None else "run"
        return f"AppTest({self._script_path!r}, {runs}):\n{self._tree!r}"


def _query_params(query_string: str) -> dict[str, Any]:
    """Single values as str, repeated keys as lists, blank values kept (as Streamlit's AppTest)."""
    parsed = parse_qs(query_string, keep_blank_values=True)
    return {key: values[0] if len(values) == 1 else values for key, values in parsed.items()}
