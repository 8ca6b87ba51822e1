"""A session's life is one phase at a time: waiting for its page, connected, detached, closed."""

from __future__ import annotations

import time
from pathlib import Path

from dataapp.runtime.app_session import ClientInfo, SessionPhase
from dataapp.runtime.runtime import DETACHED_SESSION_TTL_SECONDS
from tests.support.recording import RecordingClient, start_app


def test_a_page_going_away_and_coming_back_moves_the_session_between_phases(
    tmp_path: Path,
) -> None:
    app = start_app(tmp_path, "import dataapp as st\nst.text('hi')\n")
    app.wait()
    assert app.session.phase is SessionPhase.CONNECTED
    app.runtime.disconnect_session(app.session.id, app.client)
    assert app.session.phase is SessionPhase.DETACHED
    again = RecordingClient()
    reclaimed = app.runtime.reconnect_session(app.session.id, again, None, ClientInfo())
    assert reclaimed is app.session and app.session.phase is SessionPhase.CONNECTED
    app.runtime.stop()
    assert app.session.phase is SessionPhase.CLOSED


def test_a_closed_session_stays_closed_and_starts_no_run(tmp_path: Path) -> None:
    app = start_app(tmp_path, "import dataapp as st\nst.text('hi')\n")
    app.wait()
    app.session.shutdown()
    app.session.detach(time.monotonic())
    assert app.session.phase is SessionPhase.CLOSED
    app.rerun()
    assert app.wait() == []


def test_a_session_detached_too_long_is_dropped(tmp_path: Path) -> None:
    app = start_app(tmp_path, "import dataapp as st\nst.text('hi')\n")
    app.wait()
    app.session.detach(time.monotonic() - DETACHED_SESSION_TTL_SECONDS - 1)
    app.runtime.drop_expired_sessions()
    assert app.runtime.get_session(app.session.id) is None
    assert app.session.phase is SessionPhase.CLOSED
