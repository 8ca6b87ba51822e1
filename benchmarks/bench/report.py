"""Write a run's report: a Markdown table for people and JSON with every sample for tools."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bench.goals import GOALS, Goal
from bench.model import Measured, Outcome, Row, Unit, Unmeasured
from bench.systems import DATAAPP, STREAMLIT


def fmt(value: float, unit: Unit) -> str:
    if unit is Unit.SECONDS:
        return f"{value:.2f} s" if value >= 1 else f"{value * 1000:.3g} ms"
    for size, name in ((1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")):
        if value >= size:
            return f"{value / size:.3g} {name}"
    return f"{value:.0f} B"


def cell(row: Row, system: str) -> str:
    outcome = row.outcomes.get(system)
    if outcome is None:
        return "—"
    if isinstance(outcome, Unmeasured):
        return f"*{outcome.why.value}*"
    s = outcome.summary
    lead = getattr(s, row.measure.stat)
    unit = row.measure.unit
    if s.n == 1:
        return fmt(lead, unit)
    spread = f"{fmt(s.min, unit)}–{fmt(s.max, unit)}"
    # The interquartile range describes a median; a p90 row keeps min–max.
    if s.n >= 10 and row.measure.stat == "median":
        spread = f"IQR {fmt(s.q1, unit)}–{fmt(s.q3, unit)}"
    return f"{fmt(lead, unit)} ({spread}, n={s.n})"


def ratio_text(row: Row) -> str:
    ratio = row.ratio(DATAAPP, STREAMLIT)
    return "—" if ratio is None else f"{ratio:.2f}"


def goal_text(goal: Goal) -> str:
    if goal.max_value is not None and goal.unit is not None:
        return f"< {fmt(goal.max_value, goal.unit)}"
    assert goal.max_ratio is not None
    return f"≤ {goal.max_ratio} ({float(goal.max_ratio):.2f})"


def headline(rows: dict[str, Row]) -> list[str]:
    lines = [
        "| measure | Streamlit | dataapp | dataapp / Streamlit | goal | met |",
        "|---|---|---|---|---|---|",
    ]
    for goal in GOALS:
        row = rows.get(goal.measure_key)
        if row is None:
            lines.append(f"| {goal.title} | *not run* | *not run* | — | {goal_text(goal)} | — |")
            continue
        met = {None: "—", True: "✓", False: "✗"}[goal.met(row)]
        lines.append(
            f"| {goal.title} | {cell(row, STREAMLIT)} | {cell(row, DATAAPP)} | "
            f"{ratio_text(row)} | {goal_text(goal)} | {met} |"
        )
    return lines


def markdown(meta: dict[str, Any], sections: list[tuple[str, list[Row]]]) -> str:
    rows = {row.measure.key: row for _, section in sections for row in section}
    machine = meta["machine"]
    out = [
        f"# dataapp beside Streamlit — {meta['date']}",
        "",
        f"`{meta['command']}` — {meta['mode']}, {meta['reps']} repetitions per measure "
        f"(systems alternate A/B), {meta['duration_s'] / 60:.1f} min.",
        "",
        f"Machine: {machine['cpu']}, {machine['cores']} cores, {machine['ram']} RAM; "
        f"{machine['os']}; Python {machine['python']}; dataapp {machine['dataapp']}; "
        f"Streamlit {machine['streamlit']}; Chromium {machine['chromium']} (headless). "
        f"Load average (1 min) before/after: {meta['load_average'][0]} / "
        f"{meta['load_average'][1]}.",
        "",
        "## Goals",
        "",
        "Ratio = dataapp ÷ Streamlit, both measured in this run; lower is better. A goal "
        "written \"< x\" is a bound on dataapp's own number, whatever Streamlit's. Cells show "
        "the median (min–max, or the interquartile range when n ≥ 10).",
        "",
        *headline(rows),
        "",
        "## Every measure",
        "",
    ]
    for title, section in sections:
        out += [
            f"### {title}",
            "",
            "| measure | Streamlit | dataapp | ratio |",
            "|---|---|---|---|",
        ]
        for row in section:
            out.append(
                f"| {row.measure.title} | {cell(row, STREAMLIT)} | {cell(row, DATAAPP)} | "
                f"{ratio_text(row)} |"
            )
        out.append("")
    reasons = [
        (row, system, outcome)
        for _, section in sections
        for row in section
        for system, outcome in row.outcomes.items()
        if isinstance(outcome, Unmeasured)
    ]
    if reasons:
        out += ["## Not measured, and why", ""]
        for row, system, outcome in reasons:
            out.append(
                f"- **{system}** · {row.measure.title}: *{outcome.why.value}* — {outcome.reason}"
            )
        out.append("")
    out += [
        "How each number is taken: docs/benchmarks.md. Every sample: the JSON file beside this one.",
        "",
    ]
    return "\n".join(out)


def outcome_json(outcome: Outcome) -> dict[str, Any]:
    if isinstance(outcome, Measured):
        return {"summary": asdict(outcome.summary), "samples": list(outcome.samples)}
    return {"why": outcome.why.value, "reason": outcome.reason}


def goal_json(goal: Goal | None) -> dict[str, float | None]:
    ratio = None if goal is None or goal.max_ratio is None else float(goal.max_ratio)
    return {"goal_max_ratio": ratio, "goal_max_value": None if goal is None else goal.max_value}


def as_json(meta: dict[str, Any], sections: list[tuple[str, list[Row]]]) -> str:
    goals = {g.measure_key: g for g in GOALS}
    data = {
        **meta,
        "scenarios": [
            {
                "title": title,
                "measures": [
                    {
                        "key": row.measure.key,
                        "title": row.measure.title,
                        "unit": row.measure.unit.value,
                        "stat": row.measure.stat,
                        "ratio": row.ratio(DATAAPP, STREAMLIT),
                        **goal_json(goals.get(row.measure.key)),
                        "systems": {s: outcome_json(o) for s, o in row.outcomes.items()},
                    }
                    for row in section
                ],
            }
            for title, section in sections
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def write(
    folder: Path, stem: str, meta: dict[str, Any], sections: list[tuple[str, list[Row]]]
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    md = folder / f"{stem}.md"
    md.write_text(markdown(meta, sections))
    (folder / f"{stem}.json").write_text(as_json(meta, sections))
    return md
