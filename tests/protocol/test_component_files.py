"""Custom components' files over real HTTP: the launch token, no way out of the component's
folder, the Content-Security-Policy that keeps a component offline, the reporter script at the
top of its page, and an app's components.v1.html page served to run its scripts."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from dataapp.runtime import components
from tests.support.ws_client import TOKEN, RunningServer, start_server


@pytest.fixture
def served(tmp_path: Path) -> Iterator[RunningServer]:
    folder = tmp_path / "comp"
    (folder / "js").mkdir(parents=True)
    (folder / "index.html").write_text(
        "<!doctype html><html><head><title>c</title></head><body>hi</body></html>"
    )
    (folder / "js" / "main.mjs").write_text("export default 1;")
    (tmp_path / "secret.txt").write_text("not for the page")
    (folder / "escape").symlink_to(tmp_path / "secret.txt")
    components.declare(components.DeclaredComponent("pkg.comp", folder, None))
    app = tmp_path / "app.py"
    app.write_text("import dataapp as st\nst.text('x')\n")
    server = start_server(app)
    yield server
    server.stop()


def _get(server: RunningServer, path: str, token: bool = True) -> tuple[int, dict[str, str], bytes]:
    separator = "&" if "?" in path else "?"
    url = f"http://{server.base}{path}" + (f"{separator}token={TOKEN}" if token else "")
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return answer.status, dict(answer.headers), answer.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_a_components_page_is_served_with_its_policy_and_reporter(served: RunningServer) -> None:
    status, headers, body = _get(served, "/_dataapp/component/pkg.comp/index.html")
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    policy = headers["Content-Security-Policy"]
    assert "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:" in policy
    assert "frame-ancestors 'self'" in policy
    # The reporter comes first in <head>, before anything the component loads.
    assert body.startswith(b"<!doctype html><html><head><script>")
    assert b"securitypolicyviolation" in body and b"<title>c</title>" in body


def test_modules_are_served_as_javascript(served: RunningServer) -> None:
    status, headers, body = _get(served, "/_dataapp/component/pkg.comp/js/main.mjs")
    assert (status, headers["Content-Type"], body) == (
        200,
        "text/javascript; charset=utf-8",
        b"export default 1;",
    )


@pytest.mark.parametrize(
    "path",
    [
        "/_dataapp/component/pkg.comp/../secret.txt",
        "/_dataapp/component/pkg.comp/%2e%2e/secret.txt",
        "/_dataapp/component/pkg.comp/escape",
        "/_dataapp/component/pkg.comp/js",
        "/_dataapp/component/pkg.comp/missing.js",
        "/_dataapp/component/other.comp/index.html",
    ],
)
def test_nothing_outside_the_components_folder_is_served(served: RunningServer, path: str) -> None:
    status, _, body = _get(served, path)
    assert status == 404, (path, body)
    assert b"not for the page" not in body


def test_the_files_need_the_launch_token(served: RunningServer) -> None:
    status, _, body = _get(served, "/_dataapp/component/pkg.comp/index.html", token=False)
    assert status == 403
    assert b"<body>hi" not in body


def test_an_apps_html_page_is_served_to_run_its_scripts(served: RunningServer) -> None:
    store = served.thread.server.runtime.media
    media_id = store.add_document("<p>x</p><script>document.title = 'ran'</script>")
    status, headers, body = _get(served, f"/_dataapp/media/{media_id}")
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert "sandbox" not in headers["Content-Security-Policy"]
    assert "'unsafe-inline'" in headers["Content-Security-Policy"]
    assert body.endswith(b"<p>x</p><script>document.title = 'ran'</script>")
    # Any other HTML media stays inert (an upload shown with st.image, a download).
    other = store.add(b"<script>1</script>", "text/html")
    assert "sandbox" in _get(served, f"/_dataapp/media/{other}")[1]["Content-Security-Policy"]
