"""st.pdf on the page: the browser's own PDF viewer in a frame over the media endpoint,
`height` pixels tall, named by `alt`, with Streamlit's st-key class; "stretch" fills a
fixed-height container; a document on another host is a link (the page frames no other host),
and without a PDF viewer the document can be saved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.sync_api import expect

from .conftest import SCREENSHOTS, AppPage

APP = "pdf_app.py"


def test_a_pdf_is_shown_in_the_browsers_pdf_viewer(app_page: AppPage) -> None:
    page = app_page.page
    viewers = app_page.el("pdf")
    expect(viewers).to_have_count(3)
    first = viewers.nth(0).locator("iframe")
    expect(first).to_have_attribute("title", "Quarterly report")
    src = first.get_attribute("src")
    assert src is not None and src.startswith("/_dataapp/media/")
    box = first.bounding_box()
    assert box is not None and abs(box["height"] - 398) <= 2  # 400 px with its border
    assert page.locator(".st-key-report iframe").count() == 1
    # The frame holds Chromium's PDF viewer, over the document the media endpoint serves.
    served = page.evaluate(
        """async url => { const r = await fetch(url);
             return [r.status, r.headers.get('content-type'), (await r.text()).slice(0, 5)]; }""",
        src,
    )
    assert served == [200, "application/pdf", "%PDF-"]
    page.wait_for_function(
        """() => performance.getEntriesByType('resource').some(e => e.name.includes('/_dataapp/media/'))""",
    )
    deadline = 50
    while deadline and not any(f.url.startswith("chrome-extension://") for f in page.frames):
        page.wait_for_timeout(100)
        deadline -= 1
    assert any(f.url.startswith("chrome-extension://") for f in page.frames), [
        f.url for f in page.frames
    ]
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "pdf.png"), full_page=True)


def test_a_stretched_pdf_fills_its_fixed_height_container(app_page: AppPage) -> None:
    container = app_page.page.locator('[data-testid="container"]').filter(
        has=app_page.page.locator('[data-testid="pdf"]')
    )
    frame = container.last.locator("iframe")
    outer = container.last.bounding_box()
    inner = frame.bounding_box()
    assert outer is not None and inner is not None
    assert outer["height"] == 600
    # The container's padding (1rem each side) and borders are all that is left.
    assert 560 <= inner["height"] <= 570


def test_a_pdf_on_another_host_is_a_link(app_page: AppPage) -> None:
    link = app_page.el("pdf").nth(2).locator("a")
    expect(link).to_have_attribute("href", "https://example.com/manual.pdf")
    expect(link).to_have_text("Open https://example.com/manual.pdf")
    assert app_page.el("pdf").nth(2).locator("iframe").count() == 0
    assert not app_page.console_errors


def test_without_a_pdf_viewer_the_document_can_be_saved(browser: Any, app_url: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(
        "Object.defineProperty(Navigator.prototype, 'pdfViewerEnabled', { get: () => false })"
    )
    app = AppPage(context.new_page())
    try:
        app.page.goto(app_url)
        app.wait_idle()
        link = app.el("pdf").nth(0).locator("a")
        expect(link).to_have_text("Download the PDF")
        expect(link).to_have_attribute("download", "document.pdf")
        with app.page.expect_download() as download:
            link.click()
        path = download.value.path()
        assert path is not None and Path(path).read_bytes()[:5] == b"%PDF-"
        assert app.el("pdf").locator("iframe").count() == 0
    finally:
        context.close()
