"""The desktop host's parts, one at a time, without a display."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from dataapp.elements.media import file_dialogs
from dataapp.errors import APIError
from dataapp.runtime.app_session import AppSession
from dataapp.runtime.config import AppConfig
from dataapp.runtime.file_watcher import FileWatcher, forget_local_modules, local_modules
from dataapp.runtime.runtime import Runtime
from dataapp.server.security import Security
from dataapp.server.server import ServerThread
from dataapp.testing import AppTest
from dataapp_desktop import gui
from dataapp_desktop.file_dialogs import FOLDER, OPEN, SAVE, WindowDialogs, file_filters
from dataapp_desktop.lifecycle import ExitHooks
from dataapp_desktop.login import LOGIN_PATH, DesktopServer
from dataapp_desktop.single_instance import InstanceLock, ask_running_instance
from dataapp_desktop.window_state import (
    DEFAULT_HEIGHT,
    DEFAULT_WIDTH,
    ScreenArea,
    WindowGeometry,
    WindowStateStore,
    place,
)

SCREEN = ScreenArea(0, 0, 1920, 1080)

# -- window state -------------------------------------------------------------------------------


def test_a_first_window_gets_the_default_size_centred() -> None:
    assert place(None, [SCREEN]) == WindowGeometry(DEFAULT_WIDTH, DEFAULT_HEIGHT)


def test_a_first_window_fits_a_small_screen() -> None:
    placed = place(None, [ScreenArea(0, 0, 1024, 600)])
    assert (placed.width, placed.height) == (int(1024 * 0.9), int(600 * 0.9))


def test_a_saved_window_on_screen_keeps_its_place_and_maximised_state() -> None:
    saved = WindowGeometry(900, 600, 300, 200, maximized=True)
    assert place(saved, [SCREEN]) == saved


def test_a_window_saved_on_an_unplugged_monitor_is_centred() -> None:
    saved = WindowGeometry(900, 600, 2500, 200)
    assert place(saved, [SCREEN]) == WindowGeometry(900, 600)


def test_a_window_whose_title_bar_is_above_the_screen_is_centred() -> None:
    assert place(WindowGeometry(900, 600, 100, -400), [SCREEN]).x is None


def test_a_window_on_a_second_monitor_stays_there() -> None:
    second = ScreenArea(1920, 0, 1280, 1024)
    saved = WindowGeometry(800, 600, 2000, 100)
    assert place(saved, [SCREEN, second]) == saved


def test_a_saved_size_larger_than_any_screen_shrinks() -> None:
    placed = place(WindowGeometry(5000, 4000, 0, 0), [SCREEN])
    assert (placed.width, placed.height) == (1920, 1080)


def test_window_state_round_trips_and_survives_a_corrupt_file(tmp_path: Path) -> None:
    store = WindowStateStore(tmp_path, "abc")
    assert store.load() is None
    store.save(WindowGeometry(800, 500, 10, 20, maximized=True))
    assert store.load() == WindowGeometry(800, 500, 10, 20, maximized=True)
    store.path.write_text("{not json")
    assert store.load() is None
    store.path.write_text(json.dumps({"width": "wide", "height": 3}))
    assert store.load() is None


# -- single instance ----------------------------------------------------------------------------


@pytest.fixture
def short_dir() -> Iterator[Path]:
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="di-", dir="/tmp"))
    yield folder
    for child in folder.iterdir():
        child.unlink()
    folder.rmdir()


def test_only_one_process_holds_an_apps_lock_and_it_answers_the_next_launch(
    short_dir: Path,
) -> None:
    first = InstanceLock(short_dir, "app1")
    assert first.acquire()
    calls: list[str] = []

    def activate() -> dict[str, Any]:
        calls.append("activate")
        return {"activated": True}

    first.listen(activate)
    second = InstanceLock(short_dir, "app1")
    assert not second.acquire()
    assert ask_running_instance(short_dir, "app1") == {"ok": True, "activated": True}
    assert calls == ["activate"]
    assert InstanceLock(short_dir, "other-app").acquire()  # other apps are independent
    first.release()
    assert second.acquire()
    second.release()


def test_a_lock_held_by_a_killed_process_is_free_and_its_socket_is_replaced(
    short_dir: Path,
) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from pathlib import Path
                from dataapp_desktop.single_instance import InstanceLock
                lock = InstanceLock(Path({str(short_dir)!r}), "app")
                assert lock.acquire()
                lock.listen(lambda: {{}})
                print("ready", flush=True)
                time.sleep(60)
                """
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
    holder.send_signal(signal.SIGKILL)
    holder.wait(10)
    assert (short_dir / "app.sock").exists()  # left behind by the crash

    lock = InstanceLock(short_dir, "app")
    assert lock.acquire()
    lock.listen(lambda: {"activated": True})
    assert ask_running_instance(short_dir, "app")["activated"] is True
    lock.release()


# -- login without the token in a URL -----------------------------------------------------------


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def test_the_window_link_is_good_once_and_trades_its_nonce_for_the_token_cookie(
    tmp_path: Path,
) -> None:
    app = tmp_path / "app.py"
    app.write_text("import dataapp as st\nst.write('hi')\n")
    server = DesktopServer(Runtime(str(app), AppConfig()), Security("the-token"))
    thread = ServerThread(server)
    thread.start()
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        assert "the-token" not in server.window_url
        # The window gets the page itself (its first run started), not a redirect to "/":
        # the cookie goes only to /_dataapp/ paths, so "/" would not carry it.
        page_load = urllib.request.Request(
            server.window_url, headers={"Sec-Fetch-Dest": "document"}
        )
        with opener.open(page_load) as first:
            assert first.status == 200
            cookie = first.headers["Set-Cookie"]
            page = first.read().decode()
        assert '<meta name="dataapp-address" content="/">' in page
        assert '<meta name="dataapp-session" content="' in page
        assert cookie.startswith(f"dataapp_token_{server.port}=the-token;")
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/_dataapp/" in cookie

        with pytest.raises(urllib.error.HTTPError) as again:
            opener.open(server.window_url)
        assert again.value.code == 403
        with pytest.raises(urllib.error.HTTPError) as guessed:
            opener.open(server.url.rstrip("/") + LOGIN_PATH + "?nonce=guess")
        assert guessed.value.code == 403

        health = urllib.request.Request(
            server.url + "_dataapp/health",
            headers={"Cookie": f"dataapp_token_{server.port}=the-token"},
        )
        with urllib.request.urlopen(health) as reply:
            assert reply.read() == b"ok"
    finally:
        thread.stop()


# -- hot reload ---------------------------------------------------------------------------------


def test_the_watcher_sees_a_saved_script_and_forgets_local_modules_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = tmp_path / "app.py"
    script.write_text("x = 1\n")
    (tmp_path / "localmod_for_watch.py").write_text("VALUE = 1\n")
    venv = tmp_path / ".venv" / "lib" / "site-packages"
    venv.mkdir(parents=True)
    (venv / "installed_for_watch.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(venv))
    monkeypatch.syspath_prepend(str(tmp_path))
    import installed_for_watch  # type: ignore[import-not-found]  # noqa: F401
    import localmod_for_watch  # type: ignore[import-not-found]  # noqa: F401

    assert set(local_modules(tmp_path)) == {"localmod_for_watch"}
    watcher = FileWatcher(script, lambda changed: None)
    assert watcher.poll() == []
    script.write_text("x = 22\n")
    assert watcher.poll() == [script.resolve()]
    assert watcher.poll() == []
    assert forget_local_modules(tmp_path) == ["localmod_for_watch"]
    assert "localmod_for_watch" not in sys.modules
    assert "installed_for_watch" in sys.modules
    # Gone from sys.modules (e.g. it failed to import), it is still watched.
    (tmp_path / "localmod_for_watch.py").write_text("VALUE = 2  # saved again\n")
    assert watcher.poll() == [(tmp_path / "localmod_for_watch.py").resolve()]
    sys.modules.pop("installed_for_watch", None)


def test_a_module_saved_right_after_its_first_import_still_counts(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text("x = 1\n")
    watcher = FileWatcher(script, lambda changed: None)
    watcher.poll()
    fresh = tmp_path / "pages" / "new_page.py"
    fresh.parent.mkdir()
    time.sleep(0.01)
    fresh.write_text("x = 1\n")
    assert watcher.poll() == [fresh.resolve()]


# -- dialogs ------------------------------------------------------------------------------------


def test_file_types_read_like_file_uploaders() -> None:
    assert file_dialogs.normalize_types(None) == []
    assert file_dialogs.normalize_types(".CSV") == ["csv"]
    assert file_dialogs.normalize_types(["csv", "xlsx", "csv"]) == ["csv", "xlsx"]
    with pytest.raises(APIError):
        file_dialogs.normalize_types(["*.csv"])
    assert file_filters(["csv", "xlsx"]) == ("CSV XLSX files (*.csv;*.xlsx)",)
    assert file_filters([]) == ()


class _FakeWindow:
    """Stands in for the OS dialog call only; WindowDialogs is the real code."""

    def __init__(self, answer: Sequence[str] | None) -> None:
        self.answer = answer
        self.calls: list[dict[str, Any]] = []

    def create_file_dialog(self, **kwargs: Any) -> Sequence[str] | None:
        self.calls.append(kwargs)
        return self.answer


def test_window_dialogs_ask_pywebview_and_return_absolute_paths(tmp_path: Path) -> None:
    window = _FakeWindow(("a.csv", "b.csv"))
    service = WindowDialogs(window.create_file_dialog)
    paths = service.open_files(file_types=["csv"], initial_dir=str(tmp_path), multiple=True)
    assert paths == [os.path.abspath("a.csv"), os.path.abspath("b.csv")]
    assert window.calls[-1] == {
        "dialog_type": OPEN,
        "directory": str(tmp_path),
        "allow_multiple": True,
        "file_types": ("CSV files (*.csv)",),
    }
    assert service.save_file(file_name="r.csv", file_types=[], initial_dir="/nowhere") == (
        os.path.abspath("a.csv")
    )
    assert window.calls[-1]["dialog_type"] == SAVE and window.calls[-1]["directory"] == ""
    window.answer = None
    assert service.choose_folder(initial_dir="") is None
    assert window.calls[-1]["dialog_type"] == FOLDER


def test_dialogs_outside_the_window_say_they_need_it() -> None:
    at = AppTest.from_string(
        """
        import dataapp as st
        from dataapp.elements.media import file_dialogs
        st.text(f"available: {file_dialogs.is_available()}")
        file_dialogs.open_file()
        """
    ).run()
    assert at.text[0].value == "available: False"
    assert "needs the desktop window" in at.exception[0].message
    assert "dataapp-desktop app.py" in at.exception[0].message


# -- exit hooks ---------------------------------------------------------------------------------


def test_exit_hooks_run_once_in_order_and_a_failing_one_does_not_stop_the_rest() -> None:
    hooks = ExitHooks()
    seen: list[str] = []

    def failing(sessions: Sequence[AppSession]) -> None:
        raise RuntimeError("disk full")

    hooks.add("first", lambda sessions: seen.append(f"first {len(sessions)}"))
    hooks.add("failing", failing)
    hooks.add("last", lambda sessions: seen.append("last"))
    hooks.run([])
    hooks.run([])
    assert seen == ["first 0", "last"]


# -- can a window open here ---------------------------------------------------------------------


def test_no_display_is_known_before_qt_could_abort(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gui, "is_linux", lambda: True)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(gui.GuiUnavailable) as error:
        gui.check_gui(gui.GuiChoice("qt"))
    assert not error.value.has_display
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(gui, "_check_qt_imports", lambda choice: None)
    gui.check_gui(gui.GuiChoice("qt"))  # Qt's offscreen platform needs no display


def test_the_backend_comes_from_the_flag_then_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(gui, "is_linux", lambda: True)
    monkeypatch.delenv(gui.BACKEND_ENV, raising=False)
    assert gui.choose_backend(None) == gui.GuiChoice("qt")
    monkeypatch.setenv(gui.BACKEND_ENV, "GTK")
    assert gui.choose_backend(None) == gui.GuiChoice("gtk")
    assert gui.choose_backend("qt") == gui.GuiChoice("qt")
    with pytest.raises(gui.UnknownBackend):
        gui.choose_backend("tk")
