"""Talk to the X server as a window manager or a user would: find, move, close windows.

xdotool does the input; this module adds what the xdotool of Debian 12 cannot: ask a window to
close the way a window manager's close button does (a WM_DELETE_WINDOW client message), read
the stacking order, and list a window's geometry.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import subprocess
from dataclasses import dataclass


class _ClientMessage(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    ]


class _XEvent(ctypes.Union):
    _fields_ = [("xclient", _ClientMessage), ("pad", ctypes.c_long * 24)]


CLIENT_MESSAGE = 33


def _xlib() -> ctypes.CDLL:
    name = ctypes.util.find_library("X11")
    if name is None:
        raise RuntimeError("libX11 is not installed")
    lib = ctypes.CDLL(name)
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XInternAtom.restype = ctypes.c_ulong
    lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    lib.XSendEvent.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_long,
        ctypes.POINTER(_XEvent),
    ]
    lib.XFlush.argtypes = [ctypes.c_void_p]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    return lib


def send_wm_delete(display: str, window: int) -> None:
    """What a window manager sends when the user clicks the window's close button."""
    lib = _xlib()
    dpy = lib.XOpenDisplay(display.encode())
    if not dpy:
        raise RuntimeError(f"cannot open display {display}")
    try:
        event = _XEvent()
        event.xclient.type = CLIENT_MESSAGE
        event.xclient.window = window
        event.xclient.message_type = lib.XInternAtom(dpy, b"WM_PROTOCOLS", 0)
        event.xclient.format = 32
        event.xclient.data[0] = lib.XInternAtom(dpy, b"WM_DELETE_WINDOW", 0)
        event.xclient.data[1] = 0  # CurrentTime
        lib.XSendEvent(dpy, window, 0, 0, ctypes.byref(event))
        lib.XFlush(dpy)
    finally:
        lib.XCloseDisplay(dpy)


@dataclass(frozen=True)
class Geometry:
    x: int
    y: int
    width: int
    height: int


class X:
    """xdotool and friends on one display."""

    def __init__(self, display: str) -> None:
        self.display = display

    def run(self, *args: str, check: bool = True) -> str:
        result = subprocess.run(
            args,
            env={**os.environ, "DISPLAY": self.display},
            capture_output=True,
            text=True,
            timeout=30,
        )
        if check and result.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout

    def find(self, name: str, pid: int | None = None) -> list[int]:
        """Visible windows whose title matches `name` (a regular expression)."""
        args = ["xdotool", "search", "--onlyvisible"]
        if pid is not None:
            args += ["--pid", str(pid)]
        out = self.run(*args, "--name", name, check=False)
        return [int(w) for w in out.split()]

    def name(self, window: int) -> str:
        """The window's title; empty when the window is gone (a popup closes at any moment)."""
        return self.run("xdotool", "getwindowname", str(window), check=False).strip()

    def geometry(self, window: int) -> Geometry:
        out = self.run("xwininfo", "-id", str(window))
        values: dict[str, int] = {}
        for line in out.splitlines():
            key, _, value = line.strip().partition(":")
            if key in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height"):
                values[key] = int(value)
        return Geometry(
            values["Absolute upper-left X"],
            values["Absolute upper-left Y"],
            values["Width"],
            values["Height"],
        )

    def stacking_order(self) -> list[int]:
        """Top-level windows of the root, bottom first (X's own order)."""
        out = self.run("xwininfo", "-root", "-children")
        ids: list[int] = []
        for line in out.splitlines():
            line = line.strip()
            if line.startswith("0x"):
                ids.append(int(line.split()[0], 16))
        # xwininfo prints the children top first.
        return list(reversed(ids))

    def close(self, window: int) -> None:
        send_wm_delete(self.display, window)
