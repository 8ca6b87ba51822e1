"""The `dataapp-desktop` command: run an app in a window, a browser, or headless.

Runs on the main thread. Parses arguments, checks the app path, and hands over to the mode
that was asked for; every user error ends with a one-line message and exit code 2.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from dataapp.runtime.config import ConfigError, load_config
from dataapp.version import __version__
from dataapp_desktop import paths
from dataapp_desktop.diagnostics import log_file_pattern
from dataapp_desktop.gui import BACKEND_ENV
from dataapp_desktop.web_profile import reset_state

EXAMPLES = f"""\
examples:
  dataapp-desktop app.py                 open app.py in its own window (saving a file
                                         of the app re-runs it in place)
  dataapp-desktop app.py --browser       serve it and open the system browser
  dataapp-desktop app.py --headless --port 8501
                                         serve it without a window (prints the URL)
  dataapp-desktop app.py --debug         open the window with the web inspector
  dataapp-desktop --reset-state app.py   forget what the app kept from earlier launches
  dataapp-desktop build app.py           make one executable of the app (--help for options)
  dataapp-desktop app.py --backend gtk   use GTK/WebKit instead of Qt (Linux)
  DATAAPP_TOKEN=secret dataapp-desktop app.py --headless
                                         fix the launch token (tests, scripts)

environment:
  {BACKEND_ENV}=qt|gtk      the window backend on Linux (default: qt)

files:
  {log_file_pattern()}
      the window's diagnostics (Qt and Chromium messages), rewritten at each launch;
      the terminal shows the app's own output (--debug shows everything there)
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
    parser.add_argument(
        "--backend",
        choices=("qt", "gtk"),
        default=None,
        help=f"window backend on Linux (default: qt, or ${BACKEND_ENV})",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help="open the web inspector next to the window; log more",
    )
    parser.add_argument(
        "--inspect",
        action="store_true",
        help="show the run inspector: what each rerun cost (st.* calls, cached functions, "
        "queries, bytes sent); the page's menu turns it on and off too",
    )
    parser.add_argument(
        "--no-reload",
        dest="reload",
        action="store_false",
        help="do not re-run the app when its files are saved",
    )
    parser.add_argument(
        "--reset-state",
        action="store_true",
        help="forget the session state, cookies and web storage the app kept from earlier "
        "launches, then start it",
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


def _configure_logging(debug: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING,
        format="dataapp-desktop: %(message)s",
    )
    # pywebview logs to its own handler; its records would otherwise show twice.
    logging.getLogger("pywebview").propagate = False
    # Reload notices are for the developer watching the terminal.
    logging.getLogger("dataapp_desktop").setLevel(logging.DEBUG if debug else logging.INFO)


def main(argv: list[str] | None = None) -> int:
    args_list = sys.argv[1:] if argv is None else argv
    if args_list[:1] == ["build"]:
        from dataapp_desktop.build import main as build_main

        return build_main(args_list[1:])
    if args_list[:1] == ["--version"]:
        print(f"dataapp-desktop {__version__}")
        return 0
    args = build_parser().parse_args(args_list)
    try:
        app_path = resolve_app_path(args.app)
        if args.port is not None and not 0 <= args.port <= 65535:
            raise UsageError(f"--port must be between 0 and 65535, not {args.port}")
        config = load_config(app_path)
    except (UsageError, ConfigError) as error:
        print(f"dataapp-desktop: {error}", file=sys.stderr)
        return 2
    if args.port is not None:
        config.port = args.port
    config.inspect_runs = args.inspect
    _configure_logging(args.debug)
    if args.reset_state:
        for line in reset_state(paths.app_identity(app_path, config)):
            print(f"dataapp-desktop: {line}")
    if args.headless or args.browser:
        from dataapp_desktop.headless import serve

        return serve(app_path, config, open_browser=args.browser, hot_reload=args.reload)
    from dataapp_desktop.launch import run_in_window

    return run_in_window(
        app_path, config, backend=args.backend, debug=args.debug, hot_reload=args.reload
    )


if __name__ == "__main__":
    sys.exit(main())
