"""st.connection(type="sql") on SQLite files: settings, sharing, cached queries, errors.

SQLite is the embedded engine (Python's own sqlite3): every test here runs a real database in a
temporary file, through AppTest, the way an app uses it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dataapp.testing import AppTest

pytest.importorskip("sqlalchemy")


def _pets(tmp_path: Path) -> str:
    """A SQLite file with a small table; returns its SQLAlchemy URL."""
    path = tmp_path / "pets.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE pets (name TEXT, owner TEXT, age INTEGER)")
        db.executemany(
            "INSERT INTO pets VALUES (?, ?, ?)",
            [("Rex", "ann", 3), ("Tom", "bob", 5), ("Kit", "ann", 1)],
        )
    return f"sqlite:///{path}"


def _add_pet(url: str, name: str) -> None:
    with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
        db.execute("INSERT INTO pets VALUES (?, 'cat', 2)", (name,))


def _run(script: str, secrets: dict[str, object] | None = None) -> AppTest:
    at = AppTest.from_string(script, default_timeout=20)
    if secrets:
        at.secrets.update(secrets)
    return at.run()


def _texts(at: AppTest) -> list[str]:
    return [t.value for t in at.text]


def _error(at: AppTest) -> str:
    assert len(at.exception) == 1, _texts(at)
    return str(at.exception[0].message)


# -- making a connection -------------------------------------------------------------------------


def test_sql_connection_reads_its_url_from_secrets_and_queries(tmp_path: Path) -> None:
    url = _pets(tmp_path)
    at = _run(
        """
        import streamlit as st
        conn = st.connection("pets_db", type="sql")
        df = conn.query("SELECT name, age FROM pets ORDER BY name")
        st.text(type(conn).__name__)
        st.text(",".join(df["name"]))
        st.text(str(df["age"].sum()))
        st.text(conn.driver)
        """,
        {"connections": {"pets_db": {"url": url}}},
    )
    assert not at.exception
    assert _texts(at) == ["SQLConnection", "Kit,Rex,Tom", "9", "pysqlite"]


def test_type_comes_from_the_name_sql_from_secrets_from_a_class_or_a_dotted_path(
    tmp_path: Path,
) -> None:
    url = _pets(tmp_path)
    at = _run(
        f"""
        import streamlit as st
        from streamlit.connections import SQLConnection
        a = st.connection("sql")
        b = st.connection("typed_in_secrets")
        c = st.connection("by_class", type=SQLConnection, url={url!r})
        d = st.connection("by_path", type="streamlit.connections.SQLConnection", url={url!r})
        e = st.connection("by_path2", type="dataapp.connections.SQLConnection", url={url!r})
        for conn in (a, b, c, d, e):
            st.text(f"{{type(conn).__name__}} {{len(conn.query('SELECT * FROM pets'))}}")
        st.text(str(st.connections.SQLConnection is SQLConnection))
        """,
        {"connections": {"sql": {"url": url}, "typed_in_secrets": {"type": "sql", "url": url}}},
    )
    assert not at.exception, _error(at)
    assert _texts(at) == ["SQLConnection 3"] * 5 + ["True"]


def test_url_parts_instead_of_a_url_and_arguments_win_over_secrets(tmp_path: Path) -> None:
    url = _pets(tmp_path)
    other = tmp_path / "other.db"
    sqlite3.connect(other).close()
    at = _run(
        f"""
        import streamlit as st
        conn = st.connection("parts", type="sql", database={str(tmp_path / "pets.db")!r})
        st.text(str(len(conn.query("SELECT * FROM pets"))))
        """,
        {"connections": {"parts": {"dialect": "sqlite", "database": str(other)}}},
    )
    assert url
    assert not at.exception, _error(at)
    assert _texts(at) == ["3"]


def test_connection_name_from_an_environment_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = _pets(tmp_path)
    monkeypatch.setenv("PETS_CONNECTION", "pets_db")
    at = _run(
        """
        import streamlit as st
        conn = st.connection("env:PETS_CONNECTION", type="sql")
        st.text(str(len(conn.query("SELECT * FROM pets"))))
        """,
        {"connections": {"pets_db": {"url": url}}},
    )
    assert _texts(at) == ["3"]


# -- sharing -------------------------------------------------------------------------------------

_SHOW_INSTANCE = """
import streamlit as st
conn = st.connection("pets_db", type="sql")
st.text(str(conn._connection_instance_id))
"""


def test_one_connection_is_shared_by_reruns_and_sessions_until_the_resource_cache_is_cleared(
    tmp_path: Path,
) -> None:
    secrets = {"connections": {"pets_db": {"url": _pets(tmp_path)}}}
    first = _run(_SHOW_INSTANCE, secrets)
    other_session = _run(_SHOW_INSTANCE, secrets)
    assert _texts(first.run()) == _texts(other_session)
    import dataapp as st

    st.cache_resource.clear()
    assert _texts(first.run()) != _texts(other_session)


def test_a_session_scoped_connection_class_gets_one_connection_per_session() -> None:
    script = """
    import streamlit as st
    from streamlit.connections import BaseConnection

    class PerSession(BaseConnection[object]):
        @classmethod
        def scope(cls):
            return "session"

        def _connect(self, **kwargs):
            return object()

    st.text(str(st.connection("mine", type=PerSession)._connection_instance_id))
    """
    first = _run(script)
    assert _texts(first.run()) == _texts(first)
    assert _texts(_run(script)) != _texts(first)


def test_a_connection_with_a_ttl_is_made_again_when_it_expires(tmp_path: Path) -> None:
    secrets = {"connections": {"pets_db": {"url": _pets(tmp_path)}}}
    script = _SHOW_INSTANCE.replace('type="sql"', 'type="sql", ttl=0.3')
    at = _run(script, secrets)
    first = _texts(at)
    assert _texts(at.run()) == first
    import time

    time.sleep(0.4)
    assert _texts(at.run()) != first


# -- queries -------------------------------------------------------------------------------------


def test_query_results_are_cached_until_cleared(tmp_path: Path) -> None:
    url = _pets(tmp_path)
    script = """
    import streamlit as st
    conn = st.connection("pets_db", type="sql")
    st.text(str(len(conn.query("SELECT * FROM pets"))))
    if st.button("clear"):
        st.cache_data.clear()
        st.text(str(len(conn.query("SELECT * FROM pets"))))
    """
    at = _run(script, {"connections": {"pets_db": {"url": url}}})
    assert _texts(at) == ["3"]
    _add_pet(url, "Max")
    assert _texts(at.run()) == ["3"]
    at.button[0].click().run()
    assert _texts(at) == ["3", "4"]


def test_query_ttl_runs_the_query_again_once_the_result_expired(tmp_path: Path) -> None:
    url = _pets(tmp_path)
    at = _run(
        """
        import streamlit as st
        conn = st.connection("pets_db", type="sql")
        st.text(str(len(conn.query("SELECT * FROM pets", ttl=0.3))))
        """,
        {"connections": {"pets_db": {"url": url}}},
    )
    _add_pet(url, "Max")
    assert _texts(at.run()) == ["3"]
    import time

    time.sleep(0.4)
    assert _texts(at.run()) == ["4"]


def test_query_params_index_col_and_pandas_arguments(tmp_path: Path) -> None:
    at = _run(
        """
        import streamlit as st
        conn = st.connection("pets_db", type="sql")
        df = conn.query(
            "SELECT name, age FROM pets WHERE owner = :owner ORDER BY age",
            params={"owner": "ann"},
            index_col="name",
            dtype={"age": "float64"},
        )
        st.text(",".join(df.index))
        st.text(str(df["age"].dtype))
        other = conn.query(
            "SELECT name FROM pets WHERE owner = :owner", params={"owner": "bob"}
        )
        st.text(",".join(other["name"]))
        """,
        {"connections": {"pets_db": {"url": _pets(tmp_path)}}},
    )
    assert _texts(at) == ["Kit,Rex", "float64", "Tom"]


def test_query_with_chunksize_gives_an_iterator_of_frames_also_when_cached(
    tmp_path: Path,
) -> None:
    # Streamlit 1.67 fails here: the generator pandas returns cannot be pickled by cache_data.
    at = _run(
        """
        import streamlit as st
        conn = st.connection("pets_db", type="sql")
        for run in range(2):
            chunks = conn.query("SELECT name FROM pets ORDER BY name", chunksize=2)
            st.text(str([list(chunk["name"]) for chunk in chunks]))
        """,
        {"connections": {"pets_db": {"url": _pets(tmp_path)}}},
    )
    assert not at.exception, _error(at)
    assert _texts(at) == ["[['Kit', 'Rex'], ['Tom']]"] * 2


def test_session_writes_and_connect_reads(tmp_path: Path) -> None:
    at = _run(
        """
        import streamlit as st
        from sqlalchemy import text
        conn = st.connection("pets_db", type="sql")
        with conn.session as session:
            session.execute(text("INSERT INTO pets VALUES (:n, 'eve', 7)"), {"n": "Bo"})
            session.commit()
        with conn.connect() as c:
            st.text(str(c.execute(text("SELECT count(*) FROM pets")).scalar()))
        st.text(str(conn.engine.url.database).rsplit("/", 1)[-1])
        """,
        {"connections": {"pets_db": {"url": _pets(tmp_path)}}},
    )
    assert not at.exception, _error(at)
    assert _texts(at) == ["4", "pets.db"]


def test_an_in_memory_sqlite_database_lives_across_reruns() -> None:
    # Each run has its own thread; SQLAlchemy's default pool would give each its own database.
    at = (
        _run(
            """
        import streamlit as st
        from sqlalchemy import text
        conn = st.connection("memory", type="sql", url="sqlite://")
        if st.button("create"):
            with conn.session as s:
                s.execute(text("CREATE TABLE t (x INTEGER)"))
                s.execute(text("INSERT INTO t VALUES (42)"))
                s.commit()
        else:
            st.text(str(conn.query("SELECT x FROM t", ttl=0)["x"][0]))
        """
        )
        .button[0]
        .click()
        .run()
    )
    assert not at.exception
    at.run()
    assert not at.exception, _error(at)
    assert _texts(at) == ["42"]


def test_reset_connects_again_on_next_use(tmp_path: Path) -> None:
    at = _run(
        """
        import streamlit as st
        conn = st.connection("pets_db", type="sql")
        before = conn.engine
        conn.reset()
        st.text(str(conn.engine is before))
        st.text(str(len(conn.query("SELECT * FROM pets"))))
        """,
        {"connections": {"pets_db": {"url": _pets(tmp_path)}}},
    )
    assert _texts(at) == ["False", "3"]


# -- custom connections --------------------------------------------------------------------------


def test_a_subclass_of_base_connection_gets_its_secrets_and_kwargs_and_reconnects_after_reset() -> (
    None
):
    at = _run(
        """
        import streamlit as st
        from streamlit.connections import BaseConnection

        class Api(BaseConnection[dict]):
            def _connect(self, **kwargs):
                return {"token": self._secrets["token"], "region": kwargs["region"], "n": object()}

            def region(self):
                return self._instance["region"]

        conn = st.connection("api", type=Api, region="eu")
        first = conn._instance["n"]
        st.text(conn._instance["token"] + " " + conn.region())
        conn.reset()
        st.text(str(conn._instance["n"] is first))
        try:
            conn.keys
        except AttributeError as error:
            st.text(str(error))
        """,
        {"connections": {"api": {"token": "abc"}}},
    )
    assert not at.exception, _error(at)
    assert _texts(at) == [
        "abc eu",
        "False",
        "`keys` doesn't exist here, but you can call `._instance.keys` instead",
    ]


def test_an_open_connection_is_closed_when_the_process_exits(tmp_path: Path) -> None:
    import subprocess
    import sys

    marker = tmp_path / "closed"
    script = f"""
import dataapp as st
from dataapp.connections import BaseConnection

class Marker(BaseConnection[str]):
    def _connect(self, **kwargs):
        return "open"

    def close(self):
        open({str(marker)!r}, "w").write(self._instance)

st.connection("m", type=Marker)
"""
    subprocess.run([sys.executable, "-c", script], check=True, cwd=tmp_path, timeout=60)
    assert marker.read_text() == "open"


# -- errors --------------------------------------------------------------------------------------


def test_no_settings_says_where_to_put_them() -> None:
    message = _error(_run('import streamlit as st\nst.connection("sql")'))
    assert "Missing SQL DB connection configuration" in message
    assert "[connections.sql]" in message


def test_no_type_says_how_to_give_one() -> None:
    message = _error(_run('import streamlit as st\nst.connection("warehouse")'))
    assert "type='sql'" in message and "[connections.warehouse]" in message


def test_a_missing_server_setting_is_named() -> None:
    message = _error(
        _run('import streamlit as st\nst.connection("pg", type="sql", dialect="postgresql")')
    )
    assert "missing username, host" in message


def test_a_missing_driver_names_the_package_to_install() -> None:
    at = _run(
        'import streamlit as st\nst.connection("m", type="sql", url="mysql://u:p@localhost/db")'
    )
    assert at.exception[0].proto.type == "MissingDriverError"
    assert "pip install 'mysqlclient'" in _error(at)


def test_a_missing_sqlalchemy_dialect_names_the_package_to_install() -> None:
    at = _run(
        'import streamlit as st\nst.connection("b", type="sql", url="bigquery://project/dataset")'
    )
    assert "pip install 'sqlalchemy-bigquery'" in _error(at)


def test_a_failed_query_shows_its_sql(tmp_path: Path) -> None:
    at = _run(
        """
        import streamlit as st
        conn = st.connection("pets_db", type="sql")
        conn.query("SELECT nme FROM pets WHERE age > :age", params={"age": 2})
        """,
        {"connections": {"pets_db": {"url": _pets(tmp_path)}}},
    )
    message = _error(at)
    assert "no such column: nme" in message
    assert "SELECT nme FROM pets WHERE age > :age" in message


def test_snowflake_connections_say_they_are_not_supported() -> None:
    at = _run('import streamlit as st\nst.connection("snowflake")')
    assert at.exception[0].proto.type == "NotSupportedError"
    assert "SnowflakeConnection" in _error(at)


def test_a_type_that_is_not_a_connection_class_is_refused() -> None:
    message = _error(_run('import streamlit as st\nst.connection("x", type=dict)'))
    assert "subclass of st.connections.BaseConnection" in message
