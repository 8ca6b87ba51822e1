"""Assets from the web that `dataapp-desktop build --vendor-cdn` copied into the app
(docs/components.md, "Offline"): a component page that asks for a CDN address gets the copy
the build made, from the app's own server, instead of a refusal.

The build writes them to `<app folder>/.dataapp/vendor/` with a manifest.json mapping each
address to its file there. Loaded once per Runtime; immutable afterwards, so any thread.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from dataapp.runtime.components import file_inside

log = logging.getLogger("dataapp.vendored")

VENDOR_DIR = Path(".dataapp") / "vendor"
MANIFEST = "manifest.json"
# Where the page loads a vendored copy.
VENDOR_URL_PREFIX = "/_dataapp/vendor/"


@dataclass(frozen=True)
class VendoredAssets:
    folder: Path | None = None
    # Original address → path of the copy inside `folder`.
    files: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of_app(cls, app_dir: Path) -> VendoredAssets:
        folder = app_dir / VENDOR_DIR
        try:
            manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as error:
            log.warning("Ignoring %s: %s", folder / MANIFEST, error)
            return cls()
        files = {str(k): str(v) for k, v in dict(manifest.get("assets", {})).items()}
        return cls(folder, files)

    def rewrite(self, text: bytes) -> bytes:
        """`text` (a component's HTML, CSS or JS) with each vendored address made local.
        Longer addresses first, so that one address that starts another is not cut."""
        for url in sorted(self.files, key=len, reverse=True):
            encoded = url.encode()
            if encoded in text:
                text = text.replace(encoded, (VENDOR_URL_PREFIX + self.files[url]).encode())
        return text

    def file(self, relative: str) -> Path | None:
        """The copy at `relative`, or None (unknown, or outside the vendor folder)."""
        if self.folder is None or relative not in self.files.values():
            return None
        return file_inside(self.folder, relative)
