"""PyInstaller hook for the desktop host: its modules the window imports only when it opens.

The pywebview backend of the platform (Qt on Linux, WebView2 on Windows, WKWebView on macOS)
is added by the build's plan, which also leaves the other backends out.
"""

from PyInstaller.utils.hooks import collect_submodules


def _wanted(name: str) -> bool:
    return not name.startswith(("dataapp_desktop.build", "dataapp_desktop.packaging"))


hiddenimports = collect_submodules("dataapp_desktop", filter=_wanted)
