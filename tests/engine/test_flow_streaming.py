"""A streamed reply travels as the text each token adds, and costs nothing to show again."""

from __future__ import annotations

from pathlib import Path

from dataapp.proto.forward_pb2 import ForwardMsg
from dataapp.proto.widgets_pb2 import WidgetState, WidgetStates
from dataapp.runtime.app_session import ClientInfo
from dataapp.runtime.script_requests import coalesce_widget_states
from dataapp.testing.page_tree import PageTree
from tests.support.recording import start_app

STREAMING_APP = """
import dataapp as st
st.session_state.setdefault("reply", None)
with st.chat_message("assistant"):
    if st.session_state.reply is None:
        st.session_state.reply = st.write_stream(f"token{i} " for i in range(40))
    else:
        st.markdown(st.session_state.reply)
"""


def _deltas(messages: list[ForwardMsg]) -> list[str]:
    return [str(m.delta.WhichOneof("type")) for m in messages if m.WhichOneof("type") == "delta"]


def test_each_token_is_sent_as_the_text_it_adds(tmp_path: Path) -> None:
    app = start_app(tmp_path, STREAMING_APP)
    messages = app.wait()
    kinds = _deltas(messages)
    assert kinds.count("append_text") == 39
    appended = [m.delta.append_text for m in messages if m.delta.HasField("append_text")]
    assert appended[:2] == ["token1 ", "token2 "]
    full = "".join(f"token{i} " for i in range(40))
    streamed = sum(len(m.SerializeToString()) for m in messages)
    # Re-sending the growing text for every token would cost the sum of all its prefixes.
    assert streamed < 3 * len(full)
    # The page, applying the deltas, shows the whole reply.
    page = PageTree()
    page.apply_all(messages)
    slot = page.slot([0, 0, 0])
    assert slot is not None and slot.element is not None
    assert slot.element.markdown.body == full


def test_showing_the_streamed_text_again_costs_an_unchanged_marker(tmp_path: Path) -> None:
    app = start_app(tmp_path, STREAMING_APP)
    app.wait()
    app.rerun()
    # The chat message block and the full reply in it: both already on the page.
    assert _deltas(app.wait()) == ["unchanged", "unchanged"]


def test_a_reconnect_sends_the_streamed_text_in_full(tmp_path: Path) -> None:
    app = start_app(tmp_path, STREAMING_APP)
    app.wait()
    app.session.attach(app.client, None)
    app.rerun()
    messages = app.wait()
    assert _deltas(messages) == ["add_block", "new_element"]


def test_a_different_or_shorter_text_is_sent_in_full(tmp_path: Path) -> None:
    app = start_app(
        tmp_path,
        """
        import dataapp as st
        slot = st.empty()
        slot.markdown("Hello world")
        slot.markdown("Hello")
        slot.markdown("Help")
        slot.markdown("Help me")
        slot.caption("Help me now")
        """,
    )
    kinds = _deltas(app.wait())
    assert kinds == [
        "new_element",
        "new_element",
        "new_element",
        "new_element",
        "append_text",
        "new_element",
    ]


def test_a_chat_submit_is_not_lost_when_two_reruns_merge() -> None:
    older = WidgetStates(widgets=[WidgetState(id="chat", string_trigger_value="hi")])
    newer = WidgetStates(widgets=[WidgetState(id="box", bool_value=True)])
    merged = coalesce_widget_states(older, newer)
    assert merged is not None
    assert {w.id: w.WhichOneof("value") for w in merged.widgets} == {
        "box": "bool_value",
        "chat": "string_trigger_value",
    }
    newest = WidgetStates(widgets=[WidgetState(id="chat", string_trigger_value="again")])
    merged = coalesce_widget_states(older, newest)
    assert merged is not None
    assert [w.string_trigger_value for w in merged.widgets] == ["again"]


def test_st_logo_is_sent_with_the_run_that_calls_it(tmp_path: Path) -> None:
    app = start_app(
        tmp_path,
        """
        import dataapp as st
        st.logo("Field notes", link="https://example.com", icon_image=b"\\x89PNG\\r\\n\\x1a\\nxx")
        """,
    )
    logos = [m.logo for m in app.wait() if m.WhichOneof("type") == "logo"]
    assert len(logos) == 1
    assert (logos[0].image, logos[0].is_text, logos[0].link) == (
        "Field notes",
        True,
        "https://example.com",
    )
    assert logos[0].icon_image.startswith("data:image/png;base64,")


def test_st_context_reads_the_sessions_client_info(tmp_path: Path) -> None:
    app = start_app(
        tmp_path,
        """
        import dataapp as st
        st.session_state.seen = (
            st.context.headers.get("accept-language"),
            st.context.headers.get_all("X-Twice"),
            dict(st.context.cookies),
            st.context.url,
            st.context.locale,
            st.context.timezone,
            st.context.timezone_offset,
            st.context.theme.type,
            st.context.ip_address,
        )
        """,
    )
    app.wait()
    app.session.client_info = ClientInfo(
        headers=(("Accept-Language", "de-CH,de;q=0.9"), ("X-Twice", "1"), ("X-Twice", "2")),
        cookies=(("flavour", "mint"),),
        origin="http://127.0.0.1:8501",
        ip_address="127.0.0.1",
        timezone="Europe/Zurich",
        timezone_offset=-60,
        theme="dark",
    )
    app.rerun()
    app.wait()
    assert app.session.session_state["seen"] == (
        "de-CH,de;q=0.9",
        ["1", "2"],
        {"flavour": "mint"},
        "http://127.0.0.1:8501/",
        "de-CH",
        "Europe/Zurich",
        -60,
        "dark",
        None,
    )
