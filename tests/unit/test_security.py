from __future__ import annotations

import pytest

from dataapp.server.security import (
    ADMITTED,
    Access,
    Caller,
    Refusal,
    Security,
    make_launch_token,
    secret_matches,
)


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


HOST = "127.0.0.1:8501"


def caller(
    *,
    host: str = HOST,
    query: str | None = None,
    header: str | None = None,
    cookies: dict[str, str] | None = None,
    origin: str | None = None,
) -> Caller:
    return Caller(
        host=host, query_token=query, header_token=header, cookies=cookies or {}, origin=origin
    )


@pytest.mark.parametrize(
    "presented",
    [
        caller(query="t"),
        caller(header="t"),
        caller(cookies={"dataapp_token_8501": "t"}),
        caller(query="wrong", cookies={"dataapp_token_8501": "t"}),
    ],
)
def test_the_token_is_taken_from_the_query_the_header_or_the_apps_own_cookie(
    presented: Caller,
) -> None:
    assert Security("t").admit(presented, Access.TOKEN) == ADMITTED


@pytest.mark.parametrize(
    "presented",
    [
        caller(),
        caller(query="wrong", header="also-wrong"),
        caller(query=""),
        # Another app's cookie (another port), and the old name shared by all apps.
        caller(cookies={"dataapp_token_8502": "t"}),
        caller(cookies={"dataapp_token": "t"}),
    ],
)
def test_a_caller_without_this_apps_token_is_refused(presented: Caller) -> None:
    admission = Security("t").admit(presented, Access.TOKEN)
    assert not admission.allowed
    assert admission.refusal is Refusal.NO_TOKEN
    assert (admission.status, admission.reason) == (403, "Missing or wrong launch token")


@pytest.mark.parametrize("access", list(Access))
def test_a_foreign_host_is_refused_on_every_route_even_with_the_token(access: Access) -> None:
    admission = Security("t").admit(caller(host="evil.example:8501", query="t"), access)
    assert admission.refusal is Refusal.FOREIGN_HOST
    assert (admission.status, admission.reason) == (403, "Host not allowed")


def test_the_page_shell_needs_loopback_only() -> None:
    security = Security("t")
    assert security.admit(caller(), Access.LOOPBACK).allowed
    assert security.admit(caller(origin="https://evil.example"), Access.LOOPBACK).allowed


@pytest.mark.parametrize(
    ("origin", "refusal"),
    [
        (None, None),
        (f"http://{HOST}", None),
        ("http://127.0.0.1:9999", Refusal.FOREIGN_ORIGIN),
        ("https://evil.example", Refusal.FOREIGN_ORIGIN),
        ("null", Refusal.FOREIGN_ORIGIN),
    ],
)
def test_a_websocket_or_upload_must_come_from_the_apps_own_page(
    origin: str | None, refusal: Refusal | None
) -> None:
    admission = Security("t").admit(caller(query="t", origin=origin), Access.OWN_PAGE)
    assert admission.refusal is refusal
    # Routes that only read (media, static files, health) have no Origin rule.
    assert Security("t").admit(caller(query="t", origin=origin), Access.TOKEN).allowed


def test_the_token_is_checked_before_the_origin() -> None:
    admission = Security("t").admit(caller(origin="https://evil.example"), Access.OWN_PAGE)
    assert admission.refusal is Refusal.NO_TOKEN


def test_an_admission_says_allowed_with_no_status_to_refuse() -> None:
    assert ADMITTED.allowed and ADMITTED.status == 200 and ADMITTED.reason == ""


def test_a_secret_matches_only_itself() -> None:
    assert secret_matches("nonce", "nonce")
    assert not secret_matches("nonc", "nonce")
    assert not secret_matches(None, "nonce")
    assert not secret_matches("", "")
