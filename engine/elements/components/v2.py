"""`st.components.v2` (and `streamlit.components.v2` in apps): not built yet.

Components v2 mount an ES module in a shadow root of the page (docs/components.md says what is
planned); calling the API says so rather than showing nothing.
"""

from __future__ import annotations

from dataapp.elements.not_supported import not_supported

component = not_supported("components.v2.component")

__all__ = ["component"]
