"""A dropped WebSocket shows a notice and reconnects by itself; the page keeps its values."""

from __future__ import annotations

from playwright.sync_api import expect

from .conftest import AppPage

APP = "widgets_app.py"


def test_reconnects_after_the_socket_drops(app_page: AppPage) -> None:
    page = app_page.page
    app_page.rerun_after(app_page.el("checkbox", "checkbox").get_by_text("Agree").click)
    assert app_page.text_of("checkbox") == "checkbox: True"
    page.evaluate(
        """() => {
        window.__noticeSeen = false;
        new MutationObserver(() => {
          if (document.querySelector('[data-testid=connection-lost]')) window.__noticeSeen = true;
        }).observe(document.body, { childList: true, subtree: true });
      }"""
    )
    before = app_page.run_count()
    page.evaluate("window.__dataapp.debugDropConnection()")
    # The resumed session reruns with the page's widget values.
    app_page.wait_idle(after=before)
    assert page.evaluate("window.__noticeSeen") is True
    expect(page.get_by_test_id("connection-lost")).to_have_count(0)
    expect(app_page.el("checkbox", "checkbox").get_by_role("checkbox")).to_be_checked()
    assert app_page.text_of("checkbox") == "checkbox: True"
    # And the connection works: another change goes through.
    app_page.rerun_after(app_page.el("toggle", "toggle").get_by_role("switch").check)
    assert app_page.text_of("toggle") == "toggle: True"


def test_the_page_takes_over_the_session_its_request_started(app_page: AppPage) -> None:
    # The server started the first run when it served the page and named the session in it;
    # a page that opened a session of its own instead would still work, only later.
    named = app_page.page.evaluate(
        "() => document.querySelector('meta[name=dataapp-session]')?.content ?? ''"
    )
    shown = app_page.page.evaluate("() => window.__dataapp.session.model.newSession.sessionId")
    assert len(named) == 32
    assert shown == named
