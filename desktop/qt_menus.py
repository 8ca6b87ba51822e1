"""The window's menu bar (Qt backend): File, Edit, View and Help, with the usual shortcuts.

File: Open Recent, Print… (Ctrl+P), Export as PDF…, Reload (Ctrl+R, F5), Clear caches, Forget saved state…, Quit (Ctrl+Q). Edit: Cut, Copy,
Paste, Select All, acting on the page's focused input. View: Zoom in (Ctrl++ / Ctrl+=), Zoom
out (Ctrl+-), Actual size (Ctrl+0), Theme ▸ System/Light/Dark (the page's own choice, kept in
its storage), Full screen (F11). Help: the app's "Get help" and "Report a bug" links from
`st.set_page_config(menu_items=...)`, and About (versions, where state and logs are kept, the
app's "About" text).

Everything here runs on the GUI thread: `WindowMenus` is made in the adapter's `install`, and
`show_page_menu` is called through the adapter's `call_soon`. What is not Qt's (the engine's
caches and saved state, links) comes in as `MenuCommands` (menu_items.py). On macOS Qt moves the bar into the
global menu bar.
"""

from __future__ import annotations

import html
import json
import os
from collections.abc import Callable
from functools import partial
from typing import Any

from qtpy import QtCore, QtGui, QtWidgets

from dataapp_desktop.menu_items import MenuCommands, PageMenu
from dataapp_desktop.qt_printing import PagePrinter

# Qt 6 moved these to QtGui; qtpy re-exports them, its type stubs do not say so.
QAction: Any = QtGui.QAction  # type: ignore[attr-defined]
QActionGroup: Any = QtGui.QActionGroup  # type: ignore[attr-defined]

ZOOM_STEPS = (0.5, 0.67, 0.75, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
THEMES = (("system", "&System"), ("light", "&Light"), ("dark", "&Dark"))

# Drives the page's own theme switch (its ⋮ menu, assets/src/app/Menu.tsx), so that the page
# stores the choice and redraws exactly as when the user clicks it there.
_CHOOSE_THEME_JS = """
(async (choice) => {
  const tick = () => new Promise((done) => setTimeout(done, 0));
  const toggle = document.querySelector('[data-testid="main-menu"]');
  if (!toggle) return false;
  const wasOpen = toggle.getAttribute("aria-expanded") === "true";
  if (!wasOpen) toggle.click();
  let button = null;
  for (let i = 0; i < 100 && !button; i++) {
    await tick();
    button = document.querySelector(`[data-testid="theme-${choice}"]`);
  }
  if (button) button.click();
  await tick();
  if (!wasOpen && toggle.getAttribute("aria-expanded") === "true") toggle.click();
  return !!button;
})(%s)
"""
_STORED_THEME_JS = "localStorage.getItem('dataapp.theme') || ''"
# What the page keeps in its own storage (the engine's saved state is forgotten separately).
# HttpOnly cookies and cookies of other paths stay until --reset-state deletes the profile.
_FORGET_WEB_STORAGE_JS = """
(async () => {
  localStorage.clear();
  sessionStorage.clear();
  for (const pair of document.cookie.split(";")) {
    const name = pair.split("=")[0].trim();
    if (name) document.cookie = `${name}=; max-age=0; path=/`;
  }
  if (indexedDB.databases) {
    for (const db of await indexedDB.databases()) if (db.name) indexedDB.deleteDatabase(db.name);
  }
  return true;
})()
"""


class WindowMenus:
    """The menu bar of one window. GUI thread only."""

    def __init__(self, native: Any, commands: MenuCommands, printer: PagePrinter) -> None:
        self._native = native
        self._printer = printer
        self._view = native.webview
        self._commands = commands
        self._page_menu = PageMenu()
        self._dialogs: list[QtWidgets.QDialog] = []
        bar = native.menuBar()
        self.bar = bar
        self.file = self._file_menu(bar.addMenu("&File"))
        self.edit = self._edit_menu(bar.addMenu("&Edit"))
        self.view = self._view_menu(bar.addMenu("&View"))
        self.help = bar.addMenu("&Help")
        self._fill_help()

    # -- building -------------------------------------------------------------------------------

    def _action(
        self,
        menu: Any,
        text: str,
        slot: Callable[[], None],
        *shortcuts: QtGui.QKeySequence | QtGui.QKeySequence.StandardKey | str,
    ) -> Any:
        action = QAction(text, self._native)
        keys: list[QtGui.QKeySequence] = []
        for shortcut in shortcuts:
            key = QtGui.QKeySequence(shortcut)
            # The same keys twice on one action make Qt call the shortcut ambiguous and drop it.
            if not key.isEmpty() and key not in keys:
                keys.append(key)
        if keys:
            action.setShortcuts(keys)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _file_menu(self, menu: QtWidgets.QMenu) -> QtWidgets.QMenu:
        key = QtGui.QKeySequence.StandardKey
        recent: Any = menu.addMenu("&Open Recent")
        recent.aboutToShow.connect(self._fill_recent)
        self._recent_menu = recent
        self._fill_recent()
        menu.addSeparator()
        self._action(menu, "&Print…", self._print, key.Print, "Ctrl+P")
        self._action(menu, "&Export as PDF…", self._ask_export_pdf)
        menu.addSeparator()
        self._action(menu, "&Reload", self._view.reload, "Ctrl+R", "F5")
        menu.addSeparator()
        self._action(menu, "Clear &caches", self._commands.clear_caches)
        self._action(menu, "&Forget saved state…", self._confirm_forget)
        menu.addSeparator()
        self._action(menu, "&Quit", self._native.close, key.Quit, "Ctrl+Q")
        return menu

    def _edit_menu(self, menu: QtWidgets.QMenu) -> QtWidgets.QMenu:
        key = QtGui.QKeySequence.StandardKey
        web_action = type(self._view.page()).WebAction
        for text, action, shortcut in (
            ("Cu&t", web_action.Cut, key.Cut),
            ("&Copy", web_action.Copy, key.Copy),
            ("&Paste", web_action.Paste, key.Paste),
        ):
            self._action(menu, text, self._web(action), shortcut)
        menu.addSeparator()
        self._action(menu, "Select &All", self._web(web_action.SelectAll), key.SelectAll)
        return menu

    def _web(self, action: Any) -> Callable[[], None]:
        return lambda: self._view.page().triggerAction(action)

    def _view_menu(self, menu: QtWidgets.QMenu) -> QtWidgets.QMenu:
        self._action(menu, "Zoom &In", lambda: self._zoom(+1), "Ctrl++", "Ctrl+=")
        self._action(menu, "Zoom &Out", lambda: self._zoom(-1), "Ctrl+-")
        self._action(menu, "&Actual Size", lambda: self._view.setZoomFactor(1.0), "Ctrl+0")
        menu.addSeparator()
        themes: Any = menu.addMenu("&Theme")
        group = QActionGroup(self._native)
        self._theme_actions: dict[str, Any] = {}
        for choice, text in THEMES:
            action = self._action(themes, text, partial(self.choose_theme, choice))
            action.setCheckable(True)
            group.addAction(action)
            self._theme_actions[choice] = action
        themes.aboutToShow.connect(self._show_stored_theme)
        menu.addSeparator()
        self._full_screen = self._action(menu, "&Full Screen", self._toggle_full_screen, "F11")
        self._full_screen.setCheckable(True)
        return menu

    def _fill_help(self) -> None:
        menu, page = self.help, self._page_menu
        menu.clear()
        if page.get_help:
            self._action(menu, "Get &Help", lambda: self._commands.open_link(page.get_help))
        if page.report_bug:
            self._action(menu, "&Report a Bug", lambda: self._commands.open_link(page.report_bug))
        if page.get_help or page.report_bug:
            menu.addSeparator()
        self._action(menu, f"&About {self._commands.about.app_name}", self.show_about)

    # -- what the app's run said ------------------------------------------------------------------

    def show_page_menu(self, page_menu: PageMenu) -> None:
        if page_menu != self._page_menu:
            self._page_menu = page_menu
            self._fill_help()

    # -- actions ----------------------------------------------------------------------------------

    def _zoom(self, direction: int) -> None:
        current = self._view.zoomFactor()
        if direction > 0:
            target = next((z for z in ZOOM_STEPS if z > current + 0.001), ZOOM_STEPS[-1])
        else:
            target = next((z for z in reversed(ZOOM_STEPS) if z < current - 0.001), ZOOM_STEPS[0])
        self._view.setZoomFactor(target)

    def choose_theme(self, choice: str) -> None:
        self._view.page().runJavaScript(_CHOOSE_THEME_JS % json.dumps(choice))

    def _show_stored_theme(self) -> None:
        def check(stored: Any) -> None:
            choice = stored if stored in self._theme_actions else "system"
            self._theme_actions[choice].setChecked(True)

        self._view.page().runJavaScript(_STORED_THEME_JS, 0, check)

    def _toggle_full_screen(self) -> None:
        if self._native.isFullScreen():
            self._native.showNormal()
        else:
            self._native.showFullScreen()
        self._full_screen.setChecked(bool(self._native.isFullScreen()))

    def _fill_recent(self) -> None:
        menu = self._recent_menu
        menu.clear()
        files = self._commands.recent_files()
        for number, path in enumerate(files, start=1):
            name = os.path.basename(path).replace("&", "&&")
            mnemonic = f"&{number} " if number < 10 else f"{number} "
            action = self._action(menu, mnemonic + name, partial(self._commands.open_recent, path))
            action.setToolTip(path)
            action.setStatusTip(path)
        if not files:
            empty = self._action(menu, "No recent files", lambda: None)
            empty.setEnabled(False)
        menu.addSeparator()
        clear = self._action(menu, "&Clear Recent Files", self._commands.clear_recent)
        clear.setEnabled(bool(files))
        menu.setToolTipsVisible(True)

    def _print(self) -> None:
        self._printer.print_with_dialog(self._native)

    def _ask_export_pdf(self) -> None:
        dialog = QtWidgets.QFileDialog(self._native, "Export as PDF")
        dialog.setAcceptMode(QtWidgets.QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter("PDF (*.pdf)")
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(f"{self._commands.about.app_name}.pdf")
        dialog.fileSelected.connect(self._export_pdf)
        self._open(dialog, lambda _result: None)

    def _export_pdf(self, path: str) -> None:
        def done(success: bool) -> None:
            if not success:
                box = QtWidgets.QMessageBox(self._native)
                box.setIcon(QtWidgets.QMessageBox.Icon.Warning)
                box.setWindowTitle("Export as PDF")
                box.setText(f"Could not write {path}.")
                self._open(box, lambda _result: None)

        self._printer.to_pdf(path, done)

    def _confirm_forget(self) -> None:
        box = QtWidgets.QMessageBox(self._native)
        box.setIcon(QtWidgets.QMessageBox.Icon.Question)
        box.setWindowTitle("Forget saved state")
        box.setText(
            f"Forget what {self._commands.about.app_name} kept from earlier launches?\n\n"
            "The app starts over with its widgets' default values; its page's cookies and "
            "web storage are emptied."
        )
        buttons = QtWidgets.QMessageBox.StandardButton
        box.setStandardButtons(buttons.Cancel | buttons.Discard)
        forget = box.button(buttons.Discard)
        if forget is not None:
            forget.setText("&Forget")
        box.setDefaultButton(buttons.Cancel)

        def answered(result: int) -> None:
            if box.standardButton(box.clickedButton()) == buttons.Discard:
                self._view.page().runJavaScript(_FORGET_WEB_STORAGE_JS)
                self._commands.forget_saved_state()

        self._open(box, answered)

    def show_about(self) -> None:
        info, page = self._commands.about, self._page_menu
        lines = [
            f"<h3>{html.escape(info.app_name)} {html.escape(info.app_version)}</h3>",
            f"<p>Made with dataapp {html.escape(info.dataapp_version)}.</p>",
            "<p>Saved session state: <code>" + html.escape(info.state_dir) + "</code><br>",
            "Cookies and web storage: <code>" + html.escape(info.web_profile_dir) + "</code><br>",
            "Window diagnostics: <code>" + html.escape(info.log_file) + "</code></p>",
        ]
        box = QtWidgets.QMessageBox(self._native)
        box.setWindowTitle(f"About {info.app_name}")
        box.setTextFormat(QtCore.Qt.TextFormat.RichText)
        box.setText("".join(lines))
        if page.about:
            # The app's own text, Markdown as in Streamlit's About dialog.
            box.setInformativeText(page.about)
            label = box.findChild(QtWidgets.QLabel, "qt_msgbox_informativelabel")
            if label is not None:
                label.setTextFormat(QtCore.Qt.TextFormat.MarkdownText)
        box.setStandardButtons(QtWidgets.QMessageBox.StandardButton.Ok)
        self._open(box, lambda _result: None)

    def _open(self, box: QtWidgets.QDialog, done: Callable[[int], None]) -> None:
        """Show a window-modal box without a nested event loop (signals keep working)."""
        self._dialogs.append(box)

        def finished(result: int) -> None:
            self._dialogs.remove(box)
            box.deleteLater()
            done(result)

        box.finished.connect(finished)
        box.open()
