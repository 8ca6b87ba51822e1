"""Linux one-file executables: the one-folder app as the payload of a small launcher.

PyInstaller's own `--onefile` unpacks everything (~450 MB for a Qt app) into a new temporary
folder on every start. Instead: compress the one-folder app (`payload`), freeze the launcher
(packaging/launcher.py and its sibling modules launcher_*.py, standard library only) with
PyInstaller `--onefile`, and add the payload and its description to the launcher as two ELF
sections with objcopy, beside PyInstaller's `pydata` section. The launcher unpacks the payload
once per build into a per-user cache and then executes the app from there. Main thread.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import TextIO

from dataapp_desktop.build import payload, resources
from dataapp_desktop.build.plan import BuildOptions
from dataapp_desktop.build.progress import BuildFailed, ProgressLine, run_logged

LAUNCHER_NAME = "dataapp-launcher"
PYINSTALLER_SECTION = "pydata"


def launcher_key() -> str:
    """Changes when anything that goes into the frozen launcher changes."""
    import PyInstaller

    digest = hashlib.sha256()
    for path in (*resources.launcher_sources(), resources.launcher_spec()):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    digest.update(sys.version.encode())
    digest.update(str(PyInstaller.__version__).encode())
    return digest.hexdigest()[:16]


def build_launcher(cache: Path, stream: TextIO) -> Path:
    """The frozen launcher, built once per launcher version into `cache` and reused."""
    folder = cache / f"launcher-{launcher_key()}"
    exe = folder / "dist" / LAUNCHER_NAME
    if exe.is_file():
        stream.write(f"  launcher: reusing {exe}\n")
        return exe
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for source in (*resources.launcher_sources(), resources.launcher_spec()):
        shutil.copyfile(source, folder / source.name)
    run_logged(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(folder / "launcher.spec"),
            "--noconfirm",
            "--log-level",
            "INFO",
            "--workpath",
            str(folder / "work"),
            "--distpath",
            str(folder / "dist"),
        ],
        folder / "pyinstaller.log",
        label="launcher (PyInstaller)",
        out=stream,
    )
    return exe


def strip_interpreter(folder: Path) -> int:
    """Remove debug information from the interpreter's own libraries; the bytes saved.

    Only libpython and the standard library's extension modules: stripping other libraries
    is not safe (numpy's OpenBLAS breaks).
    """
    strip = shutil.which("strip")
    if strip is None:
        return 0
    internal = folder / "_internal"
    targets = [*internal.glob("libpython3*.so*"), *internal.glob("python3*/lib-dynload/*.so")]
    targets = [t for t in targets if t.is_file() and not t.is_symlink()]
    before = sum(t.stat().st_size for t in targets)
    if targets:
        subprocess.run(
            [strip, "--strip-debug", *map(str, targets)], check=False, capture_output=True
        )
    return before - sum(t.stat().st_size for t in targets)


def _objcopy(*args: str) -> None:
    try:
        result = subprocess.run(["objcopy", *args], capture_output=True, text=True)
    except FileNotFoundError as error:
        raise BuildFailed(
            "objcopy is missing (Debian/Ubuntu: sudo apt install binutils)"
        ) from error
    if result.returncode != 0:
        hint = ""
        if "No space left" in result.stderr:
            hint = "\n  likely cause: the disk is full (see --dist)"
        raise BuildFailed(f"objcopy failed: {result.stderr.strip()}{hint}")


def attach_payload(launcher: Path, meta: Path, payload_file: Path, out: Path) -> None:
    """`out` = the launcher with our two sections added *before* PyInstaller's `pydata`.

    PyInstaller 6.22's bootloader finds its archive by scanning the file backwards from its
    end for the archive's cookie (seen with strace: one 4 KB read after another through the
    whole file, in both of its processes, ~1-2 s for a 140 MB file). With `pydata` last the
    scan stops within the first reads, and it never looks through our compressed bytes, where
    the 8-byte cookie could otherwise turn up by chance.
    """
    work = out.with_name(out.name + ".parts")
    work.mkdir(exist_ok=True)
    try:
        pydata = work / "pydata"
        without = work / "without-pydata"
        _objcopy(
            "--dump-section", f"{PYINSTALLER_SECTION}={pydata}", str(launcher), str(work / "unused")
        )
        _objcopy(
            "--remove-section",
            PYINSTALLER_SECTION,
            "--add-section",
            f"dataapp_meta={meta}",
            "--add-section",
            f"dataapp_payload={payload_file}",
            str(launcher),
            str(without),
        )
        _objcopy("--add-section", f"{PYINSTALLER_SECTION}={pydata}", str(without), str(out))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def verify(exe: Path, payload_file: Path, sha256: str) -> None:
    """The executable carries PyInstaller's archive and our payload, byte for byte."""
    sections = resources.launcher_module("launcher_elf").section_map(exe)
    for name in (PYINSTALLER_SECTION, "dataapp_meta", "dataapp_payload"):
        if name not in sections:
            raise BuildFailed(f"{exe} lacks the {name} section after objcopy")
    last = max(sections.values(), key=lambda s: s.offset + s.size if s.size else 0)
    if last.name not in (PYINSTALLER_SECTION, ".shstrtab") or (
        sections[PYINSTALLER_SECTION].offset < sections["dataapp_payload"].offset
    ):
        raise BuildFailed(f"{exe}: PyInstaller's archive is not at the end of the file")
    section = sections["dataapp_payload"]
    if section.size != payload_file.stat().st_size:
        raise BuildFailed(f"{exe}: the payload section has the wrong size")
    digest = hashlib.sha256()
    with open(exe, "rb") as f:
        f.seek(section.offset)
        left = section.size
        while left:
            block = f.read(min(left, 4 * 1024 * 1024))
            if not block:
                break
            digest.update(block)
            left -= len(block)
    if digest.hexdigest() != sha256:
        raise BuildFailed(f"{exe}: the payload section does not match the payload")


def make_onefile(options: BuildOptions, folder: Path, stream: TextIO) -> Path:
    saved = strip_interpreter(folder)
    if saved:
        stream.write(f"  stripped debug information from the interpreter: {saved / 1e6:.0f} MB\n")
    work = options.work_dir
    payload_file = work / "payload.bin"
    line = ProgressLine(
        stream, time.monotonic(), label="payload", phase=f"compressing ({options.compression})"
    )
    line.draw(force=True)

    def progress(done: int, total: int) -> None:
        line.detail = f"{done / total:.0%}"
        line.draw()

    started = time.monotonic()
    stats = payload.write(folder, payload_file, options.compression, progress=progress)
    line.finish()
    stream.write(
        f"  payload ({options.compression}): {stats.size / 1e6:.0f} MB for "
        f"{stats.unpacked_bytes / 1e6:.0f} MB in {stats.files} files, "
        f"{time.monotonic() - started:.0f}s\n"
    )
    meta = resources.launcher_module("launcher_payload").PayloadMeta(
        name=options.name,
        key=options.exe_name,
        sha256=stats.sha256,
        entry=options.exe_name,
        unpacked_bytes=stats.unpacked_bytes,
        files=stats.files,
        compression=options.compression,
    )
    meta_file = work / "payload-meta.json"
    meta_file.write_bytes(meta.to_json())
    launcher = build_launcher(work.parent, stream)
    options.dist_dir.mkdir(parents=True, exist_ok=True)
    out = options.dist_dir / options.exe_name
    temporary = options.dist_dir / f".{options.exe_name}.tmp"
    attach_payload(launcher, meta_file, payload_file, temporary)
    verify(temporary, payload_file, stats.sha256)
    temporary.chmod(0o755)
    if out.is_dir():
        shutil.rmtree(out)
    os.replace(temporary, out)
    payload_file.unlink()
    return out


def how_to_run(result: Path, options: BuildOptions) -> list[str]:
    shown = os.path.relpath(result) if not os.path.relpath(result).startswith("..") else str(result)
    if result.suffix == ".app":
        return [f"Open it: open {shown}  (or double-click it in the Finder)"]
    if result.is_dir():
        inner = Path(shown) / (options.exe_name + (".exe" if sys.platform == "win32" else ""))
        return [f"Run it: {inner}  — ship the whole folder {shown}/"]
    if sys.platform == "win32":
        return [f"Run it: {shown}  (or double-click it)"]
    runnable = shown if os.path.isabs(shown) or "/" in shown else f"./{shown}"
    return [
        f"Run it: {runnable}  (or double-click it)",
        "  Its first start unpacks the app into ~/.cache/dataapp-desktop/apps/ (a few seconds,"
        " once per build);",
        "  later starts run it from there. Saved state lives in ~/.local/share/dataapp-desktop/.",
    ]
