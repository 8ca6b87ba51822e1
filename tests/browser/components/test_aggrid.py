"""streamlit-aggrid 1.2.1 (a DataFrame argument sent as Arrow, a JSON value back), unmodified."""

from __future__ import annotations

from tests.browser.components.conftest import Served

APP = "aggrid_app.py"


def test_the_row_selected_in_the_grid_reaches_the_script(served: Served) -> None:
    served.shows("selected: None")
    grid = served.frame("st_aggrid.AgGrid.agGrid")
    grid.get_by_text("gamma", exact=True).click(timeout=30_000)
    served.shows("selected: ['gamma']")
