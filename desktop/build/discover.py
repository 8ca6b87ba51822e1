"""Find what an app needs beside its script: pages, its own modules, the data files it names.

Reads the app's source with `ast` (nothing is imported or run): the script, every `pages/*.py`
and, transitively, every module under the app's folder that one of them imports. A string
literal that names an existing file under the app's folder is a data file. Pure; any thread.
"""

from __future__ import annotations

import ast
import importlib.util
from dataclasses import dataclass, field
from pathlib import Path

# Folders that are never part of the app, even when they sit in its folder.
IGNORED_DIRS = frozenset(
    {
        "__pycache__",
        ".git",
        ".hg",
        ".venv",
        "venv",
        "env",
        "build",
        "dist",
        "node_modules",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
    }
)
CONFIG_FILES = (".streamlit/config.toml", ".dataapp/config.toml")
SECRETS_FILES = (".streamlit/secrets.toml", ".dataapp/secrets.toml")
# Literal paths longer than this are prose, not file names.
_MAX_LITERAL = 260
# pandas reads and writes some formats through libraries it imports by name at call time;
# an app calling these needs the library bundled although it never imports it.
PANDAS_ENGINES: dict[str, tuple[str, ...]] = {
    "read_excel": ("openpyxl", "xlrd", "odf"),
    "to_excel": ("openpyxl",),
    "ExcelWriter": ("openpyxl",),
    "ExcelFile": ("openpyxl", "xlrd", "odf"),
    "read_parquet": ("pyarrow",),
    "to_parquet": ("pyarrow",),
    "read_feather": ("pyarrow",),
    "to_feather": ("pyarrow",),
    "read_orc": ("pyarrow",),
    "read_html": ("lxml", "bs4", "html5lib"),
    "read_xml": ("lxml",),
    "to_xml": ("lxml",),
    "to_markdown": ("tabulate",),
    "read_hdf": ("tables",),
    "to_hdf": ("tables",),
    "style": ("jinja2",),
}


class DiscoveryError(Exception):
    """The app's source cannot be read; the message names the file and line."""


@dataclass
class AppSources:
    script: Path
    pages: list[Path] = field(default_factory=list)
    # Module name → its files (one for a module, every .py file of a package).
    local_modules: dict[str, list[Path]] = field(default_factory=dict)
    data_files: list[Path] = field(default_factory=list)
    config_files: list[Path] = field(default_factory=list)
    # Found but left out on purpose (secrets), and folders the app names (a hint only).
    secrets_left_out: list[Path] = field(default_factory=list)
    named_folders: list[Path] = field(default_factory=list)
    # `import` statements of the app's code (absolute ones), as source lines.
    import_lines: list[str] = field(default_factory=list)
    # Top-level names of everything the app imports, and libraries pandas will need.
    imported_top_level: set[str] = field(default_factory=set)
    pandas_engines: set[str] = field(default_factory=set)
    # Libraries dataapp itself needs for what the app does, which it never imports: DuckDB
    # (and its SQLAlchemy dialect) for a duckdb:// URL, and for Parquet files, polars
    # LazyFrames and pyarrow Datasets that st.dataframe keeps as queries (docs/data.md).
    data_engines: set[str] = field(default_factory=set)

    @property
    def app_dir(self) -> Path:
        return self.script.parent

    def all_source_files(self) -> list[Path]:
        files = [self.script, *self.pages]
        for module_files in self.local_modules.values():
            files.extend(module_files)
        return sorted(set(files))


def _ignored(path: Path, app_dir: Path) -> bool:
    return any(part in IGNORED_DIRS for part in path.relative_to(app_dir).parts[:-1])


def _parse(path: Path) -> ast.Module:
    try:
        return ast.parse(path.read_bytes(), filename=str(path))
    except SyntaxError as error:
        raise DiscoveryError(
            f"{path}:{error.lineno}: {error.msg} — fix the app's syntax before packaging it"
        ) from error
    except OSError as error:
        raise DiscoveryError(f"cannot read {path}: {error.strerror}") from error


def _local_module_files(name: str, app_dir: Path) -> list[Path] | None:
    """The files of `name` when it is a module or package in the app's folder, else None."""
    single = app_dir / f"{name}.py"
    if single.is_file():
        return [single]
    folder = app_dir / name
    if folder.is_dir() and name not in IGNORED_DIRS:
        files = sorted(p for p in folder.rglob("*.py") if not _ignored(p, app_dir))
        return files or None
    return None


def _is_installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def _scan(tree: ast.Module, app_dir: Path, sources: AppSources) -> set[str]:
    """Record imports, named files and pandas engines; return the top-level names imported."""
    tops: set[str] = set()
    resolved_dir = app_dir.resolve()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                tops.add(alias.name.split(".")[0])
            sources.import_lines.append(ast.unparse(node))
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module:
                tops.add(node.module.split(".")[0])
                sources.import_lines.append(ast.unparse(node))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            _note_literal(node.value, resolved_dir, sources)
        elif isinstance(node, ast.Attribute) and node.attr == "connection":
            # st.connection: SQLAlchemy, which the app itself never imports.
            sources.data_engines.update(n for n in ("sqlalchemy",) if _is_installed(n))
        elif isinstance(node, ast.Attribute) and node.attr in PANDAS_ENGINES:
            sources.pandas_engines.update(
                engine for engine in PANDAS_ENGINES[node.attr] if _is_installed(engine)
            )
    return tops


def _note_data_engines(text: str, sources: AppSources) -> None:
    """A string that names DuckDB or a Parquet file (the app needs DuckDB), or a PostgreSQL URL
    (its driver), when they are installed."""
    lowered = text.lower()
    if "duckdb" in lowered or lowered.endswith((".parquet", ".pq")):
        sources.data_engines.update(
            name for name in ("duckdb", "duckdb_engine") if _is_installed(name)
        )
    if lowered.startswith(("postgresql:", "postgresql+", "postgres:")):
        sources.data_engines.update(
            name for name in ("psycopg", "psycopg2", "sqlalchemy") if _is_installed(name)
        )


def _note_literal(text: str, app_dir: Path, sources: AppSources) -> None:
    _note_data_engines(text, sources)
    if not text or len(text) > _MAX_LITERAL or "\n" in text or "\0" in text or text in (".", ".."):
        return
    try:
        candidate = (app_dir / text).resolve()
        if candidate == app_dir or not candidate.is_relative_to(app_dir):
            return
        if _ignored(candidate, app_dir):
            return
        if candidate.is_file():
            if candidate.suffix != ".py" and candidate not in sources.data_files:
                sources.data_files.append(candidate)
        elif candidate.is_dir() and candidate not in sources.named_folders:
            sources.named_folders.append(candidate)
    except (OSError, ValueError):
        return


def discover(script: Path) -> AppSources:
    script = script.resolve()
    app_dir = script.parent
    sources = AppSources(script=script)
    pages_dir = app_dir / "pages"
    if pages_dir.is_dir():
        sources.pages = sorted(p for p in pages_dir.glob("*.py") if p.is_file())
    for relative in CONFIG_FILES:
        if (app_dir / relative).is_file():
            sources.config_files.append(app_dir / relative)
    for relative in SECRETS_FILES:
        if (app_dir / relative).is_file():
            sources.secrets_left_out.append(app_dir / relative)

    pending = [script, *sources.pages]
    scanned: set[Path] = set()
    while pending:
        path = pending.pop()
        if path in scanned:
            continue
        scanned.add(path)
        for name in sorted(_scan(_parse(path), app_dir, sources)):
            sources.imported_top_level.add(name)
            if name in sources.local_modules:
                continue
            files = _local_module_files(name, app_dir)
            if files is not None and script not in files:
                sources.local_modules[name] = files
                pending.extend(files)
    if {"polars", "duckdb"} & sources.imported_top_level or any(
        "pyarrow.dataset" in line for line in sources.import_lines
    ):
        # Lazy frames, datasets and relations are shown through DuckDB.
        sources.data_engines.update(name for name in ("duckdb",) if _is_installed(name))
    sources.import_lines = sorted(set(sources.import_lines))
    sources.data_files.sort()
    # A folder whose named files are all bundled needs no hint.
    sources.named_folders = sorted(
        folder
        for folder in sources.named_folders
        if not any(f.is_relative_to(folder) for f in sources.data_files)
    )
    return sources


def imports_stub(sources: AppSources) -> str:
    """A module PyInstaller analyses in place of the app's code: the same imports, never run.

    The app's script and pages are run by the engine from source files, so PyInstaller would
    not see what they import; the imports sit in a function body so that nothing runs them.
    """
    body = "\n".join(f"    {line}" for line in sources.import_lines) or "    pass"
    return (
        '"""Generated by dataapp-desktop build: what the app imports, for PyInstaller to follow."""\n\n\n'
        f"def _app_imports() -> None:\n{body}\n"
    )
