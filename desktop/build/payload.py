"""Compress a one-folder app into the payload the launcher unpacks (format 1).

    MAGIC (8 bytes) | index length (4 bytes, little-endian) | index (JSON) | compressed chunks

The index lists every folder, symbolic link and file (relative POSIX path, mode, size) and, for
each file, its chunks: (offset after the index, compressed length, uncompressed length, CRC-32
of the uncompressed bytes). A file larger than CHUNK_SIZE is split into independent chunks so
that unpacking runs on every core even when one library is half of the app; ELF files are
compressed with the x86 branch filter in front of LZMA2, which makes machine code smaller.
Compression runs on a thread pool (zlib and lzma release the GIL). Main thread calls `write`.
"""

from __future__ import annotations

import hashlib
import json
import lzma
import os
import stat
import struct
import zlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

MAGIC = b"DAPAYLD1"
FORMAT = 1
CHUNK_SIZE = 16 * 1024 * 1024
COMPRESSIONS = ("deflate", "lzma")
_LZMA_PRESET = 6


@dataclass(frozen=True)
class PayloadStats:
    sha256: str
    size: int
    unpacked_bytes: int
    files: int


def _is_elf(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(4) == b"\x7fELF"


def compress_chunk(data: bytes, compression: str, elf: bool) -> bytes:
    if compression == "deflate":
        compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
        return compressor.compress(data) + compressor.flush()
    filters: list[dict[str, int]] = [{"id": lzma.FILTER_LZMA2, "preset": _LZMA_PRESET}]
    if elf:
        filters.insert(0, {"id": lzma.FILTER_X86})
    return lzma.compress(data, format=lzma.FORMAT_XZ, check=lzma.CHECK_NONE, filters=filters)


def _entries(folder: Path) -> list[tuple[str, Path, os.stat_result]]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in [*dirs, *sorted(files)]:
            path = Path(root, name)
            found.append((path.relative_to(folder).as_posix(), path, path.lstat()))
    return found


def write(
    folder: Path,
    out: Path,
    compression: str,
    *,
    workers: int = 0,
    progress: Callable[[int, int], None] | None = None,
) -> PayloadStats:
    """Compress `folder` into the payload file `out`."""
    if compression not in COMPRESSIONS:
        raise ValueError(f"unknown compression {compression!r}")
    entries = _entries(folder)
    index: list[dict[str, object]] = []
    jobs: list[tuple[int, Path, int, int, bool]] = []  # (entry, path, start, length, elf)
    unpacked = 0
    for rel, path, info in entries:
        mode = stat.S_IMODE(info.st_mode)
        if stat.S_ISLNK(info.st_mode):
            index.append({"path": rel, "kind": "link", "target": os.readlink(path)})
        elif stat.S_ISDIR(info.st_mode):
            index.append({"path": rel, "kind": "dir", "mode": mode})
        elif stat.S_ISREG(info.st_mode):
            elf = _is_elf(path)
            index.append(
                {"path": rel, "kind": "file", "mode": mode, "size": info.st_size, "chunks": []}
            )
            for start in range(0, max(info.st_size, 1), CHUNK_SIZE):
                jobs.append(
                    (len(index) - 1, path, start, min(CHUNK_SIZE, info.st_size - start), elf)
                )
            unpacked += info.st_size
    total = sum(job[3] for job in jobs) or 1
    done = 0

    def run(job: tuple[int, Path, int, int, bool]) -> tuple[bytes, int]:
        _, path, start, length, elf = job
        with open(path, "rb") as f:
            f.seek(start)
            data = f.read(length)
        return compress_chunk(data, compression, elf), zlib.crc32(data)

    blobs_path = out.with_name(out.name + ".chunks")
    offset = 0
    with (
        ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 1) as pool,
        open(blobs_path, "wb") as blobs,
    ):
        for job, (blob, crc) in zip(jobs, pool.map(run, jobs), strict=True):
            blobs.write(blob)
            chunks = index[job[0]]["chunks"]
            assert isinstance(chunks, list)
            chunks.append([offset, len(blob), job[3], crc])
            offset += len(blob)
            done += job[3]
            if progress is not None:
                progress(done, total)
    header = json.dumps(
        {"format": FORMAT, "compression": compression, "entries": index}, separators=(",", ":")
    ).encode()
    digest = hashlib.sha256()
    with open(out, "wb") as target, open(blobs_path, "rb") as chunks_file:
        for part in (MAGIC, struct.pack("<I", len(header)), header):
            target.write(part)
            digest.update(part)
        while chunk := chunks_file.read(4 * 1024 * 1024):
            target.write(chunk)
            digest.update(chunk)
    blobs_path.unlink()
    files = sum(1 for entry in index if entry["kind"] == "file")
    return PayloadStats(digest.hexdigest(), out.stat().st_size, unpacked, files)
