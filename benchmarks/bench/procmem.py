"""Resident memory of a process and all its descendants, read from /proc (Linux only)."""

from __future__ import annotations

from collections.abc import Callable
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


def _status_bytes(pid: int, field: str) -> int:
    """A `Vm…:` line of one process's status in bytes; 0 when it has exited (a zombie has
    no memory)."""
    try:
        for line in (PROC / str(pid) / "status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    except OSError:
        return 0
    return 0


def rss_bytes(pid: int) -> int:
    """VmRSS of one process in bytes: its resident memory now."""
    return _status_bytes(pid, "VmRSS")


def peak_bytes(pid: int) -> int:
    """VmHWM of one process in bytes: the most resident memory it ever had."""
    return _status_bytes(pid, "VmHWM")


def _tree_sum(pid: int, of: Callable[[int], int]) -> int:
    if not (PROC / str(pid)).exists():
        raise ProcessLookupError(f"process {pid} is gone")
    return sum(of(p) for p in process_tree(pid))


def tree_rss_bytes(pid: int) -> int:
    """Sum of VmRSS over `pid` and its descendants (shared pages count once per process)."""
    return _tree_sum(pid, rss_bytes)


def tree_peak_bytes(pid: int) -> int:
    """Sum of VmHWM over `pid` and its live descendants. Each process's own peak, so an upper
    bound of the tree's peak when there are several (their peaks need not coincide)."""
    return _tree_sum(pid, peak_bytes)
