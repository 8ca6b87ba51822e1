"""Test-suite wide rules.

With DATAAPP_REQUIRE_ALL=1 (set by .ci/run), a test skipped because a component is missing
(Chromium, Xvfb, the built frontend, ...) is reported as a failure: CI must run everything.
"""

from __future__ import annotations

import os
from collections.abc import Generator
from typing import Any

import pytest

REQUIRE_ALL = os.environ.get("DATAAPP_REQUIRE_ALL") == "1"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[Any]
) -> Generator[None, Any, None]:
    outcome = yield
    report = outcome.get_result()
    if REQUIRE_ALL and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.longrepr = f"skipped, but DATAAPP_REQUIRE_ALL=1 forbids skips: {reason}"
