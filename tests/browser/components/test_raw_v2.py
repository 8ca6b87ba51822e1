"""A v2 component written in the app (fixture app raw_v2.py): state with a default, an event
true for one run, and the callbacks of each."""

from __future__ import annotations

from tests.browser.components.conftest import Served

APP = "raw_v2.py"


def test_state_and_events_reach_the_script_and_their_callbacks(served: Served) -> None:
    served.shows("count: 0; sent: None; log: []")
    add = served.page.get_by_role("button", name="Add one")
    add.click()
    served.shows("count: 1; sent: None; log: ['count']")
    served.page.get_by_role("button", name="Send").click()
    served.shows("count: 1; sent: hello; log: ['count', 'sent']")
    add.click()
    # The event was for one run only.
    served.shows("count: 2; sent: None; log: ['count', 'sent', 'count']")
