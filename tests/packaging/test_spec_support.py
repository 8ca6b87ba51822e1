"""What the spec leaves out of a packaged app, and why it is safe."""

from __future__ import annotations

from pathlib import Path

from dataapp_desktop.build.spec_support import (
    BuildPlan,
    drop_modules,
    keep_binary,
    keep_data,
    reachable_binaries,
)


def test_qml_translations_and_devtools_are_left_out_but_the_en_us_locale_stays() -> None:
    assert not keep_data("PyQt6/Qt6/qml/QtQuick/Controls/qmldir")
    assert not keep_data("PyQt6/Qt6/translations/qt_de.qm")
    assert not keep_data("PyQt6/Qt6/translations/qtwebengine_locales/de.pak")
    assert keep_data("PyQt6/Qt6/translations/qtwebengine_locales/en-US.pak")
    assert not keep_data("PyQt6/Qt6/resources/qtwebengine_devtools_resources.pak")
    assert keep_data("PyQt6/Qt6/resources/qtwebengine_resources.pak")
    assert keep_data("PyQt6/Qt6/resources/icudtl.dat")
    assert keep_data("dataapp/static/index.html")


def test_only_the_plugins_a_window_needs_stay() -> None:
    assert keep_binary("PyQt6/Qt6/plugins/platforms/libqxcb.so")
    assert keep_binary("PyQt6/Qt6/plugins/platforms/libqwayland-egl.so")
    assert not keep_binary("PyQt6/Qt6/plugins/platforms/libqvnc.so")
    assert keep_binary("PyQt6/Qt6/plugins/xcbglintegrations/libqxcb-glx-integration.so")
    assert keep_binary("PyQt6/Qt6/plugins/imageformats/libqsvg.so")
    assert not keep_binary("PyQt6/Qt6/plugins/platformthemes/libqgtk3.so")
    assert not keep_binary("PyQt6/Qt6/plugins/position/libqtposition_nmea.so")
    assert not keep_binary("PyQt6/Qt6/plugins/tls/libqopensslbackend.so")


def test_qt_python_modules_the_web_view_does_not_import_are_left_out() -> None:
    assert keep_binary("PyQt6/QtWebEngineWidgets.abi3.so")
    assert keep_binary("PyQt6/QtCore.abi3.so")
    assert not keep_binary("PyQt6/QtQml.abi3.so")
    assert not keep_binary("PyQt6/QtQuick.abi3.so")
    # Qt's own libraries are judged by what needs them, not by name.
    assert keep_binary("PyQt6/Qt6/lib/libQt6Quick.so.6")


def test_a_library_stays_only_when_a_kept_binary_needs_it(tmp_path: Path) -> None:
    python_lib = "/bin/true"
    binaries = [
        ("libpython3.11.so.1.0", python_lib, "BINARY"),
        ("libunused.so", "/bin/true", "BINARY"),
        ("module.cpython-311-x86_64-linux-gnu.so", "/bin/true", "EXTENSION"),
    ]
    kept, dropped = reachable_binaries(binaries)
    assert [d for d, _, _ in kept] == [
        "libpython3.11.so.1.0",
        "module.cpython-311-x86_64-linux-gnu.so",
    ]
    assert [d for d, _, _ in dropped] == ["libunused.so"]


def test_local_modules_and_test_suites_leave_the_archive() -> None:
    pure = [
        ("sales", "/a/sales.py", "PYMODULE"),
        ("sales.sub", "/a/sales/sub.py", "PYMODULE"),
        ("salesforce", "/b/salesforce.py", "PYMODULE"),
        ("pandas.tests.frame", "/p.py", "PYMODULE"),
        ("pandas.core", "/c.py", "PYMODULE"),
    ]
    assert [m for m, _, _ in drop_modules(pure, ["sales"])] == ["salesforce", "pandas.core"]


def test_the_plan_round_trips_through_json(tmp_path: Path) -> None:
    plan = BuildPlan(
        name="Sales Explorer",
        exe_name="Sales-Explorer",
        entry_script="/w/dataapp_main.py",
        work_dir="/w",
        datas=[("/w/app", "app")],
    )
    plan.write(tmp_path / "plan.json")
    assert BuildPlan.read(tmp_path / "plan.json") == plan
