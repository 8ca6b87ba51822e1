"""Text elements: exact text, escaping, lazy KaTeX and highlighting, title and favicon."""

from __future__ import annotations

from playwright.sync_api import expect

from .conftest import AppPage

APP = "text_app.py"


def test_written_text_is_the_whole_text_of_one_element(app_page: AppPage) -> None:
    echo = app_page.page.locator('[data-testid="markdown"] p').filter(has_text="echo:")
    assert echo.text_content() == "echo: 3"
    assert echo.evaluate("p => p.childNodes.length") == 1
    app_page.el("slider", "x").get_by_role("slider").focus()
    app_page.rerun_after(lambda: app_page.page.keyboard.press("ArrowRight"))
    assert echo.text_content() == "echo: 4"
    assert app_page.el("title").text_content() == "A title"
    assert app_page.el("caption").text_content() == "a caption"


def test_raw_html_is_escaped(app_page: AppPage) -> None:
    md = app_page.page.locator('[data-testid="markdown"]').filter(has_text="html is shown as text")
    assert md.text_content() == "<b>raw</b> html is shown as text"
    assert md.locator("b").count() == 0


def test_colour_directive_and_bold(app_page: AppPage) -> None:
    md = app_page.page.locator('[data-testid="markdown"]').filter(has_text="bold and")
    expect(md.locator("strong")).to_have_text("bold")
    expect(md.locator(".md-fg-red")).to_have_text("red")


def test_latex_and_code_load_lazily(app_page: AppPage) -> None:
    expect(app_page.el("latex").locator(".katex")).to_have_count(1)
    expect(app_page.el("code").locator("code.hljs .hljs-built_in")).to_have_text("print")
    scripts = app_page.page.evaluate("performance.getEntriesByType('resource').map(e => e.name)")
    assert any("katex" in s for s in scripts)


def test_page_title_and_favicon(app_page: AppPage) -> None:
    expect(app_page.page).to_have_title("Text test")
    href = app_page.page.locator("link#favicon").get_attribute("href")
    assert href is not None and href.startswith("data:image/svg+xml")


def test_metric(app_page: AppPage) -> None:
    metric = app_page.el("metric")
    expect(metric.locator(".metric-label")).to_have_text("Temperature")
    expect(metric.locator(".metric-value")).to_have_text("21 °C")
    expect(metric.locator(".metric-delta.up")).to_have_text("1.2 °C")


def test_a_toast_outlives_the_next_rerun_and_can_be_closed(app_page: AppPage) -> None:
    app_page.rerun_after(app_page.el("button", "toast").locator("button").click)
    toast = app_page.page.get_by_test_id("toast")
    expect(toast.locator(".toast-body")).to_have_text("Hello toast")
    app_page.el("slider", "x").get_by_role("slider").focus()
    app_page.rerun_after(lambda: app_page.page.keyboard.press("ArrowLeft"))
    expect(toast).to_be_visible()
    toast.get_by_role("button", name="Close").click()
    expect(toast).to_have_count(0)
