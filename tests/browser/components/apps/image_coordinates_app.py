"""streamlit-image-coordinates, unmodified: where the user clicks on the image reaches the script."""

from pathlib import Path

import streamlit as st
from streamlit_image_coordinates import streamlit_image_coordinates

IMAGE = Path(__file__).resolve().parent.parent / "fixtures" / "grid.png"
value = streamlit_image_coordinates(IMAGE, key="image")
st.text(f"clicked: {None if value is None else (value['x'], value['y'])}")
