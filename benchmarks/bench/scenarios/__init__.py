"""The scenarios, in the order the report lists them; each module has TITLE and run(ctx)."""

from __future__ import annotations

from types import ModuleType

from bench.scenarios import (
    big_data,
    cold_start,
    desktop,
    idle_memory,
    import_time,
    line_chart,
    real_data,
    rerun,
    thousand,
)

SCENARIOS: dict[str, ModuleType] = {
    "cold_start": cold_start,
    "rerun": rerun,
    "thousand": thousand,
    "big_data": big_data,
    "real_data": real_data,
    "line_chart": line_chart,
    "idle_memory": idle_memory,
    "import_time": import_time,
    "desktop": desktop,
}
