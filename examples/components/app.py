"""Custom components in dataapp (docs/components.md): a v1 component of the app's own (rating/,
plain HTML and JS), a v2 component written inline, and an HTML snippet with a script.

    dataapp-desktop examples/components/app.py

Published component packages (pip install streamlit-option-menu, streamlit-aggrid, ...) work
the same way: import them and call them, unmodified.
"""

from pathlib import Path

import streamlit as st
import streamlit.components.v1 as components

st.title("Custom components")

# v1: a folder with an index.html, shown in a frame; its value comes back to the script.
rating = components.declare_component("rating", path=str(Path(__file__).parent / "rating"))
stars = rating(label="How useful is this report?", max_stars=5, key="stars", default=0)
st.write(f"You gave it **{stars}** stars." if stars else "Not rated yet.")

# v2: HTML, CSS and an ES module mounted in the page itself; state and events come back.
COUNTER_JS = """
export default function ({ parentElement, data, setStateValue, setTriggerValue }) {
  // Called again whenever `data` changes: keep the latest, wire the buttons once.
  parentElement.data = data;
  parentElement.querySelector("#add").textContent = `${data.label}: ${data.count}`;
  if (parentElement.wired) return;
  parentElement.wired = true;
  parentElement.querySelector("#add").onclick = () =>
    setStateValue("count", parentElement.data.count + 1);
  parentElement.querySelector("#ping").onclick = () => setTriggerValue("ping", Date.now());
}
"""
counter = st.components.v2.component(
    "counter",
    html="<button id='add'></button> <button id='ping'>Ping</button>",
    css="button { padding: 0.4rem 1rem; border-radius: var(--st-base-radius); "
    "border: 1px solid var(--st-primary-color); background: none; color: var(--st-text-color); }",
    js=COUNTER_JS,
)
if "pings" not in st.session_state:
    st.session_state.pings = 0


def pinged() -> None:
    st.session_state.pings += 1


seen = st.session_state.get("counter", {}).get("count", 0)
result = counter(
    data={"label": "Clicks", "count": seen},
    default={"count": 0},
    key="counter",
    on_count_change=lambda: None,
    on_ping_change=pinged,
)
st.caption(f"count = {result.count}; pinged {st.session_state.pings} times")

# components.html: a page of your own, scripts included, in a frame.
components.html(
    "<div id='clock' style='font: 20px monospace'></div>"
    "<script>setInterval(() => document.getElementById('clock').textContent ="
    " new Date().toLocaleTimeString(), 1000)</script>",
    height=40,
)
