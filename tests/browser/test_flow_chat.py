"""A chat app streams its reply token by token, and only the new tokens travel."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import expect

from .conftest import REPO, SCREENSHOTS, AppPage, start_server

APP = str(REPO / "examples" / "chat.py")


def open_chat(browser: Any, url: str, scheme: str = "light") -> tuple[Any, AppPage, list[int]]:
    """The chat page, counting the bytes of every WebSocket frame the page receives."""
    context = browser.new_context(viewport={"width": 1000, "height": 760}, color_scheme=scheme)
    page = context.new_page()
    received: list[int] = []

    def watch(ws: Any) -> None:
        ws.on("framereceived", lambda payload: received.append(len(payload)))

    page.on("websocket", watch)
    app = AppPage(page)
    page.goto(url)
    app.wait_idle()
    return context, app, received


@pytest.fixture
def chat(browser: Any, app_url: str) -> Iterator[tuple[AppPage, list[int]]]:
    context, app, received = open_chat(browser, app_url)
    yield app, received
    context.close()


GROWTH_RECORDER = """index => {
    window.__lengths = [];
    const record = () => {
        const reply = document.querySelectorAll('[data-testid=chat_message]')[index];
        if (!reply) return;
        const length = reply.textContent.length;
        const lengths = window.__lengths;
        if (lengths[lengths.length - 1] !== length) lengths.push(length);
    };
    new MutationObserver(record).observe(document.querySelector('[data-testid=main]'),
        {subtree: true, childList: true, characterData: true});
}"""


def test_a_reply_streams_token_by_token_without_resending_the_message(
    chat: tuple[AppPage, list[int]],
) -> None:
    app, received = chat
    page = app.page
    box = app.el("chat_input").get_by_role("textbox")
    expect(app.el("bottom").get_by_role("textbox")).to_have_count(1)
    # The greeting, then the user's message: the reply will be the third message.
    page.evaluate(GROWTH_RECORDER, 2)
    received.clear()
    box.fill("tell me about dataapp")
    app.rerun_after(lambda: box.press("Enter"))
    reply = app.el("chat_message").last
    expect(reply).to_contain_text("only the new words travel to the page")
    text = str(reply.text_content())
    # Many DOM updates of the growing message, each longer than the one before.
    lengths: list[int] = page.evaluate("window.__lengths")
    assert len(lengths) >= 20, lengths
    assert lengths == sorted(lengths)
    # The bytes received stay near the reply's size: sending the whole message again with
    # every word would cost the sum of all its prefixes.
    words = text.split(" ")
    every_prefix = sum(len(" ".join(words[:n])) for n in range(1, len(words) + 1))
    assert sum(received) < every_prefix / 4, (sum(received), every_prefix)
    assert sum(received) < 4 * len(text) + 40 * len(words), (sum(received), len(text))
    # The box was emptied and kept its focus for the next message.
    assert box.input_value() == ""
    assert page.evaluate("document.activeElement.classList.contains('chat-input-text')")
    assert app.console_errors == []


def test_the_conversation_stays_and_shift_enter_adds_a_line(
    chat: tuple[AppPage, list[int]],
) -> None:
    app, received = chat
    box = app.el("chat_input").get_by_role("textbox")
    box.fill("hello")
    app.rerun_after(lambda: box.press("Enter"))
    expect(app.el("chat_message")).to_have_count(3)
    # A rerun that shows the same conversation again sends almost nothing.
    received.clear()
    app.page.evaluate("document.activeElement.blur()")
    app.rerun_after(lambda: app.page.keyboard.press("r"))
    expect(app.el("chat_message")).to_have_count(3)
    assert sum(received) < 400, received
    box.click()
    box.type("first line")
    box.press("Shift+Enter")
    box.type("second line")
    assert box.input_value() == "first line\nsecond line"
    assert app.el("chat_message").count() == 3
    expect(app.el("chat_message").nth(1).locator("[data-role=user]")).to_have_count(1)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_chat_screenshots(browser: Any, app_url: str, scheme: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    context, app, _ = open_chat(browser, app_url, scheme)
    box = app.el("chat_input").get_by_role("textbox")
    box.fill("What about the weather?")
    app.rerun_after(lambda: box.press("Enter"))
    box.fill("And a joke, please")
    app.page.wait_for_timeout(200)
    app.page.screenshot(path=str(SCREENSHOTS / f"chat-{scheme}.png"))
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_gallery_chat_tab(browser: Any, scheme: str) -> None:
    server = start_server(REPO / "examples" / "gallery.py")
    try:
        context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
        app = AppPage(context.new_page())
        app.page.goto(server.url)
        app.wait_idle()
        app.page.get_by_role("tab", name="Chat").click()
        tab = app.page.get_by_role("tabpanel", name="Chat")
        box = tab.get_by_role("textbox", name="Message the assistant")
        box.fill("Show me streaming")
        app.rerun_after(lambda: box.press("Enter"))
        expect(tab.locator("[data-testid=chat_message]")).to_have_count(4)
        expect(tab.locator("[data-testid=chat_message]").last).to_contain_text("travel to the page")
        app.page.wait_for_timeout(200)
        app.page.screenshot(path=str(SCREENSHOTS / f"gallery-chat-{scheme}.png"), full_page=True)
        assert app.console_errors == []
        context.close()
    finally:
        server.stop()
