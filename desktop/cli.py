"""The `dataapp-desktop` command: run an app in a window, a browser, or headless.

Runs on the main thread. Parses arguments, checks the app path, and hands over to the mode
that was asked for; every user error ends with a one-line message and exit code 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dataapp.version import __version__

EXAMPLES = """\
examples:
  dataapp-desktop app.py                 open app.py in its own window
  dataapp-desktop app.py --browser       serve it and open the system browser
  dataapp-desktop app.py --headless --port 8501
                                         serve it without a window (prints the URL)
  DATAAPP_TOKEN=secret dataapp-desktop app.py --headless
                                         fix the launch token (tests, scripts)
"""


class UsageError(Exception):
    """A mistake in how the command was called; the message says what to do instead."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dataapp-desktop",
        description="Run a Python data app (Streamlit-style script) as a desktop application.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("app", help="the app's script, e.g. app.py")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--headless", action="store_true", help="serve the app without opening anything"
    )
    mode.add_argument(
        "--browser", action="store_true", help="serve the app and open the system browser"
    )
    parser.add_argument(
        "--port", type=int, default=None, help="port on 127.0.0.1 (default: a free one)"
    )
    parser.add_argument("--version", action="version", version=f"dataapp-desktop {__version__}")
    return parser


def resolve_app_path(raw: str) -> Path:
    path = Path(raw).expanduser()
    if not path.exists():
        raise UsageError(f"No such file: {raw}")
    if path.is_dir():
        raise UsageError(f"{raw} is a folder; give the app's script, e.g. {Path(raw) / 'app.py'}")
    if path.suffix != ".py":
        raise UsageError(f"{raw} is not a Python script (.py)")
    return path.resolve()


def main(argv: list[str] | None = None) -> int:
    args_list = sys.argv[1:] if argv is None else argv
    if args_list[:1] == ["--version"]:
        print(f"dataapp-desktop {__version__}")
        return 0
    args = build_parser().parse_args(args_list)
    try:
        app_path = resolve_app_path(args.app)
        if args.port is not None and not 0 <= args.port <= 65535:
            raise UsageError(f"--port must be between 0 and 65535, not {args.port}")
    except UsageError as error:
        print(f"dataapp-desktop: {error}", file=sys.stderr)
        return 2
    from dataapp_desktop.headless import serve

    # The native window comes with the desktop host; until then the default is the browser.
    return serve(app_path, port=args.port, open_browser=not args.headless)


if __name__ == "__main__":
    sys.exit(main())
