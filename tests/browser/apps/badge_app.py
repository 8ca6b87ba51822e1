import dataapp as st

st.badge("New")
st.badge("Success", icon="✅", color="green")
st.badge("**Bold** and `code`", color="violet", help="A tooltip")
st.badge("Grey", color="grey", width="stretch")
st.badge("Wide", color="orange", width=240)
st.badge("Primary", color="primary")
st.text("after the badges")
