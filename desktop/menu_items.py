"""What the window's menus show and do, apart from any GUI toolkit (qt_menus.py draws them).

`page_menu_of` reads the app's `st.set_page_config(menu_items=...)` from a finished run
(script thread); the rest is data. Any thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from dataapp.proto.forward_pb2 import PageConfig


@dataclass(frozen=True)
class PageMenu:
    """The app's own entries, from `st.set_page_config(menu_items=...)`."""

    get_help: str = ""
    report_bug: str = ""
    about: str = ""  # Markdown, as in Streamlit's About dialog


def page_menu_of(config: PageConfig) -> PageMenu:
    """The entries a run's page config names; none when it named no menu items (as the page's
    own ⋮ menu shows them only then)."""
    if not config.has_menu_items:
        return PageMenu()
    return PageMenu(config.menu_get_help, config.menu_report_bug, config.menu_about)


@dataclass(frozen=True)
class AboutInfo:
    app_name: str
    app_version: str
    dataapp_version: str
    state_dir: str
    web_profile_dir: str
    log_file: str


@dataclass(frozen=True)
class MenuCommands:
    """What the menus ask of the host; called on the GUI thread, each returns at once."""

    about: AboutInfo
    clear_caches: Callable[[], None]
    forget_saved_state: Callable[[], None]
    open_link: Callable[[str], None]
    recent_files: Callable[[], list[str]]
    open_recent: Callable[[str], None]
    clear_recent: Callable[[], None]
