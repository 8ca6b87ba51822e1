"""The one-file launcher: unpack the app once per build into a per-user cache, then become it.

`dataapp-desktop build` freezes this script with its sibling modules (PyInstaller `--onefile`,
standard library only, a few MB) and adds the app's one-folder build to the result as an extra
ELF section (`dataapp_payload`, described by the JSON in `dataapp_meta`). PyInstaller's
bootloader finds its own archive by scanning back from the file's end for its cookie; the build
puts `pydata` last, so that scan ends at once and never reads our sections (docs/packaging.md),
and every launch unpacks only the launcher's few MB, not the app's ~450 MB.

Every launch, in one process: read the meta section → take the app's lock in the cache →
check `<cache>/<app>-<sha16>/.complete` against the files it lists (kind, size, mtime) → when
missing or damaged, unpack into `.tmp-…` next to it, write `.complete` last and rename the
folder into place → hold the folder's in-use lock (inherited by the app) → remove other builds
of the app that no process uses → `execve` the app's executable with the same arguments.

This module is that sequence and the hand-over to the app; each step is a sibling module,
imported by its bare name as it is frozen: launcher_elf (the ELF reader), launcher_payload
(what the executable carries), launcher_cache, launcher_unpack, launcher_splash (first-start
feedback). Single-threaded, except for the unpacking workers, which are joined before exec.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import sys
from pathlib import Path

from launcher_cache import (
    app_lock,
    cache_root,
    hold_in_use,
    is_complete,
    remove_other_versions,
    usable_cache,
)
from launcher_payload import LaunchError, Payload
from launcher_splash import Feedback
from launcher_unpack import unpack_into_place

# Environment: unpack without starting the app (benchmarks).
NO_EXEC_ENV = "DATAAPP_LAUNCHER_NO_EXEC"
# Outside a frozen launcher (tests): the executable that carries the payload.
EXE_ENV = "DATAAPP_LAUNCHER_EXE"
# Set for the app: the file the user started (this launcher), not the unpacked executable.
LAUNCHED_AS_ENV = "DATAAPP_LAUNCHED_AS"


# -- becoming the app ------------------------------------------------------------------------

# What PyInstaller's one-file bootloader sets for its own child; the app is not that child.
_BOOTLOADER_VARIABLES = ("_MEIPASS2", "_PYI_ARCHIVE_FILE", "_PYI_APPLICATION_HOME_DIR")


def app_environment(environ: dict[str, str], launched_as: Path, frozen: bool) -> dict[str, str]:
    env = {
        k: v
        for k, v in environ.items()
        if k not in _BOOTLOADER_VARIABLES and not k.startswith("_PYI_")
    }
    # The bootloader put its temporary folder first on the library path; give back the user's.
    original = env.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        env["LD_LIBRARY_PATH"] = original
    elif frozen:
        env.pop("LD_LIBRARY_PATH", None)
    env["PYINSTALLER_RESET_ENVIRONMENT"] = "1"
    env[LAUNCHED_AS_ENV] = str(launched_as)
    return env


def _die_with_parent() -> None:
    """The app gets SIGTERM if the bootloader process that waits for it is killed (Linux)."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        # The program's own symbols include libc's; no library search (which runs ldconfig).
        ctypes.CDLL(None, use_errno=True).prctl(1, 15, 0, 0, 0)  # PR_SET_PDEATHSIG, SIGTERM


# -- main ------------------------------------------------------------------------------------


def launcher_executable() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve()
    override = os.environ.get(EXE_ENV)
    if not override:
        raise LaunchError(f"not frozen: set {EXE_ENV} to the executable that carries the app")
    return Path(override).resolve()


def prepare(payload: Payload) -> tuple[Path, Feedback | None]:
    """Make sure this build is unpacked and intact; its folder, and the feedback shown if any.

    From here on, the folder's in-use lock is held on an inheritable descriptor.
    """
    cache = usable_cache()
    folder = cache / payload.meta.folder_name
    shown: Feedback | None = None
    with app_lock(cache, payload.meta.key):
        if not is_complete(folder, payload.meta):
            shown = Feedback(payload.meta.name)
            folder = unpack_into_place(payload, cache, shown.progress)
        hold_in_use(folder)
        remove_other_versions(cache, payload.meta.key, keep=folder)
    return folder, shown


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    frozen = bool(getattr(sys, "frozen", False))
    try:
        executable = launcher_executable()
        payload = Payload.find(executable)
        folder, shown = prepare(payload)
    except LaunchError as error:
        name = Path(sys.executable).name if frozen else "launcher"
        print(f"{name}: cannot start: {error}", file=sys.stderr)
        return 1
    entry = folder / payload.meta.entry
    if os.environ.get(NO_EXEC_ENV):
        print(entry, flush=True)
        return 0
    env = app_environment(dict(os.environ), executable, frozen)
    if shown is not None:
        shown.finish(os.getpid())
    _die_with_parent()
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        os.execve(entry, [str(entry), *args], env)
    except OSError as error:
        print(f"{payload.meta.name}: cannot start {entry}: {error.strerror}", file=sys.stderr)
        if error.errno == errno.EACCES:
            print(
                f"  The file system of {cache_root()} may not allow running programs (noexec): "
                "set XDG_CACHE_HOME to a folder on another file system.",
                file=sys.stderr,
            )
    return 1


if __name__ == "__main__":
    sys.exit(main())
