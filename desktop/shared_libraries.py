"""Which shared libraries an ELF file needs that the dynamic loader would not find (Linux).

Qt aborts the whole process when its platform plugin cannot be loaded, so the host looks
before Qt does: `missing_libraries(plugin)` follows the plugin's `DT_NEEDED` entries
recursively and searches for each the way glibc's loader does (`DT_RPATH`, `LD_LIBRARY_PATH`,
`DT_RUNPATH`, the folders of `/etc/ld.so.conf`, the default folders), accepting only ELF files of
the same class and machine; a library this process has loaded already counts as found, as the
loader reuses it by its soname. Nothing is loaded or run. Pure functions; any thread.

packaging/launcher_elf.py is the build's and the launcher's ELF reader (section headers,
DT_NEEDED); this one runs inside the app, where packaging/ is not shipped, and needs what the
loader reads (program headers, RUNPATH, SONAME).
"""

from __future__ import annotations

import glob
import mmap
import os
import struct
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

_ELF_MAGIC = b"\x7fELF"
_PT_LOAD, _PT_DYNAMIC = 1, 2
_DT_NULL, _DT_NEEDED, _DT_STRTAB, _DT_SONAME, _DT_RPATH, _DT_RUNPATH = 0, 1, 5, 14, 15, 29
_DEFAULT_DIRS = ("/lib64", "/usr/lib64", "/lib", "/usr/lib")
_LD_SO_CONF = "/etc/ld.so.conf"


@dataclass(frozen=True)
class ElfFile:
    """What the loader reads from a shared object: its kind and what it needs."""

    path: str
    kind: tuple[int, int, int]  # (class, byte order, machine): a dependency must match it
    needed: tuple[str, ...]
    rpath: tuple[str, ...]
    runpath: tuple[str, ...]
    soname: str = ""


@dataclass(frozen=True)
class MissingLibrary:
    """A library (its soname) the loader would not find, and the file that needs it."""

    soname: str
    needed_by: str


def read_elf(path: str) -> ElfFile | None:
    """The file's dynamic section, or None when it is not a readable ELF file."""
    try:
        with open(path, "rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as data:
            # Mapped, not read: QtWebEngineCore alone is some 200 MB, of which a few KB are read.
            return _parse(path, data)
    except (OSError, ValueError):  # missing, unreadable, empty or not a regular file
        return None


def _parse(path: str, data: mmap.mmap) -> ElfFile | None:
    if len(data) < 64 or data[:4] != _ELF_MAGIC or data[4] not in (1, 2) or data[5] not in (1, 2):
        return None
    is64, order = data[4] == 2, "<" if data[5] == 1 else ">"
    try:
        machine = struct.unpack_from(order + "H", data, 18)[0]
        if is64:
            phoff, phentsize, phnum = (
                _unpack(data, order + "Q", 32),
                *struct.unpack_from(order + "HH", data, 54),
            )
        else:
            phoff, phentsize, phnum = (
                _unpack(data, order + "I", 28),
                *struct.unpack_from(order + "HH", data, 42),
            )
        loads: list[tuple[int, int, int]] = []  # (vaddr, offset, filesz)
        dynamic: tuple[int, int] | None = None
        for index in range(phnum):
            at = phoff + index * phentsize
            if is64:
                kind, _, offset, vaddr, _, filesz = struct.unpack_from(order + "IIQQQQ", data, at)
            else:
                kind, offset, vaddr, _, filesz = struct.unpack_from(order + "IIIII", data, at)
            if kind == _PT_LOAD:
                loads.append((vaddr, offset, filesz))
            elif kind == _PT_DYNAMIC:
                dynamic = (offset, filesz)
        if dynamic is None:
            return ElfFile(path, (data[4], data[5], machine), (), (), ())
        entry = struct.Struct(order + ("qQ" if is64 else "iI"))
        entries: list[tuple[int, int]] = []
        for at in range(dynamic[0], dynamic[0] + dynamic[1], entry.size):
            tag, value = entry.unpack_from(data, at)
            if tag == _DT_NULL:
                break
            entries.append((tag, value))
        strtab = next(_file_offset(loads, v) for t, v in entries if t == _DT_STRTAB)
    except (struct.error, StopIteration, ValueError):
        return None

    def strings(tag: int) -> list[str]:
        found = []
        for t, value in entries:
            if t == tag:
                end = data.find(b"\0", strtab + value)
                found.append(data[strtab + value : end].decode("utf-8", "surrogateescape"))
        return found

    return ElfFile(
        path,
        (data[4], data[5], machine),
        tuple(strings(_DT_NEEDED)),
        tuple(p for s in strings(_DT_RPATH) for p in s.split(":") if p),
        tuple(p for s in strings(_DT_RUNPATH) for p in s.split(":") if p),
        next(iter(strings(_DT_SONAME)), ""),
    )


def _unpack(data: mmap.mmap, fmt: str, at: int) -> int:
    value: int = struct.unpack_from(fmt, data, at)[0]
    return value


def _file_offset(loads: Sequence[tuple[int, int, int]], address: int) -> int:
    for vaddr, offset, filesz in loads:
        if vaddr <= address < vaddr + filesz:
            return offset + address - vaddr
    raise ValueError(f"address {address:#x} is in no loaded segment")


def system_dirs() -> list[str]:
    """The folders the loader searches after the object's own paths: ld.so.conf's, then defaults."""
    found: list[str] = []
    _read_ld_so_conf(_LD_SO_CONF, found, depth=0)
    return [*found, *(d for d in _DEFAULT_DIRS if d not in found)]


def _read_ld_so_conf(path: str, found: list[str], depth: int) -> None:
    try:
        lines = Path(path).read_text(errors="replace").splitlines()
    except OSError:
        return
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("include") and depth < 5:
            for pattern in line.split()[1:]:
                if not os.path.isabs(pattern):
                    pattern = os.path.join(os.path.dirname(path), pattern)
                for included in sorted(glob.glob(pattern)):
                    _read_ld_so_conf(included, found, depth + 1)
        elif line.startswith("/") and line not in found:
            found.append(line)


def missing_libraries(
    path: str | Path,
    *,
    library_path: Sequence[str] | None = None,
    search_dirs: Sequence[str] | None = None,
    loaded: Collection[str] | None = None,
) -> list[MissingLibrary]:
    """The libraries `path` needs, directly or through its dependencies, that cannot be found.

    `library_path` stands for LD_LIBRARY_PATH, `search_dirs` for the system folders and
    `loaded` for the sonames this process has loaded already, which the loader reuses without
    searching (all read from this process when None). An unreadable `path` itself is reported
    as missing.
    """
    if library_path is None:
        library_path = [p for p in os.environ.get("LD_LIBRARY_PATH", "").split(":") if p]
    if search_dirs is None:
        search_dirs = system_dirs()
    if loaded is None:
        loaded = loaded_sonames()
    top = read_elf(str(path))
    if top is None:
        return [MissingLibrary(os.path.basename(path), "(the loader)")]
    missing: list[MissingLibrary] = []
    # Loaded libraries' own needs were met when they were loaded.
    resolved: set[str] = set(loaded)
    todo = [top]
    while todo:
        elf = todo.pop()
        for soname in elf.needed:
            if soname in resolved:
                continue
            resolved.add(soname)
            found = _find(soname, elf, library_path, search_dirs)
            if found is None:
                missing.append(MissingLibrary(soname, os.path.basename(elf.path)))
            else:
                todo.append(found)
    return missing


def loaded_sonames() -> set[str]:
    """The sonames (and file names) of the shared objects mapped into this process (Linux)."""
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            fields = (line.split(None, 5) for line in maps)
            files = {f[5].strip() for f in fields if len(f) == 6}
    except OSError:
        return set()
    names: set[str] = set()
    for file in files:
        if not file.startswith("/") or ".so" not in os.path.basename(file):
            continue
        names.add(os.path.basename(file))
        elf = read_elf(file)
        if elf is not None and elf.soname:
            names.add(elf.soname)
    return names


def _find(
    soname: str, needer: ElfFile, library_path: Sequence[str], search_dirs: Sequence[str]
) -> ElfFile | None:
    if "/" in soname:
        candidates: list[str] = [soname]
    else:
        origin = os.path.dirname(os.path.abspath(needer.path))
        own_first = [] if needer.runpath else list(needer.rpath)
        folders = [*own_first, *library_path, *needer.runpath, *search_dirs]
        candidates = [
            os.path.join(folder.replace("$ORIGIN", origin).replace("${ORIGIN}", origin), soname)
            for folder in folders
        ]
    for candidate in candidates:
        elf = read_elf(candidate)
        if elf is not None and elf.kind == needer.kind:
            return elf
    return None
