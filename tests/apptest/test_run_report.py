"""The run inspector's record, through AppTest's `run_report`: each st.* call of the app with
where it was made, cached functions with hit or miss, queries cached or sent to the database
(flagged when the same code sends one at every rerun), and the bytes a run sent."""

from __future__ import annotations

from pathlib import Path

from dataapp.testing import AppTest

APP = """
import time
import pandas as pd
import streamlit as st

conn = st.connection("db", type="sql", url="sqlite:///:memory:")

@st.cache_data
def load(n):
    time.sleep(0.05)
    return list(range(n))

data = load(5)
st.title("Inspect me")
st.write("rows", len(data))
city = st.selectbox("City", ["Lima", "Osaka"])
kept = conn.query("select 1 as one", ttl=600)
with conn.session as s:
    fresh = s.execute(__import__("sqlalchemy").text(f"select '{city}'")).scalar()
"""


def _app(tmp_path: Path) -> AppTest:
    import dataapp

    # Caches are the process's: another test's query must not answer this one's first run.
    dataapp.cache_data.clear()
    dataapp.cache_resource.clear()
    script = tmp_path / "app.py"
    script.write_text(APP)
    return AppTest.from_file(str(script), default_timeout=60).run()


def test_the_report_lists_the_apps_calls_with_where_it_made_them(tmp_path: Path) -> None:
    at = _app(tmp_path)
    report = at.run_report
    assert report is not None and not at.exception
    # st.write's own markdown and the cache's spinner are dataapp's calls, not the app's.
    assert [(c.name, c.where) for c in report.calls] == [
        ("st.title", "app.py:14"),
        ("st.write", "app.py:15"),
        ("st.selectbox", "app.py:16"),
    ]
    assert all(c.seconds >= 0 for c in report.calls)
    assert report.bytes_sent > 0 and report.messages_sent >= 3


def test_cached_functions_say_hit_or_miss(tmp_path: Path) -> None:
    at = _app(tmp_path)
    load = [u for u in at.run_report.caches if u.function == "load"]
    assert [(u.kind, u.hit) for u in load] == [("st.cache_data", False)]
    at.run()
    assert [u.hit for u in at.run_report.caches if u.function == "load"] == [True]


def test_queries_say_whether_the_database_ran_them_and_flag_one_at_every_rerun(
    tmp_path: Path,
) -> None:
    at = _app(tmp_path)
    first = {q.sql: q for q in at.run_report.queries}
    assert not first["select 1 as one"].cached
    assert not first["select 'Lima'"].cached and not first["select 'Lima'"].every_run
    at.selectbox[0].select("Osaka").run()
    second = {q.sql: q for q in at.run_report.queries}
    # conn.query's cache answered; the session's statement went to the database again, from
    # the same line of the app with other text: flagged.
    assert second["select 1 as one"].cached and not second["select 1 as one"].every_run
    assert second["select 'Osaka'"].where == "app.py:19"
    assert not second["select 'Osaka'"].cached and second["select 'Osaka'"].every_run
    assert [q.sql for q in at.run_report.uncached_queries] == ["select 'Osaka'"]


def test_a_session_that_is_not_inspected_records_nothing(tmp_path: Path) -> None:
    from dataapp.runtime.config import AppConfig
    from dataapp.runtime.runtime import Runtime
    from tests.support.recording import RecordingClient

    script = tmp_path / "app.py"
    script.write_text("import dataapp as st\nst.text('x')\n")
    runtime = Runtime(str(script), AppConfig())
    client = RecordingClient()
    session = runtime.create_session(client, None)
    assert session.join(10)
    kinds = [m.WhichOneof("type") for m in client.take()]
    assert "run_report" not in kinds and "script_finished" in kinds
    runtime.stop()
