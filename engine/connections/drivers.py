"""Which package to `pip install` when a connection's driver or SQLAlchemy dialect is missing. Pure."""

from __future__ import annotations

import re

from .errors import MissingDriverError

# Python module → the package that provides it (Streamlit's list, and the drivers we test).
_MODULE_PACKAGES: dict[str, str] = {
    "sqlalchemy": "sqlalchemy",
    "MySQLdb": "mysqlclient",
    "pymysql": "PyMySQL",
    "psycopg2": "psycopg2-binary",
    "psycopg": "psycopg[binary]",
    "asyncpg": "asyncpg",
    "pg8000": "pg8000",
    "pyodbc": "pyodbc",
    "pymssql": "pymssql",
    "oracledb": "oracledb",
    "cx_Oracle": "cx_Oracle",
    "duckdb": "duckdb",
    "duckdb_engine": "duckdb-engine",
    "snowflake": "snowflake-connector-python",
    "snowflake.connector": "snowflake-connector-python",
    "snowflake.snowpark": "snowflake-snowpark-python",
}

# SQLAlchemy dialect (the part of a URL before `+` or `://`) → the package that registers it.
_DIALECT_PACKAGES: dict[str, str] = {
    "duckdb": "duckdb-engine",
    "snowflake": "snowflake-sqlalchemy",
    "bigquery": "sqlalchemy-bigquery",
    "redshift": "sqlalchemy-redshift",
    "databricks": "databricks-sqlalchemy",
    "trino": "trino",
    "clickhouse": "clickhouse-sqlalchemy",
}

# This project's extras that bring a package with them.
_EXTRAS: dict[str, str] = {
    "sqlalchemy": "sql",
    "duckdb": "duckdb",
    "duckdb-engine": "duckdb",
}

_MISSING_MODULE = re.compile(r"No module named '([^']+)'")
_MISSING_DIALECT = re.compile(r"sqlalchemy\.dialects:([\w.]+)")


def missing_module_error(error: ModuleNotFoundError) -> MissingDriverError:
    """The error to raise for `error`, naming the package to install when it is a known one."""
    module = error.name or _first_group(_MISSING_MODULE, str(error))
    package = _package_for_module(module) if module else None
    return MissingDriverError(f"{error}. {_advice(package)}", name=module)


def missing_dialect_error(error: Exception) -> MissingDriverError:
    """For SQLAlchemy's NoSuchModuleError ("Can't load plugin: sqlalchemy.dialects:duckdb")."""
    plugin = _first_group(_MISSING_DIALECT, str(error)) or ""
    dialect = plugin.split(".")[0]
    package = _DIALECT_PACKAGES.get(dialect)
    return MissingDriverError(
        f"SQLAlchemy has no dialect named {plugin!r}. {_advice(package)}", name=package
    )


def _package_for_module(module: str) -> str | None:
    while module:
        if module in _MODULE_PACKAGES:
            return _MODULE_PACKAGES[module]
        module = module.rpartition(".")[0]
    return None


def _advice(package: str | None) -> str:
    if package is None:
        return "You may be missing a dependency required to use this connection."
    advice = f"You need to install the '{package}' package to use this connection: pip install '{package}'"
    extra = _EXTRAS.get(package)
    if extra is not None:
        advice += f" (or pip install 'dataapp-desktop[{extra}]')"
    return advice + "."


def _first_group(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match.group(1) if match else None
