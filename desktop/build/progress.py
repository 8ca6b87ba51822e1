"""Run PyInstaller in a child process and turn its log into one readable progress line.

The whole log goes to a file; the terminal shows the current phase, the elapsed time and the
hook or module being processed, rewritten in place on a terminal (one line per phase
otherwise). On failure: the log's last lines, and what most likely went wrong.
Called on the main thread; a reader thread pumps the child's output.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

# PyInstaller's log line: "<ms> <LEVEL>: <message>".
_LOG_LINE = re.compile(r"^\d+\s+(DEBUG|INFO|WARNING|ERROR|CRITICAL):\s+(.*)$")

# (start of a log message → the phase it begins), in the order PyInstaller goes through them.
PHASES: tuple[tuple[str, str], ...] = (
    ("PyInstaller:", "starting"),
    ("Module search paths", "starting"),
    ("Analyzing modules for base_library.zip", "analysing the standard library"),
    ("Running Analysis", "analysing imports"),
    ("Analyzing ", "analysing imports"),
    ("Processing module hooks", "running hooks"),
    ("Performing binary vs. data reclassification", "sorting files"),
    ("Looking for dynamic libraries", "finding shared libraries"),
    ("Looking for eggs", "finding shared libraries"),
    ("Building PYZ", "compressing Python modules"),
    ("Building PKG", "packing the archive"),
    ("Building EXE", "building the executable"),
    ("Building COLLECT", "copying files into the app folder"),
    ("Building BUNDLE", "making the .app bundle"),
    ("Build complete", "done"),
)
# What is being worked on, for the end of the line.
_DETAIL = re.compile(
    r"(?:Loading module hook '(?P<hook>[^']+)'|Processing (?:standard )?module hook '(?P<hook2>[^']+)'"
    r"|Analyzing (?:hidden import )?'?(?P<module>[\w./-]+)'?)"
)


@dataclass(frozen=True)
class Diagnosis:
    """A failure's likely cause, in words, with what to do."""

    pattern: re.Pattern[str]
    advice: str


DIAGNOSES: tuple[Diagnosis, ...] = (
    Diagnosis(
        re.compile(r"objcopy.*(not found|No such file)|No such file or directory: 'objcopy'", re.I),
        "objcopy is missing: PyInstaller needs binutils on Linux (Debian/Ubuntu: "
        "sudo apt install binutils).",
    ),
    Diagnosis(
        re.compile(r"No space left on device|ENOSPC|Disk quota exceeded"),
        "The disk is full. The build needs about 2 GB free in its work and dist folders "
        "(see --work and --dist).",
    ),
    Diagnosis(
        re.compile(r"(ModuleNotFoundError|ImportError): (.*)"),
        "A module could not be imported while building. Install the app's dependencies into "
        "the Python environment that runs the build, and check the app runs with "
        "`dataapp-desktop app.py` first.",
    ),
    Diagnosis(
        re.compile(r"SyntaxError"),
        "A Python file has a syntax error (see the file and line in the log above).",
    ),
    Diagnosis(
        re.compile(r"PermissionError|Permission denied"),
        "A file could not be written or read: check the permissions of the work and dist "
        "folders, and that the app is not running from the dist folder.",
    ),
    Diagnosis(
        re.compile(r"(ldd|readelf).*(not found|No such file)", re.I),
        "ldd or readelf is missing: install binutils and libc-bin.",
    ),
    Diagnosis(
        re.compile(r"MemoryError|Killed"),
        "The build ran out of memory; close other programs or build on a larger machine.",
    ),
)


def diagnose(log_lines: Sequence[str]) -> list[str]:
    found: list[str] = []
    text = "\n".join(log_lines)
    for diagnosis in DIAGNOSES:
        if diagnosis.pattern.search(text) and diagnosis.advice not in found:
            found.append(diagnosis.advice)
    return found


class BuildFailed(Exception):
    """PyInstaller failed; the message holds the log's end and the likely cause."""


@dataclass
class ProgressLine:
    """The one line the user watches. `update` is called with each PyInstaller log message."""

    out: TextIO
    started: float
    label: str = "PyInstaller"
    phase: str = "starting"
    detail: str = ""
    warnings: int = 0
    _interactive: bool = False
    _last_draw: float = 0.0
    _printed_phase: str = ""
    _rank: int = 0

    def __post_init__(self) -> None:
        self._interactive = self.out.isatty()

    def update(self, message: str, level: str) -> None:
        for rank, (prefix, phase) in enumerate(PHASES):
            if message.startswith(prefix):
                # PyInstaller analyses again after its hooks: the line never goes backwards.
                if rank >= self._rank:
                    self._rank, self.phase, self.detail = rank, phase, ""
                break
        match = _DETAIL.search(message)
        if match:
            self.detail = next(v for v in match.groupdict().values() if v)
        if level in ("WARNING", "ERROR"):
            self.warnings += 1
        self.draw()

    def draw(self, force: bool = False) -> None:
        now = time.monotonic()
        elapsed = int(now - self.started)
        if self._interactive:
            if not force and now - self._last_draw < 0.1:
                return
            self._last_draw = now
            width = shutil.get_terminal_size((100, 20)).columns - 1
            text = f"  [{elapsed // 60:d}:{elapsed % 60:02d}] {self.label}: {self.phase}"
            if self.detail:
                text += f" — {self.detail}"
            self.out.write("\r" + text[:width].ljust(width))
            self.out.flush()
        elif self.phase != self._printed_phase:
            self._printed_phase = self.phase
            self.out.write(f"  [{elapsed // 60:d}:{elapsed % 60:02d}] {self.label}: {self.phase}\n")
            self.out.flush()

    def finish(self) -> None:
        if self._interactive:
            self.out.write("\r" + " " * (shutil.get_terminal_size((100, 20)).columns - 1) + "\r")
            self.out.flush()


def run_logged(
    command: list[str],
    log_path: Path,
    *,
    label: str,
    out: TextIO = sys.stdout,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    on_message: Callable[[str], None] | None = None,
) -> None:
    """Run `command`, log everything to `log_path`, show progress; raise BuildFailed on failure."""
    started = time.monotonic()
    line = ProgressLine(out, started, label=label)
    line.draw(force=True)
    log_path.parent.mkdir(parents=True, exist_ok=True)
    tail: list[str] = []
    with open(log_path, "w", encoding="utf-8") as log:
        try:
            process = subprocess.Popen(
                command,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                text=True,
                errors="replace",
                env=env,
                cwd=cwd,
            )
        except OSError as error:
            raise BuildFailed(f"cannot run {command[0]}: {error.strerror}") from error
        assert process.stdout is not None
        ticker = threading.Event()

        def tick() -> None:
            while not ticker.wait(1.0):
                line.draw(force=True)

        clock = threading.Thread(target=tick, name="build-progress", daemon=True)
        clock.start()
        try:
            for raw in process.stdout:
                log.write(raw)
                text = raw.rstrip("\n")
                tail.append(text)
                del tail[:-400]
                match = _LOG_LINE.match(text)
                if match:
                    line.update(match.group(2), match.group(1))
                    if on_message is not None:
                        on_message(match.group(2))
            code = process.wait()
        except KeyboardInterrupt:
            process.terminate()
            process.wait()
            raise
        finally:
            ticker.set()
            clock.join()
            line.finish()
    if code != 0:
        advice = diagnose(tail)
        shown = "\n".join(f"    {t}" for t in tail[-25:])
        because = "\n".join(f"  likely cause: {a}" for a in advice) or (
            "  likely cause: see the error above."
        )
        raise BuildFailed(
            f"{label} failed (exit code {code}). The end of its log ({log_path}):\n"
            f"{shown}\n{because}"
        )
    elapsed = time.monotonic() - started
    out.write(f"  {label}: done in {elapsed:.0f}s (log: {_short(log_path)})\n")
    out.flush()


def _short(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)
