"""`dataapp-desktop build app.py`: package an app into one executable an analyst double-clicks.

Steps, on the main thread: find what the app needs (`discover`) → write PyInstaller's plan and
spec (`plan`) → run PyInstaller into a one-folder app, showing progress (`progress`) → on
Linux, compress that folder into the payload of a small launcher that unpacks it once per
build into a per-user cache (`onefile`) → print the path, the size and how to run it.
Needs no network. Errors a user can fix end with a message and exit code 2 (bad options) or 1.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path
from typing import TextIO

import dataapp
from dataapp.runtime.config import ConfigError, load_config
from dataapp_desktop.build.component_files import component_packages
from dataapp_desktop.build.discover import AppSources, DiscoveryError, discover
from dataapp_desktop.build.plan import (
    BUNDLE_APP_DIR,
    BuildOptions,
    ExtraData,
    PlanError,
    default_name,
    file_name,
    make_plan,
)
from dataapp_desktop.build.progress import BuildFailed, run_logged
from dataapp_desktop.build.vendor import remote_addresses, vendor

COMPRESSIONS = ("deflate", "lzma")

EXAMPLES = """\
examples:
  dataapp-desktop build app.py                        dist/<App> (one file)
  dataapp-desktop build app.py --name "Sales Explorer" --icon icon.png
  dataapp-desktop build app.py --add-data reports:reports --add-data logo.png:.
  dataapp-desktop build app.py --onedir               dist/<App>/ (a folder; fastest start)
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dataapp-desktop build",
        description="Package a data app into one executable (PyInstaller) that runs offline.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("app", help="the app's script, e.g. app.py")
    parser.add_argument(
        "--name", help="the app's name: window title, file name, identity of its saved state"
    )
    parser.add_argument(
        "--icon", type=Path, help="icon file (.ico on Windows, .icns on macOS; .png is converted)"
    )
    parser.add_argument(
        "--add-data",
        action="append",
        default=[],
        metavar="SRC:DEST",
        help="also bundle a file or folder, at DEST inside the app's folder (repeatable)",
    )
    parser.add_argument(
        "--hidden-import",
        action="append",
        default=[],
        metavar="MODULE",
        help="bundle a module the app imports in a way the build cannot see (repeatable)",
    )
    parser.add_argument(
        "--onedir", action="store_true", help="make a folder instead of one file (starts fastest)"
    )
    parser.add_argument("--dist", type=Path, default=Path("dist"), help="output folder (./dist)")
    parser.add_argument(
        "--work", type=Path, default=None, help="work folder (./build/<name>); reused by rebuilds"
    )
    parser.add_argument(
        "--compression",
        choices=COMPRESSIONS,
        default="lzma",
        help="how the Linux one-file payload is compressed (lzma: smaller, the default; "
        "deflate: about 1.5x larger, unpacks faster on the first start)",
    )
    parser.add_argument(
        "--no-prune",
        dest="prune",
        action="store_false",
        help="keep every Qt plugin, translation and QML file (bigger; for diagnosing a build)",
    )
    parser.add_argument(
        "--vendor-cdn",
        action="store_true",
        help="fetch the web assets (scripts, style sheets, fonts) that the app's component pages "
        "load from other hosts, and bundle them, so the packaged app shows them offline "
        "(the only build step that uses the network)",
    )
    parser.add_argument(
        "--console", action="store_true", help="keep a console window (Windows; for diagnosing)"
    )
    parser.add_argument(
        "--plain-onefile",
        action="store_true",
        help="Linux: PyInstaller's own one-file mode, which unpacks everything on every start "
        "(slow starts; for machines where a per-user cache folder is not possible)",
    )
    return parser


def options_from(args: argparse.Namespace) -> BuildOptions:
    script = Path(args.app).expanduser()
    if not script.is_file() or script.suffix != ".py":
        raise PlanError(f"{args.app} is not a Python script (give the app's .py file)")
    script = script.resolve()
    try:
        configured = load_config(script).app_name
    except ConfigError as error:
        raise PlanError(str(error)) from error
    name = (args.name or "").strip() or default_name(script, configured)
    exe_name = file_name(name)
    icon = None
    if args.icon is not None:
        icon = args.icon.expanduser().resolve()
        if not icon.is_file():
            raise PlanError(f"--icon {args.icon}: no such file")
    return BuildOptions(
        script=script,
        name=name,
        exe_name=exe_name,
        work_dir=(args.work or Path("build") / exe_name).resolve(),
        dist_dir=args.dist.resolve(),
        onedir=args.onedir,
        icon=icon,
        extra_data=[ExtraData.parse(text, script.parent) for text in args.add_data],
        hidden_imports=list(args.hidden_import),
        compression=args.compression,
        prune=args.prune,
        console=args.console,
        plain_onefile=args.plain_onefile,
        vendor_cdn=args.vendor_cdn,
    )


def describe(sources: AppSources, options: BuildOptions) -> list[str]:
    def rel(path: Path) -> str:
        return path.relative_to(sources.app_dir).as_posix()

    lines = [f"Packaging {options.name} ({sources.script.name} in {sources.app_dir})"]
    if sources.pages:
        lines.append(f"  pages: {', '.join(rel(p) for p in sources.pages)}")
    if sources.local_modules:
        lines.append(f"  own modules: {', '.join(sorted(sources.local_modules))}")
    if sources.data_files:
        lines.append(f"  data files it names: {', '.join(rel(p) for p in sources.data_files)}")
    for extra in options.extra_data:
        lines.append(f"  added: {extra.source} → {extra.dest}")
    if options.icon is not None and sys.platform.startswith("linux"):
        lines.append(
            "  note: a Linux executable carries no icon (desktops read it from a .desktop "
            "file); --icon is used for Windows and macOS builds"
        )
    if sources.pandas_engines:
        lines.append(f"  for pandas: {', '.join(sorted(sources.pandas_engines))}")
    if sources.data_engines:
        lines.append(f"  for data sources: {', '.join(sorted(sources.data_engines))}")
    components = component_packages(sources.imported_top_level)
    if components:
        lines.append(
            "  components: "
            + ", ".join(f"{c.name} ({len(c.files)} frontend files)" for c in components)
        )
    for folder in sources.named_folders:
        lines.append(
            f"  note: the app names the folder {rel(folder)}/ — add it with "
            f"--add-data {rel(folder)}:{rel(folder)} if it reads files from it"
        )
    for secret in sources.secrets_left_out:
        lines.append(
            f"  note: {rel(secret)} is NOT bundled (anyone with the executable could read it); "
            f"add it with --add-data {rel(secret)}:{Path(rel(secret)).parent.as_posix()} if you must"
        )
    return lines


def human_size(size: int) -> str:
    return f"{size / 1e6:.0f} MB" if size >= 1e6 else f"{size / 1e3:.0f} kB"


def folder_size(folder: Path) -> tuple[int, int]:
    total = count = 0
    for root, _, files in os.walk(folder):
        for name in files:
            path = Path(root, name)
            if not path.is_symlink():
                total += path.stat().st_size
                count += 1
    return total, count


def frontend_dir() -> Path:
    return Path(dataapp.__file__ or "").resolve().parent / "static"


def frontend_snapshot() -> dict[str, tuple[int, int]]:
    """Every file of the engine's built frontend: relative path → (size, mtime)."""
    root = frontend_dir()
    return {
        path.relative_to(root).as_posix(): (path.stat().st_size, path.stat().st_mtime_ns)
        for path in root.rglob("*")
        if path.is_file()
    }


def pyinstaller_command(spec: Path, work: Path, dist: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "PyInstaller",
        str(spec),
        "--noconfirm",
        "--log-level",
        "INFO",
        "--workpath",
        str(work),
        "--distpath",
        str(dist),
    ]


def check_tools() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError as error:
        raise PlanError(
            "PyInstaller is not installed in this Python: pip install 'dataapp-desktop[build]'"
        ) from error
    if not (frontend_dir() / "index.html").is_file():
        raise PlanError(
            f"The engine's frontend is not built ({frontend_dir() / 'index.html'} is missing): "
            "cd assets && npm ci && npm run build"
        )
    if sys.platform.startswith("linux") and shutil.which("objcopy") is None:
        raise PlanError(
            "objcopy is missing; PyInstaller needs it on Linux (Debian/Ubuntu: "
            "sudo apt install binutils)"
        )


def build(options: BuildOptions) -> Path:
    """Build; returns the executable (or the folder / .app with --onedir)."""
    from dataapp_desktop.build import onefile

    stream = sys.stdout
    started = time.monotonic()
    sources = discover(options.script)
    for line in describe(sources, options):
        print(line, file=stream, flush=True)
    plan = make_plan(sources, options)
    if options.vendor_cdn:
        for line in vendor_cdn_assets(sources, options.work_dir / BUNDLE_APP_DIR):
            print(line, file=stream, flush=True)
    spec = options.work_dir / f"{options.exe_name}.spec"
    linux_onefile = plan.mode == "onedir" and not options.onedir
    dist = options.work_dir / "onedir" if linux_onefile else options.dist_dir
    frontend_before = frontend_snapshot()
    run_logged(
        pyinstaller_command(spec, options.work_dir / "pyinstaller", dist),
        options.work_dir / "pyinstaller.log",
        label="PyInstaller",
        out=stream,
    )
    if frontend_snapshot() != frontend_before:
        raise BuildFailed(
            f"The engine's frontend ({frontend_dir()}) changed while PyInstaller copied it (a "
            "frontend build ran at the same time?): the bundle may lack files. Build again."
        )
    if plan.prune:
        first = Path(plan.prune_report).read_text(encoding="utf-8").splitlines()[:1]
        print(
            f"  left out (never used by a data app): {first[0] if first else '-'}",
            file=stream,
            flush=True,
        )
    if plan.mode == "app":
        result = options.dist_dir / f"{options.exe_name}.app"
    elif plan.mode == "onefile":
        result = options.dist_dir / (options.exe_name + (".exe" if sys.platform == "win32" else ""))
    else:
        folder = dist / options.exe_name
        size, count = folder_size(folder)
        print(f"  one-folder app: {human_size(size)} in {count} files", file=stream, flush=True)
        result = folder if options.onedir else onefile.make_onefile(options, folder, stream)
    summarize(result, options, time.monotonic() - started, stream)
    return result


def vendor_cdn_assets(sources: AppSources, stage: Path) -> list[str]:
    """Copy what the app's component pages load from other hosts into the staged app; the
    lines that say what was copied and what could not be."""
    files = [
        Path(source)
        for c in component_packages(sources.imported_top_level)
        for source, _ in c.files
    ]
    files += [p for p in stage.rglob("*") if p.is_file()]
    addresses = remote_addresses(files)
    if not addresses:
        return ["  --vendor-cdn: the app's component pages load nothing from other hosts"]
    report = vendor(addresses, stage)
    lines = [f"  vendored: {url}" for url in sorted(report.copied)]
    lines += [
        f"  warning: could not fetch {url} ({why}); the packaged app will show it as refused"
        for url, why in sorted(report.failed.items())
    ]
    return lines


def summarize(result: Path, options: BuildOptions, seconds: float, stream: TextIO) -> None:
    from dataapp_desktop.build import onefile

    if result.is_dir():
        size, count = folder_size(result)
        what = f"{human_size(size)} in {count} files"
    else:
        what = human_size(result.stat().st_size)
    minutes, rest = divmod(int(seconds), 60)
    print(f"\nBuilt {result} ({what}) in {minutes}m{rest:02d}s.", file=stream)
    for line in onefile.how_to_run(result, options):
        print(line, file=stream)
    stream.flush()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    try:
        options = options_from(args)
        check_tools()
    except PlanError as error:
        print(f"dataapp-desktop build: {error}", file=sys.stderr)
        return 2
    try:
        build(options)
    except (DiscoveryError, PlanError) as error:
        print(f"dataapp-desktop build: {error}", file=sys.stderr)
        return 2
    except BuildFailed as error:
        print(f"\ndataapp-desktop build: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\ndataapp-desktop build: interrupted", file=sys.stderr)
        return 130
    except OSError as error:
        print(f"\ndataapp-desktop build: {error}", file=sys.stderr)
        if error.errno == 28:
            print("  likely cause: the disk is full (see --work and --dist)", file=sys.stderr)
        return 1
    return 0
