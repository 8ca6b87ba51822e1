"""PyInstaller material for `dataapp-desktop build`: spec templates, hooks, runtime hooks, the
one-file launcher and icons. Installed as `dataapp_desktop.packaging`; nothing here is imported
by a running app except `launcher` (frozen on its own, standard library only).
"""

from __future__ import annotations

from pathlib import Path

PACKAGING_DIR = Path(__file__).resolve().parent
APP_SPEC = PACKAGING_DIR / "app.spec"
LAUNCHER_SPEC = PACKAGING_DIR / "launcher.spec"
HOOKS_DIR = PACKAGING_DIR / "hooks"
RUNTIME_HOOK = PACKAGING_DIR / "runtime_hooks" / "pyi_rth_dataapp.py"
ICONS_DIR = PACKAGING_DIR / "icons"
