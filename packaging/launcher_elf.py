"""The one ELF reader: section headers and DT_NEEDED entries (no program is loaded, no tool run).

The launcher finds the payload it carries with it; the build checks the sections of a one-file
executable it made and finds the libraries a bundled binary needs. It lives here, among the
launcher's modules, because the frozen launcher may import only the standard library and what
is frozen with it; the build loads this file through `dataapp_desktop.build.resources`.
Standard library only. Pure functions; any thread.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

SHT_DYNAMIC = 6
DT_NEEDED = 1


class NotElf(ValueError):
    """The file is not an ELF file."""


@dataclass(frozen=True)
class Section:
    name: str
    type: int
    offset: int
    size: int
    link: int


def read_sections(path: Path) -> list[Section]:
    """The file's sections in header order (index = position in the list)."""
    with open(path, "rb") as f:
        ident = f.read(16)
        if len(ident) < 16 or ident[:4] != b"\x7fELF":
            raise NotElf(f"{path} is not an ELF file")
        is64, end = ident[4] == 2, "<" if ident[5] == 1 else ">"
        if is64:
            header = struct.unpack(end + "HHIQQQIHHHHHH", f.read(48))
            entry_format = end + "IIQQQQIIQQ"
        else:
            header = struct.unpack(end + "HHIIIIIHHHHHH", f.read(36))
            entry_format = end + "IIIIIIIIII"
        table, entry_size, count, names_index = header[5], header[10], header[11], header[12]
        if table == 0:
            return []

        def entry(index: int) -> tuple[int, ...]:
            f.seek(table + index * entry_size)
            return struct.unpack(entry_format, f.read(struct.calcsize(entry_format)))

        first = entry(0)
        if count == 0:  # more than 0xff00 sections: the count is in section 0
            count = first[5]
        if names_index == 0xFFFF:
            names_index = first[6]
        raw = [entry(i) for i in range(count)]
        f.seek(raw[names_index][4])
        names = f.read(raw[names_index][5])
    return [
        Section(
            names[v[0] : names.find(b"\0", v[0])].decode("utf-8", "replace"), v[1], v[4], v[5], v[6]
        )
        for v in raw
    ]


def section_map(path: Path) -> dict[str, Section]:
    """The file's sections by name (of two with one name, the later one)."""
    return {section.name: section for section in read_sections(path)}


def needed_libraries(path: Path) -> list[str]:
    """DT_NEEDED entries of an ELF file (empty for anything else)."""
    try:
        sections = read_sections(path)
    except (NotElf, OSError, struct.error):
        return []
    dynamic = next((s for s in sections if s.type == SHT_DYNAMIC), None)
    if dynamic is None or dynamic.link >= len(sections):
        return []
    strings = sections[dynamic.link]
    with open(path, "rb") as f:
        ident = f.read(6)
        is64, end = ident[4] == 2, "<" if ident[5] == 1 else ">"
        f.seek(dynamic.offset)
        table = f.read(dynamic.size)
        f.seek(strings.offset)
        names = f.read(strings.size)
    pair = struct.Struct(end + ("qQ" if is64 else "iI"))
    needed = []
    for tag, value in pair.iter_unpack(table[: len(table) - len(table) % pair.size]):
        if tag == 0:
            break
        if tag == DT_NEEDED:
            needed.append(names[value : names.find(b"\0", value)].decode())
    return needed
