"""Chat, status, fragments, dialogs, popovers and multipage apps, through AppTest."""

from __future__ import annotations

from pathlib import Path

import pytest

from dataapp.errors import APIError
from dataapp.testing import AppTest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


# -- chat -----------------------------------------------------------------------------------


def chat_app() -> None:
    import dataapp as st

    st.session_state.setdefault("messages", [])
    st.session_state.setdefault("submitted", [])
    for message in st.session_state.messages:
        with st.chat_message(message["role"]):
            st.markdown(message["content"])

    def remember() -> None:
        st.session_state.submitted.append(st.session_state.prompt)

    prompt = st.chat_input("Say something", key="prompt", max_chars=20, on_submit=remember)
    st.text(f"prompt: {prompt!r}")
    if prompt:
        st.session_state.messages.append({"role": "user", "content": prompt})
        with st.chat_message("user"):
            st.markdown(prompt)
        with st.chat_message("assistant"):
            reply = st.write_stream(word + " " for word in ["You", "said", prompt])
        st.session_state.messages.append({"role": "assistant", "content": reply})


def test_chat_input_gives_the_submitted_text_for_one_run_only() -> None:
    at = AppTest.from_function(chat_app).run()
    assert at.chat_input[0].value is None
    assert at.text[0].value == "prompt: None"
    at.chat_input[0].set_value("hello").run()
    assert at.text[0].value == "prompt: 'hello'"
    assert at.session_state.submitted == ["hello"]
    at.run()
    assert at.text[0].value == "prompt: None"
    assert at.session_state.submitted == ["hello"]
    assert not at.exception


def test_a_chat_conversation_builds_up_and_streams_the_reply() -> None:
    at = AppTest.from_function(chat_app).run()
    at.chat_input[0].set_value("hi").run()
    at.chat_input[0].set_value("again").run()
    assert [m.name for m in at.chat_message] == ["user", "assistant", "user", "assistant"]
    assert at.chat_message[1].markdown[0].value == "You said hi "
    assert at.chat_message[3].markdown[0].value == "You said again "
    assert at.session_state.messages[3] == {"role": "assistant", "content": "You said again "}


def test_chat_input_at_top_level_is_pinned_to_the_bottom() -> None:
    at = AppTest.from_function(chat_app).run()
    bottom = at._tree.children[3]
    assert [node.type for node in bottom] == ["bottom", "chat_input"]
    assert not at.main.chat_input


def test_chat_input_inside_a_container_stays_in_place() -> None:
    at = AppTest.from_string(
        """
        import dataapp as st
        with st.container(border=True):
            st.chat_input("Inline")
        st.sidebar.chat_input("In the sidebar")
        """
    ).run()
    assert at.main.container[0].chat_input[0].placeholder == "Inline"
    assert at.sidebar.chat_input[0].placeholder == "In the sidebar"
    assert not at._tree.children[3].chat_input


def test_chat_input_refuses_more_than_max_chars_and_forms() -> None:
    at = AppTest.from_function(chat_app).run()
    with pytest.raises(Exception, match="max_chars"):
        at.chat_input[0].set_value("x" * 21)
    at = AppTest.from_string(
        """
        import dataapp as st
        with st.form("f"):
            st.chat_input("no")
            st.form_submit_button()
        """
    ).run()
    assert "inside an st.form" in at.exception[0].message


def test_chat_message_avatars() -> None:
    at = AppTest.from_string(
        """
        import dataapp as st
        st.chat_message("human").write("a")
        st.chat_message("ai", avatar="🦜").write("b")
        st.chat_message("Ada").write("c")
        st.chat_message("bot", avatar=b"\\x89PNG\\r\\n\\x1a\\n0000").write("d")
        """
    ).run()
    names = [(m.name, m.proto.avatar_kind, m.avatar) for m in at.chat_message]
    assert names[0] == ("human", 0, None)
    assert names[1] == ("ai", 1, "🦜")
    assert names[2] == ("Ada", 0, None)
    assert names[3][1] == 2 and names[3][2].startswith("data:image/png;base64,")


def write_stream_app() -> None:
    import asyncio
    from types import SimpleNamespace

    import dataapp as st

    def words():
        yield "Hello"
        yield ", "
        yield "world"

    async def async_words():
        for word in ["async", " ", "text"]:
            await asyncio.sleep(0)
            yield word

    def openai_chunks():
        for piece in ["Open", None, "AI"]:
            delta = SimpleNamespace(content=piece)
            yield SimpleNamespace(choices=[SimpleNamespace(delta=delta)])
        yield SimpleNamespace(choices=[])

    def mixed():
        yield "Before "
        yield {"a": 1}
        yield "after"

    st.session_state.results = [
        st.write_stream(words),
        st.write_stream(async_words()),
        st.write_stream(openai_chunks()),
        st.write_stream("typed out word by word"),
        st.write_stream(mixed()),
        st.write_stream(iter([])),
    ]


def test_write_stream_takes_generators_async_generators_openai_chunks_and_strings() -> None:
    at = AppTest.from_function(write_stream_app).run()
    assert not at.exception
    results = at.session_state.results
    assert results[:4] == ["Hello, world", "async text", "OpenAI", "typed out word by word"]
    assert results[4] == ["Before ", {"a": 1}, "after"]
    assert results[5] == ""
    assert [m.value for m in at.markdown] == [
        "Hello, world",
        "async text",
        "OpenAI",
        "typed out word by word",
        "Before ",
        "after",
    ]
    assert len(at.json) == 1


# -- status ---------------------------------------------------------------------------------


def test_status_is_running_then_complete_or_error() -> None:
    at = AppTest.from_string(
        """
        import dataapp as st
        with st.status("Downloading", expanded=True) as status:
            st.write("rows")
            status.update(label="Crunching")
        try:
            with st.status("Risky"):
                raise ValueError("no")
        except ValueError:
            pass
        waiting = st.status("Waiting")
        done = st.status("Later")
        done.update(state="complete", expanded=True, label="Done")
        """
    ).run()
    assert [(s.label, s.state) for s in at.status] == [
        ("Crunching", "complete"),
        ("Risky", "error"),
        ("Waiting", "running"),
        ("Done", "complete"),
    ]
    assert at.status[0].expanded and at.status[3].expanded and not at.status[2].expanded
    assert at.status[0].markdown[0].value == "rows"


def test_status_rejects_an_unknown_state() -> None:
    at = AppTest.from_string('import dataapp as st\nst.status("x", state="done")').run()
    assert "state must be" in at.exception[0].message


# -- fragments ------------------------------------------------------------------------------


FRAGMENTS = """
import dataapp as st
st.session_state.full = st.session_state.get("full", 0) + 1
st.text(f"full: {st.session_state.full}")

@st.fragment
def outer():
    st.session_state.outer = st.session_state.get("outer", 0) + 1
    st.text(f"outer: {st.session_state.outer}")
    st.checkbox("outer box", key="outer_box")

    @st.fragment
    def inner():
        st.session_state.inner = st.session_state.get("inner", 0) + 1
        st.text(f"inner: {st.session_state.inner}")
        if st.button("again", key="again"):
            st.rerun(scope="fragment")

    inner()
    with st.form("fragment_form"):
        word = st.text_input("word", key="word")
        if st.form_submit_button("send"):
            st.text(f"sent: {word}")

outer()
"""


def test_nested_fragments_rerun_only_themselves() -> None:
    at = AppTest.from_string(FRAGMENTS).run()
    assert at.text.values[:3] == ["full: 1", "outer: 1", "inner: 1"]
    at.button(key="again").click().run()
    # The inner fragment ran twice (the click, then st.rerun(scope="fragment")); nothing else.
    assert at.text.values[:3] == ["full: 1", "outer: 1", "inner: 3"]
    at.checkbox(key="outer_box").check().run()
    assert at.text.values[:3] == ["full: 1", "outer: 2", "inner: 4"]


def test_a_form_inside_a_fragment_submits_with_a_fragment_run() -> None:
    at = AppTest.from_string(FRAGMENTS).run()
    at.text_input(key="word").input("kiwi")
    at.button[1].click().run()
    assert "sent: kiwi" in at.text.values
    assert at.text.values[0] == "full: 1"


# -- dialogs --------------------------------------------------------------------------------


DIALOG = """
import dataapp as st

@st.dialog("Cast your vote", width="large")
def vote(item):
    st.write(f"Why is {item} your favourite?")
    reason = st.text_input("Because...", key="reason")
    st.session_state.dialog_runs = st.session_state.get("dialog_runs", 0) + 1
    if st.button("Submit", key="submit"):
        st.session_state.vote = {"item": item, "reason": reason}
        st.rerun()

st.session_state.full = st.session_state.get("full", 0) + 1
if "vote" not in st.session_state:
    if st.button("A", key="a"):
        vote("A")
else:
    st.text(f"You voted for {st.session_state.vote['item']}: {st.session_state.vote['reason']}")
"""


def test_a_dialog_opens_reruns_alone_and_closes_with_st_rerun() -> None:
    at = AppTest.from_string(DIALOG).run()
    assert not at.dialog
    at.button(key="a").click().run()
    assert [(d.label, d.width) for d in at.dialog] == [("Cast your vote", "large")]
    assert at.dialog[0].markdown[0].value == "Why is A your favourite?"
    at.text_input(key="reason").input("it is first").run()
    # Typing in the dialog reruns only the dialog.
    assert at.session_state.full == 2 and at.session_state.dialog_runs == 2
    assert at.dialog
    at.button(key="submit").click().run()
    assert not at.dialog
    assert at.text[0].value == "You voted for A: it is first"
    assert not at.exception


def test_only_one_dialog_opens_per_run() -> None:
    at = AppTest.from_string(
        """
        import dataapp as st

        @st.dialog("One")
        def one():
            st.write("1")

        @st.dialog("Two")
        def two():
            st.write("2")

        one()
        two()
        """
    ).run()
    assert "Only one dialog" in at.exception[0].message


def test_dialog_arguments_are_checked() -> None:
    import dataapp as st

    with pytest.raises(APIError, match="width"):
        st.dialog("x", width="huge")  # type: ignore[arg-type]
    with pytest.raises(APIError, match="on_dismiss"):
        st.dialog("x", on_dismiss="close")  # type: ignore[arg-type]


def test_dismissing_a_dialog_with_a_callback_reports_a_trigger() -> None:
    at = AppTest.from_string(
        """
        import dataapp as st

        def dismissed():
            st.session_state.dismissed = True

        @st.dialog("Settings", on_dismiss=dismissed)
        def settings():
            st.write("in the dialog")

        settings()
        """
    ).run()
    dialog = at.dialog[0]
    assert dialog.proto.on_dismiss == dialog.proto.CALLBACK and dialog.proto.dismiss_id


# -- popover, page_link, html, echo, help ---------------------------------------------------


def test_popover_holds_its_elements() -> None:
    at = AppTest.from_string(
        """
        import dataapp as st
        with st.popover("Filters", help="Pick"):
            st.checkbox("Only mine", key="mine")
        st.text(f"mine: {st.session_state.mine}")
        """
    ).run()
    assert at.popover[0].label == "Filters"
    at.popover[0].checkbox[0].check().run()
    assert at.text[0].value == "mine: True"


def test_page_links_of_a_pages_folder_app() -> None:
    at = AppTest.from_file(str(EXAMPLES / "multipage" / "Home.py")).run()
    assert [(link.label, link.page) for link in at.page_link] == [
        ("See the sales report", "Sales"),
        ("Change your name", "Settings"),
    ]
    at.switch_page("pages/1_Sales.py").run()
    assert at.page_link[0].page == "" and at.page_link[0].label == "Back home"


def test_page_links_of_a_navigation_app_and_external_links() -> None:
    at = AppTest.from_file(str(EXAMPLES / "navigation_app.py")).run()
    assert [(link.label, link.page) for link in at.page_link] == [
        ("Take a note", "add"),
        ("Read the notes", "notes"),
    ]
    at = AppTest.from_string(
        """
        import dataapp as st
        st.page_link("https://example.com", label="Example", icon="🌍", help="Leaves the app")
        st.page_link("missing.py")
        """
    ).run()
    assert at.page_link[0].url == "https://example.com" and at.page_link[0].icon == "🌍"
    assert "missing.py" in at.exception[0].message


def test_html_is_kept_as_given_and_style_only_html_takes_no_room() -> None:
    at = AppTest.from_string(
        """
        import dataapp as st
        st.html("<b>bold</b><script>alert(1)</script>")
        st.html("<style>.x { color: red }</style>")

        class Card:
            def _repr_html_(self):
                return "<i>card</i>"

        st.html(Card())
        """
    ).run()
    assert at.main.html.values == ["<b>bold</b><script>alert(1)</script>", "<i>card</i>"]
    event = at._tree.children[2]
    assert event.html.values == ["<style>.x { color: red }</style>"]


def test_echo_shows_the_code_of_its_block_above_or_below() -> None:
    at = AppTest.from_string(
        """
        import dataapp as st
        with st.echo():
            x = 40 + 2
            st.text(f"x = {x}")

        with st.echo(code_location="below"):
            st.text("shown first")
        st.text("after")
        """
    ).run()
    assert [node.type for node in at.main][1:] == ["code", "text", "text", "code", "text"]
    assert at.code[0].value == 'x = 40 + 2\nst.text(f"x = {x}")'
    assert at.code[1].value == 'st.text("shown first")'


def test_help_describes_functions_classes_and_values() -> None:
    at = AppTest.from_string(
        """
        import dataapp as st

        def greet(name: str, punctuation: str = "!") -> str:
            '''Say hello to someone.'''
            return f"Hello {name}{punctuation}"

        class Robot:
            '''A friendly robot.'''
            speed = 3

            def beep(self):
                '''Make a sound.'''

        answer = 42
        st.help(greet)
        st.help(Robot)
        st.help(answer)
        """
    ).run()
    greet, robot, answer = at.help
    assert (greet.name, greet.signature, greet.value) == (
        "greet",
        "(name: str, punctuation: str = '!') -> str",
        "Say hello to someone.",
    )
    assert robot.type_name == "class" and robot.value == "A friendly robot."
    assert [(m.name, m.type, m.value or m.doc) for m in robot.members] == [
        ("beep", "function", "Make a sound."),
        ("speed", "int", "3"),
    ]
    assert (answer.name, answer.type_name, answer.proto.value) == ("answer", "int", "42")


def test_context_is_empty_in_apptest_and_never_fails() -> None:
    at = AppTest.from_string(
        """
        import dataapp as st
        st.text(f"{dict(st.context.headers)} {dict(st.context.cookies)} {st.context.url}")
        st.text(f"{st.context.locale} {st.context.timezone} {st.context.theme.type}")
        """
    ).run()
    assert at.text.values == ["{} {} None", "None None None"]


# -- multipage ------------------------------------------------------------------------------


def test_pages_share_session_state_and_keep_their_own_widgets() -> None:
    at = AppTest.from_file(str(EXAMPLES / "multipage" / "Home.py")).run()
    assert "Hello **Ada**" in at.markdown[0].value
    at.switch_page("pages/2_Settings.py").run()
    at.text_input(key="name_field").input("Grace").run()
    at.switch_page("pages/1_Sales.py").run()
    assert at.caption[0].value == "Analyst: Grace"
    at.slider(key="months").set_value(3).run()
    assert at.metric[0].label == "Sales in the north, last 3 months"
    at.switch_page("Home.py").run()
    assert "Hello **Grace**" in at.markdown[0].value
    assert at.session_state.visits == 6
    # Back on the sales page, its slider starts over: widget state belongs to its page.
    at.switch_page("pages/1_Sales.py").run()
    assert at.slider(key="months").value == 6


def test_switch_page_from_a_button_a_page_link_and_a_form() -> None:
    at = AppTest.from_file(str(EXAMPLES / "multipage" / "Home.py")).run()
    at.button(key="to_sales").click().run()
    assert at.title[0].value == "Sales"
    at = AppTest.from_file(str(EXAMPLES / "navigation_app.py")).run()
    at.page_link[0].click().run()
    assert at.title[0].value == "Take a note"
    at.text_input[0].input("Ferns by the river")
    at.selectbox[0].select("plants")
    at.button[0].click().run()
    assert at.title[0].value == "Notes"
    assert "Ferns by the river" in at.markdown.values[1]


def test_query_params_written_by_a_page_are_kept() -> None:
    at = AppTest.from_file(str(EXAMPLES / "multipage" / "Home.py")).run()
    at.switch_page("pages/1_Sales.py").run()
    at.selectbox(key="region").select("East").run()
    assert at.query_params == {"region": "East"}
