"""streamlit-image-coordinates 0.4.1 (its own mini component library: values without a
dataType), unmodified."""

from __future__ import annotations

from tests.browser.components.conftest import Served

APP = "image_coordinates_app.py"


def test_the_point_clicked_reaches_the_script(served: Served) -> None:
    served.shows("clicked: None")
    image = served.frame("streamlit_image_coordinates.streamlit_image_coordinates").locator("img")
    image.click(position={"x": 30, "y": 20}, timeout=30_000)
    served.shows("clicked: (30, 20)")
