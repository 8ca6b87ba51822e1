"""What `app.spec` needs inside PyInstaller: the build plan, and pruning of what a data app never uses.

The build (`dataapp_desktop.build`) writes a `BuildPlan` as JSON and a spec from `app.spec`
that reads it; PyInstaller runs the spec in its own process, where `prune` trims the
Analysis before anything is copied. Pure functions over PyInstaller's TOC lists
(`(dest_name, src_name, typecode)` tuples); no PyInstaller import here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath

from dataapp_desktop.build import resources

TocEntry = tuple[str, str, str]

# Folder of the Qt tree inside the bundle (PyInstaller's layout for PyQt6 / PySide6).
_QT_ROOTS = ("PyQt6/Qt6", "PySide6/Qt")
# Qt plugin folders a web view in a window needs on Linux (X11 and Wayland); the rest go.
KEPT_QT_PLUGIN_DIRS = frozenset(
    {
        "platforms",
        "xcbglintegrations",
        "platforminputcontexts",
        "imageformats",
        "iconengines",
        "wayland-decoration-client",
        "wayland-graphics-integration-client",
        "wayland-shell-integration",
    }
)
KEPT_QT_PLATFORMS = re.compile(r"libq(xcb|wayland-egl|wayland-generic|offscreen|minimal)\.so")
# Qt's Python modules the pywebview Qt backend imports (directly or through sip); the others
# come in only because QtWebEngineCore links Quick/Qml, which the libraries below still get.
KEPT_QT_PYTHON_MODULES = frozenset(
    {
        "QtCore",
        "QtGui",
        "QtWidgets",
        "QtNetwork",
        "QtWebChannel",
        "QtWebEngineCore",
        "QtWebEngineWidgets",
        "QtPrintSupport",
        # st.desktop.notify and st.toast's notifications (desktop/qt_notifications.py).
        "QtDBus",
        "QtOpenGL",
        "QtOpenGLWidgets",
        "sip",
    }
)
KEPT_WEBENGINE_LOCALES = ("en-US",)
# Python packages and modules a packaged data app never needs, unless the app imports them.
ALWAYS_EXCLUDED = (
    "tkinter",
    "_tkinter",
    "test",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "ensurepip",
    "venv",
    "pytest",
    "_pytest",
    "setuptools",
    "pkg_resources",
    "distutils",
    "pip",
    "PyInstaller",
    "grpc",
    "grpc_tools",
    "playwright",
    "IPython",
    "jedi",
    "notebook",
    "jupyter_client",
    "PyQt5",
    "PySide2",
    "PySide6",
    "webview.platforms.cef",
    "webview.platforms.android",
    "webview.platforms.mshtml",
    # `import streamlit` is dataapp at run time (an import hook); never bundle the real one.
    "streamlit",
    "dataapp.proto.generate",
    "dataapp_desktop.build",
    # When pyarrow is bundled (OPTIONAL_EXCLUDED), its network file systems, Flight RPC, GPU
    # and test parts are not; the DT_NEEDED walk then drops their libraries (48 MB).
    "pyarrow.flight",
    "pyarrow._flight",
    "pyarrow._s3fs",
    "pyarrow._gcsfs",
    "pyarrow._azurefs",
    "pyarrow._hdfs",
    "pyarrow.cuda",
    "pyarrow._cuda",
    "pyarrow.gandiva",
    "pyarrow.tests",
    "pyarrow._pyarrow_cpp_tests",
)
# The pywebview backend each platform's build bundles, and the modules of the others.
BACKENDS: dict[str, tuple[list[str], list[str]]] = {
    # platform: (modules to bundle, modules to leave out)
    "linux": (
        [
            "webview.platforms.qt",
            "qtpy.QtWebEngineWidgets",
            "qtpy.QtWebChannel",
            "qtpy.QtNetwork",
            # OS notifications (desktop/qt_notifications.py imports it when it first notifies).
            "qtpy.QtDBus",
        ],
        [
            "gi",
            "webview.platforms.gtk",
            "webview.platforms.winforms",
            "webview.platforms.edgechromium",
            "webview.platforms.cocoa",
        ],
    ),
    "win32": (
        ["webview.platforms.winforms", "webview.platforms.edgechromium", "clr"],
        [
            "PyQt6",
            "qtpy",
            "webview.platforms.qt",
            "gi",
            "webview.platforms.gtk",
            "webview.platforms.cocoa",
        ],
    ),
    "darwin": (
        ["webview.platforms.cocoa"],
        [
            "PyQt6",
            "qtpy",
            "webview.platforms.qt",
            "gi",
            "webview.platforms.gtk",
            "webview.platforms.winforms",
            "webview.platforms.edgechromium",
        ],
    ),
}


def backend_modules(platform: str) -> tuple[list[str], list[str]]:
    """(bundled, left out) pywebview backend modules for `sys.platform`."""
    key = "linux" if platform.startswith("linux") else platform
    return BACKENDS.get(key, BACKENDS["linux"])


# Optional libraries pandas and friends import when present; bundled only when the app
# imports them itself.
OPTIONAL_EXCLUDED = (
    "matplotlib",
    "scipy",
    # A dependency of dataapp, but 24 MB more in the executable (163 MB instead of 139 MB for
    # the example app, over the 150 MB goal): pandas' str columns work without it, slower.
    "pyarrow",
    # st.dataframe converts polars frames when polars is there (170 MB, its runtime included).
    "polars",
    "_polars_runtime_32",
    "altair",
    "plotly",
    "jinja2",
    "PIL",
    "sqlalchemy",
    # DuckDB (16 MB compressed), for duckdb:// URLs and the tables st.dataframe keeps as
    # queries: bundled when the app's code names it, a Parquet file, polars or a pyarrow Dataset
    # (discover.py, AppSources.data_engines).
    "duckdb",
    "duckdb_engine",
    "openpyxl",
    "xlrd",
    "lxml",
    "bs4",
    "html5lib",
    "tables",
    "numba",
    "numexpr",
    "bottleneck",
    "fsspec",
    "botocore",
    "boto3",
    "zmq",
    "docutils",
    "sphinx",
    "babel",
)
# File names of Python extension modules.
PYTHON_EXTENSION = re.compile(r"\.(cpython-[^.]+|abi3)\.so$|\.pyd$")
# Test suites shipped inside libraries.
TEST_PACKAGES = re.compile(
    r"^(pandas|numpy|tornado|google\.protobuf|webview)(\..+)?\.tests?(\..+)?$"
)


@dataclass
class BuildPlan:
    """Everything the spec needs, decided by the build; written as JSON next to the spec."""

    name: str
    exe_name: str
    entry_script: str
    work_dir: str
    # "onedir" (a folder; the launcher wraps it on Linux), "onefile" (PyInstaller's own), "app"
    # (a macOS .app bundle).
    mode: str = "onedir"
    console: bool = False
    icon: str | None = None
    pathex: list[str] = field(default_factory=list)
    # (source, destination folder inside the bundle), PyInstaller's `datas` form.
    datas: list[tuple[str, str]] = field(default_factory=list)
    hiddenimports: list[str] = field(default_factory=list)
    excludes: list[str] = field(default_factory=list)
    hooks_dirs: list[str] = field(default_factory=list)
    runtime_hooks: list[str] = field(default_factory=list)
    # The app's own modules: shipped as source files (tracebacks show their lines), not in the PYZ.
    local_modules: list[str] = field(default_factory=list)
    prune: bool = True
    prune_report: str = ""

    def write(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")

    @classmethod
    def read(cls, path: Path) -> BuildPlan:
        values = json.loads(Path(path).read_text(encoding="utf-8"))
        values["datas"] = [tuple(pair) for pair in values["datas"]]
        return cls(**values)


# -- pruning -----------------------------------------------------------------------------------


def _qt_relative(dest: str) -> str | None:
    """The path below the Qt tree (e.g. "plugins/platforms/libqxcb.so"), or None."""
    for root in _QT_ROOTS:
        if dest.startswith(root + "/"):
            return dest[len(root) + 1 :]
    return None


def keep_data(dest: str) -> bool:
    """False for data files a packaged data app never reads."""
    dest = PurePosixPath(dest).as_posix()
    qt = _qt_relative(dest)
    if qt is None:
        return True
    if qt.startswith("qml/"):
        return False
    if qt.startswith("translations/"):
        locale = PurePosixPath(qt).stem
        return (
            qt.startswith("translations/qtwebengine_locales/") and locale in KEPT_WEBENGINE_LOCALES
        )
    return qt != "resources/qtwebengine_devtools_resources.pak"


def keep_binary(dest: str) -> bool:
    """False for Qt plugins and Qt Python modules a web view never loads."""
    dest = PurePosixPath(dest).as_posix()
    qt = _qt_relative(dest)
    if qt is not None:
        if qt.startswith("qml/"):
            return False
        if qt.startswith("plugins/"):
            parts = qt.split("/")
            if len(parts) < 3 or parts[1] not in KEPT_QT_PLUGIN_DIRS:
                return False
            return parts[1] != "platforms" or bool(KEPT_QT_PLATFORMS.match(parts[2]))
        return True
    for package in ("PyQt6", "PySide6"):
        if dest.startswith(package + "/") and dest.count("/") == 1:
            module = PurePosixPath(dest).name.split(".")[0]
            return module in KEPT_QT_PYTHON_MODULES
    return True


def _is_root(entry: TocEntry) -> bool:
    """Binaries loaded by something other than another binary's DT_NEEDED."""
    dest, _, typecode = entry
    if typecode in ("EXTENSION", "EXECUTABLE"):
        return True
    name = PurePosixPath(dest).name
    if PYTHON_EXTENSION.search(name):
        # An extension module a hook collected as a plain binary (pyarrow's hook collects
        # pyarrow/lib.cpython-*.so that way): Python imports it, no DT_NEEDED names it.
        return True
    qt = _qt_relative(PurePosixPath(dest).as_posix())
    if qt is not None and (qt.startswith("plugins/") or qt.startswith("libexec/")):
        return True
    # The bootloader loads libpython with dlopen.
    return name.startswith("libpython")


def reachable_binaries(binaries: list[TocEntry]) -> tuple[list[TocEntry], list[TocEntry]]:
    """Split into (kept, dropped): a shared library stays when a kept binary needs it."""
    by_name: dict[str, list[TocEntry]] = {}
    for entry in binaries:
        by_name.setdefault(PurePosixPath(entry[0]).name, []).append(entry)
    elf = resources.launcher_module("launcher_elf")
    seen: set[TocEntry] = set()
    stack = [entry for entry in binaries if _is_root(entry)]
    while stack:
        entry = stack.pop()
        if entry in seen:
            continue
        seen.add(entry)
        for needed in elf.needed_libraries(Path(entry[1])):
            stack.extend(by_name.get(needed, ()))
    kept = [e for e in binaries if e in seen or e[2] not in ("BINARY", "DEPENDENCY")]
    dropped = [e for e in binaries if e not in kept]
    return kept, dropped


def drop_modules(pure: Iterable[TocEntry], names: Iterable[str]) -> list[TocEntry]:
    """The PYZ's modules without `names` (and their submodules) and without test suites."""
    names = tuple(names)

    def dropped(module: str) -> bool:
        if TEST_PACKAGES.match(module):
            return True
        return any(module == n or module.startswith(n + ".") for n in names)

    return [entry for entry in pure if not dropped(entry[0])]


@dataclass
class PruneReport:
    dropped: list[tuple[str, int]] = field(default_factory=list)

    def add(self, entries: Iterable[TocEntry]) -> None:
        for dest, src, _ in entries:
            try:
                size = Path(src).stat().st_size
            except OSError:
                size = 0
            self.dropped.append((dest, size))

    @property
    def total(self) -> int:
        return sum(size for _, size in self.dropped)

    def write(self, path: Path) -> None:
        lines = [f"{size:>12} {dest}" for dest, size in sorted(self.dropped, key=lambda d: -d[1])]
        path.write_text(
            f"{len(self.dropped)} files, {self.total / 1e6:.1f} MB left out\n"
            + "\n".join(lines)
            + "\n",
            encoding="utf-8",
        )


def prune(
    binaries: list[TocEntry], datas: list[TocEntry], report: PruneReport
) -> tuple[list[TocEntry], list[TocEntry]]:
    """The Analysis' binaries and datas without what a data app in a Qt web view never loads."""
    kept_datas = [e for e in datas if keep_data(e[0])]
    report.add(e for e in datas if not keep_data(e[0]))
    first = [e for e in binaries if keep_binary(e[0])]
    report.add(e for e in binaries if not keep_binary(e[0]))
    kept_binaries, unreachable = reachable_binaries(first)
    report.add(unreachable)
    return kept_binaries, kept_datas
