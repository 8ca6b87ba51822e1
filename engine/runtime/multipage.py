"""Which script a full run executes, and the page list the page shows.

Two ways to make a multipage app, as in Streamlit: a `pages/` folder next to the main script,
or `st.navigation` in the main script (then the folder is ignored and the main script always
runs, choosing the page itself). Thread-safe: script threads of all sessions call it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from dataapp.proto.forward_pb2 import ForwardMsg
from dataapp.runtime.pages import PageScript, discover_pages


@dataclass(frozen=True)
class PageChoice:
    page: PageScript
    # The request named a page that does not exist (the main page is shown instead).
    missing: bool = False


class PagesService:
    def __init__(self, main_script: Path) -> None:
        self._main_script = main_script
        self._lock = threading.Lock()
        self._seen_navigation = False

    def uses_navigation(self) -> bool:
        """True when the main script calls st.navigation (seen running, or in its source)."""
        with self._lock:
            if self._seen_navigation:
                return True
        try:
            return "navigation(" in self._main_script.read_text(encoding="utf-8")
        except OSError:
            return False

    def saw_navigation(self) -> None:
        with self._lock:
            self._seen_navigation = True

    def pages(self) -> list[PageScript]:
        return discover_pages(self._main_script)

    def page_for(self, page_name: str) -> PageChoice:
        pages = self.pages()
        main = pages[0]
        if not page_name or self.uses_navigation():
            return PageChoice(main)
        for page in pages:
            if page.url_path == page_name:
                return PageChoice(page)
        return PageChoice(main, missing=True)

    def navigation_msg(self, current: PageScript) -> ForwardMsg | None:
        """The page list for the pages/ convention; None for single-page or st.navigation apps."""
        if self.uses_navigation():
            return None
        pages = self.pages()
        if len(pages) < 2:
            return None
        msg = ForwardMsg()
        msg.navigation.current_page = current.url_path
        for page in pages:
            entry = msg.navigation.pages.add()
            entry.url_path = page.url_path
            entry.title = page.title
            entry.icon = page.icon
            entry.is_default = page.is_default
        return msg
