"""Run a command with some system libraries hidden, in a private mount namespace (root only).

The folder that holds the libraries is replaced, for that command only, by a folder of
symbolic links to everything else in it: the loader then finds no file by those names, as on a
machine where their packages are not installed. Nothing outside the namespace changes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

# $1: an empty work folder; $2: the libraries' folder; then their names; "--"; the command.
_SCRIPT = r"""
set -e
work=$1; folder=$2; shift 2
mkdir "$work/real" "$work/shadow"
mount --bind "$folder" "$work/real"
hidden=""
while [ "$1" != "--" ]; do hidden="$hidden $1"; shift; done; shift
for path in "$work/real"/*; do
  name=${path##*/}; keep=1
  for h in $hidden; do case "$name" in "$h"|"$h".*) keep=0;; esac; done
  [ $keep = 0 ] || ln -s "$path" "$work/shadow/$name"
done
mount --bind "$work/shadow" "$folder"
exec "$@"
"""


def cannot_hide_libraries() -> str | None:
    """Why libraries cannot be hidden here, or None."""
    if shutil.which("unshare") is None:
        return "unshare is not installed (util-linux)"
    if os.geteuid() != 0:
        return "hiding libraries needs a mount namespace (run as root)"
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    if probe.returncode != 0:
        return f"unshare -m fails here: {probe.stderr.decode(errors='replace').strip()}"
    return None


def library_folder(soname: str) -> Path:
    """The real folder the loader finds `soname` in on this machine."""
    output = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    for line in output.splitlines():
        if line.strip().startswith(soname + " "):
            return Path(line.rsplit("=>", 1)[1].strip()).resolve().parent
    raise AssertionError(f"{soname} is not installed here")


def with_hidden_libraries(sonames: Sequence[str], command: Sequence[str], work: Path) -> list[str]:
    """`command`, run with `sonames` (all in one folder) hidden; `work` must not exist yet."""
    folders = {library_folder(name) for name in sonames}
    assert len(folders) == 1, folders
    work.mkdir()
    return [
        *("unshare", "-m", "sh", "-c", _SCRIPT, "sh", str(work), str(folders.pop())),
        *sonames,
        "--",
        *command,
    ]
