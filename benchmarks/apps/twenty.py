"""A 20-element app: a slider, 18 everyday elements, and a text that depends on the slider.

Runs unchanged under dataapp and Streamlit. The dependent text is last, so "it shows the new
value" also means "the whole run reached the page".
"""

import streamlit as st

x = st.slider("x", 0, 1000, 0, key="x")
st.title("Twenty elements")
st.header("A header")
st.subheader("A subheader")
st.markdown("Some **markdown** with a [link](https://example.com) and `code`.")
st.caption("A caption under it")
st.text("Fixed-width text")
st.code("def f(x):\n    return x + 1", language="python")
st.metric("Temperature", "21 °C", "1.2 °C")
st.info("An info box")
st.success("A success box")
st.warning("A warning box")
st.divider()
st.checkbox("A checkbox", key="check")
st.text_input("A text input", "analyst", key="name")
st.number_input("A number input", value=3, key="number")
st.selectbox("A select box", ["red", "green", "blue"], key="colour")
st.button("A button", key="button")
st.markdown("One more paragraph of text before the value.")
st.markdown(f"value: {x}")
