"""PyInstaller hook for the desktop host: the modules the window imports only when it opens."""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules(
    "dataapp_desktop",
    filter=lambda name: not name.startswith(("dataapp_desktop.build", "dataapp_desktop.packaging")),
) + ["webview.platforms.qt", "qtpy.QtWebEngineWidgets", "qtpy.QtWebChannel", "qtpy.QtNetwork"]
