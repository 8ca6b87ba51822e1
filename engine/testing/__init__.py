"""Headless app tests on the real engine, with the API of Streamlit's `streamlit.testing.v1`.

    from dataapp.testing import AppTest

    at = AppTest.from_file("app.py").run()
    at.button[0].click().run()
    assert at.markdown[0].value == "Clicked"

See docs/testing.md.
"""

from __future__ import annotations

from dataapp.elements.apptest_support import AppTestError
from dataapp.testing.app_test import AppTest

__all__ = ["AppTest", "AppTestError"]
