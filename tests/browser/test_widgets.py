"""Every widget: change it in the browser and see the app's output follow."""

from __future__ import annotations

from playwright.sync_api import expect

from .conftest import AppPage

APP = "widgets_app.py"


def test_button_press_reruns_once(app_page: AppPage) -> None:
    button = app_page.el("button", "button").locator("button")
    app_page.rerun_after(button.click)
    assert app_page.text_of("button clicks") == "button clicks: 1"
    app_page.rerun_after(button.click)
    assert app_page.text_of("button clicks") == "button clicks: 2"


def test_checkbox_and_toggle(app_page: AppPage) -> None:
    app_page.rerun_after(lambda: app_page.el("checkbox", "checkbox").get_by_text("Agree").click())
    assert app_page.text_of("checkbox") == "checkbox: True"
    toggle = app_page.el("toggle", "toggle").get_by_role("switch")
    app_page.rerun_after(lambda: (toggle.focus(), app_page.page.keyboard.press("Space")))
    assert app_page.text_of("toggle") == "toggle: True"


def test_radio_by_click_and_arrow_keys(app_page: AppPage) -> None:
    radio = app_page.el("radio", "radio")
    app_page.rerun_after(lambda: radio.get_by_text("B", exact=True).click())
    assert app_page.text_of("radio:") == "radio: B"
    app_page.rerun_after(lambda: app_page.page.keyboard.press("ArrowDown"))
    assert app_page.text_of("radio:") == "radio: C"


def test_selectbox(app_page: AppPage) -> None:
    select = app_page.el("selectbox", "selectbox").locator("select")
    expect(select).to_have_accessible_name("City")
    app_page.rerun_after(lambda: select.select_option(label="Lima"))
    assert app_page.text_of("selectbox") == "selectbox: Lima"


def test_multiselect_add_by_keyboard_and_remove_chip(app_page: AppPage) -> None:
    ms = app_page.el("multiselect", "multiselect")
    combo = ms.get_by_role("combobox")
    combo.click()
    expect(ms.get_by_role("listbox")).to_be_visible()
    combo.type("blu")
    expect(ms.get_by_role("option")).to_have_count(1)
    app_page.rerun_after(lambda: app_page.page.keyboard.press("Enter"))
    assert app_page.text_of("multiselect") == "multiselect: ['Red', 'Blue']"
    app_page.rerun_after(lambda: ms.get_by_role("button", name="Remove Red").click())
    assert app_page.text_of("multiselect") == "multiselect: ['Blue']"


def test_slider_arrow_key_commits_one_step(app_page: AppPage) -> None:
    thumb = app_page.el("slider", "slider").get_by_role("slider")
    expect(thumb).to_have_attribute("aria-valuenow", "5")
    thumb.focus()
    app_page.rerun_after(lambda: app_page.page.keyboard.press("ArrowRight"))
    assert app_page.text_of("slider:") == "slider: 6"
    expect(thumb).to_be_focused()


def test_slider_drag_commits_on_release(app_page: AppPage) -> None:
    track = app_page.el("slider", "slider").locator(".slider-track")
    box = track.bounding_box()
    assert box is not None

    def drag() -> None:
        app_page.page.mouse.move(box["x"] + box["width"] * 0.5, box["y"] + box["height"] / 2)
        app_page.page.mouse.down()
        app_page.page.mouse.move(
            box["x"] + box["width"] * 0.9, box["y"] + box["height"] / 2, steps=5
        )
        app_page.page.mouse.up()

    app_page.rerun_after(drag)
    assert app_page.text_of("slider:") == "slider: 9"


def test_range_slider_has_two_thumbs(app_page: AppPage) -> None:
    thumbs = app_page.el("slider", "range").get_by_role("slider")
    expect(thumbs).to_have_count(2)
    thumbs.nth(1).focus()
    app_page.rerun_after(lambda: app_page.page.keyboard.press("ArrowLeft"))
    assert app_page.text_of("range") == "range: (20, 79)"


def test_slider_printf_format(app_page: AppPage) -> None:
    thumb = app_page.el("slider", "percent").get_by_role("slider")
    expect(thumb).to_have_attribute("aria-valuetext", "42.0%")
    thumb.focus()
    app_page.rerun_after(lambda: app_page.page.keyboard.press("ArrowRight"))
    expect(thumb).to_have_attribute("aria-valuetext", "42.5%")
    assert app_page.text_of("percent") == "percent: 42.5"


def test_select_slider(app_page: AppPage) -> None:
    thumb = app_page.el("select_slider", "select_slider").get_by_role("slider")
    expect(thumb).to_have_attribute("aria-valuetext", "M")
    thumb.focus()
    app_page.rerun_after(lambda: app_page.page.keyboard.press("ArrowRight"))
    assert app_page.text_of("select_slider") == "select_slider: L"


def test_number_input_enter_blur_and_step_buttons(app_page: AppPage) -> None:
    widget = app_page.el("number_input", "number_input")
    field = widget.locator("input")
    field.fill("7")
    app_page.rerun_after(lambda: field.press("Enter"))
    assert app_page.text_of("number_input") == "number_input: 7"
    field.fill("99")  # above max_value: clamped to 10
    app_page.rerun_after(lambda: field.blur())
    assert app_page.text_of("number_input") == "number_input: 10"
    app_page.rerun_after(lambda: widget.get_by_role("button", name="Decrement").click())
    assert app_page.text_of("number_input") == "number_input: 9"


def test_float_number_input_format(app_page: AppPage) -> None:
    widget = app_page.el("number_input", "float_input")
    field = widget.locator("input")
    expect(field).to_have_value("1.50")
    app_page.rerun_after(lambda: widget.get_by_role("button", name="Increment").click())
    expect(field).to_have_value("1.75")
    assert app_page.text_of("float_input") == "float_input: 1.75"


def test_text_input_commits_on_enter_and_blur(app_page: AppPage) -> None:
    field = app_page.el("text_input", "text_input").locator("input")
    expect(field).to_have_attribute("placeholder", "Your name")
    field.fill("Ada")
    app_page.rerun_after(lambda: field.press("Enter"))
    assert app_page.text_of("text_input") == "text_input: 'Ada'"
    field.fill("Grace")
    app_page.rerun_after(lambda: field.blur())
    assert app_page.text_of("text_input") == "text_input: 'Grace'"


def test_text_area_commits_on_blur(app_page: AppPage) -> None:
    area = app_page.el("text_area", "text_area").locator("textarea")
    area.fill("line 1\nline 2")
    app_page.rerun_after(lambda: area.blur())
    assert app_page.text_of("text_area") == "text_area: 'line 1\\nline 2'"


def test_date_time_and_colour(app_page: AppPage) -> None:
    app_page.rerun_after(
        lambda: app_page.el("date_input", "date_input").locator("input").fill("2025-06-07")
    )
    assert app_page.text_of("date_input") == "date_input: 2025-06-07"
    app_page.rerun_after(
        lambda: app_page.el("time_input", "time_input").locator("input").fill("13:45")
    )
    assert app_page.text_of("time_input") == "time_input: 13:45:00"
    app_page.rerun_after(
        lambda: app_page.el("color_picker", "color_picker").locator("input").fill("#ff0000")
    )
    assert app_page.text_of("color_picker") == "color_picker: #ff0000"


def test_typing_survives_a_rerun(app_page: AppPage) -> None:
    """Focus, draft text and cursor position are kept when the script reruns meanwhile."""
    field = app_page.el("text_input", "text_input").locator("input")
    field.click()
    app_page.page.keyboard.type("draft")
    app_page.page.keyboard.press("ArrowLeft")
    app_page.page.keyboard.press("ArrowLeft")
    app_page.rerun_after(lambda: app_page.page.evaluate("window.__dataapp.session.requestRerun()"))
    expect(field).to_be_focused()
    expect(field).to_have_value("draft")
    assert field.evaluate("el => el.selectionStart") == 3
    app_page.page.keyboard.type("X")
    expect(field).to_have_value("draXft")


def test_label_visibility_keeps_an_accessible_name(app_page: AppPage) -> None:
    hidden = app_page.el("text_input", "hidden_label")
    expect(hidden.locator("input")).to_have_accessible_name("Hidden label")
    expect(hidden.locator("label")).to_be_hidden()
    collapsed = app_page.el("text_input", "collapsed_label")
    expect(collapsed.locator("input")).to_have_accessible_name("Collapsed label")
    assert collapsed.locator("label").count() == 0
    expect(app_page.el("text_input", "disabled_field").locator("input")).to_be_disabled()


def test_help_tooltip_shows_on_hover_and_focus(app_page: AppPage) -> None:
    help_icon = app_page.el("button", "button").get_by_role("img", name="Help: Counts presses")
    help_icon.hover()
    expect(app_page.page.get_by_role("tooltip")).to_have_text("Counts presses")
    app_page.page.mouse.move(0, 0)
    expect(app_page.page.get_by_role("tooltip")).to_have_count(0)
    help_icon.focus()
    expect(app_page.page.get_by_role("tooltip")).to_have_text("Counts presses")


def test_every_widget_is_reachable_by_keyboard(app_page: AppPage) -> None:
    keys = [
        "button",
        "checkbox",
        "toggle",
        "radio",
        "selectbox",
        "multiselect",
        "slider",
        "number_input",
        "text_input",
        "text_area",
        "date_input",
        "time_input",
        "color_picker",
    ]
    reached: set[str] = set()
    app_page.page.locator("body").focus()
    for _ in range(60):
        app_page.page.keyboard.press("Tab")
        key = app_page.page.evaluate(
            "document.activeElement?.closest('[data-key]')?.dataset.key ?? null"
        )
        if key:
            reached.add(key)
    assert set(keys) <= reached, f"not reachable by Tab: {sorted(set(keys) - reached)}"


def test_run_state_flips_to_running_inside_the_input_handler(app_page: AppPage) -> None:
    """data-run-state is "running" when the click handler returns and when the request is sent."""
    app_page.page.evaluate(
        """() => {
        window.__seen = [];
        const root = document.getElementById('root');
        document.addEventListener('click', () => window.__seen.push('click:' + root.dataset.runState));
        const send = WebSocket.prototype.send;
        WebSocket.prototype.send = function (data) {
          window.__seen.push('send:' + root.dataset.runState);
          return send.call(this, data);
        };
      }"""
    )
    app_page.rerun_after(app_page.el("button", "button").locator("button").click)
    assert app_page.page.evaluate("window.__seen") == ["send:running", "click:running"]
