"""The app in a pywebview window: the window owns the main thread, the engine a background one.

`WindowHost.run` is called on the main thread with the app already served (`HostedApp`). It
opens the window where it was last time, registers the native dialogs, and returns when the
window is closed — by the user, by SIGTERM or by Ctrl-C, all the same way: the window closes
(its geometry is saved), then the caller shuts the engine down. `activate` brings the window
to the front for a second launch.
pywebview calls `before_show` and `closing` handlers on the GUI thread, others on threads of
their own.
"""

from __future__ import annotations

import logging
import os
import re
import signal
import sys
import threading
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass
from types import FrameType
from typing import Any, Protocol

from dataapp.runtime.app_session import AppSession
from dataapp.runtime.persistence import app_state_dir
from dataapp.runtime.script_requests import RerunData
from dataapp.runtime.script_runner import RunResult
from dataapp.version import __version__
from dataapp_desktop import paths
from dataapp_desktop.diagnostics import log_file
from dataapp_desktop.file_dialogs import WindowDialogs
from dataapp_desktop.gui import GuiChoice
from dataapp_desktop.lifecycle import HostedApp
from dataapp_desktop.login import DesktopServer
from dataapp_desktop.menu_items import AboutInfo, MenuCommands, PageMenu, page_menu_of
from dataapp_desktop.pdf_export import PdfExporter
from dataapp_desktop.recent_files import OpenedFiles, RecentFiles
from dataapp_desktop.web_profile import profile_dir
from dataapp_desktop.window_service import WindowService
from dataapp_desktop.window_state import (
    MIN_HEIGHT,
    MIN_WIDTH,
    ScreenArea,
    WindowGeometry,
    WindowStateStore,
    place,
)

log = logging.getLogger("dataapp_desktop")

_HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")
_EXTERNAL_SCHEMES = ("http:", "https:", "mailto:")


class WindowAdapter(Protocol):
    """What the host needs from a backend beyond pywebview's common API."""

    def install(self, native: Any) -> None:
        """GUI thread, before the window is shown."""

    def call_soon(self, fn: Callable[[], None]) -> None:
        """Run `fn` on the GUI thread; any thread may call this."""

    def geometry(self) -> WindowGeometry:
        """The window's normal geometry and maximised state; GUI thread."""

    def bring_to_front(self) -> None:
        """GUI thread."""

    # Whether `print_to_pdf` works (st.desktop.export_pdf is offered only then).
    can_print: bool

    def print_to_pdf(self, path: str, done: Callable[[bool], None]) -> None:
        """Write the whole page to a PDF; `done(success)` once written. GUI thread."""

    # Whether `notify` reaches the OS (known once installed).
    can_notify: bool

    def notify(self, title: str, body: str, only_when_unfocused: bool) -> None:
        """An OS notification; GUI thread."""

    def show_page_menu(self, menu: PageMenu) -> None:
        """The app's own menu entries (`st.set_page_config(menu_items=...)`); GUI thread."""

    def close_companions(self) -> None:
        """Close the other windows (the web inspector of --debug); GUI thread."""

    def teardown(self) -> None:
        """Release the backend's objects in a safe order; main thread, after the GUI loop."""


class GenericWindowAdapter:
    """Any backend, through pywebview's API only: the title stays the app's name."""

    def __init__(self, window: Any) -> None:
        self._window = window
        self._maximized = False
        self._minimized = False
        self._normal: WindowGeometry | None = None
        window.events.maximized += self._on_maximized
        window.events.minimized += self._on_minimized
        window.events.restored += self._on_restored
        window.events.resized += self._remember_normal
        window.events.moved += self._remember_normal

    def _on_maximized(self) -> None:
        self._maximized, self._minimized = True, False

    def _on_minimized(self) -> None:
        self._minimized = True

    def _on_restored(self) -> None:
        self._maximized = self._minimized = False

    def _remember_normal(self) -> None:
        if not (self._maximized or self._minimized):
            w = self._window
            self._normal = WindowGeometry(w.width, w.height, w.x, w.y)

    def install(self, native: Any) -> None:
        return None

    can_print = False

    def print_to_pdf(self, path: str, done: Callable[[bool], None]) -> None:
        done(False)  # pywebview's common API cannot print

    can_notify = False

    def notify(self, title: str, body: str, only_when_unfocused: bool) -> None:
        return None  # nor notify

    def show_page_menu(self, menu: PageMenu) -> None:
        return None  # pywebview's common API has no menus that change after start

    def call_soon(self, fn: Callable[[], None]) -> None:
        fn()

    def geometry(self) -> WindowGeometry:
        w = self._window
        if self._maximized and self._normal is not None:
            return WindowGeometry(
                self._normal.width, self._normal.height, self._normal.x, self._normal.y, True
            )
        return WindowGeometry(w.width, w.height, w.x, w.y, self._maximized)

    def bring_to_front(self) -> None:
        if self._minimized:
            self._window.restore()
        self._window.show()

    def teardown(self) -> None:
        return None

    def close_companions(self) -> None:
        import webview

        for other in list(webview.windows):
            if other is not self._window:
                other.destroy()


def open_in_system_browser(url: str) -> None:
    """Open a link the window may not follow; off the GUI thread, as a browser may take a while."""
    if not url.lower().startswith(_EXTERNAL_SCHEMES):
        log.warning("Not opening %s: only http(s) and mailto links leave the app", url)
        return
    threading.Thread(
        target=webbrowser.open, args=(url,), name="dataapp-open-link", daemon=True
    ).start()


@dataclass
class WindowOptions:
    gui: GuiChoice
    debug: bool
    app_version: str = ""  # a packaged app's; shown in Help ▸ About


def _screens(webview: Any) -> list[ScreenArea]:
    try:
        return [ScreenArea(s.x, s.y, s.width, s.height) for s in webview.screens]
    except Exception:
        log.exception("Could not list the screens; the window opens centred")
        return []


class WindowHost:
    """Main thread (`activate`: any thread). The app's one window and what is tied to its life."""

    def __init__(self, hosted: HostedApp, options: WindowOptions) -> None:
        assert isinstance(hosted.server, DesktopServer)
        self.hosted = hosted
        self.server: DesktopServer = hosted.server
        self.options = options
        self.key = paths.app_key(hosted.runtime.app_identity)
        self.state_store = WindowStateStore(paths.data_dir(), self.key)
        self.recent = RecentFiles(paths.data_dir(), self.key)
        self.opened = OpenedFiles()
        self._window: Any = None
        self._adapter: WindowAdapter | None = None
        self._shown = threading.Event()
        self._close_requested = False

    # -- life ---------------------------------------------------------------------------------

    def run(self) -> None:
        import webview

        self._install_signal_handlers()
        if self.options.gui.backend is not None:
            # pywebview lists screens with its default backend unless told (GTK first on Linux).
            os.environ["PYWEBVIEW_GUI"] = self.options.gui.backend
        profile = profile_dir(self.key)
        profile.mkdir(mode=0o700, parents=True, exist_ok=True)
        # Set before anything loads pywebview's backend (listing the screens does): its Qt
        # backend reads the profile's place when it is imported, not when the window starts.
        webview._state["private_mode"] = False
        webview._state["storage_path"] = str(profile)
        screens = _screens(webview)
        geometry = place(self.state_store.load(), screens)
        origin = screens[0] if screens else ScreenArea(0, 0, 0, 0)
        window = webview.create_window(
            self.hosted.runtime.app_name,
            self.server.window_url,
            width=geometry.width,
            height=geometry.height,
            # pywebview places relative to the primary screen; we save absolute positions.
            x=None if geometry.x is None else geometry.x - origin.x,
            y=None if geometry.y is None else geometry.y - origin.y,
            maximized=geometry.maximized,
            min_size=(MIN_WIDTH, MIN_HEIGHT),
            background_color=self._background_color(),
            text_select=True,
        )
        if window is None:
            raise RuntimeError("pywebview did not create the window")
        self._window = window
        self._adapter = self._make_adapter(window)
        window.events.before_show += self._on_before_show
        window.events.shown += self._on_shown
        window.events.closing += self._on_closing
        self.hosted.runtime.add_run_listener(self._on_run_finished)
        dialogs = WindowDialogs(window.create_file_dialog)
        self.hosted.runtime.host_services.dialogs = dialogs
        adapter = self._adapter
        if adapter.can_print:
            pdf = PdfExporter(
                lambda path, done: adapter.call_soon(lambda: adapter.print_to_pdf(path, done)),
                dialogs,
                default_name=f"{self.hosted.runtime.app_name}.pdf",
            )
            self.hosted.runtime.host_services.window = WindowService(
                pdf,
                lambda title, body, unfocused: adapter.call_soon(
                    lambda: adapter.notify(title, body, unfocused)
                ),
                lambda: adapter.can_notify,
                self.recent,
                self.opened,
            )
        if self._close_requested:
            return
        # The app's own persistent profile, on its stable origin (web_profile.py): cookies and
        # localStorage of the page and its components last from one launch to the next.
        webview.start(
            gui=self.options.gui.backend,  # type: ignore[arg-type]
            debug=self.options.debug,
            private_mode=False,
            storage_path=str(profile),
        )
        self._adapter.teardown()
        if self.options.gui.backend == "qt":
            from dataapp_desktop.qt_window import end_web_engine_processes

            end_web_engine_processes()

    def _make_adapter(self, window: Any) -> WindowAdapter:
        if self.options.gui.backend == "qt":
            from dataapp_desktop.qt_window import QtWindowAdapter

            return QtWindowAdapter(
                self.server.url, open_in_system_browser, profile_dir(self.key), self._commands()
            )
        return GenericWindowAdapter(window)

    def _commands(self) -> MenuCommands:
        runtime = self.hosted.runtime
        about = AboutInfo(
            app_name=runtime.app_name,
            app_version=self.options.app_version,
            dataapp_version=__version__,
            state_dir=str(app_state_dir(runtime.app_identity)),
            web_profile_dir=str(profile_dir(self.key)),
            log_file=str(log_file(self.key)),
        )
        return MenuCommands(
            about=about,
            clear_caches=lambda: _in_background(runtime.clear_caches),
            forget_saved_state=lambda: _in_background(self._forget_saved_state),
            open_link=open_in_system_browser,
            recent_files=self.recent.files,
            open_recent=lambda path: _in_background(lambda: self._open_recent(path)),
            clear_recent=self.recent.clear,
        )

    def _open_recent(self, path: str) -> None:
        """File ▸ Open Recent: the file is offered to the run this starts in every session."""
        runtime = self.hosted.runtime
        self.recent.add([path])
        self.opened.offer([session.id for session in runtime.sessions], path)
        runtime.rerun_all_sessions()

    def _forget_saved_state(self) -> None:
        """As the page's own "Reset saved state": forget, then every session starts over."""
        runtime = self.hosted.runtime
        runtime.reset_saved_state()
        for session in runtime.sessions:
            session.request_rerun(
                RerunData(
                    query_string=session.last_query_string,
                    page_name=session.last_page_name,
                    reset_state=True,
                )
            )

    def _on_run_finished(self, session: AppSession, result: RunResult) -> None:
        """Script thread: a run has ended its hold on an opened file; a full run tells which
        menu entries the app wants."""
        self.opened.run_finished(session.id, result.run_id)
        adapter = self._adapter
        if adapter is None or result.fragment_id or result.page_config is None:
            return
        menu = page_menu_of(result.page_config)
        adapter.call_soon(lambda: adapter.show_page_menu(menu))

    def _background_color(self) -> str:
        color = self.hosted.runtime.config.theme.background_color
        return color if _HEX_COLOR.match(color) else "#FFFFFF"

    # -- events ---------------------------------------------------------------------------------

    def _on_before_show(self, window: Any) -> None:
        assert self._adapter is not None
        self._adapter.install(window.native)
        # The Qt backend replaces the SIGINT handler when it starts: ours again, so that Ctrl-C
        # closes the window like the close button does.
        self._install_signal_handlers()

    def _on_shown(self) -> None:
        self._shown.set()
        if self._close_requested:
            self._window.destroy()

    def _on_closing(self) -> None:
        assert self._adapter is not None
        try:
            self.state_store.save(self._adapter.geometry())
        except Exception:
            log.exception("Could not read the window's geometry")
        # Other windows (the web inspector of --debug) would keep the GUI loop alive.
        self._adapter.close_companions()

    def activate(self) -> dict[str, Any]:
        """A second launch of this app (instance thread): bring the window to the front."""
        adapter = self._adapter
        if adapter is None or not self._shown.is_set():
            return {"activated": False, "reason": "the window is still opening"}
        adapter.call_soon(adapter.bring_to_front)
        return {"activated": True, "pid": os.getpid()}

    # -- signals --------------------------------------------------------------------------------

    def _install_signal_handlers(self) -> None:
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, self._on_signal)

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        log.info("Got %s; closing the window", signal.Signals(signum).name)
        self._close_requested = True
        if self._shown.is_set():
            self._window.destroy()


def _in_background(work: Callable[[], None]) -> None:
    """Engine work asked for from a menu: off the GUI thread, which must keep drawing."""
    threading.Thread(target=work, name="dataapp-menu-command", daemon=True).start()


def say(message: str) -> None:
    print(f"dataapp-desktop: {message}", file=sys.stderr, flush=True)
