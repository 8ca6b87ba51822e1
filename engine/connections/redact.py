"""Connection URLs as they may be shown: with the password replaced by `***`. Pure."""

from __future__ import annotations

import re

# `scheme://user:password@host` (up to the last @: passwords may hold one) and `?password=...`.
_USERINFO_PASSWORD = re.compile(r"(://[^/?#@:]*:)[^/?#]*(@)")
_QUERY_PASSWORD = re.compile(r"((?:^|[?&;])(?:password|passwd|pwd)=)[^&;#]*", re.IGNORECASE)


def redact_url(url: str) -> str:
    """`url` without its password, even when it is not a URL SQLAlchemy can parse."""
    url = _USERINFO_PASSWORD.sub(r"\1***\2", url)
    return _QUERY_PASSWORD.sub(r"\1***", url)
