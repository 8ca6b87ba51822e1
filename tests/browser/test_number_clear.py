"""Emptying a number input on the page, as in Streamlit 1.67: an input with a number as its
default shows its value again; one whose key the app set to None is empty and takes a typed
number."""

from __future__ import annotations

from playwright.sync_api import expect

from .conftest import AppPage

APP = "number_clear_app.py"


def test_an_input_with_a_default_cannot_be_emptied(app_page: AppPage) -> None:
    field = app_page.el("number_input", "five").locator("input")
    field.fill("")
    field.press("Enter")
    expect(field).to_have_value("5")
    assert app_page.text_of("five=") == "five=5 emptied=5"


def test_an_input_whose_key_holds_none_is_empty(app_page: AppPage) -> None:
    app_page.rerun_after(app_page.page.get_by_role("button", name="Empty it").click)
    assert app_page.text_of("five=") == "five=5 emptied=None"
    field = app_page.el("number_input", "emptied").locator("input")
    expect(field).to_have_value("")
    field.fill("3")
    app_page.rerun_after(lambda: field.press("Enter"))
    assert app_page.text_of("five=") == "five=5 emptied=3"
