"""A real app killed with SIGKILL while reruns are driven comes back with one run's state.

The short version of benchmarks/persistence_kill.py (200 kills there, reported with the loss
window); here a few kills in CI, each relaunch checked for torn state and for a failed start.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.persistence_kill import run_kills


def test_an_app_killed_during_reruns_restarts_with_one_runs_state_every_time(
    tmp_path: Path,
) -> None:
    report = run_kills(kills=8, seed=13, workdir=tmp_path)
    assert report.failures == []
    assert (report.torn, report.failed_starts) == (0, 0)
    assert len(report.cycles) == 8
    # Something was driven and something came back: the check is not vacuous.
    assert sum(c.runs_driven for c in report.cycles) > 8
    assert max(c.restored for c in report.cycles) > 8
    # The writer saves at most about a second after a run: never more than that is lost.
    assert max(report.loss_windows) < 5.0
