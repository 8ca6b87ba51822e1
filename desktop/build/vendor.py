"""`dataapp-desktop build --vendor-cdn`: copy the web assets that the app's component pages
load from other hosts (a CDN's script, style sheet or font) into the app, so the packaged app
shows them offline (docs/components.md, "Offline").

Looks for the addresses a page loads (`<script src>`, `<link href>` of its HTML, `url(...)` and
`@import` of style sheets, also inside the style sheets it fetched), fetches each once, and
writes the copies and a manifest to `<staged app>/.dataapp/vendor/` (dataapp.runtime.vendored
reads them). Runs in the build; needs the network only for this step, and only when asked.
"""

from __future__ import annotations

import hashlib
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from dataapp.runtime.vendored import MANIFEST, VENDOR_DIR

FETCH_TIMEOUT_S = 30
# The largest asset copied (a whole font family or a big library stays well under this).
MAX_BYTES = 50 * 1024 * 1024
_HTML_REFS = re.compile(
    rb"""<(?:script|link|img|source)\b[^>]*?\b(?:src|href)\s*=\s*["'](https?://[^"'\s>]+)["']""",
    re.IGNORECASE,
)
_CSS_REFS = re.compile(rb"""(?:url\(\s*["']?|@import\s+["'])([^"')\s]+)""", re.IGNORECASE)


@dataclass
class VendorReport:
    # Address → path of its copy, relative to the vendor folder.
    copied: dict[str, str] = field(default_factory=dict)
    # Address → why it could not be copied.
    failed: dict[str, str] = field(default_factory=dict)


def remote_addresses(files: Iterable[Path]) -> set[str]:
    """The other-host addresses that the pages and style sheets among `files` load."""
    found: set[str] = set()
    for path in files:
        suffix = path.suffix.lower()
        if suffix not in (".html", ".htm", ".css"):
            continue
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if suffix == ".css":
            found.update(_css_addresses(data, base=None))
        else:
            found.update(m.decode() for m in _HTML_REFS.findall(data))
    return found


def _css_addresses(data: bytes, base: str | None) -> set[str]:
    """Absolute addresses in a style sheet; relative ones too when it came from `base`."""
    found = set()
    for raw in _CSS_REFS.findall(data):
        ref = raw.decode(errors="replace")
        if ref.startswith(("http://", "https://")):
            found.add(ref)
        elif base is not None and not ref.startswith(("data:", "#")):
            found.add(urllib.parse.urljoin(base, ref))
    return found


def _absolute_refs(data: bytes, base: str) -> bytes:
    def absolute(match: re.Match[bytes]) -> bytes:
        ref = match.group(1).decode(errors="replace")
        whole: bytes = match.group(0)
        if ref.startswith(("http://", "https://", "data:", "#")):
            return whole
        start = match.start(1) - match.start(0)
        joined: str = urllib.parse.urljoin(base, ref)
        return whole[:start] + joined.encode()

    return _CSS_REFS.sub(absolute, data)


def _local_name(url: str) -> str:
    parsed = urllib.parse.urlsplit(url)
    name = PurePosixPath(parsed.path).name or "index"
    digest = hashlib.sha256(url.encode()).hexdigest()[:16]
    return f"{digest}/{re.sub(r'[^A-Za-z0-9._-]', '_', name)}"


def _fetch(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "dataapp-desktop build"})
    with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_S) as answer:
        data: bytes = answer.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ValueError(f"larger than {MAX_BYTES // (1024 * 1024)} MB")
    return data


def vendor(addresses: Iterable[str], app_stage: Path) -> VendorReport:
    """Fetch `addresses` (and what their style sheets load) into `app_stage`'s vendor folder."""
    folder = app_stage / VENDOR_DIR
    report = VendorReport()
    pending = sorted(set(addresses))
    seen = set(pending)
    while pending:
        url = pending.pop(0)
        try:
            data = _fetch(url)
        except (OSError, ValueError, urllib.error.URLError) as error:
            report.failed[url] = str(getattr(error, "reason", error))
            continue
        is_css = urllib.parse.urlsplit(url).path.lower().endswith(".css")
        if is_css:
            # A style sheet names its fonts relative to itself; its copy lives elsewhere, so
            # it names them by full address, which the server maps to their copies.
            data = _absolute_refs(data, url)
            for inner in sorted(_css_addresses(data, base=url) - seen):
                seen.add(inner)
                pending.append(inner)
        relative = _local_name(url)
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        report.copied[url] = relative
    if report.copied:
        (folder / MANIFEST).write_text(
            json.dumps({"assets": report.copied}, indent=2, sort_keys=True), encoding="utf-8"
        )
    return report
