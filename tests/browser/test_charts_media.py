"""Charts, media and file transfers in the page (apps/charts_media/app.py): every chart draws
(data-rendered-rev), follows the theme and reports selections; images, audio and video load
through the token-protected media endpoint (video with range requests); uploads reach the app
and respect server.maxUploadSize; downloads save the app's bytes; nothing leaves loopback; a
million-point line chart costs well under 1 MB on the WebSocket."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from .conftest import APPS, REPO, SCREENSHOTS, AppPage, offline_guard, start_server

APP = "charts_media/app.py"
CHARTS = [
    "line_chart",
    "area_chart",
    "bar_chart",
    "scatter_chart",
    "map",
    "altair_chart",
    "vega_lite_chart",
    "plotly_chart",
    "pyplot",
]


def open_page(
    browser: Any,
    url: str,
    scheme: str = "light",
    offline: list[str] | None = None,
    media_statuses: dict[str, int] | None = None,
) -> tuple[Any, AppPage]:
    """`media_statuses` collects the HTTP status of every media response, from the first."""
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, color_scheme=scheme, accept_downloads=True
    )
    if media_statuses is not None:
        context.on(
            "response",
            lambda r: (
                media_statuses.__setitem__(r.url, r.status) if "/_dataapp/media/" in r.url else None
            ),
        )
    if offline is not None:
        context.route("**/*", offline_guard(offline))
    page = context.new_page()
    app = AppPage(page)
    page.goto(url)
    app.wait_idle()
    return context, app


@pytest.fixture
def charts(browser: Any, app_url: str) -> Iterator[AppPage]:
    context, app = open_page(browser, app_url)
    yield app
    context.close()


def rendered_rev(app: AppPage, testid: str) -> int:
    value = app.el(testid).first.get_attribute("data-rendered-rev")
    return int(value or 0)


def wait_rendered(app: AppPage, testid: str, above: int = 0, timeout: float = 30_000) -> None:
    app.page.wait_for_function(
        """([id, n]) => { const e = document.querySelector(`[data-testid="${id}"]`);
                          return e !== null && Number(e.dataset.renderedRev || 0) > n; }""",
        arg=[testid, above],
        timeout=timeout,
    )


def wait_all_charts(app: AppPage) -> None:
    for testid in CHARTS:
        try:
            wait_rendered(app, testid)
        except Exception as error:
            revs = app.page.evaluate(
                "() => [...document.querySelectorAll('.element')].map("
                "e => `${e.dataset.testid}:${e.dataset.renderedRev ?? '-'}`).join(' ')"
            )
            raise AssertionError(f"{testid} was not drawn; {revs}; {app.console_errors}") from error


def test_every_chart_type_draws(charts: AppPage) -> None:
    wait_all_charts(charts)
    for testid in CHARTS:
        chart = charts.el(testid)
        expect(chart).to_have_count(1)
        drawn = chart.locator("canvas, svg.main-svg, img")
        assert drawn.count() >= 1, testid
    # The map draws the bundled world under its points (no tile server).
    assert charts.page.locator('[data-testid="map"] canvas').count() == 1
    assert charts.console_errors == [], charts.console_errors


def test_charts_redraw_in_the_other_theme(charts: AppPage) -> None:
    wait_all_charts(charts)
    before = {t: rendered_rev(charts, t) for t in ("line_chart", "plotly_chart")}
    charts.page.get_by_role("button", name="Main menu").click()
    charts.page.get_by_test_id("theme-dark").click()
    for testid, rev in before.items():
        wait_rendered(charts, testid, above=rev)
    assert charts.console_errors == [], charts.console_errors


def test_altair_interval_selection_reaches_the_app(charts: AppPage) -> None:
    wait_rendered(charts, "altair_chart")
    canvas = charts.el("altair_chart").locator("canvas")
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    assert box is not None
    y = box["y"] + box["height"] * 0.45
    page = charts.page
    before = charts.run_count()
    page.mouse.move(box["x"] + box["width"] * 0.3, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.5, y, steps=5)
    page.mouse.move(box["x"] + box["width"] * 0.6, y, steps=5)
    page.mouse.up()
    charts.wait_idle(after=before)
    expect(charts.page.get_by_text("altair selection: ['x']")).to_be_visible()


def test_plotly_click_selects_a_point(charts: AppPage) -> None:
    wait_rendered(charts, "plotly_chart")
    point = charts.el("plotly_chart").locator(".scatterlayer .point").nth(5)
    before = charts.run_count()
    point.click(force=True)
    charts.wait_idle(after=before)
    expect(charts.page.get_by_text("plotly points: 1")).to_be_visible()


def test_media_load_through_the_token_protected_endpoint(browser: Any, app_url: str) -> None:
    statuses: dict[str, int] = {}
    context, app = open_page(browser, app_url, media_statuses=statuses)
    page = app.page
    image = app.el("image").locator("img")
    expect(image).to_have_count(1)
    page.wait_for_function(
        "() => document.querySelector('[data-testid=image] img')?.naturalWidth === 96"
    )
    page.wait_for_function(
        "() => document.querySelector('[data-testid=audio] audio')?.readyState >= 1", timeout=20_000
    )
    duration = page.evaluate("() => document.querySelector('[data-testid=audio] audio').duration")
    assert abs(duration - 2.0) < 0.05
    page.wait_for_function(
        "() => document.querySelector('[data-testid=video] video')?.readyState >= 1", timeout=20_000
    )
    assert (
        page.evaluate("() => document.querySelector('[data-testid=video] video').videoWidth") == 320
    )
    tracks = page.evaluate(
        "() => [...document.querySelectorAll('[data-testid=video] track')].map(t => t.src)"
    )
    assert len(tracks) == 1 and "/_dataapp/media/" in tracks[0]
    src = str(image.get_attribute("src"))
    assert re.fullmatch(r"/_dataapp/media/[0-9a-f]{32}", src), src
    # The same URL without the launch token (a fresh browser: no cookie) is refused.
    stranger = browser.new_context()
    origin = app_url.split("/?")[0]
    response = stranger.request.get(origin + src)
    assert response.status == 403
    stranger.close()
    assert statuses and all(s in (200, 206) for s in statuses.values()), statuses
    assert app.console_errors == [], app.console_errors
    context.close()


def test_seeking_the_video_asks_for_a_byte_range(browser: Any, app_url: str) -> None:
    context, app = open_page(browser, app_url)
    page = app.page
    ranges: list[tuple[str | None, int, str | None]] = []

    def record(response: Any) -> None:
        if "/_dataapp/media/" in response.url and response.request.resource_type == "media":
            headers = response.request.headers
            ranges.append(
                (headers.get("range"), response.status, response.headers.get("content-range"))
            )

    page.on("response", record)
    video = "document.querySelector('[data-testid=video] video')"
    page.wait_for_function(f"() => {video}?.readyState >= 1", timeout=20_000)
    page.evaluate(f"() => {{ {video}.currentTime = 5.5; }}")
    page.wait_for_function(f"() => {video}.readyState >= 2 && !{video}.seeking", timeout=20_000)
    later = [r for r in ranges if r[0] and not r[0].startswith("bytes=0-")]
    assert later, f"no range request after the seek: {ranges}"
    header, status, content_range = later[-1]
    assert status == 206
    assert content_range is not None and content_range.startswith("bytes ")
    assert header is not None
    start = int(header.split("=")[1].split("-")[0])
    assert content_range.startswith(f"bytes {start}-")
    context.close()


def test_uploaded_csv_reaches_the_app(charts: AppPage) -> None:
    page = charts.page
    uploader = charts.el("file_uploader", key="csv")
    before = charts.run_count()
    uploader.locator("input[type=file]").set_input_files(
        files=[
            {"name": "people.csv", "mimeType": "text/csv", "buffer": b"name,age\nAda,36\nAlan,41\n"}
        ]
    )
    charts.wait_idle(after=before)
    expect(page.get_by_text("uploaded: people.csv rows=2 size=24")).to_be_visible()
    expect(uploader.locator(".uploaded-file")).to_contain_text("people.csv")


def test_a_file_over_the_size_limit_is_refused_with_a_message(charts: AppPage) -> None:
    page = charts.page
    posts: list[str] = []
    page.on("request", lambda r: posts.append(r.url) if r.method == "POST" else None)
    uploader = charts.el("file_uploader", key="csv")
    big = b"a,b\n" + b"1,2\n" * (400 * 1024)  # 1.6 MB; the app allows 1 MB
    uploader.locator("input[type=file]").set_input_files(
        files=[{"name": "big.csv", "mimeType": "text/csv", "buffer": big}]
    )
    alert = uploader.get_by_role("alert")
    expect(alert).to_contain_text("big.csv is 1.6 MB, over the 1.0 MB limit per file")
    expect(alert).to_contain_text("server.maxUploadSize")
    assert posts == []


def test_a_file_of_another_type_is_refused(charts: AppPage) -> None:
    uploader = charts.el("file_uploader", key="csv")
    uploader.locator("input[type=file]").set_input_files(
        files=[{"name": "notes.txt", "mimeType": "text/plain", "buffer": b"hi"}]
    )
    expect(uploader.get_by_role("alert")).to_contain_text(
        "notes.txt: this type of file is not accepted"
    )


def test_several_files_upload_and_one_is_removed(charts: AppPage) -> None:
    page = charts.page
    uploader = charts.el("file_uploader", key="many")
    before = charts.run_count()
    uploader.locator("input[type=file]").set_input_files(
        files=[
            {"name": "a.txt", "mimeType": "text/plain", "buffer": b"first"},
            {"name": "b.txt", "mimeType": "text/plain", "buffer": b"second"},
        ]
    )
    charts.wait_idle(after=before)
    expect(page.get_by_text("files: a.txt, b.txt")).to_be_visible()
    before = charts.run_count()
    uploader.get_by_role("button", name="Remove a.txt").click()
    charts.wait_idle(after=before)
    expect(page.get_by_text("files: b.txt")).to_be_visible()


def test_download_button_saves_the_apps_bytes_and_reruns(charts: AppPage) -> None:
    page = charts.page
    before = charts.run_count()
    with page.expect_download() as caught:
        page.get_by_role("link", name="Download numbers").click()
    download = caught.value
    assert download.suggested_filename == "numbers.bin"
    assert Path(download.path()).read_bytes() == bytes(range(256)) * 4
    charts.wait_idle(after=before)
    expect(page.get_by_text("downloads: 1")).to_be_visible()


def test_a_dataframe_downloads_as_csv(charts: AppPage) -> None:
    page = charts.page
    with page.expect_download() as caught:
        page.get_by_role("link", name="Download table").click()
    download = caught.value
    assert download.suggested_filename == "cities.csv"
    rows = list(csv.reader(io.StringIO(Path(download.path()).read_text())))
    assert rows[0] == ["lat", "lon", "people"]
    assert len(rows) == 9


def test_link_button_opens_in_a_new_window(charts: AppPage) -> None:
    link = charts.el("link_button").get_by_role("link", name="Dataapp docs")
    expect(link).to_have_attribute("href", "https://example.com/docs")
    expect(link).to_have_attribute("target", "_blank")


def test_no_request_leaves_loopback(browser: Any, app_url: str) -> None:
    blocked: list[str] = []
    context, app = open_page(browser, app_url, offline=blocked)
    wait_all_charts(app)
    app.page.wait_for_function(
        "() => document.querySelector('[data-testid=video] video')?.readyState >= 1", timeout=20_000
    )
    assert blocked == [], f"requests that tried to leave the machine: {blocked}"
    assert app.console_errors == [], app.console_errors
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_charts_and_media_screenshots(browser: Any, app_url: str, scheme: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    context, app = open_page(browser, app_url, scheme)
    wait_all_charts(app)
    app.page.evaluate("() => document.fonts.ready")
    app.page.wait_for_function(
        "() => [...document.querySelectorAll('img')].every(i => i.complete && i.naturalWidth > 0)"
    )
    # The video shows its first frame.
    app.page.wait_for_function(
        "() => document.querySelector('[data-testid=video] video')?.readyState >= 2",
        timeout=20_000,
    )
    app.page.screenshot(path=str(SCREENSHOTS / f"charts-media-{scheme}.png"), full_page=True)
    assert app.console_errors == [], app.console_errors
    context.close()


def test_a_million_point_line_chart_costs_under_a_megabyte(browser: Any) -> None:
    server = start_server(APPS / "big_chart_app.py")
    try:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        received: list[int] = []
        page.on(
            "websocket",
            lambda ws: ws.on("framereceived", lambda payload: received.append(len(payload))),
        )
        app = AppPage(page)
        page.goto(server.url)
        app.wait_idle(timeout=60_000)
        wait_rendered(app, "line_chart", timeout=60_000)
        expect(app.el("line_chart").locator(".chart-note")).to_contain_text("of 1,000,000 points")
        total = sum(received)
        assert total < 1_000_000, f"{total} bytes on the WebSocket"
        assert app.console_errors == [], app.console_errors
        context.close()
    finally:
        server.stop()


@pytest.fixture(scope="module")
def gallery_url() -> Iterator[str]:
    server = start_server(REPO / "examples" / "gallery.py")
    try:
        yield server.url
    finally:
        server.stop()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_gallery_charts_tab_offline_with_screenshots(
    browser: Any, gallery_url: str, scheme: str
) -> None:
    blocked: list[str] = []
    context, app = open_page(browser, gallery_url, scheme, offline=blocked)
    app.page.get_by_role("tab", name="Charts & media").click()
    for testid in (
        "line_chart",
        "area_chart",
        "bar_chart",
        "scatter_chart",
        "map",
        "altair_chart",
        "plotly_chart",
        "image",
    ):
        wait_rendered(app, testid)
    app.page.evaluate("() => document.fonts.ready")
    app.page.screenshot(
        path=str(SCREENSHOTS / f"gallery-charts-media-{scheme}.png"), full_page=True
    )
    assert blocked == [], f"requests that tried to leave the machine: {blocked}"
    assert app.console_errors == [], app.console_errors
    context.close()


def chart_rows(app: AppPage) -> int:
    """Rows of the first chart's table, as the page holds them."""
    return int(
        app.page.evaluate(
            """() => {
                const walk = (node) => node.kind === "element" ? [node.element]
                    : node.children.flatMap(walk);
                const charts = window.__dataapp.session.model.tree.flatMap(walk)
                    .filter((e) => e.type.case === "vegaLiteChart");
                const column = charts[0].type.value.datasets[0].columns[0].values.value;
                return column.data.length;
            }"""
        )
    )


def test_add_rows_grows_a_chart_on_the_page(browser: Any) -> None:
    server = start_server(APPS / "add_rows_app.py")
    try:
        context, app = open_page(browser, server.url)
        wait_rendered(app, "line_chart")
        assert chart_rows(app) == 2
        rev = rendered_rev(app, "line_chart")
        field = app.el("number_input").locator("input")
        field.fill("30")
        app.rerun_after(lambda: field.press("Enter"))
        wait_rendered(app, "line_chart", above=rev)
        assert chart_rows(app) == 32
        assert app.console_errors == [], app.console_errors
        context.close()
    finally:
        server.stop()
