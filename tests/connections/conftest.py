"""Fixtures of the connection tests: empty caches around each test, and a real PostgreSQL server.

The server comes from Debian's `postgresql` package (tests/run installs it): `initdb` makes a
cluster in a temporary folder and `pg_ctl` starts it on a free port of 127.0.0.1, once per test
session; as root, both run as the `postgres` user (or `nobody`), since PostgreSQL refuses
to run as root. Missing PostgreSQL or psycopg skips (a failure under DATAAPP_REQUIRE_ALL=1).
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import dataapp as st


@pytest.fixture(autouse=True)
def empty_caches() -> Iterator[None]:
    """Connections and query results are process-wide: no test sees another's."""
    st.cache_resource.clear()
    st.cache_data.clear()
    yield
    st.cache_resource.clear()
    st.cache_data.clear()


@dataclass(frozen=True)
class PostgresServer:
    host: str
    port: int
    user: str
    password: str
    database: str = "postgres"

    def url(self, driver: str = "psycopg") -> str:
        return (
            f"postgresql+{driver}://{self.user}:{self.password}@{self.host}:{self.port}/"
            f"{self.database}"
        )

    def execute(self, sql: str) -> list[tuple[object, ...]]:
        """Run `sql` on a connection of its own (autocommit) and return its rows."""
        import psycopg

        with psycopg.connect(
            host=self.host,
            port=self.port,
            user=self.user,
            password=self.password,
            dbname=self.database,
            autocommit=True,
        ) as connection:
            cursor = connection.execute(sql)  # type: ignore[arg-type]
            return cursor.fetchall() if cursor.description else []

    def sessions_of(self, application_name: str) -> int:
        """How many connections the server has open for this application_name."""
        rows = self.execute(
            f"SELECT count(*) FROM pg_stat_activity WHERE application_name = '{application_name}'"
        )
        return int(rows[0][0])  # type: ignore[call-overload]


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    initdbs = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not initdbs:
        pytest.skip("PostgreSQL is not installed (Debian's postgresql package)")
    pytest.importorskip("psycopg")
    bin_dir = initdbs[-1].parent
    folder = Path(tempfile.mkdtemp(prefix="dataapp-postgres-"))
    run_as: list[str] = []
    if os.geteuid() == 0:
        account = _unprivileged_account()
        os.chown(folder, account.pw_uid, account.pw_gid)
        run_as = ["runuser", "-u", account.pw_name, "--"]
    password = secrets.token_urlsafe(16)
    password_file = folder / "password"
    password_file.write_text(password)
    owner = folder.stat()
    os.chown(password_file, owner.st_uid, owner.st_gid)
    data = folder / "data"
    subprocess.run(
        [
            *run_as,
            str(bin_dir / "initdb"),
            "-D",
            str(data),
            "-U",
            "dataapp",
            "--auth=scram-sha-256",
            f"--pwfile={password_file}",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C",
        ],
        check=True,
        capture_output=True,
    )
    password_file.unlink()
    port = _free_port()
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    pg_ctl = [*run_as, str(bin_dir / "pg_ctl"), "-D", str(data)]
    subprocess.run(
        [*pg_ctl, "-o", options, "-l", str(folder / "server.log"), "-w", "start"],
        check=True,
        capture_output=True,
    )
    try:
        yield PostgresServer("127.0.0.1", port, "dataapp", password)
    finally:
        subprocess.run([*pg_ctl, "-m", "immediate", "-w", "stop"], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def _unprivileged_account() -> pwd.struct_passwd:
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    pytest.skip("running as root, and there is no `postgres` or `nobody` user to run PostgreSQL")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
