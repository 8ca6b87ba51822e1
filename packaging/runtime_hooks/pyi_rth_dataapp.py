"""Runs first in a packaged app (PyInstaller runtime hook): settings that must precede any import.

- qtpy uses the bundled PyQt6 and does not probe for other bindings.
- QtWebEngine serves the DevTools protocol only when asked twice: the packaged app ignores a
  QTWEBENGINE_REMOTE_DEBUGGING left in the environment unless DATAAPP_ALLOW_REMOTE_DEBUGGING=1
  says it was meant (tests, support sessions).
"""

import os

os.environ.setdefault("QT_API", "pyqt6")
if os.environ.get("DATAAPP_ALLOW_REMOTE_DEBUGGING") != "1":
    os.environ.pop("QTWEBENGINE_REMOTE_DEBUGGING", None)
