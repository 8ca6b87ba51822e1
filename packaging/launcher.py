"""The one-file launcher: unpack the app once per build into a per-user cache, then become it.

`dataapp-desktop build` freezes this file on its own (PyInstaller `--onefile`, standard library
only, a few MB) and adds the app's one-folder build to the result as an extra ELF section
(`dataapp_payload`, described by the JSON in `dataapp_meta`). PyInstaller's bootloader finds its
own archive through its `pydata` section and never touches ours, so every launch unpacks only
the launcher's few MB, not the app's ~450 MB.

Every launch, in one process: read the meta section → take the app's lock in the cache →
check `<cache>/<app>-<sha16>/.complete` against the files it lists (kind, size, mtime) → when
missing or damaged, unpack into `.tmp-…` next to it, write `.complete` last and rename the
folder into place → hold the folder's in-use lock (inherited by the app) → remove other builds
of the app that no process uses → `execve` the app's executable with the same arguments.
Single-threaded, except for the unpacking workers, which are joined before exec.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import json
import lzma
import os
import shutil
import stat
import struct
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path, PurePosixPath
from typing import Any

PAYLOAD_SECTION = "dataapp_payload"
META_SECTION = "dataapp_meta"
PAYLOAD_MAGIC = b"DAPAYLD1"
PAYLOAD_FORMAT = 1
COMPLETE_MARKER = ".complete"
IN_USE_FILE = ".inuse"
CACHE_SUBDIR = ("dataapp-desktop", "apps")
# Environment: where the cache lives (tests), unpack without starting the app (benchmarks).
CACHE_ENV = "DATAAPP_APP_CACHE"
NO_EXEC_ENV = "DATAAPP_LAUNCHER_NO_EXEC"
NO_SPLASH_ENV = "DATAAPP_LAUNCHER_NO_SPLASH"
# Outside a frozen launcher (tests): the executable that carries the payload.
EXE_ENV = "DATAAPP_LAUNCHER_EXE"
# Set for the app: the file the user started (this launcher), not the unpacked executable.
LAUNCHED_AS_ENV = "DATAAPP_LAUNCHED_AS"
# Room asked of the disk beyond the unpacked size.
SPACE_MARGIN = 32 * 1024 * 1024


class LaunchError(Exception):
    """The app cannot be started; the message says why and what to do."""


# -- the payload in this executable ----------------------------------------------------------


@dataclass(frozen=True)
class Section:
    offset: int
    size: int


def read_sections(path: Path) -> dict[str, Section]:
    """The ELF file's sections by name, from its section headers.

    The same parser as desktop/build/elf.py's, copied because this file is frozen alone and
    imports only the standard library. A fix here belongs there too.
    """
    with open(path, "rb") as f:
        ident = f.read(16)
        if len(ident) < 16 or ident[:4] != b"\x7fELF":
            raise LaunchError(f"{path} is not an ELF executable")
        is64, end = ident[4] == 2, "<" if ident[5] == 1 else ">"
        if is64:
            header = struct.unpack(end + "HHIQQQIHHHHHH", f.read(48))
            entry_format = end + "IIQQQQIIQQ"
        else:
            header = struct.unpack(end + "HHIIIIIHHHHHH", f.read(36))
            entry_format = end + "IIIIIIIIII"
        table, entry_size, count, names_index = header[5], header[10], header[11], header[12]
        if table == 0:
            return {}

        def entry(index: int) -> tuple[int, ...]:
            f.seek(table + index * entry_size)
            return struct.unpack(entry_format, f.read(struct.calcsize(entry_format)))

        first = entry(0)
        count = count or first[5]
        names_index = first[6] if names_index == 0xFFFF else names_index
        raw = [entry(i) for i in range(count)]
        f.seek(raw[names_index][4])
        names = f.read(raw[names_index][5])
    return {
        names[v[0] : names.find(b"\0", v[0])].decode("utf-8", "replace"): Section(v[4], v[5])
        for v in raw
    }


@dataclass(frozen=True)
class PayloadMeta:
    """What `dataapp_meta` says about `dataapp_payload`."""

    name: str
    # File-name-safe name of the app: the cache folder's prefix.
    key: str
    # SHA-256 of the payload section, computed by the build: the cache folder's suffix.
    sha256: str
    # The app's executable, relative to the unpacked folder.
    entry: str
    unpacked_bytes: int
    files: int
    compression: str
    format: int = PAYLOAD_FORMAT

    def to_json(self) -> bytes:
        return json.dumps(asdict(self), sort_keys=True).encode()

    @classmethod
    def from_json(cls, data: bytes) -> PayloadMeta:
        values = json.loads(data)
        if values.get("format") != PAYLOAD_FORMAT:
            raise LaunchError(f"unknown payload format {values.get('format')!r}")
        return cls(**values)

    @property
    def folder_name(self) -> str:
        return f"{self.key}-{self.sha256[:16]}"


@dataclass(frozen=True)
class Payload:
    """The app's one-folder build inside this executable: an index, then compressed chunks.

    Format 1 (written by `dataapp_desktop.build.payload`): PAYLOAD_MAGIC, the index length
    (4 bytes, little-endian), the index (JSON: every folder, link and file, and each file's
    chunks as [offset, compressed length, length, CRC-32]), then the chunks.
    """

    path: Path
    meta: PayloadMeta
    section: Section

    @classmethod
    def find(cls, executable: Path) -> Payload:
        try:
            sections = read_sections(executable)
        except OSError as error:
            raise LaunchError(f"cannot read {executable}: {error.strerror}") from error
        meta_section, payload = sections.get(META_SECTION), sections.get(PAYLOAD_SECTION)
        if meta_section is None or payload is None:
            raise LaunchError(
                f"{executable} carries no app (no {PAYLOAD_SECTION} section): it is damaged "
                "or was not made by `dataapp-desktop build`"
            )
        with open(executable, "rb") as f:
            f.seek(meta_section.offset)
            meta = PayloadMeta.from_json(f.read(meta_section.size))
        return cls(executable, meta, payload)

    def read_index(self, fd: int) -> tuple[dict[str, Any], int]:
        """The index, and the file offset where the chunks start."""
        head = os.pread(fd, len(PAYLOAD_MAGIC) + 4, self.section.offset)
        if head[: len(PAYLOAD_MAGIC)] != PAYLOAD_MAGIC:
            raise LaunchError(f"{self.path}: the app inside is damaged (bad payload header)")
        (length,) = struct.unpack("<I", head[len(PAYLOAD_MAGIC) :])
        start = self.section.offset + len(head)
        index = json.loads(os.pread(fd, length, start))
        if index.get("format") != PAYLOAD_FORMAT:
            raise LaunchError(f"unknown payload format {index.get('format')!r}")
        return index, start + length


# -- the cache -------------------------------------------------------------------------------


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


def _discard(folder: Path) -> None:
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
            _discard(folder)
        removed.append(folder)
    return removed


# -- unpacking -------------------------------------------------------------------------------

Progress = Callable[[int, int], None]


def _safe_relative(name: str) -> str:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or "\\" in name or not path.parts:
        raise LaunchError(f"the payload names an unsafe path: {name!r}")
    return str(path)


def _decompress(data: bytes, compression: str) -> bytes:
    if compression == "lzma":
        return lzma.decompress(data, format=lzma.FORMAT_XZ)
    return zlib.decompress(data, -15)


def unpack(
    payload: Payload, dest: Path, progress: Progress | None = None, workers: int = 0
) -> Record:
    """Unpack the payload into the empty folder `dest`, checking every chunk's CRC-32.

    Chunks (a large file has several) are spread over worker threads, largest first; zlib and
    lzma release the GIL, so this uses every core.
    """
    fd = os.open(payload.path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        index, base = payload.read_index(fd)
        compression = index["compression"]
        entries = index["entries"]
        files: list[tuple[str, dict[str, Any]]] = []
        links: list[tuple[str, str]] = []
        for entry in entries:
            rel = _safe_relative(entry["path"])
            if entry["kind"] == "dir":
                (dest / rel).mkdir(parents=True, exist_ok=True)
            elif entry["kind"] == "link":
                links.append((rel, entry["target"]))
            else:
                files.append((rel, entry))
        jobs: list[tuple[int, int, list[int]]] = []  # (file number, position in file, chunk)
        for number, (rel, entry) in enumerate(files):
            target = dest / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            out = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
            try:
                os.ftruncate(out, entry["size"])
            finally:
                os.close(out)
            position = 0
            for chunk in entry["chunks"]:
                jobs.append((number, position, chunk))
                position += chunk[2]
        jobs.sort(key=lambda job: -job[2][1])
        total = sum(job[2][2] for job in jobs) or 1
        lock = threading.Lock()
        state = {"next": 0, "done": 0}
        errors: list[BaseException] = []

        def work() -> None:
            while True:
                with lock:
                    if errors or state["next"] >= len(jobs):
                        return
                    number, position, (offset, length, size, crc) = jobs[state["next"]]
                    state["next"] += 1
                try:
                    data = _decompress(os.pread(fd, length, base + offset), compression)
                    if len(data) != size or zlib.crc32(data) != crc:
                        raise LaunchError(
                            f"{payload.path}: the app inside is damaged "
                            f"({files[number][0]} does not check out)"
                        )
                    out = os.open(dest / files[number][0], os.O_WRONLY | os.O_CLOEXEC)
                    try:
                        view = memoryview(data)
                        while view:
                            written = os.pwrite(out, view, position)
                            view, position = view[written:], position + written
                    finally:
                        os.close(out)
                except BaseException as error:
                    with lock:
                        errors.append(error)
                    return
                with lock:
                    state["done"] += size
                    done = state["done"]
                if progress is not None:
                    progress(done, total)

        threads = [
            threading.Thread(target=work, name=f"unpack-{i}")
            for i in range(workers or min(4, os.cpu_count() or 1))
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if errors:
            raise errors[0]
    except (KeyError, ValueError, TypeError, lzma.LZMAError, zlib.error) as error:
        raise LaunchError(f"{payload.path}: the app inside is damaged ({error})") from error
    finally:
        os.close(fd)
    for rel, entry in files:
        os.chmod(dest / rel, entry["mode"] & 0o777)
    for rel, link_target in links:
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(link_target, dest / rel)
    for entry in entries:
        if entry["kind"] == "dir":
            os.chmod(dest / _safe_relative(entry["path"]), (entry["mode"] & 0o777) | 0o700)
    recorded = {}
    for rel, _ in files:
        info = os.lstat(dest / rel)
        recorded[rel] = [info.st_size, info.st_mtime_ns]
    return Record(payload.meta.sha256, recorded, dict(links))


def unpack_into_place(payload: Payload, cache: Path, progress: Progress | None = None) -> Path:
    """Unpack into `.tmp-…` next to the final folder, write `.complete` last, rename into place.

    Call with the app lock held. A damaged folder already in place is renamed away first.
    """
    meta = payload.meta
    final = cache / meta.folder_name
    free = shutil.disk_usage(cache).free
    if free < meta.unpacked_bytes + SPACE_MARGIN:
        raise LaunchError(
            f"not enough free disk space to unpack {meta.name}: it needs "
            f"{(meta.unpacked_bytes + SPACE_MARGIN) // 2**20} MB in {cache}, "
            f"{free // 2**20} MB are free"
        )
    temporary = cache / f".tmp-{meta.key}-{os.urandom(6).hex()}"
    temporary.mkdir(mode=0o700)
    try:
        record = unpack(payload, temporary, progress)
        (temporary / IN_USE_FILE).touch(mode=0o600)
        record.write(temporary)
        if final.exists() or final.is_symlink():
            _discard(final)
        os.rename(temporary, final)
    except OSError as error:
        shutil.rmtree(temporary, ignore_errors=True)
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise LaunchError(
                f"the disk filled up while unpacking {meta.name} into {cache}; free some space "
                "and start it again"
            ) from error
        raise LaunchError(f"cannot unpack {meta.name} into {cache}: {error}") from error
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    return final


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


# -- first-launch feedback -------------------------------------------------------------------


class Feedback:
    """Says what is happening while the app is unpacked: a small X11 window, else the terminal."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._splash = _open_splash(name)
        self._tty = sys.stderr.isatty()
        self._last = -1.0
        self._started = time.monotonic()
        if self._splash is None:
            print(f"{name}: unpacking for its first start…", file=sys.stderr, flush=True)

    def progress(self, done: int, total: int) -> None:
        fraction = done / total
        now = time.monotonic()
        if fraction < 1.0 and now - self._last < 0.1:
            return
        self._last = now
        if self._splash is not None:
            self._splash.draw(fraction)
        if self._tty:
            print(f"\r{self._name}: unpacking {fraction:4.0%}", end="", file=sys.stderr, flush=True)

    def finish(self, app_pid: int) -> None:
        if self._tty:
            seconds = time.monotonic() - self._started
            print(f"\r{self._name}: unpacked in {seconds:.1f}s   ", file=sys.stderr, flush=True)
        if self._splash is not None:
            self._splash.draw(1.0, "Starting…")
            self._splash.hand_over(app_pid)


def _open_splash(name: str) -> _X11Splash | None:
    if not os.environ.get("DISPLAY") or os.environ.get(NO_SPLASH_ENV):
        return None
    try:
        return _X11Splash(name)
    except (OSError, LaunchError, AttributeError):
        return None


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
_XA_ATOM, _XA_CARDINAL = 4, 6
_P, _W, _I = ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int
_ULONG_P = ctypes.POINTER(ctypes.c_ulong)
# The Xlib functions the splash uses: name → (result type, argument types).
_XLIB_SIGNATURES: dict[str, tuple[Any, list[Any]]] = {
    "XOpenDisplay": (_P, [ctypes.c_char_p]),
    "XDefaultScreen": (_I, [_P]),
    "XConnectionNumber": (_I, [_P]),
    "XFlush": (_I, [_P]),
    "XRootWindow": (_W, [_P, _I]),
    "XDisplayWidth": (_I, [_P, _I]),
    "XDisplayHeight": (_I, [_P, _I]),
    "XDefaultDepth": (_I, [_P, _I]),
    "XCreateSimpleWindow": (
        _W,
        [_P, _W, _I, _I, ctypes.c_uint, ctypes.c_uint, ctypes.c_uint, _W, _W],
    ),
    "XStoreName": (_I, [_P, _W, ctypes.c_char_p]),
    "XMapRaised": (_I, [_P, _W]),
    "XCreateGC": (_P, [_P, _W, _W, _P]),
    "XSetForeground": (_I, [_P, _P, _W]),
    "XFillRectangle": (_I, [_P, _W, _P, _I, _I, ctypes.c_uint, ctypes.c_uint]),
    "XDrawString": (_I, [_P, _W, _P, _I, _I, ctypes.c_char_p, _I]),
    "XInternAtom": (_W, [_P, ctypes.c_char_p, _I]),
    "XChangeProperty": (_I, [_P, _W, _W, _W, _I, _I, _P, _I]),
    "XQueryTree": (
        _I,
        [_P, _W, _ULONG_P, _ULONG_P, ctypes.POINTER(_ULONG_P), ctypes.POINTER(ctypes.c_uint)],
    ),
    "XGetWindowProperty": (
        _I,
        [
            _P,
            _W,
            _W,
            ctypes.c_long,
            ctypes.c_long,
            _I,
            _W,
            _ULONG_P,
            ctypes.POINTER(_I),
            _ULONG_P,
            _ULONG_P,
            ctypes.POINTER(_P),
        ],
    ),
    "XGetWindowAttributes": (_I, [_P, _W, _P]),
    "XFree": (_I, [_P]),
    "XSetErrorHandler": (_P, [_ERROR_HANDLER]),
}


class _XWindowAttributes(ctypes.Structure):
    _fields_ = [
        *[(n, ctypes.c_int) for n in ("x", "y", "width", "height", "border_width", "depth")],
        ("visual", ctypes.c_void_p),
        ("root", ctypes.c_ulong),
        *[(n, ctypes.c_int) for n in ("c_class", "bit_gravity", "win_gravity", "backing_store")],
        ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int),
        ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long),
        ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int),
        ("screen", ctypes.c_void_p),
    ]


class _X11Splash:
    """A plain Xlib window (libX11 through ctypes): the app's name and a progress bar.

    It stays up after the launcher becomes the app, in a detached process that closes it as
    soon as a window of the app's process is mapped (or the app exits, or after a minute).
    """

    WIDTH, HEIGHT = 420, 120

    def __init__(self, name: str) -> None:
        library = ctypes.util.find_library("X11")
        if library is None:
            raise LaunchError("no libX11")
        x = ctypes.CDLL(library)
        for function, (result, arguments) in _XLIB_SIGNATURES.items():
            getattr(x, function).restype = result
            getattr(x, function).argtypes = arguments
        self._x = x
        # Windows vanish while we look at them: Xlib's default handler would exit the process.
        self._on_error = _ERROR_HANDLER(lambda display, event: 0)
        x.XSetErrorHandler(self._on_error)
        display = x.XOpenDisplay(None)
        if not display:
            raise LaunchError("cannot open the display")
        self._display = display
        os.set_inheritable(x.XConnectionNumber(display), False)
        screen = x.XDefaultScreen(display)
        self._root = x.XRootWindow(display, screen)
        self._color = x.XDefaultDepth(display, screen) >= 24
        left = max(0, (x.XDisplayWidth(display, screen) - self.WIDTH) // 2)
        top = max(0, (x.XDisplayHeight(display, screen) - self.HEIGHT) // 2)
        self._window = x.XCreateSimpleWindow(
            display, self._root, left, top, self.WIDTH, self.HEIGHT, 1, 0x888888, 0xFFFFFF
        )
        x.XStoreName(display, self._window, f"Starting {name}".encode("utf-8", "replace"))
        self._set_atom_property("_NET_WM_WINDOW_TYPE", "_NET_WM_WINDOW_TYPE_SPLASH")
        pid = ctypes.c_ulong(os.getpid())
        net_wm_pid = x.XInternAtom(display, b"_NET_WM_PID", 0)
        x.XChangeProperty(
            display, self._window, net_wm_pid, _XA_CARDINAL, 32, 0, ctypes.byref(pid), 1
        )
        x.XMapRaised(display, self._window)
        self._gc = x.XCreateGC(display, self._window, 0, None)
        self._name = name
        self.draw(0.0)

    def _set_atom_property(self, prop: str, value: str) -> None:
        x, display = self._x, self._display
        atom = ctypes.c_ulong(x.XInternAtom(display, value.encode(), 0))
        x.XChangeProperty(
            display,
            self._window,
            x.XInternAtom(display, prop.encode(), 0),
            _XA_ATOM,
            32,
            0,
            ctypes.byref(atom),
            1,
        )

    def _pixel(self, rgb: int) -> int:
        if self._color:
            return rgb
        return 0 if rgb < 0x808080 else 0xFFFFFF

    def draw(self, fraction: float, status: str = "Unpacking for its first start…") -> None:
        x, d, w, gc = self._x, self._display, self._window, self._gc
        x.XSetForeground(d, gc, self._pixel(0xFFFFFF))
        x.XFillRectangle(d, w, gc, 0, 0, self.WIDTH, self.HEIGHT)
        x.XSetForeground(d, gc, self._pixel(0x262730))
        title = self._name.encode("latin-1", "replace")
        x.XDrawString(d, w, gc, 24, 36, title, len(title))
        text = status.replace("…", "...").encode("latin-1", "replace")
        x.XDrawString(d, w, gc, 24, 60, text, len(text))
        x.XSetForeground(d, gc, self._pixel(0xE6E9EF))
        x.XFillRectangle(d, w, gc, 24, 78, self.WIDTH - 48, 14)
        x.XSetForeground(d, gc, self._pixel(0xFF4B4B))
        x.XFillRectangle(d, w, gc, 24, 78, int((self.WIDTH - 48) * min(1.0, fraction)), 14)
        x.XFlush(d)

    def _app_window_shown(self, pid: int, window: int, depth: int = 0) -> bool:
        x, d = self._x, self._display
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children = ctypes.POINTER(ctypes.c_ulong)()
        count = ctypes.c_uint()
        if not x.XQueryTree(
            d,
            window,
            ctypes.byref(root),
            ctypes.byref(parent),
            ctypes.byref(children),
            ctypes.byref(count),
        ):
            return False
        found = False
        try:
            for i in range(count.value):
                child = children[i]
                if child != self._window and self._window_pid(child) == pid:
                    attributes = _XWindowAttributes()
                    shown = x.XGetWindowAttributes(d, child, ctypes.byref(attributes))
                    if shown and attributes.map_state == 2:  # IsViewable
                        found = True
                        break
                # A reparenting window manager puts the app's window inside its frame.
                if depth < 2 and self._app_window_shown(pid, child, depth + 1):
                    found = True
                    break
        finally:
            if children:
                x.XFree(children)
        return found

    def _window_pid(self, window: int) -> int:
        x, d = self._x, self._display
        kind, fmt = ctypes.c_ulong(), ctypes.c_int()
        items, after = ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.c_void_p()
        atom = x.XInternAtom(d, b"_NET_WM_PID", 1)
        if not atom:
            return -1
        status = x.XGetWindowProperty(
            d,
            window,
            atom,
            0,
            1,
            0,
            _XA_CARDINAL,
            ctypes.byref(kind),
            ctypes.byref(fmt),
            ctypes.byref(items),
            ctypes.byref(after),
            ctypes.byref(data),
        )
        if status != 0 or not data.value:
            return -1
        try:
            if items.value < 1 or fmt.value != 32:
                return -1
            return int(ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))[0])
        finally:
            x.XFree(data)

    def hand_over(self, app_pid: int, timeout: float = 60.0) -> None:
        """Keep the window in a detached process until the app shows its own (double fork)."""
        child = os.fork()
        if child:
            os.waitpid(child, 0)
            return
        try:
            if os.fork():
                os._exit(0)
            os.setsid()
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline and os.path.exists(f"/proc/{app_pid}"):
                if self._app_window_shown(app_pid, self._root):
                    break
                self.draw(1.0, "Starting…")
                time.sleep(0.1)
        finally:
            os._exit(0)


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
