"""Forms hold their widgets' changes until the submit button is pressed."""

from __future__ import annotations

from playwright.sync_api import expect

from .conftest import AppPage

APP = "form_app.py"


def test_form_changes_wait_for_submit(app_page: AppPage) -> None:
    runs = app_page.run_count()
    name = app_page.el("text_input", "form_name").locator("input")
    name.fill("Ada")
    name.blur()
    app_page.el("slider", "form_age").get_by_role("slider").focus()
    app_page.page.keyboard.press("ArrowRight")
    app_page.el("checkbox", "form_pet").get_by_text("Has a pet").click()
    app_page.page.wait_for_timeout(500)
    assert app_page.run_count() == runs, "a widget in a form must not rerun the app"
    assert app_page.text_of("name:") == "name: '', age: 30, pet: False"
    # The controls show what the user did although nothing was sent.
    expect(app_page.el("slider", "form_age").get_by_role("slider")).to_have_attribute(
        "aria-valuenow", "31"
    )

    app_page.rerun_after(app_page.el("form_submit_button").get_by_role("button", name="Save").click)
    assert app_page.text_of("name:") == "name: 'Ada', age: 31, pet: True"
    assert app_page.text_of("submitted:") == "submitted: True"


def test_pending_form_values_survive_a_rerun_from_outside(app_page: AppPage) -> None:
    name = app_page.el("text_input", "form_name").locator("input")
    name.fill("Grace")
    name.blur()
    app_page.rerun_after(app_page.el("checkbox", "outside").get_by_text("Outside").click)
    assert app_page.text_of("name:") == "name: '', age: 30, pet: False"
    expect(name).to_have_value("Grace")
    app_page.rerun_after(app_page.el("form_submit_button").get_by_role("button", name="Save").click)
    assert app_page.text_of("name:") == "name: 'Grace', age: 30, pet: False"
    assert app_page.text_of("submitted:") == "submitted: True"
    assert app_page.text_of("outside") == "outside: True"


def test_enter_in_a_form_text_field_submits(app_page: AppPage) -> None:
    name = app_page.el("text_input", "form_name").locator("input")
    name.fill("Lin")
    app_page.rerun_after(lambda: name.press("Enter"))
    assert app_page.text_of("name:") == "name: 'Lin', age: 30, pet: False"
    assert app_page.text_of("submitted:") == "submitted: True"
