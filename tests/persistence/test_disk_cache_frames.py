"""st.cache_data(persist="disk") with a DataFrame: kept in memory as a shared read-only frame
(engine/runtime/caching/values.py), written to and read back from its file in another launch,
and isolated from what callers do to it in both launches."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.persistence.test_disk_cache import DiskApp

APP = """
import dataapp as st
import pandas as pd

@st.cache_data(persist="disk", show_spinner=False)
def load():
    with open(COUNTER, "a") as calls:
        calls.write("1\\n")
    return pd.DataFrame(
        {
            "day": pd.to_datetime(["2024-01-01", "2024-01-02"]),
            "region": pd.Categorical(["north", "south"]),
            "name": ["ana", "bo"],
            "sales": [1.5, 2.5],
        }
    )

first = load()
first.iloc[0, 3] = -1.0
first["name"] = "changed"
first.sort_values("sales", inplace=True)
second = load()
second.loc[1, "region"] = "north"
second.index.name = "renamed"
st.text(load().to_json(date_format="iso"))
st.text(str(second.loc[1, "region"]))
"""

ORIGINAL = (
    '{"day":{"0":"2024-01-01T00:00:00.000","1":"2024-01-02T00:00:00.000"},'
    '"region":{"0":"north","1":"south"},"name":{"0":"ana","1":"bo"},"sales":{"0":1.5,"1":2.5}}'
)


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DiskApp:
    monkeypatch.setenv("DATAAPP_DATA_DIR", str(tmp_path / "data"))
    folder = tmp_path / "app"
    folder.mkdir()
    return DiskApp(folder / "app.py", tmp_path / "calls.txt")


def test_a_persisted_frame_is_read_back_in_the_next_launch_and_stays_isolated(
    app: DiskApp,
) -> None:
    app.write(APP)
    assert app.texts() == [ORIGINAL, "north"]
    assert len(app.entry_files()) == 1
    # The next launch reads the file: the function does not run again.
    assert app.texts() == [ORIGINAL, "north"]
    assert app.calls == [1]
