"""Text: markdown, headings, code, json, metric and st.write (text.proto, assets/src/text/)."""
