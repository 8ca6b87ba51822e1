"""Streamlit's own virtualenv (benchmarks/.venv-streamlit), created and filled by the benchmark.

Made from the interpreter that runs the benchmark, so both systems run on the same Python.
Runs `pip install` every time: when the wanted version is there it is a no-op of a few seconds,
and a changed `--streamlit` spec is honoured without deleting anything by hand. polars goes in
too, at the version the benchmark's own Python has (`_same_libraries`).
"""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

from bench.errors import MeasurementError
from bench.paths import BENCHMARKS, neutral_cwd

VENV = BENCHMARKS / ".venv-streamlit"


def ensure_streamlit(spec: str) -> tuple[Path, str]:
    """The Streamlit venv's python and the installed Streamlit version."""
    python = VENV / "bin" / "python"
    if not python.exists():
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    install = subprocess.run(
        [
            *(str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q", spec),
            *_same_libraries(),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=neutral_cwd(),
    )
    if install.returncode != 0:
        raise MeasurementError(
            f"pip install {spec!r} into {VENV} failed: {install.stderr.strip()[-800:]}"
        )
    version = subprocess.run(
        [str(python), "-c", "import streamlit; print(streamlit.__version__)"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=neutral_cwd(),
    )
    if version.returncode != 0:
        raise MeasurementError(f"Streamlit does not import: {version.stderr.strip()[-800:]}")
    same = subprocess.run(
        [str(python), "-c", "import sys; print(sys.version)"],
        capture_output=True,
        text=True,
        cwd=neutral_cwd(),
    ).stdout.strip()
    if same != sys.version:
        raise MeasurementError(
            f"{VENV} runs Python {same}, the benchmark runs {sys.version}: delete {VENV}"
        )
    return python, version.stdout.strip()


def _same_libraries() -> list[str]:
    """Pins of the optional data libraries the benchmark apps use, at the versions dataapp's
    side has (the real-data scenario shows polars frames in both systems)."""
    from importlib import metadata

    pins = []
    for name in ("polars",):
        try:
            pins.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            continue
    return pins
