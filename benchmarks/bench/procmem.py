"""Resident memory of a process and all its descendants, read from /proc (Linux only)."""

from __future__ import annotations

from pathlib import Path

PROC = Path("/proc")


def _children(pid: int) -> list[int]:
    """Direct children, from every thread's `children` file (needs no scan of /proc)."""
    found: list[int] = []
    tasks = PROC / str(pid) / "task"
    try:
        for task in tasks.iterdir():
            try:
                found.extend(int(c) for c in (task / "children").read_text().split())
            except OSError:
                continue
    except OSError:
        return []
    return found


def process_tree(pid: int) -> list[int]:
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo.extend(_children(current))
    return tree


def rss_bytes(pid: int) -> int:
    """VmRSS of one process in bytes; 0 when it has exited (a zombie has no memory)."""
    try:
        for line in (PROC / str(pid) / "status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        return 0
    return 0


def tree_rss_bytes(pid: int) -> int:
    """Sum of VmRSS over `pid` and its descendants (shared pages count once per process)."""
    if not (PROC / str(pid)).exists():
        raise ProcessLookupError(f"process {pid} is gone")
    return sum(rss_bytes(p) for p in process_tree(pid))
