"""Where things are, and where child interpreters start.

A child Python started in the repository's root would import the root's folders first: the
repo has a `packaging/` folder, which hides PyPI's `packaging` (Streamlit needs it). So every
`python -c` child starts in an empty folder of its own instead.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent
APPS = BENCHMARKS / "apps"


@functools.cache
def neutral_cwd() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="dataapp-bench-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder
