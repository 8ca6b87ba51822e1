"""The per-user unpack cache: where apps are unpacked, whether an unpacked build is intact, locks.

`<cache>/<app key>-<payload sha256[:16]>/` holds one unpacked build; its `.complete` (a
`Record`, written last) lists every file as it was unpacked, and its `.inuse` file is locked
(shared) by every running app from it. One launch at a time per app checks, unpacks and cleans
(`app_lock`). Standard library only. The launcher's main thread; the locks are between
processes (flock).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from launcher_payload import LaunchError, PayloadMeta

COMPLETE_MARKER = ".complete"
IN_USE_FILE = ".inuse"
CACHE_SUBDIR = ("dataapp-desktop", "apps")
# Where the cache lives (tests).
CACHE_ENV = "DATAAPP_APP_CACHE"


def cache_root() -> Path:
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache"
    return base.joinpath(*CACHE_SUBDIR)


def fallback_cache() -> Path:
    """A private folder in the temporary directory, for a home folder that cannot be written."""
    import tempfile

    return Path(tempfile.gettempdir()) / f"dataapp-desktop-{os.getuid()}" / "apps"


def usable_cache() -> Path:
    """The per-user cache folder, made if needed; the fallback when it cannot be written."""
    tried = []
    for candidate in (cache_root(), fallback_cache()):
        try:
            candidate.mkdir(mode=0o700, parents=True, exist_ok=True)
            probe = candidate / f".probe-{os.getpid()}"
            probe.touch()
            probe.unlink()
        except OSError as error:
            tried.append(f"{candidate} ({error.strerror})")
            continue
        if tried:
            print(f"note: unpacking into {candidate}: cannot write {tried[0]}", file=sys.stderr)
        return candidate
    raise LaunchError(f"no folder to unpack into: cannot write {' nor '.join(tried)}")


@dataclass(frozen=True)
class Record:
    """What `.complete` says: every unpacked file as the file system showed it after unpacking."""

    sha256: str
    # relative path → [size, mtime_ns]
    files: dict[str, list[int]]
    # relative path → link target
    links: dict[str, str]

    def matches(self, folder: Path) -> bool:
        """True when every file and link is still as unpacked (metadata only, not contents)."""
        try:
            for rel, (size, mtime_ns) in self.files.items():
                info = os.lstat(folder / rel)
                if not stat.S_ISREG(info.st_mode) or info.st_size != size:
                    return False
                if info.st_mtime_ns != mtime_ns:
                    return False
            for rel, target in self.links.items():
                if os.readlink(folder / rel) != target:
                    return False
        except (OSError, ValueError):
            return False
        return True

    @classmethod
    def read(cls, folder: Path) -> Record | None:
        try:
            values = json.loads((folder / COMPLETE_MARKER).read_bytes())
            return cls(str(values["sha256"]), dict(values["files"]), dict(values["links"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def write(self, folder: Path) -> None:
        temporary = folder / (COMPLETE_MARKER + ".tmp")
        with open(temporary, "w", encoding="utf-8") as f:
            json.dump({"sha256": self.sha256, "files": self.files, "links": self.links}, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temporary, folder / COMPLETE_MARKER)


def is_complete(folder: Path, meta: PayloadMeta) -> bool:
    record = Record.read(folder)
    return record is not None and record.sha256 == meta.sha256 and record.matches(folder)


@contextlib.contextmanager
def app_lock(cache: Path, key: str) -> Iterator[None]:
    """Exclusive, per app: one launch at a time checks, unpacks and cleans the app's cache."""
    import fcntl

    with open(cache / f".{key}.lock", "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def hold_in_use(folder: Path) -> int:
    """A shared lock on the folder's in-use file, on a descriptor the app inherits through exec.

    It lasts as long as the app and the processes it starts; cleaning up never removes a
    folder whose in-use file is still locked.
    """
    import fcntl

    fd = os.open(folder / IN_USE_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_SH)
    os.set_inheritable(fd, True)
    return fd


def in_use(folder: Path) -> bool:
    import fcntl

    try:
        fd = os.open(folder / IN_USE_FILE, os.O_RDWR)
    except FileNotFoundError:
        return False
    except OSError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def discard(folder: Path) -> None:
    """Rename out of the way first (atomic: the folder is gone at once), then delete."""
    trash = folder.with_name(f".trash-{folder.name}-{os.urandom(4).hex()}")
    try:
        os.rename(folder, trash)
    except OSError:
        return
    shutil.rmtree(trash, ignore_errors=True)


def remove_other_versions(cache: Path, key: str, keep: Path) -> list[Path]:
    """Other builds of this app and leftovers of its unpackings that no running app uses.

    Call with the app lock held: then no unpacking of this app is in progress.
    """
    removed = []
    for folder in sorted(cache.iterdir()):
        name = folder.name
        ours = name.startswith(f"{key}-") and name[len(key) + 1 :].isalnum()
        leftover = name.startswith((f".tmp-{key}-", f".trash-{key}-"))
        if folder == keep or not (ours or leftover) or not folder.is_dir():
            continue
        if in_use(folder):
            continue
        if leftover:
            shutil.rmtree(folder, ignore_errors=True)
        else:
            discard(folder)
        removed.append(folder)
    return removed
