"""What every scenario gets (`Context`) and the A/B loop that all of them share (`alternate`).

Repetitions alternate the order of the systems (A B, B A, A B, ...), so that a machine that
slowly heats up, or a neighbour that wakes up, costs both systems alike.
"""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from playwright.sync_api import Playwright

from bench.errors import NotApplicable, NotBuiltYet
from bench.model import Measure, Measured, Row, Unmeasured, Why
from bench.systems import System

# A measure's samples from one repetition, keyed by Measure.key.
Samples = dict[str, list[float]]


@dataclass
class Context:
    reps: int
    quick: bool
    systems: list[System]
    playwright: Playwright
    # A system that could not be set up (e.g. Streamlit failed to install) → why.
    unavailable: dict[str, Unmeasured] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)

    def system(self, name: str) -> System:
        return next(s for s in self.systems if s.name == name)

    def log(self, message: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def alternate(
    ctx: Context,
    measures: Sequence[Measure],
    once: Callable[[System, int], Samples],
    reps: int | None = None,
    warmup: bool = False,
) -> list[Row]:
    """Runs `once(system, repetition)` `reps` times per system, in alternating order.

    `warmup` runs each system once first and throws the numbers away, so that neither pays
    alone for a cold disk cache or first-time bytecode compilation.

    A system whose run raises gets an explicit reason for every measure and is not tried again
    in this scenario: a partial set of samples would hide the failure behind a median.
    """
    reps = ctx.reps if reps is None else reps
    collected: dict[str, Samples] = {s.name: {m.key: [] for m in measures} for s in ctx.systems}
    stopped: dict[str, Unmeasured] = dict(ctx.unavailable)
    if warmup:
        for system in ctx.systems:
            if system.name not in stopped:
                try:
                    once(system, -1)
                except Exception as error:  # the measured repetitions will report it
                    ctx.log(f"  {system.name}: warm-up failed: {type(error).__name__}: {error}")
    for rep in range(reps):
        order = ctx.systems if rep % 2 == 0 else list(reversed(ctx.systems))
        for system in order:
            if system.name in stopped:
                continue
            try:
                got = once(system, rep)
            except NotBuiltYet as error:
                stopped[system.name] = Unmeasured(Why.NOT_BUILT_YET, str(error))
                ctx.log(f"  {system.name}: not built yet: {error}")
                continue
            except NotApplicable as error:
                stopped[system.name] = Unmeasured(Why.NOT_APPLICABLE, str(error))
                continue
            except Exception as error:  # any failure becomes a reason in the report, loudly
                # One line: Playwright's call logs would break the report's list.
                said = " ".join(str(error).split())
                reason = f"repetition {rep + 1}: {type(error).__name__}: {said[:500]}"
                stopped[system.name] = Unmeasured(Why.FAILED, reason)
                titles = ", ".join(m.title for m in measures)
                ctx.failures.append(f"{system.name} · {titles}: {reason}")
                ctx.log(f"  {system.name} FAILED: {reason}")
                traceback.print_exc(file=sys.stderr)
                continue
            for key, values in got.items():
                collected[system.name][key].extend(values)
            ctx.log(f"  rep {rep + 1}/{reps} {system.name}: {_brief(got)}")
    rows = []
    for measure in measures:
        row = Row(measure)
        for system in ctx.systems:
            samples = collected[system.name][measure.key]
            if system.name in stopped:
                row.outcomes[system.name] = stopped[system.name]
            elif samples:
                row.outcomes[system.name] = Measured(tuple(samples))
            else:
                reason = "the scenario returned no samples for this measure"
                row.outcomes[system.name] = Unmeasured(Why.FAILED, reason)
                ctx.failures.append(f"{system.name} · {measure.title}: {reason}")
        rows.append(row)
    return rows


def _brief(got: Samples) -> str:
    parts = []
    for key, values in got.items():
        if values:
            median = sorted(values)[len(values) // 2]
            parts.append(f"{key}={median:.4g}" + (f" (n={len(values)})" if len(values) > 1 else ""))
    return ", ".join(parts)
