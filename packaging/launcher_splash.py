"""First-start feedback: a small X11 window with the app's name and a progress bar, else the terminal.

The window is plain Xlib (libX11 through ctypes, loaded from the desktop, not bundled): no
toolkit in the launcher. It stays up after the launcher becomes the app, in a detached process,
until a window of the app's process is mapped. Standard library only. `Feedback.progress` runs
on the unpacking workers, one at a time (they call it under their lock; it draws at most every
0.1 s); everything else runs on the launcher's main thread, and `hand_over` in a forked process.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
import time
from typing import Any

# Environment: no window even with a display (tests, benchmarks).
NO_SPLASH_ENV = "DATAAPP_LAUNCHER_NO_SPLASH"


class NoSplash(Exception):
    """No window can be shown (no libX11, or the display cannot be opened)."""


class Feedback:
    """Says what is happening while the app is unpacked: a small X11 window, else the terminal."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._splash = _open_splash(name)
        self._tty = sys.stderr.isatty()
        self._last = -1.0
        self._started = time.monotonic()
        if self._splash is None:
            print(f"{name}: unpacking for its first start…", file=sys.stderr, flush=True)

    def progress(self, done: int, total: int) -> None:
        fraction = done / total
        now = time.monotonic()
        if fraction < 1.0 and now - self._last < 0.1:
            return
        self._last = now
        if self._splash is not None:
            self._splash.draw(fraction)
        if self._tty:
            print(f"\r{self._name}: unpacking {fraction:4.0%}", end="", file=sys.stderr, flush=True)

    def finish(self, app_pid: int) -> None:
        if self._tty:
            seconds = time.monotonic() - self._started
            print(f"\r{self._name}: unpacked in {seconds:.1f}s   ", file=sys.stderr, flush=True)
        if self._splash is not None:
            self._splash.draw(1.0, "Starting…")
            self._splash.hand_over(app_pid)


def _open_splash(name: str) -> _X11Splash | None:
    if not os.environ.get("DISPLAY") or os.environ.get(NO_SPLASH_ENV):
        return None
    try:
        return _X11Splash(name)
    except (OSError, NoSplash, AttributeError):
        return None


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
_XA_ATOM, _XA_CARDINAL = 4, 6
_P, _W, _I = ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int
_ULONG_P = ctypes.POINTER(ctypes.c_ulong)
# The Xlib functions the splash uses: name → (result type, argument types).
_XLIB_SIGNATURES: dict[str, tuple[Any, list[Any]]] = {
    "XOpenDisplay": (_P, [ctypes.c_char_p]),
    "XDefaultScreen": (_I, [_P]),
    "XConnectionNumber": (_I, [_P]),
    "XFlush": (_I, [_P]),
    "XRootWindow": (_W, [_P, _I]),
    "XDisplayWidth": (_I, [_P, _I]),
    "XDisplayHeight": (_I, [_P, _I]),
    "XDefaultDepth": (_I, [_P, _I]),
    "XCreateSimpleWindow": (
        _W,
        [_P, _W, _I, _I, ctypes.c_uint, ctypes.c_uint, ctypes.c_uint, _W, _W],
    ),
    "XStoreName": (_I, [_P, _W, ctypes.c_char_p]),
    "XMapRaised": (_I, [_P, _W]),
    "XCreateGC": (_P, [_P, _W, _W, _P]),
    "XSetForeground": (_I, [_P, _P, _W]),
    "XFillRectangle": (_I, [_P, _W, _P, _I, _I, ctypes.c_uint, ctypes.c_uint]),
    "XDrawString": (_I, [_P, _W, _P, _I, _I, ctypes.c_char_p, _I]),
    "XInternAtom": (_W, [_P, ctypes.c_char_p, _I]),
    "XChangeProperty": (_I, [_P, _W, _W, _W, _I, _I, _P, _I]),
    "XQueryTree": (
        _I,
        [_P, _W, _ULONG_P, _ULONG_P, ctypes.POINTER(_ULONG_P), ctypes.POINTER(ctypes.c_uint)],
    ),
    "XGetWindowProperty": (
        _I,
        [
            _P,
            _W,
            _W,
            ctypes.c_long,
            ctypes.c_long,
            _I,
            _W,
            _ULONG_P,
            ctypes.POINTER(_I),
            _ULONG_P,
            _ULONG_P,
            ctypes.POINTER(_P),
        ],
    ),
    "XGetWindowAttributes": (_I, [_P, _W, _P]),
    "XFree": (_I, [_P]),
    "XSetErrorHandler": (_P, [_ERROR_HANDLER]),
}


class _XWindowAttributes(ctypes.Structure):
    _fields_ = [
        *[(n, ctypes.c_int) for n in ("x", "y", "width", "height", "border_width", "depth")],
        ("visual", ctypes.c_void_p),
        ("root", ctypes.c_ulong),
        *[(n, ctypes.c_int) for n in ("c_class", "bit_gravity", "win_gravity", "backing_store")],
        ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int),
        ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long),
        ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int),
        ("screen", ctypes.c_void_p),
    ]


class _X11Splash:
    """A plain Xlib window (libX11 through ctypes): the app's name and a progress bar.

    It stays up after the launcher becomes the app, in a detached process that closes it as
    soon as a window of the app's process is mapped (or the app exits, or after a minute).
    """

    WIDTH, HEIGHT = 420, 120

    def __init__(self, name: str) -> None:
        library = ctypes.util.find_library("X11")
        if library is None:
            raise NoSplash("no libX11")
        x = ctypes.CDLL(library)
        for function, (result, arguments) in _XLIB_SIGNATURES.items():
            getattr(x, function).restype = result
            getattr(x, function).argtypes = arguments
        self._x = x
        # Windows vanish while we look at them: Xlib's default handler would exit the process.
        self._on_error = _ERROR_HANDLER(lambda display, event: 0)
        x.XSetErrorHandler(self._on_error)
        display = x.XOpenDisplay(None)
        if not display:
            raise NoSplash("cannot open the display")
        self._display = display
        os.set_inheritable(x.XConnectionNumber(display), False)
        screen = x.XDefaultScreen(display)
        self._root = x.XRootWindow(display, screen)
        self._color = x.XDefaultDepth(display, screen) >= 24
        left = max(0, (x.XDisplayWidth(display, screen) - self.WIDTH) // 2)
        top = max(0, (x.XDisplayHeight(display, screen) - self.HEIGHT) // 2)
        self._window = x.XCreateSimpleWindow(
            display, self._root, left, top, self.WIDTH, self.HEIGHT, 1, 0x888888, 0xFFFFFF
        )
        x.XStoreName(display, self._window, f"Starting {name}".encode("utf-8", "replace"))
        self._set_atom_property("_NET_WM_WINDOW_TYPE", "_NET_WM_WINDOW_TYPE_SPLASH")
        pid = ctypes.c_ulong(os.getpid())
        net_wm_pid = x.XInternAtom(display, b"_NET_WM_PID", 0)
        x.XChangeProperty(
            display, self._window, net_wm_pid, _XA_CARDINAL, 32, 0, ctypes.byref(pid), 1
        )
        x.XMapRaised(display, self._window)
        self._gc = x.XCreateGC(display, self._window, 0, None)
        self._name = name
        self.draw(0.0)

    def _set_atom_property(self, prop: str, value: str) -> None:
        x, display = self._x, self._display
        atom = ctypes.c_ulong(x.XInternAtom(display, value.encode(), 0))
        x.XChangeProperty(
            display,
            self._window,
            x.XInternAtom(display, prop.encode(), 0),
            _XA_ATOM,
            32,
            0,
            ctypes.byref(atom),
            1,
        )

    def _pixel(self, rgb: int) -> int:
        if self._color:
            return rgb
        return 0 if rgb < 0x808080 else 0xFFFFFF

    def draw(self, fraction: float, status: str = "Unpacking for its first start…") -> None:
        x, d, w, gc = self._x, self._display, self._window, self._gc
        x.XSetForeground(d, gc, self._pixel(0xFFFFFF))
        x.XFillRectangle(d, w, gc, 0, 0, self.WIDTH, self.HEIGHT)
        x.XSetForeground(d, gc, self._pixel(0x262730))
        title = self._name.encode("latin-1", "replace")
        x.XDrawString(d, w, gc, 24, 36, title, len(title))
        text = status.replace("…", "...").encode("latin-1", "replace")
        x.XDrawString(d, w, gc, 24, 60, text, len(text))
        x.XSetForeground(d, gc, self._pixel(0xE6E9EF))
        x.XFillRectangle(d, w, gc, 24, 78, self.WIDTH - 48, 14)
        x.XSetForeground(d, gc, self._pixel(0xFF4B4B))
        x.XFillRectangle(d, w, gc, 24, 78, int((self.WIDTH - 48) * min(1.0, fraction)), 14)
        x.XFlush(d)

    def _app_window_shown(self, pid: int, window: int, depth: int = 0) -> bool:
        x, d = self._x, self._display
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children = ctypes.POINTER(ctypes.c_ulong)()
        count = ctypes.c_uint()
        if not x.XQueryTree(
            d,
            window,
            ctypes.byref(root),
            ctypes.byref(parent),
            ctypes.byref(children),
            ctypes.byref(count),
        ):
            return False
        found = False
        try:
            for i in range(count.value):
                child = children[i]
                if child != self._window and self._window_pid(child) == pid:
                    attributes = _XWindowAttributes()
                    shown = x.XGetWindowAttributes(d, child, ctypes.byref(attributes))
                    if shown and attributes.map_state == 2:  # IsViewable
                        found = True
                        break
                # A reparenting window manager puts the app's window inside its frame.
                if depth < 2 and self._app_window_shown(pid, child, depth + 1):
                    found = True
                    break
        finally:
            if children:
                x.XFree(children)
        return found

    def _window_pid(self, window: int) -> int:
        x, d = self._x, self._display
        kind, fmt = ctypes.c_ulong(), ctypes.c_int()
        items, after = ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.c_void_p()
        atom = x.XInternAtom(d, b"_NET_WM_PID", 1)
        if not atom:
            return -1
        status = x.XGetWindowProperty(
            d,
            window,
            atom,
            0,
            1,
            0,
            _XA_CARDINAL,
            ctypes.byref(kind),
            ctypes.byref(fmt),
            ctypes.byref(items),
            ctypes.byref(after),
            ctypes.byref(data),
        )
        if status != 0 or not data.value:
            return -1
        try:
            if items.value < 1 or fmt.value != 32:
                return -1
            return int(ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))[0])
        finally:
            x.XFree(data)

    def hand_over(self, app_pid: int, timeout: float = 60.0) -> None:
        """Keep the window in a detached process until the app shows its own (double fork)."""
        child = os.fork()
        if child:
            os.waitpid(child, 0)
            return
        try:
            if os.fork():
                os._exit(0)
            os.setsid()
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline and os.path.exists(f"/proc/{app_pid}"):
                if self._app_window_shown(app_pid, self._root):
                    break
                self.draw(1.0, "Starting…")
                time.sleep(0.1)
        finally:
            os._exit(0)
