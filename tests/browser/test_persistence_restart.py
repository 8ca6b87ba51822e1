"""Persistence seen by a user: what they entered is on screen at the next launch's first paint.

Two real server processes, one after the other, on the same app and the same data folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.sync_api import expect

from tests.browser.conftest import AppPage, start_server

APP = """
import dataapp as st
name = st.text_input("Name", key="name")
level = st.slider("Level", 0, 10, 2, key="level")
st.session_state.visits = st.session_state.get("visits", 0) + 1
st.text(f"hello {name} at {level}")
"""


def _open(browser: Any, url: str) -> tuple[Any, AppPage]:
    context = browser.new_context(viewport={"width": 1000, "height": 700})
    page = AppPage(context.new_page())
    page.page.goto(url)
    page.wait_idle()
    return context, page


def test_a_value_entered_in_one_launch_is_on_screen_at_the_first_paint_of_the_next(
    browser: Any, tmp_path: Path
) -> None:
    app_dir = tmp_path / "app"
    (app_dir / ".dataapp").mkdir(parents=True)
    (app_dir / ".dataapp" / "config.toml").write_text("[persistence]\nenabled = true\n")
    app = app_dir / "app.py"
    app.write_text(APP)
    env = {"DATAAPP_DATA_DIR": str(tmp_path / "data")}

    first = start_server(app, env)
    try:
        context, page = _open(browser, first.url)
        field = page.el("text_input", "name").locator("input")
        page.rerun_after(lambda: (field.fill("Ada"), field.press("Enter")))
        slider = page.el("slider", "level").get_by_role("slider")
        slider.focus()
        page.rerun_after(lambda: slider.press("ArrowRight"))
        assert page.text_of("hello") == "hello Ada at 3"
        context.close()
    finally:
        # SIGTERM: the server flushes the last snapshot on its way out.
        first.stop()

    second = start_server(app, env)
    try:
        context, page = _open(browser, second.url)
        # The very first run of the new process already shows the restored values.
        assert page.run_count() == 1
        assert page.text_of("hello") == "hello Ada at 3"
        expect(page.el("text_input", "name").locator("input")).to_have_value("Ada")
        expect(page.el("slider", "level").get_by_role("slider")).to_have_attribute(
            "aria-valuenow", "3"
        )
        context.close()
    finally:
        second.stop()
