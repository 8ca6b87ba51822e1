"""A billion-row Parquet table in st.dataframe (issue 17), and Streamlit on the largest part of it
that it can show, side by side.

    python benchmarks/billion_rows.py                  # 1e9 rows if the disk has room
    python benchmarks/billion_rows.py --rows 200000000 --reps 2 --keep-data

Run it with the Python of the virtualenv where dataapp is installed with its dev extras (it has
Playwright, DuckDB and Streamlit 1.67, which runs as `python -m streamlit`). Steps:

1. **Data** (not timed): DuckDB's `COPY ... TO` writes one Parquet file of `--rows` rows (zstd,
   row groups of a million): `id` (int64 from 1000000), `score` (int64, a hash of the row
   number below 1e9: sorting it moves every row), `region` (five short strings). The size is
   the largest of 1e9, 5e8, 2e8, 1e8 rows whose file (≈4 bytes a row) fits twice in the free
   space of the data folder with 10 GB to spare. A pass over the file then finds which ids
   must come first and last when sorted by score (ties keep the file's order).
2. **dataapp, the file kept as a query** (`apps/parquet_lazy.py`), `--reps` times, each on a
   fresh server and browser context, in Chromium: navigation → the first id shown; the grid
   scrolled to its bottom → the last id shown; the `score` header clicked (ascending) → the
   expected first id in the first row; scrolled to the bottom → the expected last id;
   the server's peak memory (VmHWM of its process tree) after all of it. For each step, the
   longest gap between two animation frames of the page while it waited: whether the page
   stayed responsive.
3. **Streamlit, the rows loaded** (`apps/parquet_loaded.py`: the first N rows into pandas in
   `st.cache_resource`, shown with `st.dataframe`): N climbs 1M, 2M, 5M, 10M, 20M, 50M, 100M
   (navigation → first rows shown on a fresh server's first page) until Streamlit fails or
   takes longer than the timeout (a size whose peak memory, scaled
   from the last one, would pass half of the machine's available memory is not tried: other
   work shares the machine); at the largest N it showed, both
   systems run that same app `--reps` times, alternating, each on a fresh server: navigation →
   the first id shown (and the run finished) on a first page (the app reads the rows) and on
   a second page in a new browser context (the rows are cached), the server's peak memory.
4. The report goes to `benchmarks/results/<date>-<time>-billion-rows.md` and `.json`, and the
   data is deleted (unless `--keep-data`).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS))

from bench import machine  # noqa: E402
from bench.browser import VIEWPORT, AppRaised, BenchPage, chromium  # noqa: E402
from bench.errors import MeasurementError  # noqa: E402
from bench.model import Unit  # noqa: E402
from bench.paths import APPS  # noqa: E402
from bench.report import fmt  # noqa: E402
from bench.server import Server  # noqa: E402
from bench.systems import DATAAPP, STREAMLIT, System  # noqa: E402
from bench.tables import first_rows  # noqa: E402
from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402

FIRST_ID = 1_000_000
ROW_CHOICES = (1_000_000_000, 500_000_000, 200_000_000, 100_000_000)
# Measured: 20 million rows make a 78 MB file.
BYTES_PER_ROW = 4.0
SPARE_BYTES = 10 << 30
STREAMLIT_SIZES = (1, 2, 5, 10, 20, 50, 100)  # millions of rows
LOAD_TIMEOUT_S = 300
# The most of the machine's available memory one try of the ladder may be expected to take.
MEMORY_SHARE = 0.5
STEP_TIMEOUT_S = 900
GENERATE_SQL = """
COPY (
    SELECT {first} + i AS id,
           CAST(hash(i * 2 + 1) % 1000000000 AS BIGINT) AS score,
           ['north', 'south', 'east', 'west', 'centre'][1 + (i % 5)::INT] AS region
    FROM range({rows}) t(i)
) TO '{path}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 1000000, PARQUET_VERSION v2)
"""

# In the page: the longest gap between two animation frames since `__gaps.reset()`.
FRAME_GAPS_JS = """() => {
  if (window.__gaps) { window.__gaps.reset(); return; }
  const gaps = { max: 0, last: performance.now(), reset() { this.max = 0;
                 this.last = performance.now(); } };
  const tick = (now) => { gaps.max = Math.max(gaps.max, now - gaps.last); gaps.last = now;
                          requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  window.__gaps = gaps;
}"""
GRID = '[data-testid="dataframe"]'
# A grid cell with exactly this text, in the row at this aria-rowindex (any row when null).
CELL_SHOWN_JS = """([grid, text, rowIndex]) => {
  const root = document.querySelector(grid);
  if (!root) return false;
  const rows = rowIndex === null ? [root]
      : [...root.querySelectorAll(`[role="row"][aria-rowindex="${rowIndex}"]`)];
  return rows.some(r => [...r.querySelectorAll('[role="gridcell"]')]
      .some(c => c.textContent.trim() === text));
}"""


@dataclass
class Step:
    """One timed step's samples: seconds, and the page's longest frame gap (s) meanwhile."""

    title: str
    seconds: list[float] = field(default_factory=list)
    frame_gap: list[float] = field(default_factory=list)


@dataclass(frozen=True)
class Loaded:
    """One server on the loaded table: navigation → first rows on its first page (the app
    reads the rows: a cache miss) and on a second page (a cache hit), and its peak memory."""

    first: float
    warm: float | None
    peak: int

    def __str__(self) -> str:
        warm = "" if self.warm is None else f", warm {self.warm:.2f} s"
        return f"first page {self.first:.2f} s{warm}, peak {self.peak >> 20} MiB"


@dataclass
class Loads:
    """A system's samples of the side-by-side measure, and the repetitions that failed."""

    first: list[float] = field(default_factory=list)
    warm: list[float] = field(default_factory=list)
    peak: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def add(self, loaded: Loaded) -> None:
        self.first.append(loaded.first)
        if loaded.warm is not None:
            self.warm.append(loaded.warm)
        self.peak.append(float(loaded.peak))


@dataclass(frozen=True)
class Expected:
    rows: int
    last_id: int
    sorted_first_id: int
    sorted_last_id: int


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, help="rows to generate (default: largest that fits)")
    parser.add_argument("--data", type=Path, default=Path(tempfile.gettempdir()) / "dataapp-1e9")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--keep-data", action="store_true", help="do not delete the file")
    parser.add_argument(
        "--streamlit-sizes",
        default=",".join(map(str, STREAMLIT_SIZES)),
        help="millions of rows Streamlit is tried on, in order",
    )
    parser.add_argument("--out", type=Path, default=BENCHMARKS / "results")
    args = parser.parse_args(argv)
    started = time.time()
    args.data.mkdir(parents=True, exist_ok=True)
    free = shutil.disk_usage(args.data).free
    rows = args.rows or pick_rows(free)
    path = args.data / f"rows-{rows}.parquet"
    generated_s = generate(path, rows)
    expected = find_expected(path)
    log(f"{rows:,} rows, {path.stat().st_size / 1e9:.2f} GB; expected {expected}")

    dataapp = System(
        DATAAPP, Path(sys.executable), Path(sys.executable).with_name("dataapp-desktop")
    )
    streamlit = System(STREAMLIT, Path(sys.executable), Path(sys.executable).with_name("streamlit"))
    lazy_env = {"BENCH_PARQUET": str(path)}
    with sync_playwright() as playwright, chromium(playwright) as browser:
        chromium_version = browser.version
        lazy_steps, lazy_peaks = measure_lazy(browser, dataapp, lazy_env, expected, args.reps)
        sizes = [int(m) for m in args.streamlit_sizes.split(",")]
        tried, largest = streamlit_ladder(browser, streamlit, path, sizes)
        side = {name: Loads() for name in (STREAMLIT, DATAAPP)}
        if largest is not None:
            env = {"BENCH_PARQUET": str(path), "BENCH_ROWS": str(largest)}
            for rep in range(args.reps):
                order = (dataapp, streamlit) if rep % 2 == 0 else (streamlit, dataapp)
                for system in order:
                    loads = side[system.name]
                    try:
                        loaded = load_loaded(browser, system, env, warm=True)
                    except MeasurementError as error:
                        loads.failures.append(" ".join(str(error).split())[:400])
                        log(f"  {system.name} {largest:,} loaded FAILED: {loads.failures[-1]}")
                        continue
                    loads.add(loaded)
                    log(f"  {system.name} {largest:,} loaded: {loaded}")

    meta = {
        "date": time.strftime("%Y-%m-%d %H:%M %Z", time.localtime(started)),
        "command": " ".join(["python", "benchmarks/billion_rows.py", *argv]),
        "rows": rows,
        "file_bytes": path.stat().st_size,
        "generated_s": round(generated_s, 1),
        "free_bytes_before": free,
        "expected": asdict(expected),
        "reps": args.reps,
        "duration_s": round(time.time() - started, 1),
        "machine": machine.describe(
            BENCHMARKS.parent,
            version_of("dataapp-desktop"),
            version_of("streamlit"),
            chromium_version,
        ),
        "load_average_end": round(os.getloadavg()[0], 2),
    }
    results = {
        "lazy": [asdict(s) for s in lazy_steps],
        "lazy_server_peak_bytes": lazy_peaks,
        "streamlit_ladder": tried,
        "largest_streamlit_rows": largest,
        "side_by_side": {name: asdict(loads) for name, loads in side.items()},
    }
    stem = time.strftime("%Y-%m-%d-%H%M", time.localtime(started)) + "-billion-rows"
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"{stem}.json").write_text(json.dumps({**meta, **results}, indent=2) + "\n")
    report = markdown(meta, lazy_steps, lazy_peaks, tried, largest, side)
    (args.out / f"{stem}.md").write_text(report)
    print(report)
    if not args.keep_data:
        path.unlink()
        log(f"deleted {path}")
    return 0


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def version_of(name: str) -> str:
    from importlib import metadata

    return metadata.version(name)


def pick_rows(free: int) -> int:
    for rows in ROW_CHOICES:
        if 2 * rows * BYTES_PER_ROW + SPARE_BYTES <= free:
            return rows
    raise SystemExit(f"not enough disk space: {free / 1e9:.1f} GB free")


def generate(path: Path, rows: int) -> float:
    """Writes the file unless it is there already; the seconds it took (0 when it was there)."""
    import duckdb

    if path.exists():
        log(f"reusing {path}")
        return 0.0
    partial = path.with_suffix(".part")
    log(f"writing {rows:,} rows to {path}…")
    started = time.perf_counter()
    connection = duckdb.connect(
        config={"memory_limit": "1GB", "temp_directory": str(path.parent / "spill")}
    )
    connection.execute(GENERATE_SQL.format(first=FIRST_ID, rows=rows, path=partial))
    connection.close()
    partial.replace(path)
    took = time.perf_counter() - started
    log(f"written in {took:.0f} s")
    return took


def find_expected(path: Path) -> Expected:
    """The row count and the ids sorting by score must put first and last (one pass; ties in
    score keep the file's order, which is the ids' order)."""
    import duckdb

    connection = duckdb.connect(config={"memory_limit": "1GB"})
    row = connection.sql(
        "SELECT count(*), max(id), arg_min(id, struct_pack(s := score, i := id)), "
        f"arg_max(id, struct_pack(s := score, i := id)) FROM read_parquet('{path}')"
    ).fetchall()[0]
    connection.close()
    return Expected(*(int(value) for value in row))


# -- dataapp: the file as a query -----------------------------------------------------------------


def measure_lazy(
    browser: Browser, system: System, env: dict[str, str], expected: Expected, reps: int
) -> tuple[list[Step], list[int]]:
    steps = [
        Step("navigation → first rows shown"),
        Step("scrolled to the bottom → last row shown"),
        Step("sort by score (ascending) → first sorted row shown"),
        Step("sorted, scrolled to the bottom → last sorted row shown"),
    ]
    peaks = []
    for rep in range(reps):
        context = browser.new_context(viewport=VIEWPORT)  # type: ignore[arg-type]
        page = context.new_page()
        try:
            with Server(system, APPS / "parquet_lazy.py", env) as server:
                timings = lazy_once(page, server, expected)
                peaks.append(server.peak_bytes())
        finally:
            context.close()
        for step, (seconds, gap) in zip(steps, timings, strict=True):
            step.seconds.append(seconds)
            if gap is not None:
                step.frame_gap.append(gap)
        shown = ", ".join(f"{s:.2f} s" + (f" (gap {g:.2f} s)" if g else "") for s, g in timings)
        log(f"  dataapp lazy rep {rep + 1}: {shown}; peak {peaks[-1] >> 20} MiB")
    return steps, peaks


def lazy_once(page: Page, server: Server, expected: Expected) -> list[tuple[float, float | None]]:
    def scroll(to: str) -> Callable[[], None]:
        js = f"el => {{ el.scrollTop = {to}; }}"
        return lambda: page.locator(f"{GRID} .df-scroll").evaluate(js)

    def sort_by_score() -> None:
        page.locator(GRID).get_by_role("columnheader", name="score").click()

    navigated = time.perf_counter()
    page.goto(server.url, wait_until="commit")
    wait_cell(page, str(FIRST_ID), None)
    first = time.perf_counter() - navigated
    rowcount = page.locator(f"{GRID} [role=grid]").get_attribute("aria-rowcount")
    if rowcount != str(expected.rows + 1):
        raise MeasurementError(f"the grid has aria-rowcount {rowcount}, not {expected.rows + 1}")
    # The page is only just loading: its frames say nothing yet.
    timings: list[tuple[float, float | None]] = [(first, None)]
    timings.append(timed(page, scroll("el.scrollHeight"), str(expected.last_id), None))
    # Back at the top (the first rows are still in the page), then sort: its first window.
    scroll("0")()
    wait_cell(page, str(FIRST_ID), None)
    timings.append(timed(page, sort_by_score, str(expected.sorted_first_id), 2))
    timings.append(timed(page, scroll("el.scrollHeight"), str(expected.sorted_last_id), None))
    return timings


def timed(page: Page, act: Callable[[], None], text: str, row: int | None) -> tuple[float, float]:
    """Seconds from `act` to a cell showing `text`, and the longest frame gap meanwhile."""
    page.evaluate(FRAME_GAPS_JS)
    started = time.perf_counter()
    act()
    wait_cell(page, text, row)
    took = time.perf_counter() - started
    gap = float(page.evaluate("() => window.__gaps.max")) / 1000
    return took, gap


def wait_cell(page: Page, text: str, row: int | None) -> None:
    page.wait_for_function(
        CELL_SHOWN_JS, arg=[GRID, text, row], polling="raf", timeout=STEP_TIMEOUT_S * 1000
    )


# -- both systems: the rows loaded ----------------------------------------------------------------


def streamlit_ladder(
    browser: Browser, streamlit: System, path: Path, sizes: list[int]
) -> tuple[list[dict[str, object]], int | None]:
    """Streamlit on growing row counts until it fails: what each try gave, the largest shown."""
    tried: list[dict[str, object]] = []
    largest = None
    last: tuple[int, int] | None = None  # rows and peak memory of the last size shown
    for millions in sizes:
        rows = millions * 1_000_000
        if last is not None:
            # On a shared machine, a try that would take most of its memory is not made.
            needed = last[1] * rows // last[0]
            available = available_bytes()
            if needed > available * MEMORY_SHARE:
                said = (
                    f"not tried: it would peak near {fmt(needed, Unit.BYTES)} (the last size's "
                    f"peak, scaled), {fmt(available, Unit.BYTES)} of memory was available"
                )
                tried.append({"rows": rows, "stopped": said})
                log(f"  streamlit {rows:,} rows {said}")
                break
        env = {"BENCH_PARQUET": str(path), "BENCH_ROWS": str(rows)}
        try:
            loaded = load_loaded(browser, streamlit, env, warm=False)
        except MeasurementError as error:
            said = " ".join(str(error).split())[:400]
            tried.append({"rows": rows, "failed": said})
            log(f"  streamlit {rows:,} rows failed: {said}")
            break
        tried.append({"rows": rows, "seconds": loaded.first, "peak_bytes": loaded.peak})
        last = (rows, loaded.peak)
        log(f"  streamlit {rows:,} rows: {loaded}")
        largest = rows
    return tried, largest


def available_bytes() -> int:
    """MemAvailable of the machine, in bytes."""
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemAvailable:"):
            return int(line.split()[1]) * 1024
    raise MeasurementError("/proc/meminfo has no MemAvailable")


def load_loaded(browser: Browser, system: System, env: dict[str, str], warm: bool) -> Loaded:
    """A fresh server of `system` on apps/parquet_loaded.py: navigation → first rows shown and
    the run finished, on a first page and (`warm`) on a second one in a new browser context;
    the server's peak memory after them."""
    with Server(system, APPS / "parquet_loaded.py", env) as server:
        try:
            first = _page_load(browser, system, server)
            second = _page_load(browser, system, server) if warm else None
            return Loaded(first, second, server.peak_bytes())
        except MeasurementError as error:
            raise MeasurementError(f"{error} — server output: {server.tail(6)}") from None


def _page_load(browser: Browser, system: System, server: Server) -> float:
    arm = system.wait_spec(
        first_rows(system), system.last_text_is("run 1"), timeout_s=LOAD_TIMEOUT_S, frame=True
    )
    page = BenchPage(browser, system, arm=arm)
    try:
        navigated = time.time()
        page.goto(server.url)
        try:
            shown = page.settle()
        except AppRaised as raised:
            raise MeasurementError(f"the app raised: {raised}") from None
        return shown.epoch - navigated
    finally:
        page.close()


# -- report ---------------------------------------------------------------------------------------


def summary(values: list[float], unit: Unit) -> str:
    if not values:
        return "—"
    middle = statistics.median(values)
    if len(values) == 1:
        return fmt(middle, unit)
    return (
        f"{fmt(middle, unit)} ({fmt(min(values), unit)}–{fmt(max(values), unit)}, n={len(values)})"
    )


def markdown(
    meta: dict[str, object],
    steps: list[Step],
    peaks: list[int],
    tried: list[dict[str, object]],
    largest: int | None,
    side: dict[str, Loads],
) -> str:
    rows = int(str(meta["rows"]))
    size = int(str(meta["file_bytes"]))
    machine_info = meta["machine"]
    assert isinstance(machine_info, dict)
    out = [
        f"# A {rows:,}-row Parquet table in st.dataframe — {meta['date']}",
        "",
        f"`{meta['command']}`, {meta['reps']} repetitions, {float(str(meta['duration_s'])) / 60:.1f} min. "
        f"The file: {size / 1e9:.2f} GB, one file, row groups of 1M rows, 3 columns (id, score, "
        f"region); written by DuckDB in {meta['generated_s']} s (not timed below; 0 = reused).",
        "",
        f"Machine: {machine_info['cpu']}, {machine_info['cores']} cores, {machine_info['ram']} RAM; "
        f"{machine_info['os']}; Python {machine_info['python']}; Streamlit "
        f"{machine_info['streamlit']}; Chromium {meta.get('chromium', machine_info['chromium'])} "
        f"(headless); shared with other work (load average at the end: {meta['load_average_end']}).",
        "",
        "## dataapp: the file kept as a query",
        "",
        "Each repetition: a fresh server and browser context. Frame gap: the longest time "
        "between two animation frames of the page while it waited (the page's responsiveness).",
        "",
        "| step | time | longest frame gap |",
        "|---|---|---|",
    ]
    for step in steps:
        out.append(
            f"| {step.title} | {summary(step.seconds, Unit.SECONDS)} | "
            f"{summary(step.frame_gap, Unit.SECONDS)} |"
        )
    out.append(
        f"| server peak memory (VmHWM, process tree), after all steps | "
        f"{summary([float(p) for p in peaks], Unit.BYTES)} | |"
    )
    out += ["", "## Streamlit: the first N rows loaded into pandas", ""]
    for attempt in tried:
        if "failed" in attempt or "stopped" in attempt:
            why = attempt.get("failed") or attempt.get("stopped")
            what = "failed" if "failed" in attempt else "stopped"
            out.append(f"- {int(str(attempt['rows'])):,} rows: {what} — {why}")
        else:
            out.append(
                f"- {int(str(attempt['rows'])):,} rows: first rows in "
                f"{fmt(float(str(attempt['seconds'])), Unit.SECONDS)}, server peak "
                f"{fmt(float(str(attempt['peak_bytes'])), Unit.BYTES)}"
            )
    if largest is not None:
        out += [
            "",
            f"### Side by side at {largest:,} rows loaded (the same app, `apps/parquet_loaded.py`)",
            "",
            "| measure | Streamlit | dataapp |",
            "|---|---|---|",
        ]
        st, da = side[STREAMLIT], side[DATAAPP]
        for title, unit, of in [
            ("first page, navigation → first rows shown (reads the rows)", Unit.SECONDS, "first"),
            ("second page, navigation → first rows shown (cached)", Unit.SECONDS, "warm"),
            ("server peak memory (VmHWM) after both pages", Unit.BYTES, "peak"),
        ]:
            out.append(
                f"| {title} | {summary(getattr(st, of), unit)} | {summary(getattr(da, of), unit)} |"
            )
        for name, loads in side.items():
            out += [f"\n- **{name}** repetition failed: {failure}" for failure in loads.failures]
    out += ["", "How it measures: the docstring of benchmarks/billion_rows.py.", ""]
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
