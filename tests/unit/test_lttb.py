"""LTTB downsampling keeps the shape of a series: its ends, its peaks and dips, its steps."""

from __future__ import annotations

import numpy as np
import pytest

from dataapp.elements.charts.lttb import downsample_indices, lttb_indices


def test_keeps_first_and_last_points_and_returns_sorted_unique_indices() -> None:
    x = np.arange(10_000, dtype=float)
    y = np.sin(x / 300)
    picked = lttb_indices(x, y, 500)
    assert len(picked) == 500
    assert picked[0] == 0 and picked[-1] == 9_999
    assert np.all(np.diff(picked) > 0)


def test_short_series_come_back_whole() -> None:
    assert list(lttb_indices([0, 1, 2], [5, 6, 7], 10)) == [0, 1, 2]
    assert list(lttb_indices(range(5), range(5), 2)) == [0, 1, 2, 3, 4]


def test_a_lone_spike_survives() -> None:
    rng = np.random.default_rng(0)
    x = np.arange(100_000, dtype=float)
    y = rng.normal(0, 0.1, x.size)
    y[31_337] = 50.0
    y[77_777] = -40.0
    picked = lttb_indices(x, y, 1_000)
    assert 31_337 in picked
    assert 77_777 in picked


def test_the_downsampled_line_stays_close_to_the_original() -> None:
    x = np.linspace(0, 20, 200_000)
    y = np.sin(x) + 0.3 * np.sin(7 * x)
    picked = lttb_indices(x, y, 2_000)
    # Drawn as a line through the kept points, the series barely moves.
    redrawn = np.interp(x, x[picked], y[picked])
    assert np.max(np.abs(redrawn - y)) < 0.02
    assert y[picked].max() == pytest.approx(y.max(), abs=1e-3)
    assert y[picked].min() == pytest.approx(y.min(), abs=1e-3)


def test_a_step_keeps_its_edge() -> None:
    x = np.arange(50_000, dtype=float)
    y = np.where(x < 20_000, 0.0, 10.0)
    picked = lttb_indices(x, y, 300)
    kept = y[picked]
    edge = int(np.argmax(kept > 5))
    # The last low point and the first high point are right at the step.
    assert 19_000 <= x[picked][edge - 1] < 20_000
    assert 20_000 <= x[picked][edge] <= 21_000


def test_unsorted_x_and_missing_values_are_handled() -> None:
    rng = np.random.default_rng(1)
    x = rng.permutation(20_000).astype(float)
    y = np.cos(x / 500)
    y[::97] = np.nan
    picked = downsample_indices(x, y, 400)
    assert len(picked) == 400
    assert np.all(np.isfinite(y[picked]))
    assert np.all(np.diff(x[picked]) > 0)


def test_mismatched_lengths_are_an_error() -> None:
    with pytest.raises(ValueError, match="x has 3 values but y has 2"):
        lttb_indices([1, 2, 3], [1, 2], 2)
