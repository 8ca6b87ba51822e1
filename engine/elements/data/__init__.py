"""Data: st.dataframe, st.table, st.data_editor and st.column_config (data.proto, assets/src/data/)."""
