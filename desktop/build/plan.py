"""Turn the build options and what `discover` found into PyInstaller's plan and the bundle's files.

Writes, into the work folder: `app/` (a copy of the app's script, pages, own modules, data files
and config: what the packaged app runs), the imports stub, `dataapp_bundle.json` for the frozen
entry point, a folder that makes the engine importable under its import names, `plan.json` and
the spec. Main thread.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

import dataapp
import dataapp_desktop
import dataapp_desktop.frozen
from dataapp.version import __version__
from dataapp_desktop.build import resources
from dataapp_desktop.build.component_files import component_packages, declares_components
from dataapp_desktop.build.discover import AppSources, imports_stub
from dataapp_desktop.build.spec_support import (
    ALWAYS_EXCLUDED,
    OPTIONAL_EXCLUDED,
    BuildPlan,
    backend_modules,
)

IMPORTS_STUB = "dataapp_app_imports"
BUNDLE_APP_DIR = "app"
GENERIC_SCRIPT_NAMES = frozenset({"app", "main", "streamlit_app", "home", "index", "dashboard"})


class PlanError(Exception):
    """An option does not make sense; the message says what to give instead."""


@dataclass(frozen=True)
class ExtraData:
    """`--add-data SRC:DEST`: a file or folder, into the folder DEST inside the app's folder."""

    source: Path
    dest: str

    @classmethod
    def parse(cls, text: str, app_dir: Path) -> ExtraData:
        separator = ";" if ";" in text and os.name == "nt" else ":"
        source_text, found, dest = text.rpartition(separator)
        if not found or not source_text:
            source_text, dest = text, ""
        source = Path(source_text).expanduser()
        if not source.is_absolute():
            source = (Path.cwd() / source) if (Path.cwd() / source).exists() else app_dir / source
        if not source.exists():
            raise PlanError(f"--add-data {text}: no such file or folder: {source}")
        dest = dest.strip("/\\")
        if dest.startswith("..") or os.path.isabs(dest):
            raise PlanError(f"--add-data {text}: DEST must be a path inside the app's folder")
        return cls(source.resolve(), dest or ".")


@dataclass
class BuildOptions:
    script: Path
    name: str
    exe_name: str
    work_dir: Path
    dist_dir: Path
    onedir: bool = False
    icon: Path | None = None
    extra_data: list[ExtraData] = field(default_factory=list)
    hidden_imports: list[str] = field(default_factory=list)
    compression: str = "lzma"
    prune: bool = True
    console: bool = False
    # PyInstaller's own one-file mode on Linux too (unpacks everything on every start).
    plain_onefile: bool = False
    # Copy the web assets component pages load from other hosts into the app (docs/components.md).
    vendor_cdn: bool = False


def default_name(script: Path, configured: str) -> str:
    """The app's name: `[app] name` in its config, else its script's (or folder's) name."""
    if configured:
        return configured
    stem = script.stem
    base = script.parent.name if stem.lower() in GENERIC_SCRIPT_NAMES else stem
    words = re.sub(r"[_\-]+", " ", base).strip()
    return words.title() if words.islower() else (words or "App")


def file_name(name: str) -> str:
    """A name that is safe as a file name everywhere: letters, digits, '.', '_' and '-'."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.")
    return cleaned or "app"


def _copy(source: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    if source.is_dir():
        shutil.copytree(
            source,
            dest,
            dirs_exist_ok=True,
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".git"),
        )
    else:
        shutil.copy2(source, dest)


def stage_app(sources: AppSources, options: BuildOptions, stage: Path) -> list[Path]:
    """Copy what the packaged app runs into `stage` (the bundle's `app/`); the files copied."""
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    app_dir = sources.app_dir
    copied = []
    for path in [
        *sources.all_source_files(),
        *sources.data_files,
        *sources.config_files,
    ]:
        target = stage / path.relative_to(app_dir)
        _copy(path, target)
        copied.append(target)
    for name in sources.local_modules:
        # The app's own component package: its frontend files are not source files.
        folder = app_dir / name
        if folder.is_dir() and declares_components(folder):
            _copy(folder, stage / name)
            copied.append(stage / name)
    for extra in options.extra_data:
        # As PyInstaller's --add-data: DEST is a folder; a file lands in it, a folder's
        # contents are merged into it.
        target = stage / extra.dest
        if extra.source.is_file():
            target = target / extra.source.name
        _copy(extra.source, target)
        copied.append(target)
    return copied


def _importable_engine(work: Path) -> list[str]:
    """A folder where the engine and host are importable by their names, when they are not.

    In a source checkout the packages live in engine/ and desktop/ and are found through an
    editable-install import hook, which PyInstaller's module graph does not use.
    """
    folder = work / "importable"
    entries = []
    for package in (dataapp, dataapp_desktop):
        location = Path(package.__file__ or "").resolve().parent
        if location.name == package.__name__:
            continue
        folder.mkdir(parents=True, exist_ok=True)
        link = folder / package.__name__
        if link.is_symlink() or link.exists():
            link.unlink()
        link.symlink_to(location, target_is_directory=True)
        entries = [str(folder)]
    return entries


def platform_icon(explicit: Path | None) -> str | None:
    """The executable's icon: the one given, else dataapp's (Windows .ico; macOS via Pillow).

    A Linux executable (ELF) has no icon: desktop environments take it from a .desktop file.
    """
    if explicit is not None:
        return str(explicit)
    icons = resources.packaging_dir() / "icons"
    if sys.platform == "win32":
        return str(icons / "dataapp.ico")
    if sys.platform == "darwin" and importlib.util.find_spec("PIL") is not None:
        return str(icons / "dataapp.png")
    return None


def write_entry_script(work: Path) -> Path:
    """The script PyInstaller freezes: it only calls `dataapp_desktop.frozen.main`.

    Generated in the work folder rather than pointing PyInstaller at frozen.py itself, which
    would make PyInstaller put the folder above the package on its search path (a source
    checkout's root, where packaging/ would shadow PyPA's `packaging`).
    """
    entry = work / "dataapp_main.py"
    entry.write_text(
        "# Generated by dataapp-desktop build: the packaged app's entry point.\n\n"
        "import sys\n\nfrom dataapp_desktop.frozen import main\n\nsys.exit(main())\n",
        encoding="utf-8",
    )
    return entry


def make_plan(sources: AppSources, options: BuildOptions) -> BuildPlan:
    work = options.work_dir
    work.mkdir(parents=True, exist_ok=True)
    stage = work / BUNDLE_APP_DIR
    stage_app(sources, options, stage)
    (work / f"{IMPORTS_STUB}.py").write_text(imports_stub(sources), encoding="utf-8")
    bundle_info = work / dataapp_desktop.frozen.BUNDLE_INFO
    bundle_info.write_text(
        json.dumps(
            {
                "name": options.name,
                "app_id": options.name,
                "script": f"{BUNDLE_APP_DIR}/{sources.script.name}",
                "version": __version__,
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    # Custom component packages: their frontend files are data PyInstaller would leave out.
    components = component_packages(sources.imported_top_level)
    wanted = (
        sources.imported_top_level
        | sources.pandas_engines
        | sources.data_engines
        | {m.split(".")[0] for m in options.hidden_imports}
    )
    excludes = [m for m in ALWAYS_EXCLUDED if m.split(".")[0] not in wanted or "." in m]
    excludes += [m for m in OPTIONAL_EXCLUDED if m not in wanted]
    bundled_backend, other_backends = backend_modules(sys.platform)
    excludes += [m for m in other_backends if m.split(".")[0] not in wanted or "." in m]
    mode = "onedir"
    if options.onedir:
        mode = "app" if sys.platform == "darwin" else "onedir"
    elif sys.platform == "win32" or options.plain_onefile:
        mode = "onefile"
    elif sys.platform == "darwin":
        # A one-file app on macOS unpacks on every start and fights code signing: an .app.
        mode = "app"
    plan = BuildPlan(
        name=options.name,
        exe_name=options.exe_name,
        entry_script=str(write_entry_script(work)),
        work_dir=str(work),
        mode=mode,
        console=options.console,
        icon=platform_icon(options.icon),
        pathex=[*_importable_engine(work), str(work), str(sources.app_dir)],
        datas=[
            (str(stage), BUNDLE_APP_DIR),
            (str(bundle_info), "."),
            *(pair for package in components for pair in package.files),
        ],
        hiddenimports=sorted(
            {
                IMPORTS_STUB,
                *bundled_backend,
                *sources.local_modules,
                *sources.pandas_engines,
                *sources.data_engines,
                *options.hidden_imports,
            }
        ),
        excludes=sorted(set(excludes)),
        hooks_dirs=[str(resources.hooks_dir())],
        runtime_hooks=[str(resources.runtime_hook())],
        local_modules=sorted({IMPORTS_STUB, *sources.local_modules}),
        prune=options.prune,
        prune_report=str(work / "left-out.txt"),
    )
    plan.write(work / "plan.json")
    shutil.copyfile(resources.app_spec(), work / f"{options.exe_name}.spec")
    return plan
