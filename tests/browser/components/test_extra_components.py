"""extra-streamlit-components 0.1.81: its CookieManager, whose frame reads and writes
document.cookie (so the frame must share the app's origin), unmodified."""

from __future__ import annotations

from tests.browser.components.conftest import Served

APP = "extra_components_app.py"


def test_a_cookie_set_through_the_cookie_manager_is_read_back(served: Served) -> None:
    served.shows("cookie: None")
    served.page.get_by_text("Set cookie").click()
    # The package shows the new cookie for one run only, then what its reader frame read
    # before (under Streamlit too): the cookie is real when the page has it.
    served.page.wait_for_function("() => document.cookie.includes('fruit=apple')", timeout=30_000)
    served.page.reload()
    served.shows("cookie: apple", timeout=30_000)
