"""st.cache_data(persist="disk"): entries that outlive the process, beside the saved state.

Each launch is a separate `python` process running the app through the real Runtime
(disk_cache_launch.py); the app appends to a counter file whenever the cached function runs.
"""

from __future__ import annotations

import json
import os
import pickle
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from dataapp.proto.back_pb2 import BackMsg
from dataapp.runtime.caching import disk
from dataapp.runtime.config import AppConfig
from dataapp.runtime.persistence import app_state_dir
from dataapp.runtime.runtime import Runtime
from tests.persistence import disk_cache_writer
from tests.support.recording import RecordingClient

ROOT = Path(__file__).resolve().parents[2]
LAUNCH = Path(__file__).with_name("disk_cache_launch.py")
WRITER = Path(__file__).with_name("disk_cache_writer.py")

APP = """
import dataapp as st

@st.cache_data(persist=PERSIST, show_spinner=False OPTIONS)
def load(n):
    with open(COUNTER, "a") as calls:
        calls.write(f"{n}\\n")
    return list(range(n))

for n in st.query_params.get("n", "3").split(","):
    st.text(f"{n}: {load(int(n))}")

clear = st.query_params.get("clear")
if clear == "function":
    load.clear()
elif clear == "entry":
    load.clear(3)
elif clear == "all":
    st.cache_data.clear()
"""


@dataclass(frozen=True)
class Shown:
    path: tuple[int, ...]
    kind: str
    body: dict[str, Any]


@dataclass
class DiskApp:
    path: Path
    counter: Path

    def write(self, source: str, **substitutions: str) -> None:
        text = textwrap.dedent(source).replace("COUNTER", repr(str(self.counter)))
        for name, value in substitutions.items():
            text = text.replace(name, value)
        self.path.write_text(text)

    def write_app(self, options: str = "", persist: str = '"disk"') -> None:
        self.write(APP, OPTIONS=f", {options}" if options else "", PERSIST=persist)

    def launch(self, query: str = "", clock_offset: float = 0.0) -> list[Shown]:
        """Start the app in a new process, run it once, and return what it showed."""
        command = [sys.executable, str(LAUNCH), str(self.path), "--query", query]
        if clock_offset:
            command += ["--clock-offset", str(clock_offset)]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
        shown = []
        for line in done.stdout.splitlines():
            item = json.loads(line)
            shown.append(Shown(tuple(item["path"]), item["kind"], item["body"]))
        return shown

    def texts(self, query: str = "", clock_offset: float = 0.0) -> list[str]:
        shown = self.launch(query, clock_offset)
        assert [s for s in shown if s.kind == "exception"] == []
        return [s.body["body"] for s in shown if s.kind == "text"]

    @property
    def calls(self) -> list[int]:
        if not self.counter.exists():
            return []
        return [int(line) for line in self.counter.read_text().split()]

    @property
    def cache_folder(self) -> Path:
        return app_state_dir(str(self.path.resolve())) / "cache"

    def entry_files(self) -> list[Path]:
        return sorted(self.cache_folder.rglob(f"*{disk.ENTRY_SUFFIX}"))

    def version_folders(self) -> list[Path]:
        return sorted(path.parent for path in self.cache_folder.glob(f"*/*/*{disk.ENTRY_SUFFIX}"))


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "data"
    monkeypatch.setenv("DATAAPP_DATA_DIR", str(folder))
    yield folder


@pytest.fixture
def app(tmp_path: Path, data_dir: Path) -> DiskApp:
    folder = tmp_path / "app"
    folder.mkdir()
    return DiskApp(folder / "app.py", tmp_path / "calls.txt")


def _read_entry(path: Path) -> disk.StoredEntry:
    return disk.decode_entry(path.read_bytes(), path.parent.name, bytes.fromhex(path.stem))


# -- surviving restarts ----------------------------------------------------------------------


@pytest.mark.parametrize("persist", ['"disk"', "True"])
def test_entries_survive_a_restart_of_the_app(app: DiskApp, persist: str) -> None:
    app.write_app(persist=persist)
    assert app.texts() == ["3: [0, 1, 2]"]
    assert app.texts() == ["3: [0, 1, 2]"]
    assert app.calls == [3]
    assert len(app.entry_files()) == 1


def test_without_persist_entries_do_not_survive_a_restart(app: DiskApp) -> None:
    app.write_app(persist="None")
    app.texts()
    app.texts()
    assert app.calls == [3, 3]
    assert not app.cache_folder.exists()


def test_elements_written_inside_are_replayed_on_a_disk_hit_in_a_new_process(
    app: DiskApp,
) -> None:
    app.write(
        """
        import dataapp as st

        @st.cache_data(persist="disk", show_spinner=False)
        def load():
            with open(COUNTER, "a") as calls:
                calls.write("1\\n")
            st.text("loading")
            st.sidebar.info("from the sidebar")
            slot = st.empty()
            slot.text("first")
            slot.text("final")
            with st.container():
                st.text("in a block made inside")
            return 3

        st.text("top")
        with st.container():
            st.text(f"rows: {load()}")
        """
    )
    first = app.launch()
    second = app.launch()
    assert app.calls == [1]
    assert second == first
    assert [(s.path, s.kind, s.body.get("body")) for s in first if s.kind != "block"] == [
        ((0, 0), "text", "top"),
        ((0, 1, 0), "text", "loading"),
        ((1, 0), "alert", "from the sidebar"),
        ((0, 1, 1), "empty", None),
        ((0, 1, 1), "text", "first"),
        ((0, 1, 1), "text", "final"),
        ((0, 1, 2, 0), "text", "in a block made inside"),
        ((0, 1, 3), "text", "rows: 3"),
    ]


def test_entries_live_in_the_folder_of_the_apps_saved_state(app: DiskApp) -> None:
    (app.path.parent / ".dataapp").mkdir()
    (app.path.parent / ".dataapp" / "config.toml").write_text('[app]\nid = "sales-report"\n')
    app.write_app()
    app.texts()
    (entry,) = (app_state_dir("sales-report") / "cache").rglob("*.entry")
    assert _read_entry(entry).created_at > 0
    assert not app.cache_folder.exists()  # not by the script's path: the app has an id


def test_entries_follow_an_app_id_given_to_the_runtime(app: DiskApp) -> None:
    # A packaged app's launcher sets config.app_id itself (desktop/frozen.py).
    app.write_app()
    config = AppConfig()
    config.app_id = "packaged-sales"
    runtime = Runtime(str(app.path), config)
    try:
        session = runtime.create_session(RecordingClient(), None)
        assert session.join(10)
    finally:
        runtime.stop()
    assert len(list((app_state_dir("packaged-sales") / "cache").rglob("*.entry"))) == 1


def test_an_app_with_an_id_finds_its_entries_after_its_folder_moved(
    app: DiskApp, tmp_path: Path
) -> None:
    # A packaged app unpacks itself into a new folder at every launch.
    (app.path.parent / ".dataapp").mkdir()
    (app.path.parent / ".dataapp" / "config.toml").write_text('[app]\nid = "sales-report"\n')
    app.write_app()
    assert app.texts() == ["3: [0, 1, 2]"]
    moved = DiskApp(tmp_path / "moved" / "app.py", app.counter)
    shutil.copytree(app.path.parent, moved.path.parent)
    shutil.rmtree(app.path.parent)
    assert moved.texts() == ["3: [0, 1, 2]"]
    assert app.calls == [3]


# -- ttl -------------------------------------------------------------------------------------


def test_an_entry_older_than_its_ttl_is_a_miss_and_its_file_is_deleted(app: DiskApp) -> None:
    hour = 3600.0
    app.write_app('ttl="1h"')
    assert app.texts("n=1,2") == ["1: [0]", "2: [0, 1]"]
    assert app.texts("n=1,2", clock_offset=0.5 * hour) == ["1: [0]", "2: [0, 1]"]
    assert app.calls == [1, 2]
    assert app.texts("n=1", clock_offset=2 * hour) == ["1: [0]"]
    assert app.calls == [1, 2, 1]
    # The expired entry of 2 was deleted too, though nothing asked for it.
    assert len(app.entry_files()) == 1
    # The new entry is dated when it was written, not when the first one was.
    assert app.texts("n=1", clock_offset=2.5 * hour) == ["1: [0]"]
    assert app.calls == [1, 2, 1]


# -- invalidation ----------------------------------------------------------------------------


def test_editing_the_function_invalidates_its_entries_and_deletes_their_files(
    app: DiskApp,
) -> None:
    app.write_app()
    assert app.texts() == ["3: [0, 1, 2]"]
    (old_version,) = app.version_folders()
    app.write(APP.replace("list(range(n))", "list(range(n, 0, -1))"), OPTIONS="", PERSIST='"disk"')
    assert app.texts() == ["3: [3, 2, 1]"]
    assert app.calls == [3, 3]
    (new_version,) = app.version_folders()
    assert new_version != old_version and not old_version.exists()
    # Editing the rest of the file keeps the function's entries.
    app.path.write_text(app.path.read_text() + "\nst.text('footer')\n")
    assert app.texts() == ["3: [3, 2, 1]", "footer"]
    assert app.calls == [3, 3]


# -- damaged files ---------------------------------------------------------------------------

_MISSING_CLASS = b"cnonexistent_module_for_dataapp_tests\nThing\n)\x81."


def _garbage(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(path.stat().st_size))


def _truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _one_byte_of_the_value_changed(path: Path) -> None:
    data = bytearray(path.read_bytes())
    assert data.endswith(pickle.dumps([0, 1, 2], protocol=pickle.HIGHEST_PROTOCOL))
    data[-3] ^= 0xFF  # still a pickle: of [0, 1, 253]
    path.write_bytes(bytes(data))


def _another_format(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[8:10] = (disk.FORMAT_VERSION + 1).to_bytes(2, "little")
    path.write_bytes(bytes(data))


def _value_of_a_missing_class(path: Path) -> None:
    parts = disk.encode_entry(
        path.parent.name, bytes.fromhex(path.stem), _MISSING_CLASS, (), disk.wall_clock()
    )
    path.write_bytes(b"".join(parts))


@pytest.mark.parametrize(
    "damage",
    [
        _garbage,
        _truncated,
        _empty,
        _one_byte_of_the_value_changed,
        _another_format,
        _value_of_a_missing_class,
    ],
)
def test_a_damaged_entry_is_a_miss_and_is_replaced(
    app: DiskApp, damage: Callable[[Path], None]
) -> None:
    app.write_app()
    assert app.texts() == ["3: [0, 1, 2]"]
    (entry,) = app.entry_files()
    damage(entry)
    assert app.texts() == ["3: [0, 1, 2]"]  # no error shown: the function ran again
    assert app.calls == [3, 3]
    assert pickle.loads(_read_entry(entry).value) == [0, 1, 2]


def test_a_truncated_or_altered_entry_never_reads_as_valid() -> None:
    parts = disk.encode_entry("v1", b"k" * 16, pickle.dumps(list(range(20))), (), 1000.0)
    data = b"".join(parts)
    assert pickle.loads(disk.decode_entry(data, "v1", b"k" * 16).value) == list(range(20))
    for length in range(len(data)):
        with pytest.raises(disk.CorruptEntryError):
            disk.decode_entry(data[:length], "v1", b"k" * 16)
    for position in range(len(data)):
        changed = bytearray(data)
        changed[position] ^= 0x01
        with pytest.raises(disk.CorruptEntryError):
            disk.decode_entry(bytes(changed), "v1", b"k" * 16)
    with pytest.raises(disk.CorruptEntryError):
        disk.decode_entry(data, "v2", b"k" * 16)  # another function's file
    with pytest.raises(disk.CorruptEntryError):
        disk.decode_entry(data, "v1", b"j" * 16)  # another key's file


def test_killing_a_writer_at_any_moment_never_leaves_an_entry_that_reads_as_valid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    function_folder = tmp_path / "function"
    folder = function_folder / disk_cache_writer.VERSION
    rng = random.Random(1234)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    last = 0
    for _ in range(20):
        writer = subprocess.Popen(
            [sys.executable, str(WRITER), str(function_folder), str(last)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert writer.stdout is not None
        first = writer.stdout.readline()  # one write has completed
        time.sleep(rng.uniform(0.0, 0.03))
        writer.send_signal(signal.SIGKILL)
        rest, _ = writer.communicate()
        last = int((first + rest).split()[-1])
        entries = sorted(folder.glob(f"*{disk.ENTRY_SUFFIX}"))
        assert entries
        for path in entries:
            value = pickle.loads(_read_entry(path).value)
            assert value == value[:1] * disk_cache_writer.VALUE_BYTES
        last_written = folder / f"{disk_cache_writer.key(last).hex()}{disk.ENTRY_SUFFIX}"
        assert _read_entry(last_written).value == disk_cache_writer.value(last)
    # Temporary files of killed writers are deleted once they are old enough to be abandoned.
    monkeypatch.setattr(disk, "_ABANDONED_TEMP_SECONDS", -1.0)
    disk.EntryFiles(function_folder, disk_cache_writer.VERSION).tidy(None)
    assert sorted(p.suffix for p in folder.iterdir()) == [disk.ENTRY_SUFFIX] * len(entries)


# -- clearing --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("clear", "left", "recomputed"),
    [("function", 0, [3, 4]), ("entry", 1, [3]), ("all", 0, [3, 4])],
)
def test_clear_deletes_entry_files(
    app: DiskApp, clear: str, left: int, recomputed: list[int]
) -> None:
    app.write_app()
    app.texts("n=3,4")
    assert len(app.entry_files()) == 2
    app.texts(f"n=3,4&clear={clear}")
    assert app.calls == [3, 4]
    assert len(app.entry_files()) == left
    app.texts("n=3,4")
    assert app.calls == [3, 4, *recomputed]


def test_the_pages_clear_cache_command_deletes_entry_files(app: DiskApp) -> None:
    app.write_app()
    runtime = Runtime(str(app.path))
    try:
        client = RecordingClient()
        session = runtime.create_session(client, None)
        assert session.join(10)
        assert len(app.entry_files()) == 1
        clear = BackMsg()
        clear.clear_cache = True
        session.handle_back_msg(clear)  # as the server does, on a thread outside any run
        assert app.entry_files() == []
    finally:
        runtime.stop()
    app.texts()
    assert app.calls == [3, 3]


# -- max_entries -----------------------------------------------------------------------------


def test_max_entries_evicts_the_least_recently_used_entry_across_launches(app: DiskApp) -> None:
    app.write_app("max_entries=2")
    app.texts("n=1,2")
    app.texts("n=1,3")  # 1 is used again, so 2 is the least recently used when 3 arrives
    assert app.calls == [1, 2, 3]
    assert len(app.entry_files()) == 2
    app.texts("n=1,3")
    assert app.calls == [1, 2, 3]
    app.texts("n=2")
    assert app.calls == [1, 2, 3, 2]
    app.texts("n=3,1")  # 1 was evicted when 2 came back
    assert app.calls == [1, 2, 3, 2, 1]
    assert len(app.entry_files()) == 2


def test_max_entries_counts_the_entries_of_one_launch_too(app: DiskApp) -> None:
    app.write_app("max_entries=2")
    app.texts("n=1,2,3,1")
    assert app.calls == [1, 2, 3, 1]
    assert len(app.entry_files()) == 2
