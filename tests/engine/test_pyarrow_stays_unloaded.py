"""pyarrow is a dependency (docs/caching.md, "pyarrow"), but cold start is a feature: a server
whose app does not use pandas never loads it, not at start, not while it serves a session."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.processes import serve_app
from tests.support.ws_client import connect

TWENTY = Path(__file__).resolve().parents[2] / "benchmarks" / "apps" / "twenty.py"


@dataclass(frozen=True)
class _Address:
    """What `connect` needs of a server: where it listens."""

    base: str


def _loaded(pid: int, library: str) -> list[str]:
    """The files of `library` mapped into process `pid` (its shared objects, once imported)."""
    maps = Path(f"/proc/{pid}/maps").read_text()
    return sorted({line.split()[-1] for line in maps.splitlines() if f"/{library}/" in line})


def test_pyarrow_is_installed() -> None:
    import pyarrow  # the dependency itself: pandas' str columns are Arrow-backed with it

    assert int(pyarrow.__version__.split(".")[0]) >= 16


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs Linux /proc")
def test_a_served_session_of_an_app_without_pandas_loads_no_pyarrow() -> None:
    served = serve_app(TWENTY)
    try:

        async def one_session() -> int:
            connection = await connect(_Address(f"127.0.0.1:{served.port}"))
            messages = await connection.read_run(timeout=30)
            connection.ws.close()
            return len(messages)

        assert asyncio.run(one_session()) >= 20
        # The probe sees extension modules: protobuf's is loaded by every server.
        assert _loaded(served.process.pid, "_upb"), "the probe must see loaded libraries"
        assert _loaded(served.process.pid, "pyarrow") == []
        assert _loaded(served.process.pid, "pandas") == []
    finally:
        served.stop()
