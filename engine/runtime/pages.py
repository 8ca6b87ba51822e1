"""The `pages/` folder convention of multipage apps: which pages there are, and their names.

Pure functions over the file system; the Runtime calls them at the start of each full run,
so a page added while the app runs appears on the next rerun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_NUMBER_PREFIX = re.compile(r"^(\d+)[_\-\s]*")
# A leading emoji (or other pictograph) followed by separators becomes the page's icon.
_LEADING_ICON = re.compile(r"^([^\w\s\-]+)[_\-\s]+", re.UNICODE)


@dataclass(frozen=True)
class PageScript:
    """A page of a multipage app that is a script file."""

    script_path: str
    url_path: str
    title: str
    icon: str = ""
    is_default: bool = False


def page_from_filename(path: Path, is_default: bool = False) -> PageScript:
    """Name a page from its file name: `01_📈_Sales_report.py` → icon 📈, "Sales report"."""
    stem = path.stem
    stem = _NUMBER_PREFIX.sub("", stem, count=1)
    icon = ""
    match = _LEADING_ICON.match(stem)
    if match:
        icon, stem = match.group(1), stem[match.end() :]
    stem = stem.strip("_- ") or path.stem
    return PageScript(
        script_path=str(path.resolve()),
        url_path="" if is_default else stem.replace(" ", "_"),
        title=stem.replace("_", " "),
        icon=icon,
        is_default=is_default,
    )


def _sort_key(path: Path) -> tuple[float, str]:
    match = _NUMBER_PREFIX.match(path.stem)
    number = float(match.group(1)) if match else float("inf")
    return (number, path.stem.lower())


def discover_pages(main_script: Path) -> list[PageScript]:
    """The main script (the default page) and every `pages/*.py` next to it, in menu order."""
    pages = [page_from_filename(main_script, is_default=True)]
    folder = main_script.parent / "pages"
    if folder.is_dir():
        scripts = sorted(
            (p for p in folder.glob("*.py") if not p.name.startswith((".", "_"))), key=_sort_key
        )
        pages.extend(page_from_filename(p) for p in scripts)
    return pages
