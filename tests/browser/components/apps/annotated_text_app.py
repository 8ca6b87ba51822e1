"""st-annotated-text, unmodified (it writes HTML through st.markdown)."""

from annotated_text import annotated_text

annotated_text("This ", ("is", "verb"), " some ", ("annotated", "adj"), " text.")
