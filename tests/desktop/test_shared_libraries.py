"""Finding the system libraries Qt's platform plugin needs, as the loader would (no display)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from dataapp_desktop import gui
from dataapp_desktop.shared_libraries import loaded_sonames, missing_libraries, read_elf
from dataapp_desktop.system_packages import install_hint

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux loader")


def _xcb_plugin() -> Path:
    spec = importlib.util.find_spec("PyQt6")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("PyQt6 is not installed (pip install 'dataapp-desktop[desktop]')")
    return Path(spec.submodule_search_locations[0]) / "Qt6/plugins/platforms/libqxcb.so"


def test_the_installed_xcb_plugin_finds_all_its_libraries() -> None:
    plugin = _xcb_plugin()
    elf = read_elf(str(plugin))
    assert elf is not None and "libxcb-cursor.so.0" in elf.needed
    assert "$ORIGIN/../../lib" in elf.runpath  # Qt's own libraries come from the wheel
    assert missing_libraries(plugin) == []


def test_a_library_in_no_searched_folder_is_missing_with_who_needs_it(tmp_path: Path) -> None:
    plugin = _xcb_plugin()
    # Qt's own libraries are found through the plugin's RUNPATH; the system ones are not.
    missing = missing_libraries(plugin, library_path=[], search_dirs=[str(tmp_path)], loaded=())
    by_name = {m.soname: m.needed_by for m in missing}
    assert by_name["libxcb-cursor.so.0"] == "libqxcb.so"
    assert by_name["libglib-2.0.so.0"] == "libQt6Core.so.6"
    assert "libc.so.6" in by_name
    assert not any(name.startswith("libQt6") for name in by_name)


def test_libraries_this_process_has_loaded_count_as_found(tmp_path: Path) -> None:
    plugin = _xcb_plugin()
    loaded = loaded_sonames()
    assert "libc.so.6" in loaded  # the interpreter's own
    missing = missing_libraries(plugin, library_path=[], search_dirs=[str(tmp_path)], loaded=loaded)
    names = {m.soname for m in missing}
    assert "libc.so.6" not in names and "libxcb-cursor.so.0" in names


def test_a_file_that_is_not_elf_does_not_count(tmp_path: Path) -> None:
    plugin = _xcb_plugin()
    empty = tmp_path / "libxcb-cursor.so.0"
    empty.write_bytes(b"")  # what a bind-mounted /dev/null reads as
    assert read_elf(str(empty)) is None
    assert read_elf(str(tmp_path / "absent.so")) is None
    # LD_LIBRARY_PATH is searched first: the loader skips the empty file and goes on.
    assert missing_libraries(plugin, library_path=[str(tmp_path)]) == []
    assert missing_libraries(empty)[0].soname == "libxcb-cursor.so.0"


def test_the_install_hint_names_debian_and_fedora_packages() -> None:
    hint = install_hint(["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-shm.so.0"])
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-shm0" in hint
    assert "sudo dnf install xcb-util-cursor xcb-util-wm libxcb" in hint
    odd = install_hint(["libodd.so.3"])
    assert "apt-file search" in odd and "dnf provides" in odd and "libodd.so.3" in odd


def test_qt_tries_wayland_first_only_where_there_is_a_wayland_display(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert gui.qt_platform_candidates() == ["xcb"]
    (tmp_path / "wayland-0").touch()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert gui.qt_platform_candidates() == ["wayland", "xcb"]
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb:foo=1;offscreen")
    assert gui.qt_platform_candidates() == ["xcb", "offscreen"]
