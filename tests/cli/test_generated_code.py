"""Generated protocol code is committed; this fails when it no longer matches the .proto files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_generated_python_protocol_code_is_fresh() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "engine" / "proto" / "generate.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
