"""The entry point of a packaged app (`dataapp-desktop build`): run the bundled script in a window.

PyInstaller runs this file as `__main__` on the main thread of the frozen executable. It reads
`dataapp_bundle.json` (written by the build) from the bundle, gives the app its identity (the
app's name, so its saved state outlives the build and the folder it was unpacked to), makes the
bundled app folder the working directory (relative paths the app reads, such as
"data/sales.csv", resolve as they did for the developer) and hands over to the desktop host
with hot reload off.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

BUNDLE_INFO = "dataapp_bundle.json"
# The folder the user started the app from, before it moves into the bundled app folder.
LAUNCH_DIR_ENV = "DATAAPP_LAUNCH_DIR"


class BundleError(Exception):
    """The bundle is incomplete; the message says what is missing."""


@dataclass(frozen=True)
class BundleInfo:
    """What the build wrote about the app it packaged."""

    name: str
    app_id: str
    # The app's script, relative to the bundle folder (e.g. "app/app.py").
    script: str
    version: str

    @classmethod
    def read(cls, bundle_dir: Path) -> BundleInfo:
        path = bundle_dir / BUNDLE_INFO
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                name=str(data["name"]),
                app_id=str(data["app_id"]),
                script=str(data["script"]),
                version=str(data.get("version", "")),
            )
        except (OSError, ValueError, KeyError) as error:
            raise BundleError(
                f"The packaged app is damaged: cannot read {path} ({error})."
            ) from error


def bundle_dir() -> Path:
    """Where PyInstaller put the bundled files (the folder of this file outside a bundle)."""
    meipass = getattr(sys, "_MEIPASS", None)
    return Path(meipass) if meipass else Path(__file__).resolve().parent


def build_parser(name: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=name, description=f"{name}: a data app packaged with dataapp-desktop."
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--browser", action="store_true", help="open the app in the web browser, not a window"
    )
    mode.add_argument(
        "--headless", action="store_true", help="serve the app without opening anything"
    )
    parser.add_argument(
        "--port", type=int, default=None, help="port on 127.0.0.1 (default: a free one)"
    )
    parser.add_argument(
        "--reset-state",
        action="store_true",
        help="forget what the app kept from earlier launches, then start it",
    )
    parser.add_argument("--version", action="store_true", help="print the app's version")
    return parser


def main(argv: list[str] | None = None) -> int:
    from dataapp.runtime.config import ConfigError, load_config

    root = bundle_dir()
    try:
        info = BundleInfo.read(root)
    except BundleError as error:
        print(f"{Path(sys.executable).name}: {error}", file=sys.stderr)
        return 1
    args = build_parser(info.name).parse_args(sys.argv[1:] if argv is None else argv)
    if args.version:
        print(f"{info.name} {info.version}".strip())
        return 0
    app_path = root / info.script
    if not app_path.is_file():
        print(f"{info.name}: the packaged app is damaged: {app_path} is missing.", file=sys.stderr)
        return 1
    try:
        config = load_config(app_path)
    except ConfigError as error:
        print(f"{info.name}: {error}", file=sys.stderr)
        return 1
    config.app_id = info.app_id
    config.app_name = config.app_name or info.name
    if args.port is not None:
        config.port = args.port
    if args.reset_state:
        from dataapp_desktop.web_profile import reset_state

        for line in reset_state(config.app_id):
            print(f"{info.name}: {line}")
    os.environ.setdefault(LAUNCH_DIR_ENV, os.getcwd())
    os.chdir(app_path.parent)
    logging.basicConfig(level=logging.WARNING, format=f"{info.name}: %(message)s")
    logging.getLogger("pywebview").propagate = False

    if args.headless or args.browser:
        from dataapp_desktop.headless import serve

        return serve(app_path, config, open_browser=args.browser, hot_reload=False)
    from dataapp_desktop.launch import run_in_window

    return run_in_window(
        app_path, config, backend=None, debug=False, hot_reload=False, app_version=info.version
    )


if __name__ == "__main__":
    sys.exit(main())
