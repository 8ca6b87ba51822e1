"""Charts: built-in charts, st.map, Vega-Lite, Plotly and pyplot (charts.proto, assets/src/charts/)."""
