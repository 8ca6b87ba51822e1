"""Unpacking: the payload's files into a new folder of the cache, every chunk checked.

`unpack_into_place` unpacks into `.tmp-…` beside the final folder, writes `.complete` last and
renames the folder into place, so a folder under its final name is always whole. Standard
library only. Called on the launcher's main thread with the app lock held; the chunks are
decompressed on worker threads, joined before it returns, which call `progress`.
"""

from __future__ import annotations

import errno
import lzma
import os
import shutil
import threading
import zlib
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any

from launcher_cache import IN_USE_FILE, Record, discard
from launcher_payload import LaunchError, Payload

# Room asked of the disk beyond the unpacked size.
SPACE_MARGIN = 32 * 1024 * 1024

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
                    # Under the lock: two workers must never draw on the splash window at once.
                    if progress is not None:
                        progress(state["done"], total)

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
            discard(final)
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
