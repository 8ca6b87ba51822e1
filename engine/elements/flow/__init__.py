"""Flow: st.status, st.popover, st.dialog, fragments, navigation, page helpers, execution control,
query parameters and secrets (flow.proto, assets/src/flow/)."""
