"""Run inside a network namespace with only loopback (test_packaged_components.py): start the
packaged app headless, open it in Debian's Chromium and use each component; exit 0 when every
value reached the app. Usage: drive_components.py EXECUTABLE SCREENSHOT."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time

from playwright.sync_api import sync_playwright

URL_LINE = re.compile(r"http://127\.0\.0\.1:\d+/\?token=\S+")


def main(executable: str, screenshot: str) -> int:
    app = subprocess.Popen(
        [executable, "--headless", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert app.stdout is not None
    url = None
    deadline = time.monotonic() + 180
    output = []
    while url is None and time.monotonic() < deadline:
        line = app.stdout.readline()
        if not line:
            break
        output.append(line)
        match = URL_LINE.search(line)
        url = match.group(0) if match else None
    if url is None:
        app.kill()
        print("no URL line:", "".join(output), file=sys.stderr)
        return 1
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=os.environ.get("DATAAPP_CHROMIUM", "/usr/bin/chromium"),
                headless=True,
                args=["--no-sandbox", "--disable-background-networking", "--disable-gpu"],
            )
            page = browser.new_page(viewport={"width": 1100, "height": 900})
            blocked: list[str] = []
            page.on("requestfailed", lambda r: blocked.append(r.url))
            page.goto(url)

            def shows(text: str) -> None:
                page.get_by_text(text, exact=True).first.wait_for(timeout=60_000)

            shows("page: Home")
            page.frame_locator('iframe[title="streamlit_option_menu.option_menu"]').get_by_text(
                "Reports"
            ).click(timeout=60_000)
            shows("page: Reports")
            field = page.locator('input[type="text"], input:not([type])').first
            field.press_sequentially("Oslo", delay=60)
            shows("typed: Oslo")
            frame = page.frame_locator('iframe[title="tally.tally"]')
            frame.locator("#send-json").click(timeout=60_000)
            shows("value: {'clicks': 1}")
            page.screenshot(path=screenshot, full_page=True)
            browser.close()
            # Everything the page and its frames asked for came from the app itself.
            assert not blocked, blocked
    finally:
        app.terminate()
        app.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
