from __future__ import annotations

import pytest

from dataapp.server.security import Security, make_launch_token


def test_token_comes_from_the_environment_or_is_random(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATAAPP_TOKEN", "fixed")
    assert make_launch_token() == "fixed"
    monkeypatch.delenv("DATAAPP_TOKEN")
    first, second = make_launch_token(), make_launch_token()
    assert first != second and len(first) >= 24


def test_token_must_match_exactly() -> None:
    security = Security("secret")
    assert security.token_matches("secret")
    assert not security.token_matches("secre")
    assert not security.token_matches("")
    assert not security.token_matches(None)


@pytest.mark.parametrize(
    ("host", "allowed"),
    [
        ("127.0.0.1:8501", True),
        ("localhost:8501", True),
        ("[::1]:8501", True),
        ("evil.example:8501", False),
        ("127.0.0.1.evil.example", False),
        ("", False),
    ],
)
def test_host_header_must_name_loopback(host: str, allowed: bool) -> None:
    assert Security("t").host_allowed(host) is allowed


@pytest.mark.parametrize(
    ("origin", "allowed"),
    [
        ("http://127.0.0.1:8501", True),
        ("http://127.0.0.1:9999", False),
        ("http://localhost:8501", False),
        ("https://evil.example", False),
        ("null", False),
        (None, True),
    ],
)
def test_websocket_origin_must_be_our_own(origin: str | None, allowed: bool) -> None:
    assert Security("t").origin_allowed(origin, "127.0.0.1:8501") is allowed
