"""Desktop features in one app: `dataapp-desktop examples/desktop_dialogs.py`.

Open a CSV through the system's own dialog, save a summary where the user chooses, list a
folder, export the page as a PDF, reopen a file from File ▸ Open Recent. In a browser (`--browser`) the dialogs are not available:
the app says so and offers a path field instead. The window's menu bar adds Print… (Ctrl+P),
Export as PDF…, zoom, theme and the About box with the text below.
"""

from pathlib import Path

import pandas as pd

import dataapp as st

st.set_page_config(
    page_title="CSV summary",
    page_icon="🗂️",
    menu_items={"About": "**CSV summary** — an example of dataapp's desktop features."},
)
st.title("CSV summary")

if st.desktop.is_available():
    # File ▸ Open Recent reruns the app with the file chosen there.
    reopened = st.desktop.opened_file()
    if reopened is not None:
        st.session_state.csv_path = reopened
    if st.button("Open a CSV file…", type="primary"):
        chosen = st.desktop.open_file(type="csv")  # also joins File ▸ Open Recent
        if chosen is not None:  # None: the user cancelled
            st.session_state.csv_path = chosen
else:
    st.info("Native dialogs need the desktop window (`dataapp-desktop app.py`). Type a path:")
    typed = st.text_input("CSV file", key="typed_path")
    if typed:
        st.session_state.csv_path = typed

path = st.session_state.get("csv_path")
if path is None:
    st.caption("No file yet.")
    st.stop()

try:
    frame = pd.read_csv(path)
except (OSError, ValueError) as error:
    st.error(f"Could not read {path}: {error}")
    st.stop()

st.caption(f"{path} — {len(frame):,} rows, {len(frame.columns)} columns")
summary = frame.describe(include="all").transpose()
st.write(summary)


def export_pdf() -> None:
    # In on_click, the page still shows the whole previous run: that is what gets printed.
    st.session_state.pdf = st.desktop.export_pdf()  # asks where; None when cancelled


if st.desktop.is_available():
    left, middle, right = st.columns(3)
    with left:
        if st.button("Save the summary as…"):
            target = st.desktop.save_file(f"{Path(path).stem}-summary.csv", type="csv")
            if target is not None:
                summary.to_csv(target)
                st.success(f"Saved {target}")
    with middle:
        st.button("Export this page as PDF…", on_click=export_pdf)
        if st.session_state.get("pdf"):
            st.success(f"Exported {st.session_state.pdf}")
            st.toast("PDF exported", icon="📄")  # from the OS too if you looked away
    with right:
        if st.button("Show the CSV files of a folder…"):
            folder = st.desktop.choose_folder(initial_dir=str(Path(path).parent))
            if folder is not None:
                names = sorted(p.name for p in Path(folder).glob("*.csv"))
                st.write(names or "No CSV files there.")
