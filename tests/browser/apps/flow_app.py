"""Flow elements: status, dialog, popover, page_link, html, echo, help, context, fragments."""

import time

import dataapp as st

st.session_state.setdefault("full_runs", 0)
st.session_state.full_runs += 1
st.text(f"full runs: {st.session_state.full_runs}")

# -- fragments ------------------------------------------------------------------------------


@st.fragment
def counter() -> None:
    st.session_state.setdefault("clicks", 0)
    if st.button("Add one", key="frag_add"):
        st.session_state.clicks += 1
    st.text(f"clicks: {st.session_state.clicks}")

    @st.fragment
    def inner() -> None:
        st.session_state.setdefault("inner_runs", 0)
        st.session_state.inner_runs += 1
        st.text(f"inner runs: {st.session_state.inner_runs}")
        if st.button("Rerun inner", key="inner_rerun"):
            st.rerun(scope="fragment")

    inner()
    with st.form("frag_form"):
        word = st.text_input("Word in fragment form", key="frag_word")
        sent = st.form_submit_button("Send word")
    if sent:
        st.text(f"fragment form got: {word}")


counter()


@st.fragment(run_every=0.5)
def ticker() -> None:
    st.session_state.setdefault("ticks", 0)
    st.session_state.ticks += 1
    st.text(f"ticks: {st.session_state.ticks}")


if st.toggle("Tick", key="tick"):
    ticker()
typed = st.text_input("Type here", key="typing")
st.text(f"typed: {typed}")

# -- status ---------------------------------------------------------------------------------

if st.button("Run task", key="task"):
    with st.status("Downloading data...", expanded=True) as status:
        st.write("Fetching rows")
        time.sleep(0.3)
        status.update(label="Crunching numbers")
        time.sleep(0.3)
    st.session_state.task_done = True
if st.button("Fail task", key="fail_task"):
    try:
        with st.status("Risky task") as risky:
            raise RuntimeError("the task failed")
    except RuntimeError:
        pass
st.status("Waiting", state="running")

# -- dialog ---------------------------------------------------------------------------------


@st.dialog("Cast your vote")
def vote(item: str) -> None:
    st.write(f"Why is {item} your favourite?")
    reason = st.text_input("Because...", key="reason")
    st.session_state.setdefault("dialog_runs", 0)
    st.session_state.dialog_runs += 1
    st.text(f"dialog runs: {st.session_state.dialog_runs}")
    if st.button("Submit", key="submit_vote"):
        st.session_state.vote = {"item": item, "reason": reason}
        st.rerun()


if st.button("Vote A", key="vote_a"):
    vote("A")


def closed_by_user() -> None:
    st.session_state.dismissals = st.session_state.get("dismissals", 0) + 1


@st.dialog("Preferences", width="small", on_dismiss=closed_by_user)
def preferences() -> None:
    st.write("Closing this dialog runs a callback.")


@st.dialog("Confirm", dismissible=False)
def confirm() -> None:
    st.write("Only the button closes this dialog.")
    if st.button("I agree", key="agree"):
        st.rerun()


if st.button("Preferences", key="prefs"):
    preferences()
if st.button("Confirm", key="confirm"):
    confirm()
st.text(f"dismissals: {st.session_state.get('dismissals', 0)}")
if "vote" in st.session_state:
    st.text(f"voted: {st.session_state.vote['item']} because {st.session_state.vote['reason']}")

# -- popover, page_link, html, echo, help, context ------------------------------------------

with st.popover("Settings", help="Opens a small panel"):
    st.checkbox("Dark chart", key="dark_chart")
    st.text("inside the popover")
st.text(f"dark chart: {st.session_state.get('dark_chart', False)}")

st.page_link("https://example.com", label="External site")
st.html(
    "<p class='safe'>Safe <b>HTML</b></p><img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>"
)
st.html("<style>.styled-by-app { color: rgb(0, 128, 0); }</style>")
st.markdown("<span class='styled-by-app'>green text</span>", unsafe_allow_html=True)

with st.echo():
    total = sum(range(5))
    st.text(f"total: {total}")

st.help(st.text_input)
st.text(f"context url: {st.context.url}")
st.text(f"context has token cookie: {'dataapp_token' in st.context.cookies}")
st.text(f"context headers mention token: {'dataapp_token' in str(st.context.headers.to_dict())}")
st.text(f"context theme: {st.context.theme.type}")
st.text(f"context locale: {st.context.locale}")
st.text(f"context timezone: {st.context.timezone}")
