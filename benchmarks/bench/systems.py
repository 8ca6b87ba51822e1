"""The two systems under test: how to start each, and how to read its page.

Both run the same app script from benchmarks/apps/. dataapp marks a finished run on the app
root (`data-run-state="idle"`, `data-run-count` incremented; docs/frontend.md); Streamlit marks
it on its app root (`data-test-script-state="notRunning"`). Neither marker alone says *which*
run finished, so every wait also names the text that only the new run can have written.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATAAPP = "dataapp"
STREAMLIT = "streamlit"

# Streamlit's data-testid for each API name the benchmark apps use.
STREAMLIT_TESTIDS = {
    "markdown": "stMarkdown",
    "slider": "stSlider",
    "button": "stButton",
    "dataframe": "stDataFrame",
    "line_chart": "stVegaLiteChart",
    "exception": "stException",
}

Spec = dict[str, Any]


@dataclass(frozen=True)
class System:
    name: str
    python: Path
    # The console script that serves an app (`dataapp-desktop` or `streamlit`).
    script: Path
    version: str = ""
    # A packaged executable (`dataapp-desktop build`) of one app, started instead of `script`.
    packaged: Path | None = None

    # -- process -------------------------------------------------------------------------

    def command(self, app: Path, port: int) -> list[str]:
        if self.packaged is not None:
            return [str(self.packaged), "--headless", "--port", str(port)]
        if self.name == DATAAPP:
            return [str(self.script), str(app), "--headless", "--port", str(port)]
        return [
            str(self.script),
            "run",
            str(app),
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--browser.gatherUsageStats",
            "false",
        ]

    def launch_env(self) -> dict[str, str]:
        if self.name == DATAAPP:
            return {"DATAAPP_TOKEN": secrets.token_urlsafe(16)}
        return {}

    def url_from_line(self, line: str, port: int, env: dict[str, str]) -> str | None:
        """The page's URL once the server's output says it is ready, else None."""
        line = line.strip()
        if self.name == DATAAPP:
            expected = f"http://127.0.0.1:{port}/?token={env['DATAAPP_TOKEN']}"
            return line if line == expected else None
        # Streamlit prints "Local URL: http://localhost:<port>" once it listens.
        if re.search(rf"URL: http://\S+:{port}\b", line):
            return f"http://127.0.0.1:{port}/"
        return None

    # -- page ----------------------------------------------------------------------------

    def testid(self, api: str) -> str:
        name = api if self.name == DATAAPP else STREAMLIT_TESTIDS[api]
        return f'[data-testid="{name}"]'

    @property
    def slider_thumb(self) -> str:
        # dataapp: a role="slider" thumb; Streamlit 1.67 (React Aria): a hidden range input.
        slider = self.testid("slider")
        return f'{slider} [role="slider"], {slider} input[type="range"]'

    @property
    def button(self) -> str:
        """The <button> of an st.button (both wrap a native button, which Enter presses)."""
        return f"{self.testid('button')} button"

    @property
    def run_count_js(self) -> str:
        """JS expression: runs finished so far (dataapp), or 0 (Streamlit has no counter)."""
        if self.name == DATAAPP:
            return "Number(document.getElementById('root').dataset.runCount)"
        return "0"

    def run_finished(self, after_runs: int) -> Spec:
        """The gate (bench/probe.js): the app says a run later than `after_runs` finished."""
        if self.name == DATAAPP:
            return {
                "selector": "#root",
                "attr": "data-run-state",
                "equals": "idle",
                "countAttr": "data-run-count",
                "countAbove": after_runs,
            }
        return {
            "selector": '[data-testid="stApp"]',
            "attr": "data-test-script-state",
            "equals": "notRunning",
        }

    def last_text_is(self, text: str) -> Spec:
        """Condition: the last markdown element shows exactly `text`, and it is visible."""
        return {"kind": "text", "selector": self.testid("markdown"), "equals": text}

    def wait_spec(
        self, *conditions: Spec, timeout_s: float, after_runs: int = 0, frame: bool = False
    ) -> Spec:
        """All `conditions` once a run later than `after_runs` finished; an exception fails it."""
        return {
            "gate": self.run_finished(after_runs),
            "all": list(conditions),
            "fail": self.testid("exception"),
            "timeoutMs": int(timeout_s * 1000),
            "frame": frame,
        }
