"""What a one-file executable carries: the app's payload and its description, as two ELF sections.

`dataapp-desktop build` adds the app's one-folder build to the frozen launcher as the section
`dataapp_payload`, described by the JSON in `dataapp_meta` (`PayloadMeta`, which the build also
uses to write it). Here: find both, and read the payload's index. Also `LaunchError`, which
every launcher module raises. Standard library only. Immutable data; any thread.
"""

from __future__ import annotations

import json
import os
import struct
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from launcher_elf import NotElf, Section, section_map

PAYLOAD_SECTION = "dataapp_payload"
META_SECTION = "dataapp_meta"
PAYLOAD_MAGIC = b"DAPAYLD1"
PAYLOAD_FORMAT = 1


class LaunchError(Exception):
    """The app cannot be started; the message says why and what to do."""


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
            sections = section_map(executable)
        except NotElf as error:
            raise LaunchError(f"{executable} is not an ELF executable") from error
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
