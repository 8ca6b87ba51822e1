"""Largest-Triangle-Three-Buckets: pick the points of a long series that keep its shape.

Pure functions on numpy arrays, any thread. A chart a few hundred pixels wide cannot show a
million points; LTTB (Steinarsson, 2013) keeps the first and last points and, from each of
`n_out - 2` equal buckets in between, the point that spans the largest triangle with the point
kept before it and the average of the next bucket. Peaks, dips and steps survive; noise thins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt


def lttb_indices(x: npt.ArrayLike, y: npt.ArrayLike, n_out: int) -> np.ndarray:
    """Indices (ascending) of the at most `n_out` points of (x, y) that keep its shape.

    `x` must be sorted ascending and both must be finite; a series no longer than `n_out`
    (or an `n_out` under 3) comes back whole.
    """
    import numpy as np

    xs = np.asarray(x, dtype=np.float64)
    ys = np.asarray(y, dtype=np.float64)
    n = len(xs)
    if len(ys) != n:
        raise ValueError(f"x has {n} values but y has {len(ys)}")
    if n_out >= n or n_out < 3:
        return np.arange(n, dtype=np.int64)
    # Bucket b (0 <= b < n_out - 2) holds the points [edges[b], edges[b + 1]).
    edges = (np.arange(n_out - 1, dtype=np.float64) * ((n - 2) / (n_out - 2))).astype(np.int64) + 1
    edges[-1] = n - 1
    chosen = np.empty(n_out, dtype=np.int64)
    chosen[0] = 0
    chosen[-1] = n - 1
    # The average point of each bucket (and of the last point, after the last bucket): the
    # third corner of the triangles of the bucket before it.
    starts = edges[:-1]
    counts = np.diff(edges).astype(np.float64)
    avg_x = np.append(np.add.reduceat(xs, starts) / counts, xs[-1])
    avg_y = np.append(np.add.reduceat(ys, starts) / counts, ys[-1])
    previous = 0
    for bucket in range(n_out - 2):
        start, end = int(edges[bucket]), int(edges[bucket + 1])
        ax, ay = xs[previous], ys[previous]
        bx, by = avg_x[bucket + 1], avg_y[bucket + 1]
        # Twice the triangle's area; the constant factor does not change the argmax.
        areas = np.abs((ax - bx) * (ys[start:end] - ay) - (ax - xs[start:end]) * (by - ay))
        previous = start + int(np.argmax(areas))
        chosen[bucket + 1] = previous
    return chosen


def downsample_indices(x: npt.ArrayLike, y: npt.ArrayLike, n_out: int) -> np.ndarray:
    """Like `lttb_indices`, for real data: unsorted x and missing values are allowed.

    Rows are ordered by x (stable); rows whose x or y is not finite are left out. The result
    indexes the arrays as given, in x order.
    """
    import numpy as np

    xs = np.asarray(x, dtype=np.float64)
    ys = np.asarray(y, dtype=np.float64)
    finite = np.isfinite(xs) & np.isfinite(ys)
    if finite.all() and (len(xs) < 2 or bool(np.all(xs[1:] >= xs[:-1]))):
        return lttb_indices(xs, ys, n_out)
    usable = np.flatnonzero(finite)
    order = usable[np.argsort(xs[usable], kind="stable")]
    picked = lttb_indices(xs[order], ys[order], n_out)
    result: np.ndarray = order[picked]
    return result
