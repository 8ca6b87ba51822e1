// The class names Streamlit puts on its element containers, which apps' own CSS selects
// (`.st-key-<key>` for a keyed widget or container, `.stElementContainer`,
// `.element-container`), so that CSS injected with st.markdown keeps working unchanged.

/** Streamlit's class for a user key: `st-key-` and the key, other characters as "-". */
export function keyClass(key: string | undefined): string {
  return key ? `st-key-${key.trim().replaceAll(/[^a-zA-Z0-9_-]/g, "-")}` : "";
}

export const ELEMENT_CONTAINER_CLASSES = "element-container stElementContainer";
