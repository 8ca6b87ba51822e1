"""A v2 component written in the app: state (setStateValue) with a default, an event
(setTriggerValue), and on_<name>_change callbacks for both."""

import streamlit as st

JS = """
export default function ({ parentElement, data, setStateValue, setTriggerValue }) {
  const add = parentElement.querySelector("#add");
  add.textContent = data.label;
  if (parentElement._wired) return;
  parentElement._wired = true;
  let count = data.start;
  add.onclick = () => { count += 1; setStateValue("count", count); };
  parentElement.querySelector("#send").onclick = () => setTriggerValue("sent", "hello");
}
"""
counter = st.components.v2.component(
    "raw_counter",
    html="<button id='add'></button> <button id='send'>Send</button>",
    css="button { font-weight: bold; }",
    js=JS,
)
if "log" not in st.session_state:
    st.session_state.log = []
result = counter(
    data={"label": "Add one", "start": 0},
    default={"count": 0},
    key="counter",
    on_count_change=lambda: st.session_state.log.append("count"),
    on_sent_change=lambda: st.session_state.log.append("sent"),
)
st.text(f"count: {result.count}; sent: {result.sent}; log: {st.session_state.log}")
