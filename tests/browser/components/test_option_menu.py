"""streamlit-option-menu 0.4.0 (a Vue component with bundled icon fonts), unmodified."""

from __future__ import annotations

from tests.browser.components.conftest import Served

APP = "option_menu_app.py"


def test_the_option_clicked_reaches_the_script(served: Served) -> None:
    served.shows("selected: Home")
    menu = served.frame("streamlit_option_menu.option_menu")
    menu.get_by_text("Settings").click()
    served.shows("selected: Settings")
    menu.get_by_text("Upload").click()
    served.shows("selected: Upload")
