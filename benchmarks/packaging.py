"""Packaged-app benchmark: size and launch-to-first-paint of `dataapp-desktop build`, beside the
same app packaged the way people package Streamlit today (PyInstaller --onefile over Streamlit).

    python benchmarks/packaging.py                      # builds everything (tens of minutes)
    python benchmarks/packaging.py --ours dist/Sales-Explorer --streamlit /tmp/st/StApp --runs 5

Measures, on this machine in one run (the load average is printed with the results):
- ours: the one-file executable's size; first launch (empty per-user cache: unpack + start) and
  repeat launch to first paint, median of --runs; the unpacking alone; the one-folder app run
  directly (what the launcher adds); payload size and unpack time for deflate and lzma;
- optionally (--plain-onefile) the same app with PyInstaller's own --onefile;
- Streamlit: PyInstaller --onefile over Streamlit (collect its static files and metadata, an
  entry script calling `streamlit.web.cli.main` with --global.developmentMode=false), run from
  its own venv (/tmp/stpack-venv).

First paint: ours, the window's page shows the app's content after a finished run (read over
QtWebEngine's DevTools endpoint, test-only); Streamlit, a Chromium that is already running
(its start is not counted, in Streamlit's favour) shows the same content. Times are from the
process start. Prints JSON, then a Markdown table.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import select
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
APP = REPO / "examples" / "packaged_app" / "app.py"
NAME = "Sales Explorer"
EXE_NAME = "Sales-Explorer"
STREAMLIT_VENV = Path("/tmp/stpack-venv")
STREAMLIT_SPEC = "streamlit==1.67.0"
PYINSTALLER_SPEC = "pyinstaller==6.22.3"
PIP_SPECS = (STREAMLIT_SPEC, PYINSTALLER_SPEC)
CHROMIUM = os.environ.get("DATAAPP_CHROMIUM", "/usr/bin/chromium")
LAUNCH_TIMEOUT_S = 180
CONTENT = "Revenue"

STREAMLIT_ENTRY = '''"""Start the bundled Streamlit app (the usual PyInstaller recipe)."""
import os
import sys

from streamlit.web import cli as stcli


def main() -> None:
    app = os.path.join(sys._MEIPASS, "app", "app.py")
    sys.argv = ["streamlit", "run", app, "--global.developmentMode=false", *sys.argv[1:]]
    sys.exit(stcli.main())


if __name__ == "__main__":
    main()
'''


def log(message: str) -> None:
    print(f"[packaging bench] {message}", file=sys.stderr, flush=True)


# -- helpers -----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextlib.contextmanager
def xvfb() -> Iterator[str]:
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    number = b""
    deadline = time.monotonic() + 20
    while not number.endswith(b"\n") and time.monotonic() < deadline:
        if select.select([read_fd], [], [], 0.5)[0]:
            chunk = os.read(read_fd, 16)
            if not chunk:
                break
            number += chunk
    os.close(read_fd)
    try:
        yield f":{number.decode().strip()}"
    finally:
        server.terminate()
        server.wait(10)


def median(values: list[float]) -> float | None:
    return round(statistics.median(values), 2) if values else None


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


# -- building ----------------------------------------------------------------------------------


def build_ours(root: Path, *, plain_onefile: bool = False) -> tuple[Path, float, Path]:
    """The executable, seconds the build took, the work folder."""
    work = root / ("work-plain" if plain_onefile else "work")
    command = [
        sys.executable,
        "-m",
        "dataapp_desktop.build",
        str(APP),
        "--name",
        NAME,
        "--dist",
        str(root / ("dist-plain" if plain_onefile else "dist")),
        "--work",
        str(work),
    ]
    if plain_onefile:
        command.append("--plain-onefile")
    started = time.monotonic()
    subprocess.run(command, check=True, cwd=root, stdout=sys.stderr)
    exe = root / ("dist-plain" if plain_onefile else "dist") / EXE_NAME
    return exe, time.monotonic() - started, work


def ensure_streamlit_venv() -> Path:
    python = STREAMLIT_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(STREAMLIT_VENV)], check=True)
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", *PIP_SPECS],
        check=True,
        cwd=tempfile.gettempdir(),
        stdout=sys.stderr,
    )
    return python


def build_streamlit(root: Path) -> tuple[Path, float]:
    """The same app (with `import streamlit as st`), packaged the common way."""
    python = ensure_streamlit_venv()
    source = root / "st"
    if source.exists():
        shutil.rmtree(source)
    shutil.copytree(APP.parent, source / "app", ignore=shutil.ignore_patterns("__pycache__"))
    script = source / "app" / "app.py"
    script.write_text(script.read_text().replace("import dataapp as st", "import streamlit as st"))
    (source / "run_app.py").write_text(STREAMLIT_ENTRY)
    started = time.monotonic()
    subprocess.run(
        [
            str(python),
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--onefile",
            "--name",
            "StApp",
            "--collect-data",
            "streamlit",
            "--copy-metadata",
            "streamlit",
            "--hidden-import",
            "streamlit.runtime.scriptrunner.magic_funcs",
            "--hidden-import",
            "pandas",
            "--add-data",
            f"{source / 'app'}:app",
            "--distpath",
            str(source / "dist"),
            "--workpath",
            str(source / "build"),
            "--specpath",
            str(source),
            str(source / "run_app.py"),
        ],
        check=True,
        cwd=source,
        stdout=sys.stderr,
        stderr=sys.stderr,
    )
    return source / "dist" / "StApp", time.monotonic() - started


# -- launching ---------------------------------------------------------------------------------


@dataclass
class Home:
    root: Path
    display: str

    def env(self, **extra: str) -> dict[str, str]:
        runtime = self.root / "runtime"
        runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
        (self.root / "home").mkdir(exist_ok=True)
        return {
            "DISPLAY": self.display,
            "HOME": str(self.root / "home"),
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_CACHE_HOME": str(self.root / "cache"),
            "DATAAPP_DATA_DIR": str(self.root / "data"),
            **extra,
        }


def first_paint_window(exe: Path, home: Home) -> float:
    """Seconds from start to the app's content in our window; then closes it like a user."""
    from tests.desktop.cdp import Page, list_pages
    from tests.desktop.x11 import X

    port = free_port()
    env = home.env(
        QTWEBENGINE_REMOTE_DEBUGGING=f"127.0.0.1:{port}", DATAAPP_ALLOW_REMOTE_DEBUGGING="1"
    )
    started = time.monotonic()
    process = subprocess.Popen(
        [str(exe)], env=env, cwd=home.root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        page = None
        deadline = started + LAUNCH_TIMEOUT_S
        while page is None and time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"{exe} exited with {process.returncode}")
            with contextlib.suppress(OSError, ValueError):
                for info in list_pages(port):
                    url = info.get("url", "")
                    if url.startswith("http://127.0.0.1:") and "/_dataapp/" not in url:
                        page = Page(info["webSocketDebuggerUrl"])
                        break
            time.sleep(0.02)
        if page is None:
            raise RuntimeError("no page")
        rendered = (
            "document.getElementById('root')?.dataset.runState === 'idle' && "
            f"document.body.innerText.includes({CONTENT!r})"
        )
        while time.monotonic() < deadline:
            with contextlib.suppress(Exception):
                if page.evaluate(rendered):
                    break
            time.sleep(0.02)
        elapsed = time.monotonic() - started
        page.close()
        x = X(home.display)
        for window in x.find(f"^{NAME}$"):
            x.close(window)
        process.wait(60)
        return elapsed
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def first_paint_browser(exe: Path, home: Home, browser: Any) -> float:
    """Seconds from start to the app's content in an already-running Chromium (Streamlit)."""
    port = free_port()
    started = time.monotonic()
    process = subprocess.Popen(
        [str(exe), "--server.headless=true", f"--server.port={port}"],
        env=home.env(),
        cwd=home.root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        page = browser.new_page()
        deadline = started + LAUNCH_TIMEOUT_S
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"{exe} exited with {process.returncode}")
            try:
                page.goto(f"http://127.0.0.1:{port}/", timeout=5000)
                break
            except Exception:
                time.sleep(0.05)
        page.wait_for_function(
            "document.querySelector('[data-testid=\"stApp\"]')?.dataset.testScriptState"
            f" === 'notRunning' && document.body.innerText.includes({CONTENT!r})",
            timeout=LAUNCH_TIMEOUT_S * 1000,
            polling=20,
        )
        elapsed = time.monotonic() - started
        page.close()
        return elapsed
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def clear(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


def repeat(
    runs: int, measure: Callable[[], float], before: Callable[[], None] = lambda: None
) -> list[float]:
    values = []
    for _ in range(runs):
        before()
        values.append(round(measure(), 2))
    return values


# -- compression -------------------------------------------------------------------------------


def compression_table(folder: Path, scratch: Path) -> dict[str, dict[str, float]]:
    """Payload size, build-side compression time and unpack time (median of 3) per method."""
    from dataapp_desktop.build import payload, resources

    launcher = resources.launcher_module("launcher_unpack")
    carried = resources.launcher_module("launcher_payload")
    table: dict[str, dict[str, float]] = {}
    for method in payload.COMPRESSIONS:
        blob = scratch / f"payload-{method}.bin"
        started = time.monotonic()
        stats = payload.write(folder, blob, method)
        compress_s = time.monotonic() - started
        section = resources.launcher_module("launcher_elf").Section(
            carried.PAYLOAD_SECTION, 0, 0, stats.size, 0
        )
        meta = carried.PayloadMeta(
            name=NAME,
            key=EXE_NAME,
            sha256=stats.sha256,
            entry=EXE_NAME,
            unpacked_bytes=stats.unpacked_bytes,
            files=stats.files,
            compression=method,
        )
        times = []
        for attempt in range(3):
            target = scratch / f"unpack-{method}-{attempt}"
            target.mkdir()
            started = time.monotonic()
            launcher.unpack(carried.Payload(blob, meta, section), target)
            times.append(time.monotonic() - started)
            clear(target)
        table[method] = {
            "payload_mb": round(stats.size / 1e6, 1),
            "unpacked_mb": round(stats.unpacked_bytes / 1e6, 1),
            "compress_s": round(compress_s, 1),
            "unpack_s_median": round(statistics.median(times), 2),
        }
        blob.unlink()
    return table


# -- main --------------------------------------------------------------------------------------


@dataclass
class Result:
    name: str
    size_mb: float | None = None
    build_s: float | None = None
    first_launch_s: list[float] = field(default_factory=list)
    repeat_launch_s: list[float] = field(default_factory=list)
    notes: str = ""

    def row(self) -> str:
        def cell(values: list[float]) -> str:
            middle = median(values)
            return (
                "—" if middle is None else f"{middle:.2f} ({', '.join(f'{v:.1f}' for v in values)})"
            )

        size = "—" if self.size_mb is None else f"{self.size_mb:.0f} MB"
        return (
            f"| {self.name} | {size} | {cell(self.first_launch_s)} | "
            f"{cell(self.repeat_launch_s)} | {self.notes} |"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ours", type=Path, help="an already built executable of the example")
    parser.add_argument("--streamlit", type=Path, help="an already built Streamlit executable")
    parser.add_argument(
        "--plain-onefile", action="store_true", help="also PyInstaller's own --onefile"
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work", type=Path, default=None, help="where to build (a temp folder)")
    parser.add_argument("--skip-compression", action="store_true")
    args = parser.parse_args()

    root = args.work or Path(tempfile.mkdtemp(prefix="dataapp-packaging-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    results: list[Result] = []
    report: dict[str, Any] = {"machine": {}, "results": [], "compression": {}}

    ours = Result("dataapp-desktop build (one file + per-user cache)")
    if args.ours:
        exe = args.ours.resolve()
        # A build's work folder sits next to its dist folder (as this script lays them out).
        work = exe.parent.parent / "work" if (exe.parent.parent / "work").is_dir() else None
    else:
        log("building ours")
        exe, ours.build_s, work = build_ours(root)
        ours.build_s = round(ours.build_s)
    ours.size_mb = round(exe.stat().st_size / 1e6, 1)

    streamlit = Result("Streamlit + PyInstaller --onefile")
    if args.streamlit:
        st_exe = args.streamlit.resolve()
    else:
        log("building the Streamlit executable")
        st_exe, built = build_streamlit(root)
        streamlit.build_s = round(built)
    streamlit.size_mb = round(st_exe.stat().st_size / 1e6, 1)

    plain: Result | None = None
    if args.plain_onefile:
        plain = Result("dataapp, PyInstaller's own --onefile")
        log("building ours with PyInstaller's own --onefile")
        plain_exe, built, _ = build_ours(root, plain_onefile=True)
        plain.build_s, plain.size_mb = round(built), round(plain_exe.stat().st_size / 1e6, 1)

    report["machine"]["load_before"] = load_average()
    with xvfb() as display:
        home = Home(root / "home-ours", display)
        cache = home.root / "cache"
        log("ours: first launches (empty cache)")
        ours.first_launch_s = repeat(
            args.runs, lambda: first_paint_window(exe, home), lambda: clear(cache)
        )
        log("ours: repeat launches")
        ours.repeat_launch_s = repeat(args.runs, lambda: first_paint_window(exe, home))
        unpacked = next(p for p in (cache / "dataapp-desktop" / "apps").iterdir() if p.is_dir())
        onedir = Result("(reference) the unpacked one-folder app, run directly")
        onedir.repeat_launch_s = repeat(
            args.runs, lambda: first_paint_window(unpacked / EXE_NAME, home)
        )
        unpack_only = []
        for _ in range(args.runs):
            clear(cache)
            started = time.monotonic()
            subprocess.run(
                [str(exe)],
                env=home.env(DATAAPP_LAUNCHER_NO_EXEC="1", DATAAPP_LAUNCHER_NO_SPLASH="1"),
                check=True,
                stdout=subprocess.DEVNULL,
            )
            unpack_only.append(round(time.monotonic() - started, 2))
        launcher_only = []
        for _ in range(args.runs):
            started = time.monotonic()
            subprocess.run(
                [str(exe)],
                env=home.env(DATAAPP_LAUNCHER_NO_EXEC="1"),
                check=True,
                stdout=subprocess.DEVNULL,
            )
            launcher_only.append(round(time.monotonic() - started, 2))
        ours.notes = (
            f"first start unpacks (alone: {median(unpack_only)} s); the launcher alone on a "
            f"repeat start: {median(launcher_only)} s"
        )
        results += [ours, onedir]
        if plain is not None:
            plain_home = Home(root / "home-plain", display)
            plain.first_launch_s = repeat(
                args.runs, lambda: first_paint_window(plain_exe, plain_home)
            )
            plain.repeat_launch_s = plain.first_launch_s
            plain.notes = "unpacks everything on every start: first = repeat"
            results.append(plain)

        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM,
                headless=True,
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
            )
            st_home = Home(root / "home-streamlit", display)
            log("Streamlit: launches")
            streamlit.first_launch_s = repeat(
                args.runs, lambda: first_paint_browser(st_exe, st_home, browser)
            )
            streamlit.repeat_launch_s = repeat(
                args.runs, lambda: first_paint_browser(st_exe, st_home, browser)
            )
            streamlit.notes = (
                "unpacks everything on every start; shown in an already-running browser "
                "(browser start not counted)"
            )
            browser.close()
        results.append(streamlit)
    report["machine"]["load_after"] = load_average()

    if not args.skip_compression:
        folder = (work / "onedir" / EXE_NAME) if work else unpacked
        log(f"compression: {folder}")
        scratch = root / "compression"
        scratch.mkdir(exist_ok=True)
        report["compression"] = compression_table(folder, scratch)

    with contextlib.suppress(Exception):
        sys.path.insert(0, str(REPO / "benchmarks"))
        from bench.machine import describe

        streamlit_version = subprocess.run(
            [
                str(STREAMLIT_VENV / "bin" / "python"),
                "-c",
                "import streamlit; print(streamlit.__version__)",
            ],
            capture_output=True,
            text=True,
            cwd=tempfile.gettempdir(),
        ).stdout.strip()
        report["machine"].update(describe(REPO, "0.1.0", streamlit_version, CHROMIUM))
    report["results"] = [asdict(r) for r in results]
    print(json.dumps(report, indent=2))
    print()
    print(
        f"Load average before/after: {report['machine']['load_before']} / {report['machine']['load_after']}"
    )
    print()
    print(
        "| packaged as | size | first launch → first paint, s: median (runs) | repeat launch | notes |"
    )
    print("|---|---|---|---|---|")
    for result in results:
        print(result.row())
    if report["compression"]:
        print()
        print(
            "| payload compression | payload | unpacked | compress (build) | unpack (first start, median of 3) |"
        )
        print("|---|---|---|---|---|")
        for method, row in report["compression"].items():
            print(
                f"| {method} | {row['payload_mb']} MB | {row['unpacked_mb']} MB | "
                f"{row['compress_s']} s | {row['unpack_s_median']} s |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
