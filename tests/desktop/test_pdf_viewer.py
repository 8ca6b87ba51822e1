"""st.pdf in the real window: Qt WebEngine's own PDF viewer shows the document in a frame, as
a browser's does (plugins are turned on for the window), instead of a link that saves it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.desktop.conftest import Desktop, non_background_share, screenshot_path

APP = """\
import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import streamlit as st

fig, ax = plt.subplots(figsize=(6, 4))
ax.plot([1, 3, 2])
ax.set_title("A chart in a PDF")
out = io.BytesIO()
fig.savefig(out, format="pdf")
st.title("PDF app")
st.pdf(out.getvalue(), height=400, key="doc")
"""


@pytest.mark.desktop
def test_a_pdf_is_shown_in_the_windows_viewer(desktop: Desktop, tmp_path: Path) -> None:
    script = tmp_path / "pdf_app.py"
    script.write_text(APP)
    app = desktop.launch(script)
    page = app.wait_rendered()
    assert page.evaluate("navigator.pdfViewerEnabled") is True
    page.wait_for("!!document.querySelector('.st-key-doc iframe')", timeout=30)
    assert page.evaluate("document.querySelectorAll('.pdf-link').length") == 0
    png = screenshot_path("pdf-viewer-window.png")
    time.sleep(2)  # the viewer draws the document after the frame loads
    page.screenshot(png)
    assert non_background_share(png) > 0.01
    app.close_window()
    code, _ = app.wait_exit(15)
    assert code == 0, app.output()
