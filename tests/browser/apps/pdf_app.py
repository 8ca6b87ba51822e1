import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import streamlit as st
from matplotlib.backends.backend_pdf import PdfPages


@st.cache_data
def report() -> bytes:
    out = io.BytesIO()
    with PdfPages(out) as pages:
        for n in (1, 2):
            fig, ax = plt.subplots(figsize=(6, 4))
            ax.plot([1, 3, 2][::n])
            ax.set_title(f"Page {n}")
            pages.savefig(fig)
            plt.close(fig)
    return out.getvalue()


st.text("before pdf")
st.pdf(report(), height=400, alt="Quarterly report", key="report")
with st.container(height=600, border=True):
    st.pdf(report(), height="stretch")
st.pdf("https://example.com/manual.pdf")
st.text("after pdf")
