"""Text elements whose text must be exactly what the app wrote (one DOM text, no splits)."""

import dataapp as st

st.set_page_config(page_title="Text test", page_icon="🧪")
x = st.slider("x", 0, 10, 3, key="x")
st.write(f"echo: {x}")
st.markdown("<b>raw</b> html is shown as text")
st.markdown("**bold** and :red[red]")
st.title("A title")
st.caption("a caption")
st.metric("Temperature", "21 °C", "1.2 °C")
st.code("print('hi')", language="python")
st.latex(r"a^2 + b^2 = c^2")
if st.button("Toast", key="toast"):
    st.toast("Hello toast", icon="🍞")
