"""The one-file launcher: unpack once per build, check the cache, clean up, become the app.

Runs packaging/launcher.py unfrozen on a fake executable (see conftest.py); the real frozen
launcher is covered by test_packaged_app.py.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest

from dataapp_desktop.build import resources

from .conftest import FakeOnefile, make_fake_onefile, run_launcher


def folder_of(fake: FakeOnefile, cache: Path) -> Path:
    return cache / f"Fake-App-{fake.sha256[:16]}"


def test_first_launch_unpacks_and_becomes_the_app_with_its_arguments_and_exit_code(
    fake_onefile: FakeOnefile, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    result = run_launcher(fake_onefile.exe, cache, "--flag", "two words")
    assert result.returncode == 7, result.stderr
    assert "args: --flag two words" in result.stdout
    assert f"launched as: {fake_onefile.exe}" in result.stdout
    assert "reset: 1" in result.stdout
    folder = folder_of(fake_onefile, cache)
    assert (folder / ".complete").is_file()
    assert (folder / "_internal" / "data" / "table.csv").read_text().startswith("a,b")
    assert (folder / "_internal" / "big.bin").read_bytes() == (
        fake_onefile.source / "_internal" / "big.bin"
    ).read_bytes()
    assert (folder / "_internal" / "empty").read_bytes() == b""
    assert os.readlink(folder / "_internal" / "link.csv") == "data/table.csv"
    assert os.access(folder / "Fake-App", os.X_OK)
    assert [p.name for p in cache.iterdir() if p.is_dir()] == [folder.name]


def test_exit_code_zero_is_kept(fake_onefile: FakeOnefile, tmp_path: Path) -> None:
    result = run_launcher(fake_onefile.exe, tmp_path / "cache", env={"FAKE_EXIT_CODE": "0"})
    assert result.returncode == 0


def test_a_repeat_launch_reuses_the_cache(fake_onefile: FakeOnefile, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    run_launcher(fake_onefile.exe, cache)
    marker = folder_of(fake_onefile, cache) / ".complete"
    before = marker.stat()
    assert run_launcher(fake_onefile.exe, cache).returncode == 7
    after = marker.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_a_tampered_file_is_unpacked_again(fake_onefile: FakeOnefile, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    run_launcher(fake_onefile.exe, cache)
    table = folder_of(fake_onefile, cache) / "_internal" / "data" / "table.csv"
    table.write_text("tampered")
    assert run_launcher(fake_onefile.exe, cache).returncode == 7
    assert table.read_text().startswith("a,b")


def test_a_missing_file_is_unpacked_again(fake_onefile: FakeOnefile, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    run_launcher(fake_onefile.exe, cache)
    big = folder_of(fake_onefile, cache) / "_internal" / "big.bin"
    big.unlink()
    assert run_launcher(fake_onefile.exe, cache).returncode == 7
    assert big.stat().st_size == 17_000_000


def test_a_partial_unpacking_without_marker_is_replaced(
    fake_onefile: FakeOnefile, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    folder = folder_of(fake_onefile, cache)
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "half-written.so").write_bytes(b"\0" * 100)
    leftover = cache / ".tmp-Fake-App-0123456789ab"
    leftover.mkdir()
    assert run_launcher(fake_onefile.exe, cache).returncode == 7
    assert (folder / ".complete").is_file()
    assert not (folder / "_internal" / "half-written.so").exists()
    assert not leftover.exists()
    assert not [p for p in cache.iterdir() if p.name.startswith((".tmp-", ".trash-"))]


def test_other_builds_are_removed_unless_running(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    old = make_fake_onefile(tmp_path / "old", tag="old")
    new = make_fake_onefile(tmp_path / "new", tag="new")
    other_app = make_fake_onefile(tmp_path / "other", key="Other-App")
    for fake in (old, other_app):
        assert run_launcher(fake.exe, cache).returncode == 7
    old_folder = folder_of(old, cache)

    # An old build that is still running keeps its folder (it holds the in-use lock).
    with open(old_folder / ".inuse", "rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_SH)
        assert run_launcher(new.exe, cache).returncode == 7
        assert old_folder.is_dir()
    # Once it has exited, the next launch removes it; another app's folder is never touched.
    assert run_launcher(new.exe, cache).returncode == 7
    assert not old_folder.exists()
    assert folder_of(new, cache).is_dir()
    assert (cache / f"Other-App-{other_app.sha256[:16]}").is_dir()


def test_a_damaged_payload_fails_clearly_and_leaves_nothing(
    fake_onefile: FakeOnefile, tmp_path: Path
) -> None:
    section = resources.launcher_module("launcher_elf").section_map(fake_onefile.exe)[
        "dataapp_payload"
    ]
    data = bytearray(fake_onefile.exe.read_bytes())
    data[section.offset + section.size - 100] ^= 0xFF
    fake_onefile.exe.write_bytes(bytes(data))
    cache = tmp_path / "cache"
    result = run_launcher(fake_onefile.exe, cache)
    assert result.returncode == 1
    assert "damaged" in result.stderr
    assert [p.name for p in cache.iterdir() if p.is_dir()] == []


def test_an_executable_without_payload_says_so(tmp_path: Path) -> None:
    result = run_launcher(Path("/bin/true"), tmp_path / "cache")
    assert result.returncode == 1
    assert "carries no app" in result.stderr


def test_two_launches_at_once_unpack_once(fake_onefile: FakeOnefile, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    environment = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "DATAAPP_LAUNCHER_EXE": str(fake_onefile.exe),
        "DATAAPP_APP_CACHE": str(cache),
        "DATAAPP_LAUNCHER_NO_SPLASH": "1",
    }
    command = [sys.executable, str(resources.launcher_script())]
    first = subprocess.Popen(command, env=environment, stdout=subprocess.PIPE, text=True)
    second = subprocess.Popen(command, env=environment, stdout=subprocess.PIPE, text=True)
    assert (first.wait(60), second.wait(60)) == (7, 7)
    assert [p.name for p in cache.iterdir() if p.is_dir()] == [folder_of(fake_onefile, cache).name]


def test_no_disk_space_is_said_before_unpacking(
    fake_onefile: FakeOnefile,
    tmp_path: Path,
    launcher_payload: ModuleType,
    launcher_unpack: ModuleType,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    found = launcher_payload.Payload.find(fake_onefile.exe)
    huge = launcher_payload.Payload(
        found.path,
        launcher_payload.PayloadMeta(**{**found.meta.__dict__, "unpacked_bytes": 1 << 60}),
        found.section,
    )
    (tmp_path / "cache").mkdir()
    with pytest.raises(launcher_payload.LaunchError, match="not enough free disk space"):
        launcher_unpack.unpack_into_place(huge, tmp_path / "cache")
    assert list((tmp_path / "cache").iterdir()) == []


def test_the_app_gets_the_users_environment_back(launcher: ModuleType) -> None:
    env = launcher.app_environment(
        {
            "LD_LIBRARY_PATH": "/tmp/_MEI123",
            "LD_LIBRARY_PATH_ORIG": "/opt/lib",
            "_PYI_APPLICATION_HOME_DIR": "/tmp/_MEI123",
            "_PYI_PARENT_PROCESS_LEVEL": "1",
            "_MEIPASS2": "/tmp/_MEI123",
            "HOME": "/home/a",
        },
        Path("/home/a/App"),
        True,
    )
    assert env == {
        "LD_LIBRARY_PATH": "/opt/lib",
        "HOME": "/home/a",
        "PYINSTALLER_RESET_ENVIRONMENT": "1",
        "DATAAPP_LAUNCHED_AS": "/home/a/App",
    }
    frozen_without_original = launcher.app_environment(
        {"LD_LIBRARY_PATH": "/tmp/_MEI123"}, Path("/a"), True
    )
    assert "LD_LIBRARY_PATH" not in frozen_without_original


def test_unsafe_paths_in_a_payload_are_refused(
    launcher_payload: ModuleType, launcher_unpack: ModuleType
) -> None:
    for name in ("/etc/passwd", "../outside", "a/../../b", ""):
        with pytest.raises(launcher_payload.LaunchError, match="unsafe path"):
            launcher_unpack._safe_relative(name)
    assert launcher_unpack._safe_relative("_internal/lib.so") == "_internal/lib.so"


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def test_the_app_ends_when_the_process_waiting_for_it_is_killed(
    fake_onefile: FakeOnefile, tmp_path: Path
) -> None:
    """No orphan: the bootloader's parent process being killed (-9) ends the app too."""
    environment = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "DATAAPP_LAUNCHER_EXE": str(fake_onefile.exe),
        "DATAAPP_APP_CACHE": str(tmp_path / "cache"),
        "DATAAPP_LAUNCHER_NO_SPLASH": "1",
        "FAKE_SLEEP": "60",
    }
    waiter = (
        "import subprocess, sys\n"
        f"child = subprocess.Popen([sys.executable, {str(resources.launcher_script())!r}])\n"
        "print(child.pid, flush=True)\n"
        "child.wait()\n"
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", waiter], env=environment, stdout=subprocess.PIPE, text=True
    )
    assert parent.stdout is not None
    app_pid = int(parent.stdout.readline())
    assert parent.stdout.readline().startswith("args:")  # the app runs (it became `sleep`)
    os.kill(parent.pid, 9)
    parent.wait()
    deadline = time.monotonic() + 10
    while _alive(app_pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(app_pid)


def test_an_unwritable_cache_falls_back_to_a_private_temporary_folder(
    fake_onefile: FakeOnefile, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    result = subprocess.run(
        [sys.executable, str(resources.launcher_script())],
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "TMPDIR": str(temporary),
            "XDG_CACHE_HOME": str(blocker),
            "DATAAPP_LAUNCHER_EXE": str(fake_onefile.exe),
            "DATAAPP_LAUNCHER_NO_SPLASH": "1",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 7, result.stderr
    assert "cannot write" in result.stderr
    fallback = temporary / f"dataapp-desktop-{os.getuid()}" / "apps"
    assert (fallback / f"Fake-App-{fake_onefile.sha256[:16]}" / ".complete").is_file()
