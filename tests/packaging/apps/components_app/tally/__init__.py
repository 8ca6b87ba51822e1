"""The app's own component package: its frontend is the folder `frontend` beside this file
(the test copies tests/browser/components/fixtures/raw_v1 there)."""

from pathlib import Path

import streamlit.components.v1 as components

_raw = components.declare_component("tally", path=str(Path(__file__).parent / "frontend"))


def tally(label: str, key: str) -> object:
    return _raw(label=label, key=key, default={"clicks": 0})
