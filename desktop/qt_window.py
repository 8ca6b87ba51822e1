"""What the Qt backend adds to the pywebview window, through QtWebEngine's own signals.

- the window's title and icon follow the page's `document.title` and favicon (set by
  `st.set_page_config`), as a browser tab's would;
- a main-frame navigation away from the app's origin is refused and opened in the system
  browser;
- geometry is read as Qt knows it (normal geometry while maximised), and "come to the front"
  runs on the GUI thread;
- the menu bar (qt_menus.py), with the app's own entries once a run names them;
- printing the page to PDF or a printer (qt_printing.py), OS notifications
  (qt_notifications.py).

`install` runs on the GUI (main) thread from pywebview's `before_show` event; `call_soon` may be
called from any thread. Imported only when the Qt backend is in use.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from qtpy import QtCore, QtGui

from dataapp_desktop.menu_items import MenuCommands, PageMenu
from dataapp_desktop.qt_menus import WindowMenus
from dataapp_desktop.qt_notifications import notifications_available, send_notification
from dataapp_desktop.qt_printing import PagePrinter
from dataapp_desktop.window_state import WindowGeometry

log = logging.getLogger("dataapp_desktop")

# Python signal handlers run only when Python code runs; this tick lets SIGTERM act quickly.
_SIGNAL_TICK_MS = 100


class _MainThreadCalls(QtCore.QObject):
    """Queues callables onto the thread that created it (the GUI thread)."""

    call = QtCore.Signal(object)  # type: ignore[attr-defined]

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self._run, QtCore.Qt.ConnectionType.QueuedConnection)

    def _run(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except Exception:
            log.exception("A call on the GUI thread failed")


def _delete_now() -> None:
    QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete.value)


def same_origin(url: str, origin: str) -> bool:
    parts, own = urlsplit(url), urlsplit(origin)
    return (parts.scheme, parts.netloc) == (own.scheme, own.netloc)


class QtWindowAdapter:
    can_print = True
    can_notify = False  # known once installed (a session bus is there)

    def __init__(
        self,
        app_origin: str,
        open_external: Callable[[str], None],
        cache_dir: Path,
        commands: MenuCommands,
    ) -> None:
        self._origin = app_origin
        self._cache_dir = cache_dir
        self._commands = commands
        self._menus: WindowMenus | None = None
        self._printer: PagePrinter | None = None
        self._open_external = open_external
        self._native: Any = None
        self._calls: _MainThreadCalls | None = None
        self._timer: Any = None
        self._closed_views: list[Any] = []

    def install(self, native: Any) -> None:
        """Connect to the window's page (GUI thread, before the window is shown)."""
        self._native = native
        self._calls = _MainThreadCalls()
        # pywebview names every app's profile "pywebview", so its HTTP cache would be one
        # folder shared by all apps; the app's own, before the first request goes out.
        native.profile.setCachePath(str(self._cache_dir))
        self._printer = PagePrinter(native.webview)
        self.can_notify = notifications_available()
        self._menus = WindowMenus(native, self._commands, self._printer)
        page = native.webview.page()
        # Chromium's own PDF viewer, as in a browser (st.pdf); Qt turns plugins off by default.
        settings = page.settings()
        settings.setAttribute(settings.WebAttribute.PluginsEnabled, True)
        settings.setAttribute(settings.WebAttribute.PdfViewerEnabled, True)
        page.titleChanged.connect(self._on_title)
        page.iconChanged.connect(self._on_icon)
        page.navigationRequested.connect(self._on_navigation)
        self._timer = QtCore.QTimer()
        self._timer.timeout.connect(lambda: None)
        self._timer.start(_SIGNAL_TICK_MS)

    def call_soon(self, fn: Callable[[], None]) -> None:
        """Run `fn` on the GUI thread (from any thread)."""
        if self._calls is not None:
            self._calls.call.emit(fn)

    def print_to_pdf(self, path: str, done: Callable[[bool], None]) -> None:
        """Write the page to a PDF (GUI thread); `done(success)` once written."""
        if self._printer is None:
            done(False)
        else:
            self._printer.to_pdf(path, done)

    def notify(self, title: str, body: str, only_when_unfocused: bool) -> None:
        """An OS notification (GUI thread); skipped while the window has the focus when
        `only_when_unfocused` (a toast the user sees in the page)."""
        native = self._native
        if native is None or not self.can_notify:
            return
        if only_when_unfocused and native.isActiveWindow():
            return
        app_name = self._commands.about.app_name
        send_notification(app_name, title or native.windowTitle() or app_name, body)

    def show_page_menu(self, menu: PageMenu) -> None:
        """The app's own menu entries (GUI thread)."""
        if self._menus is not None:
            self._menus.show_page_menu(menu)

    def _on_title(self, title: str) -> None:
        # While loading, Qt reports the URL as the title; keep the app's name until a real one.
        if title and not title.startswith(("http://", "https://")):
            self._native.setWindowTitle(title)

    def _on_icon(self, icon: QtGui.QIcon) -> None:
        if not icon.isNull():
            self._native.setWindowIcon(icon)

    def _on_navigation(self, request: Any) -> None:
        url = request.url().toString()
        if not request.isMainFrame() or same_origin(url, self._origin):
            return
        if url.startswith(("about:", "data:", "blob:")):
            return
        request.reject()
        self._open_external(url)

    def geometry(self) -> WindowGeometry:
        """The window's normal (not maximised) geometry; GUI thread."""
        native = self._native
        maximized = bool(native.isMaximized())
        normal = native.normalGeometry() if maximized else native.geometry()
        # Qt moves a window by its frame's corner but reports the client area: keep the frame's.
        frame_dx = native.geometry().x() - native.frameGeometry().x()
        frame_dy = native.geometry().y() - native.frameGeometry().y()
        return WindowGeometry(
            width=int(normal.width()),
            height=int(normal.height()),
            x=int(normal.x() - frame_dx),
            y=int(normal.y() - frame_dy),
            maximized=maximized,
        )

    def bring_to_front(self) -> None:
        """Un-minimise (keeping maximised), raise and focus; GUI thread."""
        native = self._native
        state = native.windowState()
        if state & QtCore.Qt.WindowState.WindowMinimized:
            native.setWindowState(state & ~QtCore.Qt.WindowState.WindowMinimized)
        native.show()
        native.raise_()
        native.activateWindow()

    def close_companions(self) -> None:
        """Close pywebview's other Qt windows (its web inspector is not in webview.windows)."""
        for view in list(type(self._native).instances.values()):
            if view is not self._native:
                self._closed_views.append(view)
                view.close()

    def teardown(self) -> None:
        """Delete the closed windows (and with them their web pages), then their profiles.

        GUI thread, after the loop ended. pywebview leaves the pages to a deleteLater that the
        ended loop never runs, so the profiles would be released first at interpreter exit:
        QtWebEngine then warns "Expect troubles" and may take seconds to exit.
        """
        views = [v for v in (self._native, *self._closed_views) if v is not None]
        profiles = [p for p in (getattr(v, "profile", None) for v in views) if p is not None]
        for profile in profiles:
            # Chromium writes session cookies (the launch token's among them) to the profile's
            # database too, and drops them only at the next start: drop them now. Deleting
            # the profile below writes the change out.
            profile.cookieStore().deleteSessionCookies()
        for view in views:
            view.deleteLater()
        _delete_now()
        # pywebview's pages keep their new-window handler page in a reference cycle.
        gc.collect()
        for profile in profiles:
            profile.deleteLater()
        _delete_now()
        self._native = None
        self._menus = None
        self._printer = None
        self._closed_views.clear()


def end_web_engine_processes(timeout: float = 0.5) -> None:
    """End QtWebEngine's helper processes that outlive the GUI loop (Linux, via /proc).

    Chromium's zygotes and renderers notice the browser is gone only a second or more later.
    Only the web engine's processes are ended: the app's own child processes are left alone.
    """
    helpers = _web_engine_descendants(os.getpid())
    # They hold nothing worth saving (the profile's data lives in this process): no grace.
    for pid in helpers:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + timeout
    while helpers and time.monotonic() < deadline:
        helpers = [pid for pid in helpers if not _has_ended(pid)]
        if helpers:
            time.sleep(0.005)


def _web_engine_descendants(root: int) -> list[int]:
    children: dict[int, list[tuple[int, str]]] = {}
    proc = Path("/proc")
    if not proc.is_dir():
        return []
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            # Not the command line: renderers rewrite theirs to describe their role.
            program = os.readlink(entry / "exe")
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append((int(entry.name), program))
    found: list[int] = []
    todo = [root]
    while todo:
        for pid, program in children.get(todo.pop(), []):
            if program.endswith("QtWebEngineProcess"):
                found.append(pid)
                todo.append(pid)
    return found


def _has_ended(pid: int) -> bool:
    """Reap our own child; for a grandchild, gone or a zombie is ended."""
    with contextlib.suppress(ChildProcessError):
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state in ("Z", "X")
